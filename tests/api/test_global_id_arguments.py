"""Every global-ID argument is decoded one way (``backend/api/ids.py``).

The schema is introspected over HTTP and every ID in every mutation's input
(nested inputs and lists included) is sent malformed and as a well-formed ID
of another type: each time the answer must be a payload error naming exactly
that field, with code INVALID and reason ``error.invalid_id``; never a
top-level error that nulls the response. Query arguments answer a GraphQL
error with ``extensions.code``, ``extensions.reason`` and ``extensions.field``.
"""

from __future__ import annotations

import ast
import pathlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
import strawberry
from graphql import (
    GraphQLEnumType,
    GraphQLInputObjectType,
    GraphQLInputType,
    GraphQLInterfaceType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLScalarType,
    GraphQLSchema,
    Undefined,
    build_client_schema,
    get_introspection_query,
)
from sqlalchemy.ext.asyncio import AsyncSession
from strawberry import relay

from backend.api.relay import to_global_id
from backend.api.schema import build_schema
from backend.settings import Settings
from tests.support.factories import make_person, token_for
from tests.support.graphql_client import GraphQLClient

MALFORMED = ("not-an-id", "%%%", "")
Path = tuple[str, ...]

_SCALARS: dict[str, Any] = {
    "String": "x",
    "Int": 1,
    "Float": 1.0,
    "Boolean": False,
    "Date": "2026-01-05",
    "DateTime": "2026-01-05T09:00:00+00:00",
    "JSON": {},
}


def _unwrap(type_: Any) -> Any:
    return type_.of_type if isinstance(type_, GraphQLNonNull) else type_


def _has_id(type_: Any, depth: int = 0) -> bool:
    type_ = _unwrap(type_)
    if isinstance(type_, GraphQLList):
        return _has_id(type_.of_type, depth)
    if isinstance(type_, GraphQLScalarType):
        return type_.name == "ID"
    if isinstance(type_, GraphQLInputObjectType) and depth < 4:
        return any(_has_id(f.type, depth + 1) for f in type_.fields.values())
    return False


def _value(type_: GraphQLInputType, path: Path, ids: dict[Path, str]) -> Any:
    """A minimal value of ``type_``: required fields, and every ID (so that
    each can be tested), with the IDs taken from ``ids`` by path."""
    type_ = _unwrap(type_)
    if isinstance(type_, GraphQLList):
        return [_value(type_.of_type, (*path, "0"), ids)]
    if isinstance(type_, GraphQLScalarType):
        return ids[path] if type_.name == "ID" else _SCALARS[type_.name]
    if isinstance(type_, GraphQLEnumType):
        return next(iter(type_.values))
    assert isinstance(type_, GraphQLInputObjectType)
    return {
        name: _value(f.type, (*path, name), ids)
        for name, f in type_.fields.items()
        if _has_id(f.type) or (isinstance(f.type, GraphQLNonNull) and f.default_value is Undefined)
    }


def _id_paths(type_: Any, path: Path = ()) -> Iterator[Path]:
    type_ = _unwrap(type_)
    if isinstance(type_, GraphQLList):
        yield from _id_paths(type_.of_type, (*path, "0"))
    elif isinstance(type_, GraphQLScalarType) and type_.name == "ID":
        yield path
    elif isinstance(type_, GraphQLInputObjectType):
        for name, f in type_.fields.items():
            if _has_id(f.type):
                yield from _id_paths(f.type, (*path, name))


