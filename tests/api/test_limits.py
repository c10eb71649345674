"""Depth, alias, token and cost limits: at the limit accepted, one over refused,
also through fragments, before anything executes."""

from __future__ import annotations

import pytest
from graphql import parse, validate

from backend.api.limits import (
    MAX_LIST_ITEMS,
    MAX_VARIABLE_NESTING,
    NoIntrospection,
    aliases_rule,
    cost_rule,
    depth_rule,
)
from backend.api.persisted import OPERATIONS_FOLDER
from backend.api.relay import to_global_id
from backend.api.schema import build_schema
from backend.api.selections import MAX_FIELDS, MAX_SAME_FIELD, shape
from tests.support.shell_client import shell_client
from tests.support.shell_schema import ShellQuery
from tests.support.statements import count_statements

# A well-formed ID of no row: the query executes and answers null.
MISSING = to_global_id("ShellOrganisation", 10**12)


def _aliases(count: int) -> str:
    return "{ " + " ".join(f'a{i}: node(id: "{MISSING}") {{ id }}' for i in range(count)) + " }"


@pytest.fixture
async def limited(settings, database):
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


async def test_query_at_the_depth_limit_is_accepted_and_one_deeper_refused(limited) -> None:
    at_limit = await limited.execute(_depth(7))
    assert at_limit.errors == [], at_limit.errors
    over = await limited.execute(_depth(8))
    assert over.codes == ["QUERY_TOO_DEEP"]


async def test_depth_is_counted_through_fragments(limited) -> None:
    fragment = " fragment Deeper on ShellOrganisation { again { again { id } } }"
    at_limit = await limited.execute(_depth(5, leaf="...Deeper") + fragment)
    assert at_limit.errors == [], at_limit.errors
    over = await limited.execute(_depth(6, leaf="...Deeper") + fragment)
    assert over.codes == ["QUERY_TOO_DEEP"]


async def test_aliases_at_the_limit_are_accepted_and_one_more_refused(limited) -> None:
    at_limit = await limited.execute(_aliases(4))
    assert "TOO_MANY_ALIASES" not in at_limit.codes
    over = await limited.execute(_aliases(5))
    assert over.codes == ["TOO_MANY_ALIASES"]


async def test_aliases_are_counted_through_fragments(limited) -> None:
    document = """
    query { ...Two ...Two ...Two }
    fragment Two on Query { x: node(id: "eA==") { id } y: node(id: "eA==") { id } }
    """
    response = await limited.execute(document)
    assert "TOO_MANY_ALIASES" in response.codes


async def test_circular_fragments_are_refused_without_hanging(limited) -> None:
    document = """
    query { ...A }
    fragment A on Query { a: node(id: "eA==") { id } ...B }
    fragment B on Query { b: node(id: "eA==") { id } ...A }
    """
    response = await limited.execute(document)
    assert response.status == 200
    assert response.codes and all(code for code in response.codes)
    assert "GRAPHQL_VALIDATION_FAILED" in response.codes


async def test_token_limit_refuses_a_long_document_before_parsing_it_all(limited) -> None:
    long_document = "{ " + " ".join("__typename" for _ in range(300)) + " }"
    response = await limited.execute(long_document)
    assert response.codes == ["TOO_MANY_TOKENS"]
    short = await limited.execute("{ __typename }")
    assert short.errors == []


async def test_costly_nested_connections_are_refused_before_execution(settings, database) -> None:
    client = shell_client(settings, database, graphql_max_cost=500)
    nested = (
        '{ shellOrganisations(prefix: "x", first: 100) { edges { node { id } } }'
        ' b: shellOrganisations(prefix: "x", first: 100) { edges { node { id slug name } } } }'
    )
    response = await client.execute(nested)
    await client.close()
    assert response.codes == ["QUERY_TOO_COSTLY"]


async def test_malformed_query_gets_a_parse_error_code(client) -> None:
    response = await client.execute("{ node(id: ")
    assert response.codes == ["GRAPHQL_PARSE_FAILED"]


async def test_unknown_field_gets_a_validation_code(client) -> None:
    response = await client.execute("{ nodez }")
    assert response.codes == ["GRAPHQL_VALIDATION_FAILED"]


async def test_wrong_variable_type_gets_bad_user_input(client) -> None:
    response = await client.execute("query Q($id: ID!) { node(id: $id) { id } }", {"id": {"a": 1}})
    assert response.codes == ["BAD_USER_INPUT"]


