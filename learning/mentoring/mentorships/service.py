"""Mentorships: from an approved proposal to the end.

HR or the new leader's manager approves a proposal; that makes a mentorship
in state PROPOSED, which takes a place of the mentor's capacity at once. The
mentor and the mentee each accept; the second acceptance makes it ACTIVE. It
may be PAUSED and resumed, and ends COMPLETED (by either, or by the scheduler
once past its end date) or CANCELLED; a declined one is REJECTED. The hard
rules of a pairing (``check_pair``: nobody mentors themselves, a mentor is
never in the mentee's reporting line above, a mentor belongs to the mentee's
organisation or to one sharing a pool with it) and the capacity
(``take_place``) are checked again, under a lock of the mentor's profile, at
approval and at acceptance; the optimiser already never proposes a pair that
breaks them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from backend.api.errors import DomainError, ErrorCode
from backend.auth.viewer import Viewer
from backend.db import utcnow
from backend.i18n import Term
from backend.identity import policy
from backend.identity import repository as identity
from backend.identity.service import clean_text
from learning.mentoring import repository as repo
from learning.mentoring.matching import repository as matching_repo
from learning.mentoring.mentorships import notify
from learning.mentoring.mentorships import repository as mentorship_repo
from learning.mentoring.models import (
    MatchProposal,
    MentorProfile,
    Mentorship,
    MentorshipStatus,
    NeedStatus,
    ProposalStatus,
)

DEFAULT_DAYS = 182
MAX_TEXT = 10_000
S = MentorshipStatus
RUNNING = (S.ACTIVE.value, S.PAUSED.value)
# Which status change a participant may make from which status.
TRANSITIONS: dict[str, set[str]] = {
    S.ACTIVE.value: {S.PAUSED.value, S.COMPLETED.value, S.CANCELLED.value},
    S.PAUSED.value: {S.ACTIVE.value, S.COMPLETED.value, S.CANCELLED.value},
    S.PROPOSED.value: {S.CANCELLED.value},
}


def _field(name: str) -> list[str]:
    return [name]


def wrong_status(status: str, field: str = "mentorshipId") -> DomainError:
    return DomainError(
        ErrorCode.CONFLICT,
        "mentoring.wrong_status",
        field=[field],
        status=Term(f"mentoring.mentorship_status.{status}"),
    )


async def _may_decide(session: AsyncSession, viewer: Viewer, mentee_id: int) -> bool:
    return policy.is_hr(viewer) or await policy.is_direct_manager(session, viewer, mentee_id)


# --- the hard rules of a pairing -----------------------------------------------------------


async def may_decide(session: AsyncSession, viewer: Viewer | None, proposal: MatchProposal) -> bool:
    """Whether the viewer may approve or reject the proposal now: the rule of
    the two mutations (HR or the mentee's direct manager, in the proposal's
    organisation) on a proposal still open. The mentee and the mentor read it
    but do not decide it."""
    return (
        viewer is not None
        and proposal.status == ProposalStatus.PROPOSED.value
        and proposal.organisation_id == viewer.organisation_id
        and await _may_decide(session, viewer, proposal.mentee_id)
    )


async def check_pair(
    session: AsyncSession, mentee_id: int, mentor_id: int, field: list[str] | None = None
) -> None:
    mentee = await repo.person(session, mentee_id)
    mentor = await repo.person(session, mentor_id)
    if mentee is None or mentor is None:
        raise DomainError(ErrorCode.NOT_FOUND, "error.not_found", field=field)
    if mentee.person_id == mentor.person_id:
        raise DomainError(ErrorCode.RULE_VIOLATED, "mentoring.rule.self", field=field)
    if mentor.organisation_id not in await repo.pool_organisations(session, mentee.organisation_id):
        raise DomainError(ErrorCode.RULE_VIOLATED, "mentoring.rule.organisation", field=field)
    if mentor_id in await identity.managers_above(session, mentee_id):
        raise DomainError(ErrorCode.RULE_VIOLATED, "mentoring.rule.reporting_line", field=field)


async def take_place(
    session: AsyncSession, profile_id: int, *, counting_self: bool, field: list[str] | None = None
) -> MentorProfile:
    """Lock the mentor's profile and check there is a place.

    ``counting_self``: the mentorship being accepted already takes a place (it
    is PROPOSED), so the load may equal the capacity; a new one needs room.
    """
    profile = await repo.lock_profile(session, profile_id)
    if profile is None:
        raise DomainError(ErrorCode.NOT_FOUND, "error.not_found", field=field)
    load = (await repo.load_of_mentors(session, [profile.membership_id])).get(
        profile.membership_id, 0
    )
    limit = profile.capacity if counting_self else profile.capacity - 1
    if load > limit:
        raise DomainError(
            ErrorCode.RULE_VIOLATED,
            "mentoring.over_capacity",
            field=field,
            capacity=profile.capacity,
        )
    return profile


# --- proposals ---------------------------------------------------------------------------


async def _proposal(session: AsyncSession, viewer: Viewer, proposal_id: int) -> MatchProposal:
    proposal = await matching_repo.proposal_for_update(session, proposal_id)
    if proposal is None or proposal.organisation_id != viewer.organisation_id:
        raise DomainError(ErrorCode.NOT_FOUND, "error.not_found", field=_field("proposalId"))
    if not await _may_decide(session, viewer, proposal.mentee_id):
        raise policy.forbid()
    if proposal.status != ProposalStatus.PROPOSED.value:
        raise DomainError(
            ErrorCode.CONFLICT,
            "mentoring.proposal_decided",
            field=_field("proposalId"),
            status=Term(f"mentoring.proposal_status.{proposal.status}"),
        )
    return proposal


async def approve_proposal(
    session: AsyncSession, viewer: Viewer | None, proposal_id: int, note: str = ""
) -> Mentorship:
    decider = policy.require_viewer(viewer)
    note = clean_text(note, "note", MAX_TEXT, required=False)
    proposal = await _proposal(session, decider, proposal_id)
    field = _field("proposalId")
    if (
        await mentorship_repo.occupying_mentorship_of_mentee(session, proposal.mentee_id)
        is not None
    ):
        raise DomainError(ErrorCode.CONFLICT, "mentoring.already_mentored", field=field)
    await check_pair(session, proposal.mentee_id, proposal.mentor_id, field)
    profile = await take_place(
        session, proposal.mentor_profile_id, counting_self=False, field=field
    )
    if not profile.is_available:
        raise DomainError(ErrorCode.RULE_VIOLATED, "mentoring.profile_unavailable", field=field)
    now = utcnow()
    proposal.status = ProposalStatus.APPROVED.value
    proposal.decided_by_id = decider.membership_id
    proposal.decided_at = now
    proposal.decision_note = note
    await matching_repo.supersede_proposals(session, proposal.mentee_id, proposal.id)
    mentorship = Mentorship(
        organisation_id=proposal.organisation_id,
        proposal_id=proposal.id,
        mentor_id=proposal.mentor_id,
        mentee_id=proposal.mentee_id,
        mentor_profile_id=proposal.mentor_profile_id,
        status=S.PROPOSED.value,
    )
    session.add(mentorship)
    need = await repo.need_of(session, proposal.mentee_id)
    if need is not None:
        need.status = NeedStatus.MATCHED.value
    await session.flush()
    await notify.proposed(session, mentorship)
    return mentorship


async def reject_proposal(
    session: AsyncSession, viewer: Viewer | None, proposal_id: int, note: str = ""
) -> MatchProposal:
    decider = policy.require_viewer(viewer)
    note = clean_text(note, "note", MAX_TEXT, required=False)
    proposal = await _proposal(session, decider, proposal_id)
    proposal.status = ProposalStatus.REJECTED.value
    proposal.decided_by_id = decider.membership_id
    proposal.decided_at = utcnow()
    proposal.decision_note = note
    await session.flush()
    await notify.rejected(session, proposal)
    return proposal


async def visible_proposals(
    session: AsyncSession, viewer: Viewer | None, ids: Sequence[int]
) -> list[MatchProposal]:
    """HR, the mentee, the mentor and the mentee's direct manager."""
    signed_in = policy.require_viewer(viewer)
    visible = []
    for proposal in await matching_repo.proposals_by_ids(session, ids):
        if signed_in.membership_id in (proposal.mentee_id, proposal.mentor_id) or (
            proposal.organisation_id == signed_in.organisation_id
            and await _may_decide(session, signed_in, proposal.mentee_id)
        ):
            visible.append(proposal)
    return visible