@dataclass
class Probe:
    """One root field whose arguments hold IDs, and the ID type each expects
    (found by trying: an ID of the wrong type is refused naming its path)."""

    name: str
    arguments: dict[str, Any]
    node_types: list[str]
    guesses: dict[Path, list[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for path in self.paths:
            self.guesses[path] = self._ranked(path)

    @property
    def paths(self) -> list[Path]:
        return [
            (arg, *inner)
            for arg, a in self.arguments.items()
            for inner in _id_paths(a.type)
            if _has_id(a.type)
        ]

    def _ranked(self, path: Path) -> list[str]:
        # "enrolmentId" most likely names an Enrolment, "leaderIds" a Membership.
        words = " ".join(path).lower() + " " + self.name.lower()
        stem = re.sub(r"ids?$", "", [p for p in path if not p.isdigit()][-1]).lower()
        first = ("Membership", "Person") if stem in ("leader", "mentee", "mentor", "member") else ()

        def score(name: str) -> tuple[int, int]:
            lowered = name.lower()
            return (
                0 if lowered == stem else 1 if name in first else 2 if lowered in words else 3,
                first.index(name) if name in first else len(name),
            )

        return sorted(self.node_types, key=score)

    def ids(self, override: dict[Path, str] | None = None) -> dict[Path, str]:
        chosen = {p: to_global_id(types[0], 1) for p, types in self.guesses.items()}
        return {**chosen, **(override or {})}

    def variables(self, override: dict[Path, str] | None = None) -> dict[str, Any]:
        ids = self.ids(override)
        # An optional enum argument is sent too: it may say what an ID names
        # (feedbackNotes' subjectKind and subjectId).
        return {
            arg: _value(a.type, (arg,), ids)
            for arg, a in self.arguments.items()
            if _has_id(a.type)
            or isinstance(a.type, GraphQLNonNull)
            or isinstance(_unwrap(a.type), GraphQLEnumType)
        }

    def document(self, kind: str, selection: str) -> str:
        declared = ", ".join(f"${n}: {a.type}" for n, a in self.arguments.items())
        passed = ", ".join(f"{n}: ${n}" for n in self.arguments)
        head = f"{kind} Probe({declared})" if declared else kind
        return f"{head} {{ {self.name}{f'({passed})' if passed else ''} {selection} }}"


async def _schema(api: GraphQLClient, token: str) -> GraphQLSchema:
    response = await api.execute(get_introspection_query(), token=token)
    assert response.errors == []
    return build_client_schema(response.data)


def _node_types(schema: GraphQLSchema) -> list[str]:
    node = schema.get_type("Node")
    assert isinstance(node, GraphQLInterfaceType)
    return sorted(t.name for t in schema.get_possible_types(node))


@pytest.fixture
async def everyone(session: AsyncSession, settings: Settings) -> str:
    """A viewer with every role, so no permission check stands before the IDs."""
    member = await make_person(session, roles=["LEADER", "MENTOR", "HR", "ADMIN"])
    await session.commit()
    return token_for(member, settings, locale="en")


PAYLOAD = "{ errors { code field reason message } }"


def _invalid_id_fields(response: Any, name: str) -> list[list[str]]:
    payload = response.data[name]
    return [e["field"] for e in payload["errors"] if e["reason"] == "error.invalid_id"]


def _refused_query_fields(response: Any) -> list[list[str]]:
    return [
        e["extensions"]["field"]
        for e in response.errors
        if e["extensions"].get("reason") == "error.invalid_id"
    ]


async def _learn_types(api: GraphQLClient, probe: Probe, token: str, kind: str) -> None:
    """Until no ID is refused as of the wrong type, try the next type for it."""
    selection = PAYLOAD if kind == "mutation" else "{ __typename }"
    for _ in range(sum(len(t) for t in probe.guesses.values())):
        response = await api.execute(
            probe.document(kind, selection), probe.variables(), token=token
        )
        if kind == "mutation":
            assert response.errors == [], (probe.name, response.errors)
            refused = _invalid_id_fields(response, probe.name)
        else:
            refused = _refused_query_fields(response)
        if not refused:
            return
        path = tuple(refused[0])
        assert path in probe.guesses, (probe.name, path, "names no ID of the input")
        probe.guesses[path].pop(0)
        assert probe.guesses[path], (probe.name, path, "refuses an ID of every type")


async def test_every_mutation_input_id_is_refused_as_a_payload_error_naming_it(
    api: GraphQLClient, everyone: str
) -> None:
    schema = await _schema(api, everyone)
    node_types = _node_types(schema)
    assert schema.mutation_type is not None
    probes = [
        Probe(name, f.args, node_types)
        for name, f in sorted(schema.mutation_type.fields.items())
        if any(_has_id(a.type) for a in f.args.values())
    ]
    checked: list[tuple[str, Path]] = []
    for probe in probes:
        await _learn_types(api, probe, everyone, "mutation")
        for path in probe.paths:
            right = probe.guesses[path][0]
            wrong = to_global_id("Organisation" if right != "Organisation" else "Person", 1)
            for bad in (*MALFORMED, wrong):
                response = await api.execute(
                    probe.document("mutation", PAYLOAD),
                    probe.variables({path: bad}),
                    token=everyone,
                )
                assert response.status == 200 and response.errors == [], (probe.name, path, bad)
                errors = response.data[probe.name]["errors"]
                assert [e for e in errors if e["field"] == list(path)] == [
                    {
                        "code": "INVALID",
                        "field": list(path),
                        "reason": "error.invalid_id",
                        "message": "Invalid id.",
                    }
                ], (probe.name, path, bad, errors)
            checked.append((probe.name, path))
    # Not a walk over nothing: the schema's mutations hold this many ID fields.
    assert len({name for name, _ in checked}) >= 50, checked
    assert ("setDevelopmentGoals", ("input", "goals", "0", "organisationGoalId")) in checked
    assert ("syncProgress", ("input", "events", "0", "enrolmentId")) in checked


async def test_every_query_id_argument_is_refused_with_code_reason_and_field(
    api: GraphQLClient, everyone: str
) -> None:
    schema = await _schema(api, everyone)
    node_types = _node_types(schema)
    assert schema.query_type is not None
    probes = [
        Probe(name, f.args, node_types)
        for name, f in sorted(schema.query_type.fields.items())
        if any(_has_id(a.type) for a in f.args.values())
    ]
    checked = []
    for probe in probes:
        await _learn_types(api, probe, everyone, "query")
        for path in probe.paths:
            response = await api.execute(
                probe.document("query", "{ __typename }"),
                probe.variables({path: "not-an-id"}),
                token=everyone,
            )
            refused = [e["extensions"] for e in response.errors]
            assert refused == [
                {"code": "INVALID", "reason": "error.invalid_id", "field": list(path)}
            ], (probe.name, path, response.errors)
            checked.append((probe.name, path))
    assert ("node", ("id",)) in checked
    assert ("learningEffect", ("filter", "programmeId")) in checked
    assert len(checked) >= 10, checked


def test_global_ids_are_decoded_in_one_place() -> None:
    """No slice parses a global ID itself: ``backend/api/ids.py`` is the one path."""
    root = pathlib.Path(__file__).resolve().parents[2]
    allowed = {root / "backend/api/relay.py", root / "backend/api/ids.py"}
    parsing = [
        str(path.relative_to(root))
        for package in ("backend", "learning", "feedback")
        for path in (root / package).rglob("*.py")
        if path not in allowed and "from_global_id" in path.read_text(encoding="utf-8")
    ]
    assert parsing == []


_DECODERS = {"decode_id", "decode_ids", "decode_optional_id", "given_pk"}


def _expected_id_types(root: pathlib.Path) -> dict[str, set[str]]:
    """The type names the slices decode argument IDs as (the literal second
    argument of every decoder call), with where each is used."""
    found: dict[str, set[str]] = {}
    for package in ("backend", "learning", "feedback"):
        for path in (root / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not isinstance(node, ast.Call) or len(node.args) < 2:
                    continue
                name = getattr(node.func, "id", getattr(node.func, "attr", None))
                expected = node.args[1]
                if name in _DECODERS and isinstance(expected, ast.Constant):
                    found.setdefault(str(expected.value), set()).add(path.name)
    return found


def _is_node(schema: strawberry.Schema, name: str) -> bool:
    origin = getattr(schema.get_type_by_name(name), "origin", None)
    return isinstance(origin, type) and issubclass(origin, relay.Node)


def test_every_decoded_id_names_a_node_type_of_the_schema(settings: Settings) -> None:
    """An argument's ID is checked against a type name; each name a slice
    expects is a strawberry relay Node of the schema, so an ID the schema
    gives out for it is one the argument accepts."""
    root = pathlib.Path(__file__).resolve().parents[2]
    schema = build_schema(settings)
    expected = _expected_id_types(root)
    assert len(expected) >= 25, expected
    not_nodes = {name for name in expected if not _is_node(schema, name)}
    assert not_nodes == set(), not_nodes
