"""A page of enrolments reads what the query shows of its nodes (programme,
leader, cohort, progress, checkpoints) in one batch each when the page is
built, through the loaders the fields use: the nodes' fields then answer
without awaiting a loader each. What the query leaves out (``@skip``) is not
read, and an enrolment outside a page (``node``) answers the same fields by
awaiting its loaders."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from backend.api.loaders import BatchLoader
from backend.db import Database
from learning.programmes.enrolments import service as enrolments
from tests.support.factories import make_person, viewer_of
from tests.support.graphql_client import GraphQLClient, payload
from tests.support.programme_world import World
from tests.support.statements import count_statements

ROW = """
fragment Row on Enrolment {
  id
  leader @include(if: $leader) { name jobTitle }
  ... on Enrolment { programme { title } }
  progress @skip(if: $skipProgress) { completed total percent }
  checkpoints { kind dueOn completedAt }
  cohort { name }
}
"""

PAGE = (
    """
query Page($leader: Boolean!, $skipProgress: Boolean!) {
  enrolments(first: 20) { edges { node { ...Row } } }
}
"""
    + ROW
)

NODE = (
    """
query One($id: ID!, $leader: Boolean!, $skipProgress: Boolean!) {
  node(id: $id) { ...Row }
}
"""
    + ROW
)


@pytest.fixture
def awaited(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """The keys a field had to await its loader for."""
    keys: list[object] = []
    later = BatchLoader._resolve_later

    def counted(self: BatchLoader[Any, Any], key: object, convert: Callable[[Any], Any]) -> Any:
        keys.append(key)
        return later(self, key, convert)

    monkeypatch.setattr(BatchLoader, "_resolve_later", counted)
    return keys


async def _second_enrolment(session: AsyncSession, world: World) -> None:
    other = await make_person(
        session, world.organisation, roles=["LEADER"], manager=world.manager, name="Ole Anden"
    )
    await enrolments.enrol_leader(
        session,
        viewer_of(world.hr),
        enrolments.EnrolCommand(
            programme_id=world.programme_id,
            membership_id=other.id,
            starts_on=date.today() - timedelta(days=1),
        ),
    )
    await session.commit()


async def _page(
    gql: GraphQLClient, world: World, database: Database, **flags: bool
) -> tuple[list[dict[str, Any]], int]:
    with count_statements(database.engine) as log:
        response = await gql.execute(
            PAGE, {"leader": True, "skipProgress": False, **flags}, token=world.token(world.hr)
        )
    edges = payload(response, "enrolments")["edges"]
    return [edge["node"] for edge in edges], len(log.statements)


async def test_a_page_reads_its_nodes_relations_once_and_awaits_none_per_node(
    gql: GraphQLClient, session: AsyncSession, world: World, database: Database, awaited: list
) -> None:
    await _second_enrolment(session, world)

    nodes, _ = await _page(gql, world, database)

    assert sorted(n["leader"]["name"] for n in nodes) == ["Lise Leder", "Ole Anden"]
    assert all(n["programme"]["title"] and len(n["checkpoints"]) == 3 for n in nodes)
    assert all(n["progress"] == {"completed": 0, "total": 3, "percent": 0} for n in nodes)
    assert awaited == []


async def test_what_the_query_leaves_out_is_not_read(
    gql: GraphQLClient, session: AsyncSession, world: World, database: Database, awaited: list
) -> None:
    await _second_enrolment(session, world)

    everything, statements = await _page(gql, world, database)
    without, fewer = await _page(gql, world, database, leader=False, skipProgress=True)

    assert fewer == statements - 2
    assert without == [
        {k: v for k, v in node.items() if k not in ("leader", "progress")} for node in everything
    ]
    assert awaited == []


async def test_an_enrolment_outside_a_page_answers_the_same_by_awaiting_its_loaders(
    gql: GraphQLClient, world: World, database: Database, awaited: list
) -> None:
    [on_the_page], _ = await _page(gql, world, database)

    response = await gql.execute(
        NODE,
        {"id": world.enrolment_gid, "leader": True, "skipProgress": False},
        token=world.token(world.hr),
    )

    assert payload(response, "node") == on_the_page
    assert len(awaited) == 4  # programme, leader, progress, checkpoints (no cohort)
