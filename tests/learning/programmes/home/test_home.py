"""``home``: everything for the start screen in one round trip, at a fixed
number of SQL statements whatever the number of enrolments and activities."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from learning.programmes import service
from learning.programmes.enrolments import service as enrolments
from learning.programmes.models import ActivityKind, Enrolment, EnrolmentStatus
from tests.support.factories import make_mentorship, make_person, viewer_of
from tests.support.graphql_client import GraphQLClient
from tests.support.operations import operation
from tests.support.programme_content import content
from tests.support.programme_world import World
from tests.support.statements import count_statements


async def _busy_leader(session: AsyncSession, world: World, count: int) -> Any:
    leader = await make_person(session, world.organisation, roles=["LEADER"], manager=world.manager)
    hr = viewer_of(world.hr)
    for i in range(count):
        programme, _ = await service.create_programme(
            session,
            hr,
            content(world.goal_ids, modules=2, title=f"Forløb {i}", extra=2),
            world.settings,
        )
        await service.publish_programme(session, hr, programme.id)
        await enrolments.enrol_leader(
            session,
            hr,
            enrolments.EnrolCommand(
                programme.id, leader.id, starts_on=date.today() - timedelta(days=i)
            ),
        )
    await session.commit()
    return leader


async def _count(api: GraphQLClient, database: Any, token: str) -> tuple[int, dict[str, Any]]:
    with count_statements(database.engine) as log:
        response = await api.execute(operation("Home"), token=token)
    assert response.errors == [], response.errors
    return log.count, response.data["home"]


async def test_home_statement_count_is_constant(
    api: GraphQLClient,
    world: World,
    session: AsyncSession,
    database: Any,
    record_property: Callable[[str, object], None],
) -> None:
    busy = await _busy_leader(session, world, 20)
    one, home_one = await _count(api, database, world.token(world.leader))
    many, home_many = await _count(api, database, world.token(busy))
    assert len(home_one["enrolments"]) == 1 and len(home_many["enrolments"]) == 20
    assert sum(e["progress"]["total"] for e in home_many["enrolments"]) == 20 * 2 * 5
    assert len(home_many["nextActivities"]) == 5
    assert one == many, (one, many)
    # The manager of both: checkpoints of 21 enrolments, same cost again.
    managing, home_manager = await _count(api, database, world.token(world.manager))
    assert len(home_manager["checkpointsToHold"]) == 21
    assert managing <= many
    record_property("statements", {"1 enrolment": one, "20 enrolments": many, "manager": managing})


async def test_home_shows_what_other_slices_provide(
    api: GraphQLClient, world: World, session: AsyncSession
) -> None:
    response = await api.execute(operation("Home"), token=world.token(world.leader))
    assert response.data["home"]["mentor"] is None
    await make_mentorship(session, world.mentor, world.leader)
    await session.commit()
    response = await api.execute(operation("Home"), token=world.token(world.leader))
    assert response.data["home"]["mentor"]["name"] == "Mette Mentor"


async def test_a_completed_enrolment_stays_on_home_without_activities_due(
    api: GraphQLClient, world: World, session: AsyncSession
) -> None:
    enrolment = await session.get(Enrolment, world.enrolment_id)
    assert enrolment is not None
    enrolment.status = EnrolmentStatus.COMPLETED.value
    await session.commit()
    response = await api.execute(operation("Home"), token=world.token(world.leader))
    home = response.data["home"]
    assert [(e["id"], e["status"]) for e in home["enrolments"]] == [
        (world.enrolment_gid, "COMPLETED")
    ]
    assert home["nextActivities"] == []
    # It exists: an upload to it says it is closed, not that it is missing.
    upload = {
        "input": {
            "enrolmentId": world.enrolment_gid,
            "activityId": world.activity_gid(ActivityKind.ACTION),
            "filename": "bevis.png",
            "contentType": "image/png",
            "byteSize": 10,
        }
    }
    response = await api.execute(
        operation("RequestEvidenceUpload"), upload, token=world.token(world.leader)
    )
    [error] = response.data["requestEvidenceUpload"]["errors"]
    assert (error["code"], error["field"]) == ("RULE_VIOLATED", ["input", "enrolmentId"])


async def test_home_needs_a_signed_in_viewer(api: GraphQLClient) -> None:
    response = await api.execute(operation("Home"))
    assert response.codes == ["UNAUTHENTICATED"]
