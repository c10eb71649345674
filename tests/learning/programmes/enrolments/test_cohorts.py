"""HR lists a programme's cohorts (Programme.cohorts) to enrol leaders into
an existing one: each with its start date and how many leaders it has;
nobody else sees them."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from backend.identity.models import Membership
from learning.programmes.enrolments import service as enrolments
from tests.support.factories import make_person, viewer_of
from tests.support.graphql_client import GraphQLClient, payload
from tests.support.operations import gid, operation
from tests.support.programme_world import World


async def _two_cohorts(session: AsyncSession, world: World) -> None:
    hr = viewer_of(world.hr)
    spring = await enrolments.create_cohort(
        session, hr, world.programme_id, "Forår", date.today() + timedelta(days=10)
    )
    await enrolments.create_cohort(
        session, hr, world.programme_id, "Efterår", date.today() + timedelta(days=100)
    )
    for name in ("Anna", "Bo"):
        person = await make_person(session, world.organisation, roles=["LEADER"], name=name)
        await enrolments.enrol_leader(
            session,
            hr,
            enrolments.EnrolCommand(
                programme_id=world.programme_id, membership_id=person.id, cohort_id=spring.id
            ),
        )
    await session.commit()


async def _cohorts(gql: GraphQLClient, world: World, who: Membership) -> list[dict[str, object]]:
    response = await gql.execute(
        operation("ProgrammeCohorts"),
        {"id": gid("Programme", world.programme_id)},
        token=world.token(who),
    )
    node = payload(response, "node")
    return list(node["cohorts"]) if node else []


async def test_hr_sees_every_cohort_with_its_start_and_enrolled_leaders(
    gql: GraphQLClient, session: AsyncSession, world: World
) -> None:
    await _two_cohorts(session, world)

    cohorts = await _cohorts(gql, world, world.hr)

    assert [(c["name"], c["enrolledLeaders"]) for c in cohorts] == [("Efterår", 0), ("Forår", 2)]
    assert cohorts[1]["startsOn"] == (date.today() + timedelta(days=10)).isoformat()


async def test_a_leader_sees_no_cohorts_of_a_programme(
    gql: GraphQLClient, session: AsyncSession, world: World
) -> None:
    await _two_cohorts(session, world)

    assert await _cohorts(gql, world, world.leader) == []
    assert await _cohorts(gql, world, world.director) == []


async def test_hr_of_another_organisation_sees_nothing(
    gql: GraphQLClient, session: AsyncSession, world: World
) -> None:
    await _two_cohorts(session, world)

    assert await _cohorts(gql, world, world.outsider_hr) == []
