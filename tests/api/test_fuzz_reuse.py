"""The schema fuzzer's shortcut (tests/api/fuzz_reuse.py) changes how often
hypothesis-graphql makes its strategies, never what they generate: drawn
from the same choices, the operations are the same with and without it."""

from __future__ import annotations

from typing import Any, cast

import graphql
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backend.api.schema import build_schema
from backend.settings import Settings
from tests.api import fuzz_reuse
from tests.api.fuzz_support import FuzzWorld, _known_ids, operations, root_fields

EXAMPLES = 40


def _fields(schema: graphql.GraphQLSchema) -> list[tuple[str, str]]:
    """Two queries and two mutations with arguments: valid operations and,
    on mutations, ones with a schema violation too."""
    with_arguments = []
    for kind, name in root_fields(schema):
        root = schema.query_type if kind == "query" else schema.mutation_type
        assert root is not None
        if root.fields[name].args:
            with_arguments.append((kind, name))
    queries = [f for f in with_arguments if f[0] == "query"][:2]
    mutations = [f for f in with_arguments if f[0] == "mutation"][:2]
    return queries + mutations


def _generated(schema: graphql.GraphQLSchema, kind: str, name: str) -> list[str]:
    # A world of its own: strategies made afresh under the patches in force.
    world = FuzzWorld(cast(Any, None), cast(Any, None), schema, {}, _known_ids(schema))
    documents: list[str] = []

    @settings(
        max_examples=EXAMPLES,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(data=st.data())
    def draw(data: st.DataObject) -> None:
        documents.append(data.draw(operations(world, kind, name)))

    draw()
    return documents


def test_operations_are_the_same_with_strategies_made_once() -> None:
    schema = build_schema(Settings())._schema
    fields = _fields(schema)
    assert len(fields) == 4
    for kind, name in fields:
        reused = _generated(schema, kind, name)
        with fuzz_reuse.made_at_every_draw():
            made_every_time = _generated(schema, kind, name)
        assert reused == made_every_time, name
        assert len(set(reused)) > 1, name
