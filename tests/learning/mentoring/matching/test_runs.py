"""Matching runs through the API and the outbox task; the shortlist; requests."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.db import Database
from backend.jobs.models import OutboxMessage
from backend.jobs.outbox_task import Outcome, handle_message
from backend.settings import Settings
from learning.mentoring.matching import service as runs
from learning.mentoring.matching import tasks
from learning.mentoring.models import MatchProposal, ProposalStatus
from tests.learning.mentoring.conftest import (
    World,
    add_mentorship,
    add_need,
    add_profile,
    build_world,
)
from tests.support.factories import make_person, viewer_of
from tests.support.graphql_client import GraphQLClient, error_codes, payload
from tests.support.operations import gid

START = """
mutation Start($input: StartMatchingRunInput!) {
  startMatchingRun(input: $input) {
    errors { code field message }
    run { id status }
  }
}"""
RUN = """
query Run($id: ID!) {
  node(id: $id) {
    ... on MatchingRun {
      status
      result { mentees matched unmatched totalFit greedyTotalFit }
      proposals(first: 20) {
        nodes {
          fit status
          mentee { name } mentor { name membershipId }
          explanation { text focusMatched focusTotal sameLanguage }
        }
      }
    }
  }
}"""


async def _run_outbox(database: Database, settings: Settings, session: AsyncSession) -> None:
    ids = (
        await session.scalars(
            select(OutboxMessage.id).where(
                OutboxMessage.task == runs.RUN_TASK, OutboxMessage.done_at.is_(None)
            )
        )
    ).all()
    for outbox_id in ids:
        outcome = await handle_message(database, settings, outbox_id, tasks.run_matching)
        assert outcome in (Outcome.DONE, Outcome.SKIPPED)


async def test_a_run_proposes_explained_pairs_that_never_break_a_hard_rule(
    api: GraphQLClient, world: World, session: AsyncSession, database: Database
) -> None:
    response = await api.execute(START, {"input": {}}, token=world.token(world.hr))
    run = payload(response, "startMatchingRun")["run"]
    assert run["status"] == "PENDING"
    await _run_outbox(database, world.settings, session)

    response = await api.execute(RUN, {"id": run["id"]}, token=world.token(world.hr))
    node = response.data["node"]
    assert node["status"] == "COMPLETED"
    assert node["result"]["mentees"] == 2 and node["result"]["matched"] == 2
    assert node["result"]["totalFit"] >= node["result"]["greedyTotalFit"] - 1e-6
    proposals = node["proposals"]["nodes"]
    mentors = [p["mentor"]["membershipId"] for p in proposals]
    # The director fits best on paper but is above both new leaders.
    assert gid("Membership", world.director.id) not in mentors
    # Each other mentor takes one mentee at most.
    assert sorted(mentors) == sorted({gid("Membership", m.id) for m in world.mentors})
    for proposal in proposals:
        assert proposal["status"] == "PROPOSED"
        assert proposal["explanation"]["text"].startswith("Matcher på 1 af 2 fokusområder")
        assert proposal["explanation"]["sameLanguage"] is True


async def test_only_hr_starts_runs_and_bad_weights_are_refused(
    api: GraphQLClient, world: World
) -> None:
    response = await api.execute(START, {"input": {}}, token=world.token(world.manager))
    assert error_codes(response, "startMatchingRun") == ["FORBIDDEN"]
    zero = {"focus": 0, "experience": 0, "language": 0, "location": 0, "area": 0}
    response = await api.execute(START, {"input": {"weights": zero}}, token=world.token(world.hr))
    assert error_codes(response, "startMatchingRun") == ["INVALID"]


async def test_the_shortlist_spreads_load_over_equally_good_mentors(
    session: AsyncSession, settings: Settings
) -> None:
    world = await build_world(session, settings, new_leaders=10, mentors=0)
    mentors = [
        await make_person(
            session,
            world.organisation,
            roles=["LEADER"],
            name=f"Lige god {i}",
            leader_since=date.today() - timedelta(days=3650),
        )
        for i in range(20)
    ]
    for mentor in mentors:
        await add_profile(session, mentor, capacity=2)
    await session.commit()
    shown: dict[int, int] = {}
    for leader in world.new_leaders:
        found = await runs.shortlist(session, viewer_of(leader), 3)
        assert len(found) == 3
        assert world.director.id not in [c.mentor_id for c in found]
        for candidate in found:
            shown[candidate.mentor_id] = shown.get(candidate.mentor_id, 0) + 1
    # 30 places on lists over 20 equal mentors: not the same three for everyone.
    assert len(shown) >= 10
    assert max(shown.values()) <= 4
    # Asked again, a leader sees the same list.
    first = [c.mentor_id for c in await runs.shortlist(session, viewer_of(world.new_leaders[0]), 3)]
    again = [c.mentor_id for c in await runs.shortlist(session, viewer_of(world.new_leaders[0]), 3)]
    assert first == again


async def test_the_shortlist_prefers_mentors_with_room(
    session: AsyncSession, settings: Settings
) -> None:
    world = await build_world(session, settings, new_leaders=2, mentors=2)
    busy, free = world.mentors
    world.profiles[busy.id].capacity = 3
    world.profiles[free.id].capacity = 3
    # The busy mentor has two requests waiting already.
    for _ in range(2):
        other = await make_person(
            session, world.organisation, roles=["LEADER"], manager=world.manager
        )
        await add_need(session, other)
        session.add(
            MatchProposal(
                organisation_id=world.organisation.id,
                mentee_id=other.id,
                mentor_id=busy.id,
                mentor_profile_id=world.profiles[busy.id].id,
                fit=0.5,
                explanation={},
                source="REQUEST",
                status=ProposalStatus.PROPOSED.value,
            )
        )
    await session.commit()
    found = await runs.shortlist(session, viewer_of(world.new_leaders[0]), 2)
    assert [c.mentor_id for c in found] == [free.id, busy.id]


async def test_the_shortlist_is_shown_best_fit_first(
    api: GraphQLClient, session: AsyncSession, settings: Settings
) -> None:
    """A busy mentor who fits better may still be shown; then before a
    worse-fitting one with room (the list is documented best first)."""
    world = await build_world(session, settings, new_leaders=1, mentors=2)
    busy, free = world.mentors
    world.profiles[busy.id].capacity = 4
    world.profiles[busy.id].tags = ["feedback", "svære samtaler"]
    world.profiles[free.id].capacity = 5
    world.profiles[free.id].tags = ["feedback"]
    for _ in range(3):  # three of four places taken: its load costs more than its fit gains
        other = await make_person(
            session, world.organisation, roles=["LEADER"], manager=world.manager
        )
        await add_mentorship(session, busy, other)
    await session.commit()
    response = await api.execute(
        "query { mentorShortlist(first: 3) { fit profile { person { name } } } }",
        token=world.token(world.new_leaders[0]),
    )
    assert response.errors == [], response.errors
    shown = response.data["mentorShortlist"]
    fits = [c["fit"] for c in shown]
    assert len(fits) >= 2 and fits == sorted(fits, reverse=True), fits
    assert shown[0]["profile"]["person"]["name"] == "Mentor 0"


REQUEST = """
mutation Request($input: RequestMentorInput!) {
  requestMentor(input: $input) {
    errors { code field message }
    proposal { id status source mentor { name } explanation { text } }
  }
}"""


async def test_a_new_leader_requests_a_mentor_but_never_one_above_them(
    api: GraphQLClient, world: World
) -> None:
    leader = world.new_leaders[0]
    token = world.token(leader)
    director_profile = gid("MentorProfile", world.profiles[world.director.id].id)
    response = await api.execute(
        REQUEST, {"input": {"mentorProfileId": director_profile}}, token=token
    )
    assert error_codes(response, "requestMentor") == ["RULE_VIOLATED"]
    assert "ledelseslinje" in response.data["requestMentor"]["errors"][0]["message"]

    mentor = world.mentors[0]
    profile = gid("MentorProfile", world.profiles[mentor.id].id)
    response = await api.execute(REQUEST, {"input": {"mentorProfileId": profile}}, token=token)
    proposal = payload(response, "requestMentor")["proposal"]
    assert proposal["source"] == "REQUEST" and proposal["status"] == "PROPOSED"
    assert proposal["explanation"]["text"]
    response = await api.execute(REQUEST, {"input": {"mentorProfileId": profile}}, token=token)
    assert error_codes(response, "requestMentor") == ["DUPLICATE"]


async def test_nobody_requests_themselves(
    api: GraphQLClient, world: World, session: AsyncSession
) -> None:
    mentor = world.mentors[0]
    await add_need(session, mentor)
    await session.commit()
    profile = gid("MentorProfile", world.profiles[mentor.id].id)
    response = await api.execute(
        REQUEST, {"input": {"mentorProfileId": profile}}, token=world.token(mentor)
    )
    assert error_codes(response, "requestMentor") == ["RULE_VIOLATED"]
