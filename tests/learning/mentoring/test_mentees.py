"""The mentor's ``mentees`` page on a phone: progress, what was shared since
the last visit and the next meeting, for a fixed number of SQL statements."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from backend.db import Database
from learning.mentoring import service
from learning.mentoring.hooks import MenteeProgress, SharedItem
from learning.mentoring.models import MentoringMeeting, MentorshipStatus
from tests.learning.mentoring.conftest import World, add_mentorship, gid, operation, payload
from tests.support.factories import make_person
from tests.support.graphql_client import GraphQLClient
from tests.support.statements import count_statements

NOW = datetime.now(UTC)
VISITED = """
mutation V($input: MentorshipIdInput!) {
  markMenteeVisited(input: $input) { errors { code } mentorship { id } }
}"""


async def _progress(session: AsyncSession, mentees: Sequence[int]) -> dict[int, MenteeProgress]:
    """A stand-in for programmes' provider: one statement for all mentees."""
    await session.execute(text("SELECT 1"))
    return {m: MenteeProgress(1, 3, 12) for m in mentees}


async def _shared(
    session: AsyncSession, mentees: Sequence[tuple[int, datetime | None]]
) -> dict[int, list[SharedItem]]:
    await session.execute(text("SELECT 1"))
    items = [
        SharedItem("REFLECTION", gid("Reflection", 1), "Min første uge", NOW - timedelta(days=2)),
        SharedItem("ACTION_EVIDENCE", gid("ActionEvidence", 2), "Personalemøde", NOW),
    ]
    return {m: [i for i in items if since is None or i.shared_at > since] for m, since in mentees}


async def _mentor_with(session: AsyncSession, world: World, count: int) -> object:
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
    service.register_progress_provider(_progress)
    service.register_shared_items_provider(_shared)
    counts = []
    for size in (1, 10):
        mentor = await _mentor_with(session, world, size)
        with count_statements(database.engine) as log:
            response = await api.execute(
                operation("Mentees"),
                {"first": 20},
                token=world.token(mentor),  # type: ignore[arg-type]
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
    service.register_progress_provider(_progress)
    service.register_shared_items_provider(_shared)
    mentor = await _mentor_with(session, world, 2)
    token = world.token(mentor)  # type: ignore[arg-type]
    response = await api.execute(operation("Mentees"), {"first": 1}, token=token)
    page = payload(response, "mentees")
    assert page["pageInfo"]["hasNextPage"] is True
    node = page["edges"][0]["node"]
    assert node["person"]["name"] == "Mentee 2-00"
    assert node["progress"] == {
        "activeEnrolments": 1,
        "completedActivities": 3,
        "totalActivities": 12,
        "percent": 25,
    }
    assert node["sharedSinceLastVisit"]["count"] == 2
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
