"""Persisted queries: a client may send only the sha256 of a known document."""

from __future__ import annotations

import pytest

from backend.api.persisted import PersistedOperations, document_hash
from backend.api.schema import build_schema
from backend.app import create_app
from tests.support.graphql_client import GraphQLClient
from tests.support.shell_schema import ShellMutation, ShellQuery

KNOWN = "query Typename { __typename }"


def _client(settings, database, only_persisted: bool) -> GraphQLClient:
    configured = settings.model_copy(update={"persisted_queries_only": only_persisted})
    operations = PersistedOperations({document_hash(KNOWN): KNOWN})
    schema = build_schema(
        configured,
        extra_queries=[ShellQuery],
        extra_mutations=[ShellMutation],
        operations=operations,
    )
    return GraphQLClient(create_app(configured, database=database, schema=schema))


@pytest.fixture
async def persisted(settings, database):
    client = _client(settings, database, only_persisted=True)
    yield client
    await client.close()


def _by_hash(digest: str) -> dict[str, object]:
    return {"persistedQuery": {"version": 1, "sha256Hash": digest}}


async def test_known_hash_runs_its_document(persisted) -> None:
    response = await persisted.execute(extensions=_by_hash(document_hash(KNOWN)))
    assert response.errors == [] and response.data == {"__typename": "Query"}


async def test_unknown_hash_is_refused_with_a_code(persisted) -> None:
    response = await persisted.execute(extensions=_by_hash("0" * 64))
    assert response.codes == ["PERSISTED_QUERY_NOT_FOUND"]


async def test_only_persisted_mode_refuses_a_free_document(persisted) -> None:
    response = await persisted.execute("{ __typename }")
    assert response.codes == ["PERSISTED_QUERY_REQUIRED"]


async def test_only_persisted_mode_accepts_the_known_text_itself(persisted) -> None:
    response = await persisted.execute(KNOWN)
    assert response.errors == []


async def test_a_document_that_does_not_match_its_hash_is_refused(persisted) -> None:
    response = await persisted.execute(
        '{ node(id: "x") { id } }', extensions=_by_hash(document_hash(KNOWN))
    )
    assert response.codes == ["PERSISTED_QUERY_MISMATCH"]


async def test_open_mode_accepts_free_documents_and_hashes(settings, database) -> None:
    client = _client(settings, database, only_persisted=False)
    free = await client.execute("{ __typename }")
    hashed = await client.execute(extensions=_by_hash(document_hash(KNOWN)))
    await client.close()
    assert free.errors == [] and hashed.errors == []


def test_every_checked_in_operation_has_a_distinct_hash() -> None:
    operations = PersistedOperations.from_folder()
    assert len(operations.hashes()) == len({d for d in operations.hashes().values()})


def _root_fields_of_documents() -> dict[str, set[str]]:
    from graphql import OperationDefinitionNode, parse

    used: dict[str, set[str]] = {"query": set(), "mutation": set()}
    for document in PersistedOperations.from_folder().hashes().values():
        for definition in parse(document).definitions:
            if isinstance(definition, OperationDefinitionNode):
                used[definition.operation.value].update(
                    s.name.value  # type: ignore[attr-defined]
                    for s in definition.selection_set.selections
                )
    return used


def test_every_root_field_has_a_persisted_operation(settings) -> None:
    """With persisted queries only, a root field without a document is a
    field no client can call."""
    schema = build_schema(settings)._schema
    used = _root_fields_of_documents()
    assert schema.query_type is not None and schema.mutation_type is not None
    missing = sorted(
        [f"query {f}" for f in schema.query_type.fields if f not in used["query"]]
        + [f"mutation {f}" for f in schema.mutation_type.fields if f not in used["mutation"]]
    )
    assert missing == []


def test_every_persisted_operation_is_valid_against_the_schema(settings) -> None:
    from graphql import parse, validate

    schema = build_schema(settings)._schema
    problems = {
        name: [e.message for e in errors]
        for name, document in PersistedOperations.from_folder().hashes().items()
        if (errors := validate(schema, parse(document)))
    }
    assert problems == {}
