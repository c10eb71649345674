"""What the schema fuzzer needs: a seeded world with one person per role,
operation strategies over every root field, and the checks each answer must
pass (no 5xx, every error coded, no traceback, no null where the schema
promises a value)."""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import graphql
from hypothesis import strategies as st
from hypothesis_graphql import Mode, mutations, nodes, queries
from hypothesis_graphql._strategies.negative_sites import enumerate_violation_sites
from sqlalchemy import select

from backend.api.relay import to_global_id
from backend.api.schema import build_schema
from backend.app import create_app
from backend.db import Database
from backend.identity.models import Membership, Person
from backend.seed import seed_demo
from backend.settings import Settings
from learning.mentoring.models import Mentorship
from tests.api import fuzz_reuse
from tests.support.demo_template import copy_demo
from tests.support.error_paths import parsed as parsed_document
from tests.support.factories import make_organisation, make_person, token_for, unique
from tests.support.graphql_client import GraphQLClient, GraphQLResponse

ROLES = (
    "anonymous",
    "new_leader",
    "leader_of_leaders",
    "mentor",
    "hr",
    "admin",
    "staff",
    "other_org",
)
# hypothesis-graphql makes each of its strategies once per run, not per draw
# (tests/api/fuzz_reuse.py): the same operations at a third less generation time.
fuzz_reuse.install()
TRACEBACK = re.compile(r"Traceback \(most recent call last\)|File \"[^\"]+\", line \d+")


@dataclass
class FuzzWorld:
    client: GraphQLClient
    database: Database
    schema: graphql.GraphQLSchema
    tokens: dict[str, str | None]
    ids: list[str]
    cases: dict[str, int] = field(default_factory=dict)
    failures: dict[str, str] = field(default_factory=dict)
    strategies: dict[str, st.SearchStrategy[str]] = field(default_factory=dict)
    violable: dict[str, set[str]] = field(default_factory=dict)


async def build_world(settings: Settings, folder: Path) -> FuzzWorld:
    """The demo municipality in a database of its own: the fuzzer's mutations
    change what they may, and no other test sees it."""
    copy = await asyncio.to_thread(copy_demo, folder, "fuzz", settings.storage_folder)
    own = settings.model_copy(
        update={
            "database_url": copy.database_url,
            # Generated sign-ins fail by the thousand: the fuzzer looks for
            # server errors, not for the throttle (tests/backend/identity/signin
            # does), so failed attempts are not slowed down here.
            "sign_in_delay_seconds": 0.0,
        }
    )
    database = Database(own)
    await seed_demo(database)  # adds nothing to the copy; a fresh rater link
    async with database.session() as session:
        members = await _roles(session)
        await session.commit()
    schema = build_schema(own)
    app = create_app(own, database=database, schema=schema)
    tokens: dict[str, str | None] = {role: token_for(m, own) for role, m in members.items()}
    tokens["anonymous"] = None
    core = schema._schema
    return FuzzWorld(GraphQLClient(app), database, core, tokens, _known_ids(core))


async def _roles(session: Any) -> dict[str, Membership]:
    mentorship = (
        await session.scalars(select(Mentorship).where(Mentorship.status == "ACTIVE"))
    ).first()
    new_leader = await session.get(Membership, mentorship.mentee_id)
    mentor = await session.get(Membership, mentorship.mentor_id)
    manager = await session.get(Membership, new_leader.manager_id)
    everyone = (
        await session.scalars(
            select(Membership).where(Membership.organisation_id == new_leader.organisation_id)
        )
    ).all()
    staff = next(m for m in everyone if not m.roles and m.manager_id is not None)
    by_email = {
        email: membership
        for membership, email in (
            await session.execute(
                select(Membership, Person.email).join(Person, Person.id == Membership.person_id)
            )
        ).tuples()
    }
    elsewhere = await make_organisation(session, name=unique("Andenby"))
    other = await make_person(session, elsewhere, roles=["HR", "ADMIN", "LEADER"])
    return {
        "new_leader": new_leader,
        "leader_of_leaders": manager,
        "mentor": mentor,
        "hr": by_email["hr@fjordby.dk"],
        "admin": by_email["admin@fjordby.dk"],
        "staff": staff,
        "other_org": other,
    }


