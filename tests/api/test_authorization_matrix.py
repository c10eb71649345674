"""Every query and mutation of the schema, for every role, against the
matrix in ``tests/api/authorization_matrix*.py``.

The matrix is checked against the built schema: a root field without a row
fails, and so does a row naming no field. Each row runs once per role,
signed in as that role (a rater sends their link secret instead), with a
request whose document is made from the schema: the field, its arguments,
and a selection of ``__typename``, ids, connection edges and payload errors.
"""

from __future__ import annotations

import inspect
import json
from collections.abc import AsyncIterator
from typing import Any

import pytest
from graphql import (
    GraphQLField,
    GraphQLInterfaceType,
    GraphQLObjectType,
    GraphQLSchema,
    get_named_type,
)

from backend.api.errors import ErrorCode
from backend.api.schema import build_schema
from backend.db import get_database, set_database
from backend.settings import Settings
from tests.api.authorization_matrix import (
    ALLOWED,
    ANSWERS,
    FORBIDDEN,
    HIDDEN,
    IDENTITY_MUTATIONS,
    QUERIES,
    UNAUTHENTICATED,
    Arguments,
    expected_answers,
)
from tests.api.authorization_matrix_mutations import DOMAIN_MUTATIONS
from tests.api.authorization_world import ROLES, World, build_world
from tests.support.graphql_client import GraphQLClient, GraphQLResponse

MUTATIONS = {**IDENTITY_MUTATIONS, **DOMAIN_MUTATIONS}
ROWS: dict[str, tuple[str, Arguments]] = {
    **{label: ("query", row) for label, row in QUERIES.items()},
    **{label: ("mutation", row) for label, row in MUTATIONS.items()},
}
EXPECTED = expected_answers()
# One world for every row, built once, and the mutation rows change it: in
# another order a query row meets a world its answers were not written for
# (with --randomly-seed=4242 the mentor saw an Evaluation, and myMentoringNeed
# changed), so the rows run in the order written: queries, then mutations.
pytestmark = pytest.mark.in_written_order
OUTSIDERS = ("anonymous", "rater", "other_org")
# Worst first: a response with several codes is read as the first it has.
# A refused bearer token (the rater sends their link secret as one) is "not
# signed in", told apart so a client knows whether to refresh.
REFUSALS = {
    "UNAUTHENTICATED": UNAUTHENTICATED,
    "TOKEN_INVALID": UNAUTHENTICATED,
    "TOKEN_EXPIRED": UNAUTHENTICATED,
    "FORBIDDEN": FORBIDDEN,
    "NOT_FOUND": HIDDEN,
}


def field_name(label: str) -> str:
    return label.split()[0]


@pytest.fixture(scope="module")
def graphql_schema(settings: Settings) -> GraphQLSchema:
    return build_schema(settings)._schema


@pytest.fixture(scope="module")
async def world(settings: Settings) -> AsyncIterator[tuple[World, GraphQLClient]]:
    shared = get_database()
    try:
        async for built in build_world(settings):
            yield built
    finally:
        set_database(shared)  # create_app points the process at the matrix's database


def test_every_root_field_has_a_row_and_every_row_a_field(graphql_schema: GraphQLSchema) -> None:
    for kind, root in (
        ("query", graphql_schema.query_type),
        ("mutation", graphql_schema.mutation_type),
    ):
        assert root is not None
        labels = [label for label, (k, _) in ROWS.items() if k == kind]
        named = {field_name(label) for label in labels}
        assert set(root.fields) - named == set(), f"{kind} fields without a row"
        assert named - set(root.fields) == set(), f"{kind} rows naming no field"


def test_every_row_has_an_answer_for_every_role_and_every_answer_a_row() -> None:
    assert list(EXPECTED) == list(ROWS)  # the same rows, in the same order
    for label, answers in EXPECTED.items():
        assert set(answers.values()) <= set(ANSWERS), label


