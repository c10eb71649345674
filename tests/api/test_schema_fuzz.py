"""Every root field of the schema, under generated operations.

hypothesis-graphql writes queries and mutations over each root field, valid
ones and ones with a single schema violation; each is sent over HTTP into the
app, signed in as one of the roles or anonymously. Whatever is asked, the
answer has no 5xx, no error without ``extensions.code`` (nor an
INTERNAL_SERVER_ERROR), no stack trace, and no null where the schema promises
a value unless an error explains it.

``LEDELYST_FUZZ_CASES`` sets the cases per root field (200 by default). The
world is a seeded SQLite database of its own, so the fuzzer runs in the
SQLite pass only.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from typing import Any

import graphql
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backend.api.schema import build_schema
from backend.settings import Settings
from tests.api.fuzz_support import (
    ROLES,
    FuzzWorld,
    build_world,
    null_violations,
    operations,
    problems,
    root_fields,
)
from tests.support.graphql_client import GraphQLResponse

CASES = int(os.environ.get("LEDELYST_FUZZ_CASES", "200"))
ROOT_FIELDS = root_fields(build_schema(Settings())._schema)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        bool(os.environ.get("LEDELYST_TEST_DATABASE_URL")),
        reason="the fuzzer runs on a SQLite world of its own, in the SQLite pass",
    ),
]


class _Summary:
    """Prints the line the README quotes, after the test results."""

    def __init__(self, world: FuzzWorld) -> None:
        self.world = world

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        cases = self.world.cases
        terminalreporter.write_line(
            f"schema fuzz: {sum(cases.values())} cases over {len(cases)} root fields "
            f"(min {min(cases.values(), default=0)} per field), "
            f"{len(self.world.failures)} failing fields"
        )
        # Hypothesis stops early on a field whose every distinct operation it
        # has tried (``viewer`` has only so many selections), or on a failure.
        exhausted = sorted(
            n for n, c in cases.items() if c < CASES and n not in self.world.failures
        )
        if exhausted:
            terminalreporter.write_line(
                f"schema fuzz: all operations tried in fewer than {CASES} cases: "
                + ", ".join(f"{n} ({cases[n]})" for n in exhausted)
            )
        for name, problem in sorted(self.world.failures.items()):
            terminalreporter.write_line(f"schema fuzz failure: {name}: {problem}")


@pytest.fixture(scope="session")
async def fuzz_world(
    settings: Settings, tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> AsyncIterator[FuzzWorld]:
    world = await build_world(settings, tmp_path_factory.mktemp("fuzz"))
    request.config.pluginmanager.register(_Summary(world), "ledelyst-schema-fuzz")
    yield world
    await world.client.close()
    await world.database.dispose()


@pytest.mark.parametrize(("kind", "name"), ROOT_FIELDS, ids=[n for _, n in ROOT_FIELDS])
@settings(
    max_examples=CASES,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)
@given(data=st.data(), role=st.sampled_from(ROLES))
async def test_root_field_answers_any_operation_without_a_server_error(
    fuzz_world: FuzzWorld, kind: str, name: str, data: st.DataObject, role: str
) -> None:
    document = data.draw(operations(fuzz_world, kind, name), "document")
    response = await fuzz_world.client.execute(document, token=fuzz_world.tokens[role])
    fuzz_world.cases[name] = fuzz_world.cases.get(name, 0) + 1
    found = problems(fuzz_world.schema, document, response)
    if found:
        fuzz_world.failures.setdefault(name, f"as {role}: {found[0]}")
    assert not found, (role, document, found, response.body)


# The checker itself, on a small schema: it must see what it is there to see.
_SMALL = graphql.build_schema(
    "type Query { a: A! list: [A!] u: U } type A { b: String! c: String }"
    " type B { d: Int! } union U = A | B"
)


@pytest.mark.parametrize(
    ("document", "data", "errors", "expected"),
    [
        ("{ a { b } }", {"a": {"b": None}}, [], ["null in non-null String! at ['a', 'b']"]),
        ("{ a { b } }", {"a": {"b": None}}, [{"path": ["a", "b"]}], []),
        (
            "{ list { b } }",
            {"list": [{"b": "x"}, None]},
            [],
            ["null in non-null A! at ['list', 1]"],
        ),
        ("{ x: a { c } }", {"x": {"c": None}}, [], []),
        (
            "{ u { __typename ...on B { d } ...F } } fragment F on A { b }",
            {"u": {"__typename": "B", "d": None}},
            [],
            ["null in non-null Int! at ['u', 'd']"],
        ),
    ],
)
def test_the_null_check_finds_nulls_the_schema_forbids(
    document: str, data: dict[str, Any], errors: list[dict[str, Any]], expected: list[str]
) -> None:
    assert null_violations(_SMALL, document, data, errors) == expected


def test_a_server_error_or_an_uncoded_error_is_a_problem() -> None:
    coded = GraphQLResponse(200, {"errors": [{"message": "x", "extensions": {"code": "X"}}]})
    uncoded = GraphQLResponse(200, {"errors": [{"message": "x"}]})
    internal = GraphQLResponse(
        200, {"errors": [{"message": "x", "extensions": {"code": "INTERNAL_SERVER_ERROR"}}]}
    )
    crashed = GraphQLResponse(
        500, {"raw": 'Traceback (most recent call last):\n  File "a.py", line 1'}
    )
    assert problems(_SMALL, "{ a { b } }", coded) == []
    assert problems(_SMALL, "{ a { b } }", uncoded) == ["an error without a code: x"]
    assert problems(_SMALL, "{ a { b } }", internal)[0].startswith("a server error")
    assert problems(_SMALL, "{ a { b } }", crashed) == ["HTTP 500", "a stack trace in the answer"]