def _known_ids(schema: graphql.GraphQLSchema) -> list[str]:
    """Global IDs of the first rows of every Node type: most exist in the
    seeded world, so generated operations reach real objects, not only
    NOT_FOUND."""
    node = schema.get_type("Node")
    assert isinstance(node, graphql.GraphQLInterfaceType)
    names = sorted(t.name for t in schema.get_possible_types(node))
    return [to_global_id(name, pk) for name in names for pk in (1, 2, 3, 5, 8)]


def root_fields(schema: graphql.GraphQLSchema) -> list[tuple[str, str]]:
    fields = [("query", name) for name in schema.query_type.fields] if schema.query_type else []
    if schema.mutation_type:
        fields += [("mutation", name) for name in schema.mutation_type.fields]
    return fields


def operations(world: FuzzWorld, kind: str, name: str) -> st.SearchStrategy[str]:
    """Valid operations on one root field, and operations with one schema
    violation each (a wrong type, a missing argument, an unknown enum); made
    once per field, as building one walks the schema."""
    made = world.strategies.get(name)
    if made is None:
        made = world.strategies[name] = _operations(world, kind, name)
    return made


def _operations(world: FuzzWorld, kind: str, name: str) -> st.SearchStrategy[str]:
    scalars = _scalars(world.ids)
    make = queries if kind == "query" else mutations
    valid = make(world.schema, fields=[name], custom_scalars=scalars, mode=Mode.POSITIVE)
    # NEGATIVE mode raises for a field with no argument or scalar to get
    # wrong (``viewer``); the library's own list of sites says which those are.
    if name not in _violable(world, kind):
        return valid
    return st.one_of(
        valid, make(world.schema, fields=[name], custom_scalars=scalars, mode=Mode.NEGATIVE)
    )


def _violable(world: FuzzWorld, kind: str) -> set[str]:
    if kind not in world.violable:
        root = world.schema.query_type if kind == "query" else world.schema.mutation_type
        assert root is not None
        sites = enumerate_violation_sites(world.schema, root)
        world.violable[kind] = {site.path[0].field_name for site in sites}
    return world.violable[kind]


def _scalars(ids: list[str]) -> dict[str, st.SearchStrategy[graphql.ValueNode]]:
    moments = st.datetimes(
        min_value=datetime(1900, 1, 1), max_value=datetime(2200, 1, 1), timezones=st.just(UTC)
    )
    return {
        "ID": st.one_of(st.sampled_from(ids), st.text(max_size=30)).map(nodes.String),
        "Date": st.one_of(st.dates().map(str), st.text(max_size=12)).map(nodes.String),
        "DateTime": st.one_of(moments.map(datetime.isoformat), st.text(max_size=30)).map(
            nodes.String
        ),
        "JSON": st.one_of(
            st.text(max_size=20).map(nodes.String),
            st.integers().map(nodes.Int),
            st.booleans().map(nodes.Boolean),
        ),
    }


def problems(schema: graphql.GraphQLSchema, document: str, response: GraphQLResponse) -> list[str]:
    """Everything wrong with one answer; empty when it is fine."""
    found: list[str] = []
    if response.status >= 500:
        found.append(f"HTTP {response.status}")
    if "raw" in response.body and response.status < 400:
        found.append(f"not JSON: {response.body['raw'][:200]}")
    if TRACEBACK.search(repr(response.body)):
        found.append("a stack trace in the answer")
    for error in response.errors:
        code = (error.get("extensions") or {}).get("code")
        if not code:
            found.append(f"an error without a code: {error.get('message')}")
        elif code == "INTERNAL_SERVER_ERROR":
            found.append(f"a server error at {error.get('path')}: {error.get('message')}")
    data = response.data
    if isinstance(data, dict):
        found += null_violations(schema, document, data, response.errors)
    return found


def null_violations(
    schema: graphql.GraphQLSchema,
    document: str,
    data: dict[str, Any],
    errors: list[dict[str, Any]],
) -> list[str]:
    """Paths where the answer holds null for a non-null field and no error
    explains it (an error at that path or below, whose null propagated up)."""
    parsed = parsed_document(document)
    operation = next(
        d for d in parsed.definitions if isinstance(d, graphql.OperationDefinitionNode)
    )
    root = (
        schema.mutation_type
        if operation.operation == graphql.OperationType.MUTATION
        else schema.query_type
    )
    walker = _NullWalker(
        schema,
        {
            d.name.value: d
            for d in parsed.definitions
            if isinstance(d, graphql.FragmentDefinitionNode)
        },
        [tuple(e.get("path") or ()) for e in errors],
    )
    assert root is not None
    walker.walk(root, [operation.selection_set], data, ())
    return walker.found