async def test_a_variable_that_reads_like_a_limit_is_still_bad_user_input(client) -> None:
    # graphql-core quotes the value it refuses; no code is read off that text.
    for text in ("exceeds maximum operation depth", "Document contains more than 9 tokens"):
        response = await client.execute(
            "query Q($id: ID!) { node(id: $id) { id } }", {"id": {"a": text}}
        )
        assert response.codes == ["BAD_USER_INPUT"], text


def test_every_limit_rule_codes_its_own_refusal(settings) -> None:
    schema = build_schema(settings, extra_queries=[ShellQuery])._schema
    cases = [
        (depth_rule(2), _depth(3), "QUERY_TOO_DEEP"),
        (aliases_rule(1), _aliases(2), "TOO_MANY_ALIASES"),
        (cost_rule(1, 10, 100), _aliases(2), "QUERY_TOO_COSTLY"),
        (NoIntrospection, "{ __schema { types { name } } }", "INTROSPECTION_DISABLED"),
    ]
    for rule, document, code in cases:
        errors = validate(schema, parse(document), [rule])
        codes = {(error.extensions or {}).get("code") for error in errors}
        assert errors and codes == {code}, rule.__name__


async def test_a_syntax_error_past_the_token_limit_is_a_parse_error(limited) -> None:
    # Refused where it goes wrong, before the 200th token: not the token limit.
    broken = "{ ( " + " ".join("__typename" for _ in range(300)) + " }"
    response = await limited.execute(broken)
    assert response.codes == ["GRAPHQL_PARSE_FAILED"]
    commented = "{ __typename }" + "\n#" * 300
    assert (await limited.execute(commented)).codes == ["TOO_MANY_TOKENS"]


async def test_oversized_body_is_refused_with_413(settings, database) -> None:
    client = shell_client(settings, database, graphql_max_body_bytes=1000)
    response = await client.execute("{ __typename }", {"pad": "x" * 2000})
    await client.close()
    assert response.status == 413
    assert response.codes == ["REQUEST_TOO_LARGE"]


# --- Both sides of every limit, and abuse refused before anything runs ---


@pytest.fixture(scope="module")
async def production(settings, database):
    client = shell_client(settings, database, production=True)
    yield client
    await client.close()


def _statements(database):
    return count_statements(database.engine)


async def test_aliases_through_fragments_at_the_limit_are_accepted(limited) -> None:
    fragment = f' fragment Two on Query {{ x: node(id: "{MISSING}") {{ id }} y: __typename }}'
    at_limit = await limited.execute("{ ...Two ...Two }" + fragment)
    assert at_limit.errors == [], at_limit.errors
    over = await limited.execute('{ ...Two ...Two z: node(id: "eA==") { id } }' + fragment)
    assert over.codes == ["TOO_MANY_ALIASES"]


async def test_token_limit_accepts_exactly_the_limit_and_refuses_one_more(
    settings, database
) -> None:
    client = shell_client(settings, database, graphql_max_tokens=200)
    # "{", 18 times the 11 tokens of `aN: node(id: "…") { id }`, and "}".
    aliased = " ".join(f'a{i}: node(id: "{MISSING}") {{ id }}' for i in range(18))
    at_limit = await client.execute("{ " + aliased + " }")
    over = await client.execute("{ " + aliased + " __typename }")
    await client.close()
    assert at_limit.errors == [], at_limit.errors
    assert over.codes == ["TOO_MANY_TOKENS"]


def _organisations(first: int, extra: str = "") -> str:
    # Cost: 1 for the list, and for each of ``first`` rows edges (1) + node (1) + id (1).
    shape = "{ edges { node { id } } }"
    return f'{{ shellOrganisations(prefix: "x", first: {first}) {shape} {extra}}}'


async def test_cost_at_the_limit_is_accepted_and_one_more_refused(settings, database) -> None:
    client = shell_client(settings, database, graphql_max_cost=301)
    at_limit = await client.execute(_organisations(100))
    over = await client.execute(_organisations(100, extra="__typename "))
    await client.close()
    assert at_limit.errors == [], at_limit.errors
    assert over.codes == ["QUERY_TOO_COSTLY"]


async def test_cost_of_nested_fragments_is_counted_without_expanding_them_all(
    client, database
) -> None:
    # Each fragment spreads the next one twice: 2**40 selections in 400 tokens.
    # Counting them one by one would never end; they are refused at once.
    chain = " ".join(f"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}" for i in range(40))
    document = "{ ...F0 } " + chain + " fragment F40 on Query { __typename }"
    with _statements(database) as log:
        response = await client.execute(document)
    assert response.codes == ["TOO_MANY_FIELDS"]
    assert log.count == 0