MAX_REQUESTS = 50


async def my_requests(session: AsyncSession, viewer: Viewer | None) -> list[MatchProposal]:
    """The mentors the viewer asked for herself ("Find en mentor"), newest
    first, the last ``MAX_REQUESTS``: only her own, in her organisation."""
    signed_in = policy.require_viewer(viewer)
    return await matching_repo.requests_of(
        session, signed_in.organisation_id, signed_in.membership_id, MAX_REQUESTS
    )


async def proposals_to_decide(session: AsyncSession, viewer: Viewer | None) -> repo.Listing:
    """Open proposals the viewer decides: all of the organisation's for HR, their
    direct reports' for a manager."""
    signed_in = policy.require_viewer(viewer)
    reports = await identity.reports_below(session, signed_in.membership_id, True)
    return matching_repo.proposals_to_decide_listing(
        signed_in.organisation_id, None if policy.is_hr(signed_in) else list(reports)
    )


async def count_proposals_to_decide(session: AsyncSession, viewer: Viewer) -> int:
    """How many proposals ``proposals_to_decide`` lists for the viewer (home
    shows the way there when there is one); one statement."""
    return await matching_repo.count_proposals_to_decide(
        session, viewer.organisation_id, None if policy.is_hr(viewer) else viewer.membership_id
    )