@dataclass
class _NullWalker:
    schema: graphql.GraphQLSchema
    fragments: dict[str, graphql.FragmentDefinitionNode]
    error_paths: list[tuple[Any, ...]]
    found: list[str] = field(default_factory=list)

    def walk(
        self,
        parent: graphql.GraphQLNamedType,
        selection_sets: list[graphql.SelectionSetNode],
        value: dict[str, Any],
        path: tuple[Any, ...],
    ) -> None:
        typename = value.get("__typename")
        runtime = self.schema.get_type(typename) if isinstance(typename, str) else None
        fields: dict[str, tuple[graphql.GraphQLOutputType, list[graphql.SelectionSetNode]]] = {}
        for selection_set in selection_sets:
            self._collect(runtime or parent, selection_set, fields)
        for key, (type_, below) in fields.items():
            if key in value:
                self.check(type_, below, value[key], (*path, key))

    def check(
        self,
        type_: graphql.GraphQLOutputType,
        below: list[graphql.SelectionSetNode],
        value: Any,
        path: tuple[Any, ...],
    ) -> None:
        if isinstance(type_, graphql.GraphQLNonNull):
            if value is None:
                if not any(p[: len(path)] == path for p in self.error_paths):
                    self.found.append(f"null in non-null {type_} at {list(path)}")
                return
            type_ = type_.of_type
        if value is None:
            return
        if isinstance(type_, graphql.GraphQLList):
            for index, item in enumerate(value):
                self.check(type_.of_type, below, item, (*path, index))
        elif isinstance(value, dict) and below:
            self.walk(graphql.get_named_type(type_), below, value, path)

    def _collect(
        self,
        parent: graphql.GraphQLNamedType,
        selection_set: graphql.SelectionSetNode,
        into: dict[str, tuple[graphql.GraphQLOutputType, list[graphql.SelectionSetNode]]],
    ) -> None:
        for selection in selection_set.selections:
            if isinstance(selection, graphql.FieldNode):
                key = selection.alias.value if selection.alias else selection.name.value
                type_ = self._field_type(parent, selection.name.value)
                if type_ is None:
                    continue
                _, below = into.setdefault(key, (type_, []))
                if selection.selection_set:
                    below.append(selection.selection_set)
                continue
            if isinstance(selection, graphql.InlineFragmentNode):
                condition, selections = selection.type_condition, selection.selection_set
            else:
                assert isinstance(selection, graphql.FragmentSpreadNode)
                fragment = self.fragments.get(selection.name.value)
                if fragment is None:
                    continue
                condition, selections = fragment.type_condition, fragment.selection_set
            target = self.schema.get_type(condition.name.value) if condition else parent
            if _applies(self.schema, target, parent):
                self._collect(target or parent, selections, into)

    @staticmethod
    def _field_type(
        parent: graphql.GraphQLNamedType, name: str
    ) -> graphql.GraphQLOutputType | None:
        if name == "__typename":
            return graphql.GraphQLNonNull(graphql.GraphQLString)
        if isinstance(parent, graphql.GraphQLObjectType | graphql.GraphQLInterfaceType):
            definition = parent.fields.get(name)
            return definition.type if definition else None
        return None


def _applies(
    schema: graphql.GraphQLSchema,
    condition: graphql.GraphQLNamedType | None,
    runtime: graphql.GraphQLNamedType,
) -> bool:
    """Whether a fragment on ``condition`` applies to an object of
    ``runtime`` (when the runtime type is abstract, it may)."""
    if condition is None or condition is runtime:
        return True
    if isinstance(runtime, graphql.GraphQLObjectType) and isinstance(
        condition, graphql.GraphQLInterfaceType | graphql.GraphQLUnionType
    ):
        return schema.is_sub_type(condition, runtime)
    return not isinstance(runtime, graphql.GraphQLObjectType)