async def test_request_body_at_the_limit_is_accepted_and_one_byte_more_refused(
    settings, database
) -> None:
    limit = 1000
    client = shell_client(settings, database, graphql_max_body_bytes=limit)

    def body(size: int) -> bytes:
        start = b'{"query": "{ __typename }", "variables": {"pad": "'
        end = b'"}}'
        return start + b"x" * (size - len(start) - len(end)) + end

    headers = {"content-type": "application/json"}
    at_limit = await client.http.post("/graphql", content=body(limit), headers=headers)
    over = await client.http.post("/graphql", content=body(limit + 1), headers=headers)
    await client.close()
    assert at_limit.status_code == 200 and at_limit.json() == {"data": {"__typename": "Query"}}
    assert over.status_code == 413
    assert over.json()["errors"][0]["extensions"]["code"] == "REQUEST_TOO_LARGE"


async def test_batched_operations_are_refused_cheaply(client, database) -> None:
    # One request, one operation, one unit of work: a batch of mutations
    # would share a transaction, and a batch multiplies every limit above.
    batch = [{"query": f'{{ node(id: "{MISSING}") {{ id }} }}'}] * 2
    with _statements(database) as log:
        response = await client.http.post("/graphql", json=batch)
        single = await client.http.post("/graphql", json=batch[:1])
    assert response.status_code == 400 and "Batching is not enabled" in response.text
    assert single.status_code == 400
    assert log.count == 0


async def test_a_field_repeated_thousands_of_times_is_refused_before_validation(
    client, database
) -> None:
    # graphql-core compares every pair of selections sharing a response key:
    # 500 of them inside the token limit took about ten seconds to validate.
    conflicting = " ".join(f'node(id: "{i}") {{ id }}' for i in range(500))
    same = " ".join(["__typename"] * 1500)
    with _statements(database) as log:
        responses = [await client.execute("{ " + d + " }") for d in (conflicting, same)]
    assert [r.codes for r in responses] == [["FIELD_REPEATED"], ["FIELD_REPEATED"]]
    assert log.count == 0


async def test_a_field_repeated_up_to_the_limit_is_validated_as_usual(client) -> None:
    same = " ".join(f'node(id: "{MISSING}") {{ id }}' for _ in range(MAX_SAME_FIELD))
    accepted = await client.execute("{ " + same + " }")
    assert accepted.errors == [], accepted.errors
    over = await client.execute("{ " + same + ' __typename node(id: "x") { id } }')
    assert over.codes == ["FIELD_REPEATED"]