# --- taking part ---------------------------------------------------------------------------


async def mine(
    session: AsyncSession, viewer: Viewer | None, mentorship_id: int, field: str = "mentorshipId"
) -> tuple[Viewer, Mentorship]:
    """A mentorship the viewer takes part in, locked; else NOT_FOUND on ``field``
    (the input's id that led to it: a meeting's note names the meeting)."""
    signed_in = policy.require_viewer(viewer)
    mentorship = await mentorship_repo.mentorship_for_update(session, mentorship_id)
    if mentorship is None or signed_in.membership_id not in (
        mentorship.mentor_id,
        mentorship.mentee_id,
    ):
        raise DomainError(ErrorCode.NOT_FOUND, "error.not_found", field=_field(field))
    return signed_in, mentorship


async def accept(session: AsyncSession, viewer: Viewer | None, mentorship_id: int) -> Mentorship:
    signed_in, mentorship = await mine(session, viewer, mentorship_id)
    is_mentor = signed_in.membership_id == mentorship.mentor_id
    accepted = mentorship.mentor_accepted_at if is_mentor else mentorship.mentee_accepted_at
    if accepted is not None:
        raise DomainError(
            ErrorCode.CONFLICT, "mentoring.already_accepted", field=_field("mentorshipId")
        )
    if mentorship.status != S.PROPOSED.value:
        raise wrong_status(mentorship.status)
    field = _field("mentorshipId")
    await check_pair(session, mentorship.mentee_id, mentorship.mentor_id, field)
    if mentorship.mentor_profile_id is None:
        raise DomainError(ErrorCode.RULE_VIOLATED, "mentoring.profile_unavailable", field=field)
    await take_place(session, mentorship.mentor_profile_id, counting_self=True, field=field)
    now = utcnow()
    if is_mentor:
        mentorship.mentor_accepted_at = now
    else:
        mentorship.mentee_accepted_at = now
    if mentorship.mentor_accepted_at and mentorship.mentee_accepted_at:
        mentorship.status = S.ACTIVE.value
        mentorship.starts_on = mentorship.starts_on or now.date()
        if mentorship.ends_on is None or mentorship.ends_on <= mentorship.starts_on:
            mentorship.ends_on = mentorship.starts_on + timedelta(days=DEFAULT_DAYS)
        await session.flush()
        await notify.active(session, mentorship)
    await session.flush()
    return mentorship


async def decline(
    session: AsyncSession, viewer: Viewer | None, mentorship_id: int, reason: str = ""
) -> Mentorship:
    _signed_in, mentorship = await mine(session, viewer, mentorship_id)
    reason = clean_text(reason, "reason", MAX_TEXT, required=False)
    if mentorship.status != S.PROPOSED.value:
        raise wrong_status(mentorship.status)
    mentorship.status = S.REJECTED.value
    mentorship.ended_at = utcnow()
    mentorship.end_reason = reason
    await _reopen_need(session, mentorship.mentee_id)
    await session.flush()
    return mentorship


async def _reopen_need(session: AsyncSession, mentee_id: int) -> None:
    need = await repo.need_of(session, mentee_id)
    if need is not None and need.status == NeedStatus.MATCHED.value:
        need.status = NeedStatus.OPEN.value


