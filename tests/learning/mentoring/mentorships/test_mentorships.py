"""From proposal to mentorship: approval, acceptance by both, the agreement,
meetings, observations, the end; and every bad input a clear error."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.api.relay import from_global_id
from backend.db import Database
from backend.jobs.celery_app import beat_schedule, celery_app
from backend.jobs.models import OutboxMessage
from backend.settings import Settings
from learning.mentoring import service
from learning.mentoring.mentorships import tasks
from learning.mentoring.models import (
    MatchProposal,
    MentorProfile,
    Mentorship,
    MentorshipStatus,
)
from tests.learning.mentoring.conftest import World, add_mentorship, add_proposal
from tests.support.graphql_client import GraphQLClient, error_codes, payload
from tests.support.operations import gid

FIELDS = "errors { code field message } mentorship { id status startsOn endsOn viewerRole }"
APPROVE = f"""
mutation A($input: DecideMatchProposalInput!) {{
  approveMatchProposal(input: $input) {{ {FIELDS} }}
}}"""
REJECT = """
mutation R($input: DecideMatchProposalInput!) {
  rejectMatchProposal(input: $input) { errors { code } proposal { status } }
}"""
ACCEPT = f"""
mutation C($input: MentorshipIdInput!) {{ acceptMentorship(input: $input) {{ {FIELDS} }} }}"""
AGREE = f"""
mutation G($input: SetMentorshipAgreementInput!) {{
  setMentorshipAgreement(input: $input) {{ {FIELDS} }}
}}"""
MEET = """
mutation M($input: ScheduleMentoringMeetingInput!) {
  scheduleMentoringMeeting(input: $input) { errors { code } meeting { id startsAt } }
}"""
NOTE = """
mutation N($input: SaveMeetingNoteInput!) {
  saveMeetingNote(input: $input) { errors { code } meeting { notes { text shared isMine } } }
}"""
OBSERVE = f"""
mutation O($input: RecordMentoringObservationInput!) {{
  recordMentoringObservation(input: $input) {{ {FIELDS} }}
}}"""
ASSESS = f"""
mutation S($input: SubmitMentorshipAssessmentInput!) {{
  submitMentorshipAssessment(input: $input) {{ {FIELDS} }}
}}"""
STATUS = f"""
mutation T($input: ChangeMentorshipStatusInput!) {{
  changeMentorshipStatus(input: $input) {{ {FIELDS} }}
}}"""
DETAIL = """
query D($id: ID!) {
  node(id: $id) {
    ... on Mentorship {
      status goals meetingFrequency viewerRole
      mentor { name } mentee { name }
      meetings { place notes { text shared isMine } }
      observations { setting wentWell toDevelop ratings { key value } }
      assessments { kind text ratings { key value } }
    }
  }
}"""


async def _proposal(
    session: AsyncSession, world: World, mentee_index: int = 0, mentor_index: int = 0
) -> MatchProposal:
    mentee, mentor = world.new_leaders[mentee_index], world.mentors[mentor_index]
    proposal = await add_proposal(session, world, mentee, mentor)
    await session.commit()
    return proposal


async def test_approved_and_accepted_by_both_the_mentorship_runs_with_meetings_and_observations(
    api: GraphQLClient, world: World, session: AsyncSession
) -> None:
    proposal = await _proposal(session, world)
    mentee, mentor = world.new_leaders[0], world.mentors[0]
    response = await api.execute(
        APPROVE,
        {"input": {"proposalId": gid("MatchProposal", proposal.id)}},
        token=world.token(world.manager),  # the new leader's own manager
    )
    mentorship = payload(response, "approveMatchProposal")["mentorship"]
    assert mentorship["status"] == "PROPOSED"
    _type, pk = from_global_id(mentorship["id"])
    mails = [
        m.payload
        for m in await session.scalars(
            select(OutboxMessage).where(OutboxMessage.task == "mail.send")
        )
        if str(m.payload["context"].get("link", "")).endswith(f"/mentoring/mentorships/{pk}")
    ]
    assert len(mails) == 2  # the mentor and the mentee are asked to accept
    assert {m["template"] for m in mails} == {"generic_notice"}

    ref = {"mentorshipId": mentorship["id"]}
    response = await api.execute(ACCEPT, {"input": ref}, token=world.token(mentor))
    assert payload(response, "acceptMentorship")["mentorship"]["status"] == "PROPOSED"
    response = await api.execute(ACCEPT, {"input": ref}, token=world.token(mentee))
    active = payload(response, "acceptMentorship")["mentorship"]
    assert active["status"] == "ACTIVE" and active["startsOn"] == date.today().isoformat()
    assert active["viewerRole"] == "MENTEE"

    agreement = {**ref, "goals": "Svære samtaler", "meetingFrequency": "Hver 14. dag"}
    payload(
        await api.execute(AGREE, {"input": agreement}, token=world.token(mentee)),
        "setMentorshipAgreement",
    )
    starts = (datetime.now(UTC) + timedelta(days=3)).isoformat()
    response = await api.execute(
        MEET, {"input": {**ref, "startsAt": starts, "place": "Kantinen"}}, token=world.token(mentor)
    )
    meeting = payload(response, "scheduleMentoringMeeting")["meeting"]
    note = {"meetingId": meeting["id"], "text": "Privat tanke", "shared": False}
    payload(await api.execute(NOTE, {"input": note}, token=world.token(mentor)), "saveMeetingNote")
    # Someone else's meeting is not found, on the id the outsider sent.
    response = await api.execute(NOTE, {"input": note}, token=world.token(world.mentors[1]))
    assert response.data["saveMeetingNote"]["errors"] == [{"code": "NOT_FOUND"}]
    outsider = await api.execute(
        "mutation($input: SaveMeetingNoteInput!) { saveMeetingNote(input: $input) "
        "{ errors { field } } }",
        {"input": note},
        token=world.token(world.mentors[1]),
    )
    assert outsider.data["saveMeetingNote"]["errors"] == [{"field": ["input", "meetingId"]}]
    observation = {
        **ref,
        "observedOn": date.today().isoformat(),
        "setting": "STAFF_MEETING",
        "wentWell": "Klar dagsorden",
        "toDevelop": "Opsummér",
        "ratings": [{"key": "tag:feedback", "value": 4}],
    }
    payload(
        await api.execute(OBSERVE, {"input": observation}, token=world.token(mentor)),
        "recordMentoringObservation",
    )
    assessment = {
        **ref,
        "kind": "START_SELF",
        "text": "Jeg vil lære",
        "ratings": [{"key": "tag:svære samtaler", "value": 2}],
    }
    payload(
        await api.execute(ASSESS, {"input": assessment}, token=world.token(mentee)),
        "submitMentorshipAssessment",
    )

    response = await api.execute(DETAIL, {"id": mentorship["id"]}, token=world.token(mentee))
    node = response.data["node"]
    assert node["goals"] == "Svære samtaler" and node["mentor"]["name"] == "Mentor 0"
    assert node["meetings"] == [{"place": "Kantinen", "notes": []}]  # the mentor's note is private
    assert node["observations"][0]["wentWell"] == "Klar dagsorden"
    assert node["assessments"][0]["kind"] == "START_SELF"
    response = await api.execute(DETAIL, {"id": mentorship["id"]}, token=world.token(world.hr))
    assert response.data["node"]["viewerRole"] == "OVERSEER"
    assert response.data["node"]["meetings"] == [] and response.data["node"]["observations"] == []
    response = await api.execute(
        DETAIL, {"id": mentorship["id"]}, token=world.token(world.mentors[1])
    )
    assert response.data["node"] is None

    assert await service.is_active_mentor(session, mentor.id, mentee.id)
    found = await service.mentor_of(session, mentee.id)
    assert found is not None and found.name == "Mentor 0"

    done = {**ref, "status": "COMPLETED", "reason": "Mål nået"}
    response = await api.execute(STATUS, {"input": done}, token=world.token(mentor))
    assert payload(response, "changeMentorshipStatus")["mentorship"]["status"] == "COMPLETED"
    final = {**ref, "kind": "MENTOR_EVALUATION", "text": "Godt forløb"}
    payload(
        await api.execute(ASSESS, {"input": final}, token=world.token(mentor)),
        "submitMentorshipAssessment",
    )
    assert not await service.is_active_mentor(session, mentor.id, mentee.id)


async def test_accepting_twice_and_approving_twice_are_conflicts(
    api: GraphQLClient, world: World, session: AsyncSession
) -> None:
    proposal = await _proposal(session, world)
    decide = {"input": {"proposalId": gid("MatchProposal", proposal.id)}}
    response = await api.execute(APPROVE, decide, token=world.token(world.hr))
    mentorship = payload(response, "approveMatchProposal")["mentorship"]
    response = await api.execute(APPROVE, decide, token=world.token(world.hr))
    assert error_codes(response, "approveMatchProposal") == ["CONFLICT"]
    response = await api.execute(REJECT, decide, token=world.token(world.hr))
    assert [e["code"] for e in response.data["rejectMatchProposal"]["errors"]] == ["CONFLICT"]

    ref = {"input": {"mentorshipId": mentorship["id"]}}
    mentor = world.mentors[0]
    payload(await api.execute(ACCEPT, ref, token=world.token(mentor)), "acceptMentorship")
    response = await api.execute(ACCEPT, ref, token=world.token(mentor))
    assert error_codes(response, "acceptMentorship") == ["CONFLICT"]
    assert "allerede accepteret" in response.data["acceptMentorship"]["errors"][0]["message"]


LATE_REJECT = """
mutation R($input: DecideMatchProposalInput!) {
  rejectMatchProposal(input: $input) { errors { code field message reason } proposal { id } }
}"""
LATE_APPROVE = """
mutation A($input: DecideMatchProposalInput!) {
  approveMatchProposal(input: $input) { errors { code field message reason } mentorship { id } }
}"""
DECLINE = """
mutation D($input: DeclineMentorshipInput!) {
  declineMentorship(input: $input) { errors { code message reason } mentorship { status } }
}"""


async def test_a_decision_made_too_late_names_the_status_in_words_of_the_readers_language(
    api: GraphQLClient, world: World, session: AsyncSession
) -> None:
    """The manager decides a proposal HR has decided meanwhile: a CONFLICT
    whose message says what it already is, in the manager's language, never
    the enum's value ("Forslaget er allerede APPROVED." was what a Danish
    manager read); the same for a mentorship no longer open to a decline."""
    approved = await _proposal(session, world, mentee_index=0)
    rejected = await _proposal(session, world, mentee_index=1)
    ids = {p: {"input": {"proposalId": gid("MatchProposal", p.id)}} for p in (approved, rejected)}
    response = await api.execute(LATE_APPROVE, ids[approved], token=world.token(world.hr))
    mentorship = payload(response, "approveMatchProposal")["mentorship"]
    payload(
        await api.execute(LATE_REJECT, ids[rejected], token=world.token(world.hr)),
        "rejectMatchProposal",
    )

    def refusal(response: Any, name: str) -> dict[str, Any]:
        assert response.data[name]["errors"], response.data
        [error] = response.data[name]["errors"]
        return dict(error)

    late = [
        (LATE_REJECT, approved, "rejectMatchProposal", "da", "Forslaget er allerede godkendt."),
        (LATE_REJECT, approved, "rejectMatchProposal", "en", "The proposal is already approved."),
        (LATE_APPROVE, rejected, "approveMatchProposal", "da", "Forslaget er allerede afvist."),
        (LATE_REJECT, rejected, "rejectMatchProposal", "en", "The proposal is already rejected."),
    ]
    for document, proposal, name, locale, message in late:
        response = await api.execute(
            document, ids[proposal], token=world.token(world.manager, locale)
        )
        assert refusal(response, name) == {
            "code": "CONFLICT",
            "field": ["input", "proposalId"],
            "message": message,
            "reason": "mentoring.proposal_decided",
        }
    # Nothing changed by the late decisions.
    await session.refresh(approved)
    await session.refresh(rejected)
    assert (approved.status, rejected.status) == ("APPROVED", "REJECTED")

    ref = {"input": {"mentorshipId": mentorship["id"]}}
    response = await api.execute(DECLINE, ref, token=world.token(world.mentors[0]))
    assert payload(response, "declineMentorship")["mentorship"]["status"] == "REJECTED"
    mentee = world.new_leaders[0]
    for locale, message in (
        ("da", "Det kan ikke lade sig gøre, når forløbet er afvist."),
        ("en", "That is not possible while the mentorship is rejected."),
    ):
        response = await api.execute(DECLINE, ref, token=world.token(mentee, locale))
        error = refusal(response, "declineMentorship")
        assert (error["code"], error["message"]) == ("CONFLICT", message)


async def test_a_note_or_reason_longer_than_the_api_takes_is_refused_not_cut_short(
    api: GraphQLClient, world: World, session: AsyncSession
) -> None:
    """The decider's note and a decline's or an end's reason: TOO_LONG on
    their field, and nothing decided (they were silently cut at 10,000
    characters, losing the rest of what was written)."""
    proposal = await _proposal(session, world)
    too_long = "x" * 10_001
    decide = {"input": {"proposalId": gid("MatchProposal", proposal.id), "note": too_long}}
    for document, name in (
        (LATE_REJECT, "rejectMatchProposal"),
        (LATE_APPROVE, "approveMatchProposal"),
    ):
        response = await api.execute(document, decide, token=world.token(world.manager))
        [error] = response.data[name]["errors"]
        assert (error["code"], error["field"], error["message"]) == (
            "TOO_LONG",
            ["input", "note"],
            "Højst 10000 tegn.",
        )
    await session.refresh(proposal)
    assert (proposal.status, proposal.decision_note) == ("PROPOSED", "")
    # Exactly the limit is taken whole.
    decide["input"]["note"] = too_long[:-1]
    response = await api.execute(LATE_APPROVE, decide, token=world.token(world.manager))
    mentorship = payload(response, "approveMatchProposal")["mentorship"]
    await session.refresh(proposal)
    assert proposal.decision_note == too_long[:-1]

    ref = {"mentorshipId": mentorship["id"], "reason": too_long}
    response = await api.execute(DECLINE, {"input": ref}, token=world.token(world.mentors[0]))
    [error] = response.data["declineMentorship"]["errors"]
    assert (error["code"], error["reason"]) == ("TOO_LONG", "error.too_long")
    stopped = {"input": {**ref, "status": "CANCELLED"}}
    response = await api.execute(STATUS, stopped, token=world.token(world.mentors[0]))
    assert error_codes(response, "changeMentorshipStatus") == ["TOO_LONG"]
    assert response.data["changeMentorshipStatus"]["errors"][0]["field"] == ["input", "reason"]
    row = await session.get(Mentorship, from_global_id(mentorship["id"])[1])
    assert row is not None
    await session.refresh(row)
    assert (row.status, row.end_reason) == ("PROPOSED", "")


async def test_only_hr_or_the_manager_approves(
    api: GraphQLClient, world: World, session: AsyncSession
) -> None:
    proposal = await _proposal(session, world)
    decide = {"input": {"proposalId": gid("MatchProposal", proposal.id)}}
    for who in (world.new_leaders[0], world.mentors[0], world.mentors[1]):
        response = await api.execute(APPROVE, decide, token=world.token(who))
        assert error_codes(response, "approveMatchProposal") == ["FORBIDDEN"]


async def test_a_mentor_over_capacity_is_refused(
    api: GraphQLClient, world: World, session: AsyncSession
) -> None:
    first = await _proposal(session, world, mentee_index=0)
    second = await _proposal(session, world, mentee_index=1)  # same mentor, capacity 1
    response = await api.execute(
        APPROVE,
        {"input": {"proposalId": gid("MatchProposal", first.id)}},
        token=world.token(world.hr),
    )
    payload(response, "approveMatchProposal")
    response = await api.execute(
        APPROVE,
        {"input": {"proposalId": gid("MatchProposal", second.id)}},
        token=world.token(world.hr),
    )
    assert error_codes(response, "approveMatchProposal") == ["RULE_VIOLATED"]
    assert "kapacitet 1" in response.data["approveMatchProposal"]["errors"][0]["message"]


async def test_acceptance_refuses_a_mentor_whose_capacity_was_lowered(
    api: GraphQLClient, world: World, session: AsyncSession
) -> None:
    mentor = world.mentors[0]
    profile = await session.get(MentorProfile, world.profiles[mentor.id].id)
    assert profile is not None
    profile.capacity = 2
    await session.commit()
    ids = []
    for index in (0, 1):
        proposal = await _proposal(session, world, mentee_index=index)
        response = await api.execute(
            APPROVE,
            {"input": {"proposalId": gid("MatchProposal", proposal.id)}},
            token=world.token(world.hr),
        )
        ids.append(payload(response, "approveMatchProposal")["mentorship"]["id"])
    profile.capacity = 1
    await session.commit()
    response = await api.execute(
        ACCEPT, {"input": {"mentorshipId": ids[0]}}, token=world.token(mentor)
    )
    assert error_codes(response, "acceptMentorship") == ["RULE_VIOLATED"]


async def test_acceptance_checks_the_reporting_line_again(
    api: GraphQLClient, world: World, session: AsyncSession
) -> None:
    proposal = await _proposal(session, world)
    response = await api.execute(
        APPROVE,
        {"input": {"proposalId": gid("MatchProposal", proposal.id)}},
        token=world.token(world.hr),
    )
    mentorship = payload(response, "approveMatchProposal")["mentorship"]
    # Meanwhile the mentor became the new leader's manager's manager.
    manager = world.manager
    manager.manager_id = world.mentors[0].id
    session.add(manager)
    await session.commit()
    response = await api.execute(
        ACCEPT,
        {"input": {"mentorshipId": mentorship["id"]}},
        token=world.token(world.new_leaders[0]),
    )
    assert error_codes(response, "acceptMentorship") == ["RULE_VIOLATED"]


async def test_a_proposal_breaking_a_hard_rule_is_never_approved(
    api: GraphQLClient, world: World, session: AsyncSession
) -> None:
    proposal = await add_proposal(session, world, world.new_leaders[0], world.director)
    await session.commit()
    response = await api.execute(
        APPROVE,
        {"input": {"proposalId": gid("MatchProposal", proposal.id)}},
        token=world.token(world.hr),
    )
    assert error_codes(response, "approveMatchProposal") == ["RULE_VIOLATED"]
    assert response.data["approveMatchProposal"]["errors"][0]["field"] == ["input", "proposalId"]


async def test_the_scheduler_completes_mentorships_past_their_end_date(
    world: World, session: AsyncSession, database: Database
) -> None:
    running = await add_mentorship(session, world.mentors[0], world.new_leaders[0])
    ended = await add_mentorship(session, world.mentors[1], world.new_leaders[1])
    ended.ends_on = date.today() - timedelta(days=1)
    await session.commit()
    assert await tasks.close_ended(database, date.today()) >= 1
    await session.refresh(running)
    await session.refresh(ended)
    assert ended.status == MentorshipStatus.COMPLETED.value and ended.ended_at is not None
    assert running.status == MentorshipStatus.ACTIVE.value
    assert await tasks.close_ended(database, date.today()) == 0  # nothing left to close
    found = await session.get(Mentorship, ended.id)
    assert found is not None and found.end_reason == "ends_on"


def test_the_scheduler_closes_mentorships_daily(settings: Settings) -> None:
    entry = beat_schedule(settings)["mentoring-close-ended"]
    assert entry["task"] == tasks.CLOSE_TASK == "mentoring.close_ended"
    assert tasks.CLOSE_TASK in celery_app.tasks
