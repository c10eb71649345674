"""Depth, alias, token and cost limits: at the limit accepted, one over refused,
also through fragments, before anything executes."""

from __future__ import annotations

import pytest

from backend.api.relay import to_global_id
from tests.api.conftest import shell_client

# A well-formed ID of no row: the query executes and answers null.
MISSING = to_global_id("ShellOrganisation", 10**12)


def _aliases(count: int) -> str:
    return "{ " + " ".join(f'a{i}: node(id: "{MISSING}") {{ id }}' for i in range(count)) + " }"


@pytest.fixture
async def limited(settings, database):  # type: ignore[no-untyped-def]
    client = shell_client(
        settings, database, graphql_max_depth=7, graphql_max_aliases=4, graphql_max_tokens=200
    )
    yield client
    await client.close()


def _depth(depth: int, leaf: str = "id") -> str:
    """A query ``depth`` deep as the limit counts it: root fields are at depth 0."""
    body = leaf
    for _ in range(depth - 1):
        body = f"again {{ {body} }}"
    return f'{{ node(id: "{MISSING}") {{ ... on ShellOrganisation {{ ' + body + " } } }"


async def test_query_at_the_depth_limit_is_accepted_and_one_deeper_refused(limited) -> None:  # type: ignore[no-untyped-def]
    at_limit = await limited.execute(_depth(7))
    assert at_limit.errors == [], at_limit.errors
    over = await limited.execute(_depth(8))
    assert over.codes == ["QUERY_TOO_DEEP"]


async def test_depth_is_counted_through_fragments(limited) -> None:  # type: ignore[no-untyped-def]
    fragment = " fragment Deeper on ShellOrganisation { again { again { id } } }"
    at_limit = await limited.execute(_depth(5, leaf="...Deeper") + fragment)
    assert at_limit.errors == [], at_limit.errors
    over = await limited.execute(_depth(6, leaf="...Deeper") + fragment)
    assert over.codes == ["QUERY_TOO_DEEP"]


async def test_aliases_at_the_limit_are_accepted_and_one_more_refused(limited) -> None:  # type: ignore[no-untyped-def]
    at_limit = await limited.execute(_aliases(4))
    assert "TOO_MANY_ALIASES" not in at_limit.codes
    over = await limited.execute(_aliases(5))
    assert over.codes == ["TOO_MANY_ALIASES"]


async def test_aliases_are_counted_through_fragments(limited) -> None:  # type: ignore[no-untyped-def]
    document = """
    query { ...Two ...Two ...Two }
    fragment Two on Query { x: node(id: "eA==") { id } y: node(id: "eA==") { id } }
    """
    response = await limited.execute(document)
    assert "TOO_MANY_ALIASES" in response.codes


async def test_circular_fragments_are_refused_without_hanging(limited) -> None:  # type: ignore[no-untyped-def]
    document = """
    query { ...A }
    fragment A on Query { a: node(id: "eA==") { id } ...B }
    fragment B on Query { b: node(id: "eA==") { id } ...A }
    """
    response = await limited.execute(document)
    assert response.status == 200
    assert response.codes and all(code for code in response.codes)
    assert "GRAPHQL_VALIDATION_FAILED" in response.codes


async def test_token_limit_refuses_a_long_document_before_parsing_it_all(limited) -> None:  # type: ignore[no-untyped-def]
    long_document = "{ " + " ".join("__typename" for _ in range(300)) + " }"
    response = await limited.execute(long_document)
    assert response.codes == ["TOO_MANY_TOKENS"]
    short = await limited.execute("{ __typename }")
    assert short.errors == []


async def test_costly_nested_connections_are_refused_before_execution(settings, database) -> None:  # type: ignore[no-untyped-def]
    client = shell_client(settings, database, graphql_max_cost=500)
    nested = (
        '{ shellOrganisations(prefix: "x", first: 100) { edges { node { id } } }'
        ' b: shellOrganisations(prefix: "x", first: 100) { edges { node { id slug name } } } }'
    )
    response = await client.execute(nested)
    await client.close()
    assert response.codes == ["QUERY_TOO_COSTLY"]


async def test_malformed_query_gets_a_parse_error_code(client) -> None:  # type: ignore[no-untyped-def]
    response = await client.execute("{ node(id: ")
    assert response.codes == ["GRAPHQL_PARSE_FAILED"]


async def test_unknown_field_gets_a_validation_code(client) -> None:  # type: ignore[no-untyped-def]
    response = await client.execute("{ nodez }")
    assert response.codes == ["GRAPHQL_VALIDATION_FAILED"]


async def test_wrong_variable_type_gets_bad_user_input(client) -> None:  # type: ignore[no-untyped-def]
    response = await client.execute("query Q($id: ID!) { node(id: $id) { id } }", {"id": {"a": 1}})
    assert response.codes == ["BAD_USER_INPUT"]


async def test_oversized_body_is_refused_with_413(settings, database) -> None:  # type: ignore[no-untyped-def]
    client = shell_client(settings, database, graphql_max_body_bytes=1000)
    response = await client.execute("{ __typename }", {"pad": "x" * 2000})
    await client.close()
    assert response.status == 413
    assert response.codes == ["REQUEST_TOO_LARGE"]