@dataclass(frozen=True)
class AgreementCommand:
    goals: str
    meeting_frequency: str
    ends_on: date | None = None


async def set_agreement(
    session: AsyncSession, viewer: Viewer | None, mentorship_id: int, command: AgreementCommand
) -> Mentorship:
    _signed_in, mentorship = await mine(session, viewer, mentorship_id)
    if mentorship.status not in (S.PROPOSED.value, *RUNNING):
        raise wrong_status(mentorship.status)
    if len(command.goals) > MAX_TEXT:
        raise DomainError(ErrorCode.TOO_LONG, "error.too_long", field=["goals"], maximum=MAX_TEXT)
    if len(command.meeting_frequency) > 200:
        raise DomainError(
            ErrorCode.TOO_LONG, "error.too_long", field=["meetingFrequency"], maximum=200
        )
    start = mentorship.starts_on or utcnow().date()
    if command.ends_on is not None and command.ends_on <= start:
        raise DomainError(ErrorCode.INVALID, "mentoring.ends_before_start", field=["endsOn"])
    mentorship.goals = command.goals
    mentorship.meeting_frequency = command.meeting_frequency.strip()
    if command.ends_on is not None:
        mentorship.ends_on = command.ends_on
    mentorship.agreed_at = utcnow()
    await session.flush()
    return mentorship


async def change_status(
    session: AsyncSession,
    viewer: Viewer | None,
    mentorship_id: int,
    status: MentorshipStatus,
    reason: str = "",
) -> Mentorship:
    """Pause, resume, complete or cancel."""
    _signed_in, mentorship = await mine(session, viewer, mentorship_id)
    reason = clean_text(reason, "reason", MAX_TEXT, required=False)
    if status.value not in TRANSITIONS.get(mentorship.status, set()):
        raise wrong_status(mentorship.status)
    if status == S.ACTIVE and mentorship.mentor_profile_id is not None:
        await take_place(
            session, mentorship.mentor_profile_id, counting_self=True, field=_field("mentorshipId")
        )
    mentorship.status = status.value
    if status in (S.COMPLETED, S.CANCELLED):
        mentorship.ended_at = utcnow()
        mentorship.end_reason = reason
        if status == S.CANCELLED:
            await _reopen_need(session, mentorship.mentee_id)
    await session.flush()
    return mentorship


async def close_ended(session: AsyncSession, today: date) -> int:
    """Complete every running mentorship past its end date (the scheduler, daily)."""
    closed = 0
    for mentorship in await mentorship_repo.ended_mentorships(session, today):
        mentorship.status = S.COMPLETED.value
        mentorship.ended_at = utcnow()
        mentorship.end_reason = "ends_on"
        await notify.ended(session, mentorship)
        closed += 1
    await session.flush()
    return closed


# --- reading -------------------------------------------------------------------------------


async def visible_mentorships(
    session: AsyncSession, viewer: Viewer | None, ids: Sequence[int]
) -> list[Mentorship]:
    """The participants, HR of the mentee's organisation and the mentee's manager."""
    signed_in = policy.require_viewer(viewer)
    visible = []
    for mentorship in await mentorship_repo.mentorships_by_ids(session, ids):
        if signed_in.membership_id in (mentorship.mentor_id, mentorship.mentee_id) or (
            mentorship.organisation_id == signed_in.organisation_id
            and await _may_decide(session, signed_in, mentorship.mentee_id)
        ):
            visible.append(mentorship)
    return visible


async def mentorship(session: AsyncSession, mentorship_id: int) -> Mentorship:
    """A mentorship the service has just let the viewer change, to answer with."""
    return (await mentorship_repo.mentorships_by_ids(session, [mentorship_id]))[0]


def is_participant(viewer: Viewer | None, mentorship: Mentorship) -> bool:
    return viewer is not None and viewer.membership_id in (
        mentorship.mentor_id,
        mentorship.mentee_id,
    )


def mentees_listing(viewer: Viewer | None) -> repo.Listing:
    return mentorship_repo.mentees_listing(policy.require_viewer(viewer).membership_id)


def mentorships_listing(
    viewer: Viewer | None, statuses: Sequence[MentorshipStatus] | None
) -> repo.Listing:
    signed_in = policy.require_viewer(viewer)
    return mentorship_repo.mentorships_listing(
        signed_in.membership_id, [s.value for s in statuses or []]
    )