def selection(field: GraphQLField) -> str:
    named = get_named_type(field.type)
    if not isinstance(named, GraphQLObjectType | GraphQLInterfaceType):
        return ""
    parts = ["__typename"]
    if "id" in named.fields:
        parts.append("id")
    if "errors" in named.fields:
        parts.append("errors { code reason }")
    if "results" in named.fields and "code" in get_named_type(named.fields["results"].type).fields:
        parts.append("results { code reason }")  # per-event refusals of a batch (syncProgress)
    if "edges" in named.fields:
        node = get_named_type(named.fields["edges"].type).fields["node"]
        inner = "id" if "id" in get_named_type(node.type).fields else "__typename"
        parts.append(f"edges {{ node {{ {inner} }} }}")
    return "{ " + " ".join(parts) + " }"


def document(schema: GraphQLSchema, kind: str, name: str, variables: dict[str, Any]) -> str:
    root = schema.query_type if kind == "query" else schema.mutation_type
    assert root is not None
    field = root.fields[name]
    declared = ", ".join(f"${arg}: {field.args[arg].type}" for arg in variables)
    passed = ", ".join(f"{arg}: ${arg}" for arg in variables)
    head = f"{kind} M({declared})" if declared else kind
    call = f"{name}({passed})" if passed else name
    return f"{head} {{ {call} {selection(field)} }}"


def answer(response: GraphQLResponse) -> str:
    """What the response amounts to, in the matrix's words."""
    codes = list(response.codes)
    value = next(iter((response.data or {}).values()), None)
    if isinstance(value, dict):
        codes += [error["code"] for error in value.get("errors") or []]
        codes += [result["code"] for result in value.get("results") or [] if result["code"]]
    if unexplained := _without_reason(response, value):
        return f"ERROR without a reason: {unexplained}"
    for code, meaning in REFUSALS.items():
        if code in codes:
            return meaning
    if response.errors and None in codes:
        return f"ERROR without a code: {response.errors[0].get('message')}"
    if response.errors:
        return ALLOWED  # past the policy, refused by a rule of the domain
    if value is None or value == [] or (isinstance(value, dict) and value.get("edges") == []):
        return HIDDEN
    return ALLOWED


def _without_reason(response: GraphQLResponse, value: object) -> list[str]:
    """The codes of errors a client cannot tell apart: a payload error, or a
    GraphQL error with one of the schema's ``ErrorCode``s, without its
    machine-readable ``reason`` (the message key)."""
    domain = {code.value for code in ErrorCode}
    found = [
        e["extensions"] for e in response.errors if e.get("extensions", {}).get("code") in domain
    ]
    if isinstance(value, dict):
        found += list(value.get("errors") or [])
        found += [result for result in value.get("results") or [] if result["code"]]
    return [error["code"] for error in found if not error.get("reason")]


async def ask(
    client: GraphQLClient, schema: GraphQLSchema, world: World, label: str, role: str
) -> tuple[str, str]:
    kind, arguments = ROWS[label]
    variables = arguments(world, role)
    if inspect.isawaitable(variables):
        variables = await variables
    token = None if role in ("anonymous", "rater") else world.tokens[role]
    if role == "rater":
        token = world.rater_secrets["raterForm"]  # a link secret is no bearer token
    response = await client.execute(
        document(schema, kind, field_name(label), variables), variables, token=token
    )
    text = json.dumps(response.body, ensure_ascii=False)
    if role in OUTSIDERS and (leaked := [s for s in world.secrets if s in text]):
        return "LEAKED", str(leaked)
    return answer(response), text[:300]


@pytest.mark.parametrize("label", list(ROWS))
async def test_authorization(
    label: str, world: tuple[World, GraphQLClient], graphql_schema: GraphQLSchema
) -> None:
    built, client = world
    mismatches = []
    for role in ROLES:
        got, detail = await ask(client, graphql_schema, built, label, role)
        if got != EXPECTED[label][role]:
            mismatches.append(f"{role}: expected {EXPECTED[label][role]}, got {got}: {detail}")
    assert mismatches == [], f"{label}:\n" + "\n".join(mismatches)