async def test_field_selections_at_the_limit_are_accepted_and_one_more_refused(client) -> None:
    # 25 different keys x 20 selections in a fragment spread four times = 2000.
    keys = " ".join(f"k{i}: __typename" for i in range(20))
    fragment = f" fragment Many on Query {{ {keys} }}"
    spreads = "...Many " * (MAX_FIELDS // 20)
    document = "{ " + spreads + "}" + fragment
    accepted = await client.execute(document)
    assert "TOO_MANY_FIELDS" not in accepted.codes
    over = await client.execute("{ __typename " + spreads + "}" + fragment)
    assert over.codes == ["TOO_MANY_FIELDS"]


async def test_the_apps_own_operations_keep_far_below_the_field_limits() -> None:
    for path in OPERATIONS_FOLDER.glob("*.graphql"):
        found = shape(parse(path.read_text()))
        assert found.fields <= MAX_FIELDS // 4 and found.widest <= 2, path.name


async def test_deep_nesting_is_refused_before_execution(client, database) -> None:
    with _statements(database) as log:
        response = await client.execute(_depth(40))
        hopeless = await client.execute(_depth(1000))
    assert response.codes == ["QUERY_TOO_DEEP"]
    # graphql-core's parser gives up on its own far below Python's stack.
    assert hopeless.codes == ["GRAPHQL_PARSE_FAILED"]
    assert log.count == 0


async def test_alias_bomb_is_refused_before_execution(client, database) -> None:
    with _statements(database) as log:
        response = await client.execute(_aliases(400))
    assert "TOO_MANY_ALIASES" in response.codes
    assert log.count == 0


async def test_a_huge_variables_payload_is_refused_before_execution(client, database) -> None:
    document = 'query Q($ids: [ID!]!) { node(id: "x") { id } }'
    with _statements(database) as log:
        response = await client.execute(document, {"ids": ["eA=="] * 100_000})
    assert response.status == 413 and response.codes == ["REQUEST_TOO_LARGE"]
    assert log.count == 0


async def test_a_long_list_variable_under_the_body_limit_is_refused_before_execution(
    client, database
) -> None:
    document = "query Q($ids: [ID!]!) { myActivityRatings(activityIds: $ids) { score } }"
    ids = [to_global_id("Activity", n) for n in range(MAX_LIST_ITEMS + 1)]
    with _statements(database) as log:
        response = await client.execute(document, {"ids": ids})
        at_limit = await client.execute(document, {"ids": ids[:MAX_LIST_ITEMS]})
    assert response.codes == ["BAD_USER_INPUT"]
    assert "BAD_USER_INPUT" not in at_limit.codes  # refused as anonymous instead
    assert log.count == 0


@pytest.mark.parametrize(
    "document",
    [
        '{ nod(id: "x") { id } }',  # a field
        '{ node(idd: "x") { id } }',  # an argument
        "query Q($x: Strng) { __typename }",  # a type
        '{ node(id: "x") { ... on ShellOrganisatio { id } } }',  # a type condition
        'mutation { createShellOrganisation(input: {slug: "a", nam: "b"}) { errors { code } } }',
    ],
)
async def test_no_did_you_mean_suggestions_in_production(production, client, document) -> None:
    hidden = await production.execute(document)
    shown = await client.execute(document)
    assert hidden.errors and all("Did you mean" not in e["message"] for e in hidden.errors)
    assert any("Did you mean" in e["message"] for e in shown.errors)


async def test_no_suggestions_for_a_wrong_variable_in_production(production) -> None:
    document = (
        "mutation M($i: CreateShellOrganisationInput!) {"
        " createShellOrganisation(input: $i) { errors { code } } }"
    )
    response = await production.execute(document, {"i": {"slug": "a", "nam": "b"}})
    assert set(response.codes) == {"BAD_USER_INPUT"}
    assert all("Did you mean" not in e["message"] for e in response.errors)


async def test_a_type_definition_in_a_document_is_refused_as_not_executable(client) -> None:
    response = await client.execute("type Sneaky { a: Int } { __typename }")
    assert response.codes == ["GRAPHQL_VALIDATION_FAILED"]


@pytest.mark.parametrize("depth", [MAX_VARIABLE_NESTING + 1, 900])
async def test_deeply_nested_variables_are_refused_before_execution(
    client, database, depth
) -> None:
    body = '{"query": "{ __typename }", "variables": {"a": ' + "[" * depth + "]" * depth + "}}"
    with _statements(database) as log:
        response = await client.http.post(
            "/graphql", content=body.encode(), headers={"content-type": "application/json"}
        )
    assert response.status_code == 200
    assert response.json()["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    assert log.count == 0


async def test_a_body_nested_past_the_json_parser_is_a_client_error(client) -> None:
    body = "[" * 20_000 + "]" * 20_000
    response = await client.http.post(
        "/graphql", content=body.encode(), headers={"content-type": "application/json"}
    )
    assert response.status_code == 400


async def test_variables_nested_up_to_the_limit_are_accepted(client) -> None:
    nested: list[object] = []
    for _ in range(MAX_VARIABLE_NESTING - 1):  # a list in a list…, MAX_VARIABLE_NESTING deep
        nested = [nested]
    response = await client.execute("{ __typename }", {"a": nested})
    assert response.errors == [], response.errors


def test_a_document_is_measured_once_and_a_changed_one_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The parser cache gives the same document object for the same text: its
    field counts are taken once, not on every request; another document (an
    equal text parsed again) is measured for itself."""
    from backend.api import selections

    measured: list[object] = []
    real_shape = selections.shape

    def counted(document: object) -> selections.Shape:
        measured.append(document)
        return real_shape(document)  # type: ignore[arg-type]

    monkeypatch.setattr(selections, "shape", counted)
    document = parse("{ a { b c } d }")
    assert selections.refusal(document) is None
    assert selections.refusal(document) is None
    assert measured == [document]
    wide = parse("{ " + " ".join(["a"] * (MAX_SAME_FIELD + 1)) + " }")
    refused = selections.refusal(wide)
    assert refused is not None and refused.extensions == {"code": "FIELD_REPEATED"}
    assert selections.refusal(wide) is not None
    assert measured == [document, wide]
