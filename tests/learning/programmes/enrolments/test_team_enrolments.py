"""A leader follows the enrolments of everyone below them (TeamEnrolments):
a leader of leaders sees the enrolments two levels down, directOnly narrows
the list to their own reports, and nobody sees another line's enrolments."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from backend.db import Database
from backend.identity.models import Membership
from learning.programmes.enrolments import service as enrolments
from learning.programmes.models import ActivityKind, ProgressEventType
from learning.programmes.progress import service as progress_service
from learning.programmes.progress.service import ProgressEventCommand
from tests.support.factories import make_person, viewer_of
from tests.support.graphql_client import GraphQLClient, payload
from tests.support.operations import operation
from tests.support.programme_world import World
from tests.support.statements import count_statements


async def _enrol_direct_report_of_director(session: AsyncSession, world: World) -> None:
    """A second line under the director, so direct and indirect reports differ."""
    deputy = await make_person(
        session, world.organisation, roles=["LEADER"], manager=world.director, name="Dina Deputy"
    )
    await enrolments.enrol_leader(
        session,
        viewer_of(world.hr),
        enrolments.EnrolCommand(
            programme_id=world.programme_id,
            membership_id=deputy.id,
            starts_on=date.today() - timedelta(days=3),
        ),
    )
    await session.commit()


async def _team(gql: GraphQLClient, world: World, who: Membership, direct: bool) -> list[str]:
    response = await gql.execute(
        operation("TeamEnrolments"), {"first": 20, "directOnly": direct}, token=world.token(who)
    )
    return sorted(node["leader"]["name"] for node in payload(response, "enrolments")["nodes"])


async def test_leader_of_leaders_sees_every_enrolment_below(
    gql: GraphQLClient, session: AsyncSession, world: World
) -> None:
    await _enrol_direct_report_of_director(session, world)

    assert await _team(gql, world, world.director, direct=False) == ["Dina Deputy", "Lise Leder"]
    assert await _team(gql, world, world.director, direct=True) == ["Dina Deputy"]
    assert await _team(gql, world, world.manager, direct=False) == ["Lise Leder"]


async def test_nobody_outside_the_line_sees_the_team(
    gql: GraphQLClient, session: AsyncSession, world: World
) -> None:
    await _enrol_direct_report_of_director(session, world)

    assert await _team(gql, world, world.leader, direct=False) == []
    assert await _team(gql, world, world.colleague, direct=False) == []
    assert await _team(gql, world, world.mentor, direct=False) == []
    assert await _team(gql, world, world.outsider_hr, direct=False) == []


async def test_a_page_counts_progress_in_sql_instead_of_loading_every_row(
    gql: GraphQLClient, session: AsyncSession, world: World, database: Database
) -> None:
    await progress_service.apply_events(
        session,
        viewer_of(world.leader),
        [
            ProgressEventCommand(
                world.enrolment_id, world.activities[ActivityKind.KNOWLEDGE].id, kind
            )
            for kind in (ProgressEventType.STARTED, ProgressEventType.COMPLETED)
        ]
        + [
            ProgressEventCommand(
                world.enrolment_id,
                world.activities[ActivityKind.ACTION].id,
                ProgressEventType.STARTED,
            )
        ],
        world.settings,
    )
    await session.commit()

    with count_statements(database.engine) as log:
        response = await gql.execute(
            operation("TeamEnrolments"), {"first": 20}, token=world.token(world.manager)
        )
    [node] = payload(response, "enrolments")["nodes"]

    assert node["progress"] == {"completed": 1, "total": 3, "percent": 33}
    progress_reads = [s for s in log.statements if "activity_progress" in s]
    assert len(progress_reads) == 1 and "GROUP BY" in progress_reads[0], progress_reads
