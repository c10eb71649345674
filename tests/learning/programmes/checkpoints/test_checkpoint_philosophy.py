"""The commission's dialogue: a leader's published leadership philosophy is
taken into the manager's checkpoints of their enrolment."""

from __future__ import annotations

from backend.db import Database
from learning.philosophy import service as philosophy
from tests.support.factories import viewer_of
from tests.support.graphql_client import GraphQLClient, payload
from tests.support.philosophy_world import run_publication, sections
from tests.support.programme_world import World

CHECKPOINTS = """
query Checkpoints($id: ID!) {
  node(id: $id) {
    ... on Enrolment { checkpoints { kind leadershipPhilosophy { number summary address } } }
  }
}
"""


async def _publish(database: Database, world: World, summary: str) -> None:
    async with database.session() as session:
        viewer = viewer_of(world.leader)
        saved, draft = await philosophy.save_draft(
            session, viewer, world.settings, philosophy.DraftCommand(sections=sections())
        )
        await philosophy.request_publication(
            session, viewer, world.settings, philosophy.PublishCommand(saved.id, summary, None)
        )
        await session.commit()
    await run_publication(database, world.settings, draft.id)


async def _checkpoints(api: GraphQLClient, world: World) -> list[dict]:
    response = await api.execute(
        CHECKPOINTS, {"id": world.enrolment_gid}, token=world.token(world.manager)
    )
    return list(payload(response, "node")["checkpoints"])


async def test_checkpoints_cite_the_newest_published_philosophy(
    api: GraphQLClient, world: World, database: Database
) -> None:
    before = await _checkpoints(api, world)
    assert [c["leadershipPhilosophy"] for c in before] == [None, None, None]

    await _publish(database, world, "Første udgave")

    cited = [c["leadershipPhilosophy"] for c in await _checkpoints(api, world)]
    assert {(c["number"], c["summary"]) for c in cited} == {(1, "Første udgave")}
    assert cited[0]["address"].startswith(f"{world.settings.base_url}/p/")
