"""The mentor's ``mentees`` page on a phone: progress, what was shared since
the last visit and the next meeting, for a fixed number of SQL statements.
Progress and what was shared come from the programmes slice, wired in as
production wires it (no stand-ins)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from backend.db import Database
from backend.identity.models import Membership
from learning.mentoring.models import MentoringMeeting, MentorshipStatus
from learning.programmes.models import ProgressEventType
from learning.programmes.progress import service as progress
from learning.programmes.progress.service import ShareTarget
from learning.programmes.repository import activities_of_versions
from tests.learning.mentoring.conftest import World, add_mentorship
from tests.support.factories import make_enrolment, make_person, viewer_of, write_work
from tests.support.graphql_client import GraphQLClient, payload
from tests.support.operations import gid, operation
from tests.support.statements import count_statements

NOW = datetime.now(UTC)
VISITED = """
mutation V($input: MentorshipIdInput!) {
  markMenteeVisited(input: $input) { errors { code } mentorship { id } }
}"""


async def _works_and_shares(session: AsyncSession, world: World, mentee: Membership) -> None:
    """The mentee, through the programmes slice: enrolled on three activities,
    completes the first, writes a reflection shared with MENTOR and records
    action evidence (which is not shared with a mentor)."""
    enrolment = await make_enrolment(session, world.settings, world.hr, mentee)
    reflection, _evidence = await write_work(session, world.settings, mentee, enrolment, "Uge 1")
    leader = viewer_of(mentee)
    await progress.share_reflection(session, leader, reflection, frozenset({ShareTarget.MENTOR}))
    [first, *_] = await activities_of_versions(session, [enrolment.version_id])
    event = progress.ProgressEventCommand(enrolment.id, first.id, ProgressEventType.COMPLETED)
    await progress.apply_events(session, leader, [event], world.settings)


async def _mentor_with(session: AsyncSession, world: World, count: int) -> Membership:
    mentor = await make_person(
        session, world.organisation, roles=["LEADER"], name=f"Mentor med {count}"
    )
    for i in range(count):
        mentee = await make_person(
            session,
            world.organisation,
            roles=["LEADER"],
            manager=world.manager,
            name=f"Mentee {count}-{i:02d}",
        )
        mentorship = await add_mentorship(session, mentor, mentee)
        await _works_and_shares(session, world, mentee)
        for days in (-3, 2, 9):  # a past meeting and two coming
            session.add(
                MentoringMeeting(
                    organisation_id=world.organisation.id,
                    mentorship_id=mentorship.id,
                    starts_at=NOW + timedelta(days=days),
                    place=f"Møde om {days} dage",
                )
            )
    await session.commit()
    return mentor


async def test_the_mentees_page_costs_the_same_for_one_and_ten_mentees(
    api: GraphQLClient, world: World, session: AsyncSession, database: Database
) -> None:
    counts = []
    for size in (1, 10):
        mentor = await _mentor_with(session, world, size)
        with count_statements(database.engine) as log:
            response = await api.execute(
                operation("Mentees"),
                {"first": 20},
                token=world.token(mentor),
            )
        edges = payload(response, "mentees")["edges"]
        assert len(edges) == size
        counts.append(log.count)
    assert counts[0] == counts[1], counts
    # The page, the next meetings, and one statement per provider.
    assert counts[0] <= 4, counts


async def test_the_mentees_page_shows_progress_what_was_shared_and_the_next_meeting(
    api: GraphQLClient, world: World, session: AsyncSession
) -> None:
    mentor = await _mentor_with(session, world, 2)
    token = world.token(mentor)
    response = await api.execute(operation("Mentees"), {"first": 1}, token=token)
    page = payload(response, "mentees")
    assert page["pageInfo"]["hasNextPage"] is True
    node = page["edges"][0]["node"]
    assert node["person"]["name"] == "Mentee 2-00"
    assert node["progress"] == {
        "activeEnrolments": 1,
        "completedActivities": 1,
        "totalActivities": 3,
        "percent": 33,
    }
    shared = node["sharedSinceLastVisit"]
    assert shared["count"] == 1
    assert [(i["kind"], i["title"]) for i in shared["items"]] == [("REFLECTION", "Reflektér")]
    assert node["nextMeeting"]["place"] == "Møde om 2 dage"
    assert node["lastVisitAt"] is None

    visited = {"mentorshipId": node["mentorship"]["id"]}
    response = await api.execute(VISITED, {"input": visited}, token=token)
    assert response.data["markMenteeVisited"]["errors"] == []
    response = await api.execute(operation("Mentees"), {"first": 1}, token=token)
    node = payload(response, "mentees")["edges"][0]["node"]
    assert node["lastVisitAt"] is not None
    assert node["sharedSinceLastVisit"]["count"] == 0


async def test_mentees_lists_only_running_mentorships_of_the_viewer(
    api: GraphQLClient, world: World, session: AsyncSession
) -> None:
    mentor = world.mentors[0]
    await add_mentorship(session, mentor, world.new_leaders[0], status=MentorshipStatus.PAUSED)
    await add_mentorship(session, mentor, world.new_leaders[1], status=MentorshipStatus.COMPLETED)
    await add_mentorship(session, world.mentors[1], world.manager)
    await session.commit()
    response = await api.execute(operation("Mentees"), {}, token=world.token(mentor))
    names = [e["node"]["person"]["name"] for e in payload(response, "mentees")["edges"]]
    assert names == ["Ny Leder 0"]
    node = payload(response, "mentees")["edges"][0]["node"]
    assert node["progress"]["percent"] == 0 and node["sharedSinceLastVisit"]["count"] == 0


async def test_a_mentees_membership_id_names_the_mentee_and_takes_feedback(
    api: GraphQLClient, world: World, session: AsyncSession
) -> None:
    mentor, mentee = world.mentors[0], world.new_leaders[0]
    await add_mentorship(session, mentor, mentee)
    await session.commit()
    response = await api.execute(operation("Mentees"), {}, token=world.token(mentor))
    [edge] = payload(response, "mentees")["edges"]
    assert edge["node"]["person"]["membershipId"] == gid("Membership", mentee.id)
    give = {
        "input": {
            "leaderId": edge["node"]["person"]["membershipId"],
            "subjectKind": "GENERAL",
            "body": "Godt første møde",
        }
    }
    response = await api.execute(operation("GiveFeedbackNote"), give, token=world.token(mentor))
    assert payload(response, "giveFeedbackNote")["errors"] == []
    assert payload(response, "giveFeedbackNote")["note"]["leaderName"] == "Ny Leder 0"
