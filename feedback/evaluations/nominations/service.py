"""Nominations: the leader nominates raters per group, the manager approves,
and approved raters of an open cycle are invited at once.

SELF and MANAGER are nominated automatically. What a leader sees of a
nomination is who and in which group, whether it was approved and whether
the rater is outside the directory; never whether that rater answered or
declined (``progress.py`` says what is shown instead). PEER and
DIRECT_REPORT raters are people of the organisation (direct reports by the
reporting lines); a typed-in address is only an EXTERNAL rater, and never
one of the leader's own addresses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from backend.api.errors import DomainError, DomainErrors, ErrorCode
from backend.auth.viewer import Viewer
from backend.identity import policy
from feedback.evaluations import policy as evaluation_policy
from feedback.evaluations import repository
from feedback.evaluations.delivery import service as delivery
from feedback.evaluations.models import (
    ANONYMOUS_GROUPS,
    CycleStatus,
    Evaluation,
    EvaluationCycle,
    EvaluationShare,
    Nomination,
    NominationState,
    NominationStatus,
    RaterGroup,
)
from feedback.evaluations.nominations import repository as nomination_repository
from feedback.evaluations.repository import PersonRow

EMAIL = re.compile(r"^[^@\s<>\"']+@[^@\s<>\"']+\.[^@\s<>\"']+$")


@dataclass(frozen=True)
class NomineeCommand:
    group: RaterGroup
    membership_id: int | None = None
    name: str | None = None
    email: str | None = None
    locale: str = "da"


async def _leader_evaluation(
    session: AsyncSession, viewer: Viewer | None, evaluation_id: int
) -> tuple[Viewer, Evaluation, EvaluationCycle]:
    signed_in = policy.require_viewer(viewer)
    evaluation = await evaluation_policy.own_evaluation(session, signed_in, evaluation_id)
    if evaluation.leader_id != signed_in.membership_id:
        raise policy.forbid()
    cycle = await repository.cycle(session, evaluation.cycle_id)
    assert cycle is not None
    if cycle.status == CycleStatus.CLOSED.value:
        raise DomainError(ErrorCode.RULE_VIOLATED, "feedback.cycle.closed", field=["evaluationId"])
    return signed_in, evaluation, cycle


def _limits(cycle: EvaluationCycle, group: str) -> tuple[int, int | None]:
    limits = (cycle.nomination_limits or {}).get(group, {})
    return int(limits.get("min", 0)), limits.get("max")


# Groups whose raters are people of the organisation: their answers are
# anonymous only among colleagues, so nobody may plant an address there.
MEMBER_GROUPS = frozenset({RaterGroup.PEER, RaterGroup.DIRECT_REPORT})


def normalised_address(email: str) -> str:
    """The mailbox an address reaches: case, surrounding space and a
    ``+tag`` of the local part do not make another person."""
    local, _, domain = email.strip().casefold().rpartition("@")
    return f"{local.split('+', 1)[0]}@{domain}"


@dataclass(frozen=True)
class _Rater:
    name: str
    email: str
    locale: str


def _check_member(
    nominee: NomineeCommand, at: list[str], people: dict[int, PersonRow], leader: PersonRow
) -> _Rater | DomainError:
    """A nominee chosen from the directory; a direct report must report to the
    leader by the reporting lines."""
    field = [*at, "membershipId"]
    if nominee.membership_id == leader.membership_id:
        return DomainError(ErrorCode.RULE_VIOLATED, "feedback.nomination.self", field)
    person = people.get(nominee.membership_id or 0)
    if person is None or person.organisation_id != leader.organisation_id:
        return DomainError(ErrorCode.INVALID, "feedback.nomination.unknown", field)
    if not person.is_active:
        return DomainError(ErrorCode.RULE_VIOLATED, "feedback.nomination.inactive", field)
    if nominee.group == RaterGroup.DIRECT_REPORT and person.manager_id != leader.membership_id:
        return DomainError(ErrorCode.RULE_VIOLATED, "feedback.nomination.not_direct_report", field)
    return _Rater(person.name, person.email, person.locale)


def _check_external(nominee: NomineeCommand, at: list[str]) -> _Rater | DomainError:
    """A free address: only an EXTERNAL rater (citizen, partner), whose group
    has its own threshold."""
    if nominee.group in MEMBER_GROUPS:
        return DomainError(
            ErrorCode.RULE_VIOLATED, "feedback.nomination.member_required", [*at, "membershipId"]
        )
    name, email = (nominee.name or "").strip(), (nominee.email or "").strip()
    if not name or len(name) > 200:
        return DomainError(ErrorCode.REQUIRED, "feedback.nomination.name", [*at, "name"])
    if not EMAIL.match(email) or len(email) > 320:
        return DomainError(ErrorCode.INVALID, "feedback.nomination.email", [*at, "email"])
    return _Rater(name, email, nominee.locale if nominee.locale in ("da", "en") else "da")


async def nominate(
    session: AsyncSession, viewer: Viewer | None, evaluation_id: int, nominees: list[NomineeCommand]
) -> list[Nomination]:
    """Propose raters; all or nothing, with every problem reported at once."""
    signed_in, evaluation, cycle = await _leader_evaluation(session, viewer, evaluation_id)
    existing = [
        n
        for n in (
            await nomination_repository.nominations_by_evaluation(session, [evaluation.id])
        ).get(evaluation.id, [])
        if n.status != NominationStatus.REJECTED.value
    ]
    internal = [n.membership_id for n in nominees if n.membership_id is not None]
    people = await repository.people(session, [*internal, evaluation.leader_id])
    leader = people[evaluation.leader_id]
    own_address = normalised_address(leader.email)
    taken_members = {n.rater_id for n in existing if n.rater_id is not None}
    taken_emails = {normalised_address(n.rater_email) for n in existing}
    counts: dict[str, int] = {}
    for n in existing:
        counts[n.rater_group] = counts.get(n.rater_group, 0) + 1
    errors: list[DomainError] = []
    rows = []
    for index, nominee in enumerate(nominees):
        at = ["nominees", str(index)]
        if nominee.group not in ANONYMOUS_GROUPS:
            errors.append(
                DomainError(ErrorCode.INVALID, "feedback.nomination.group", [*at, "group"])
            )
            continue
        checked = (
            _check_member(nominee, at, people, leader)
            if nominee.membership_id is not None
            else _check_external(nominee, at)
        )
        if isinstance(checked, DomainError):
            errors.append(checked)
            continue
        address = normalised_address(checked.email)
        if address == own_address:
            errors.append(
                DomainError(ErrorCode.RULE_VIOLATED, "feedback.nomination.self", [*at, "email"])
            )
            continue
        if nominee.membership_id in taken_members or address in taken_emails:
            errors.append(DomainError(ErrorCode.DUPLICATE, "feedback.nomination.duplicate", at))
            continue
        _, most = _limits(cycle, nominee.group.value)
        counts[nominee.group.value] = counts.get(nominee.group.value, 0) + 1
        if most is not None and counts[nominee.group.value] > most:
            errors.append(
                DomainError(
                    ErrorCode.RULE_VIOLATED, "feedback.nomination.too_many", at, maximum=most
                )
            )
            continue
        taken_emails.add(address)
        if nominee.membership_id is not None:
            taken_members.add(nominee.membership_id)
        rows.append(
            Nomination(
                organisation_id=evaluation.organisation_id,
                evaluation_id=evaluation.id,
                rater_group=nominee.group.value,
                rater_id=nominee.membership_id,
                rater_name=checked.name,
                rater_email=checked.email,
                locale=checked.locale,
                status=NominationStatus.PROPOSED.value,
            )
        )
    if errors:
        raise DomainErrors(errors)
    session.add_all(rows)
    if evaluation.nomination_state == NominationState.APPROVED.value:
        evaluation.nomination_state = NominationState.AWAITING_APPROVAL.value
    await session.flush()
    return rows


async def withdraw(session: AsyncSession, viewer: Viewer | None, nomination_id: int) -> Evaluation:
    """The leader takes back a nomination not yet approved."""
    signed_in = policy.require_viewer(viewer)
    found = await repository.nominations.by_id(session, signed_in.organisation_id, nomination_id)
    if found is None:
        raise DomainError(
            ErrorCode.NOT_FOUND, "feedback.nomination.not_found", field=["nominationId"]
        )
    _, evaluation, _ = await _leader_evaluation(session, viewer, found.evaluation_id)
    if found.status != NominationStatus.PROPOSED.value:
        raise DomainError(
            ErrorCode.CONFLICT, "feedback.nomination.approved", field=["nominationId"]
        )
    await session.delete(found)
    await session.flush()
    return evaluation


async def submit(session: AsyncSession, viewer: Viewer | None, evaluation_id: int) -> Evaluation:
    """The leader is done nominating: the minimum per group must be met."""
    _, evaluation, cycle = await _leader_evaluation(session, viewer, evaluation_id)
    nominations = (
        await nomination_repository.nominations_by_evaluation(session, [evaluation.id])
    ).get(evaluation.id, [])
    errors = []
    for group in ANONYMOUS_GROUPS:
        least, _ = _limits(cycle, group.value)
        have = sum(
            1
            for n in nominations
            if n.rater_group == group.value and n.status != NominationStatus.REJECTED.value
        )
        if have < least:
            errors.append(
                DomainError(
                    ErrorCode.RULE_VIOLATED,
                    "feedback.nomination.too_few",
                    [group.value],
                    minimum=least,
                )
            )
    if errors:
        raise DomainErrors(errors)
    if any(n.status == NominationStatus.PROPOSED.value for n in nominations):
        evaluation.nomination_state = NominationState.AWAITING_APPROVAL.value
    else:
        evaluation.nomination_state = NominationState.APPROVED.value
    await session.flush()
    return evaluation


async def approve(
    session: AsyncSession, viewer: Viewer | None, evaluation_id: int, rejected_ids: list[int]
) -> Evaluation:
    """The manager (or HR, for a leader without one) approves the proposed
    nominations except those rejected; an open cycle invites them at once."""
    signed_in = policy.require_viewer(viewer)
    evaluation = await evaluation_policy.own_evaluation(session, signed_in, evaluation_id)
    manager = await evaluation_policy.is_manager_of(session, signed_in, evaluation)
    if not manager and not (evaluation.manager_id is None and policy.is_hr(signed_in)):
        raise policy.forbid()
    if evaluation.leader_id == signed_in.membership_id:
        raise policy.forbid()
    cycle = await repository.cycle(session, evaluation.cycle_id)
    assert cycle is not None
    if cycle.status == CycleStatus.CLOSED.value:
        raise DomainError(ErrorCode.RULE_VIOLATED, "feedback.cycle.closed", field=["evaluationId"])
    if evaluation.nomination_state != NominationState.AWAITING_APPROVAL.value:
        raise DomainError(
            ErrorCode.CONFLICT, "feedback.nomination.nothing_to_approve", ["evaluationId"]
        )
    nominations = (
        await nomination_repository.nominations_by_evaluation(session, [evaluation.id])
    ).get(evaluation.id, [])
    rejected = set(rejected_ids)
    if rejected - {n.id for n in nominations if n.status == NominationStatus.PROPOSED.value}:
        raise DomainError(
            ErrorCode.INVALID, "feedback.nomination.not_found", ["rejectedNominationIds"]
        )
    for nomination in nominations:
        if nomination.status == NominationStatus.PROPOSED.value:
            nomination.status = (
                NominationStatus.REJECTED
                if nomination.id in rejected
                else NominationStatus.APPROVED
            ).value
    evaluation.nomination_state = NominationState.APPROVED.value
    await session.flush()
    if cycle.status == CycleStatus.OPEN.value:
        await delivery.invite(session, cycle.id, evaluation.id)
    return evaluation


async def nominations(
    session: AsyncSession, viewer: Viewer | None, evaluation_id: int
) -> list[Nomination]:
    """Who was nominated: for the leader, their manager and HR."""
    signed_in = policy.require_viewer(viewer)
    evaluation = await evaluation_policy.own_evaluation(session, signed_in, evaluation_id)
    if not await evaluation_policy.can_see_progress(session, signed_in, evaluation):
        raise policy.forbid()
    found = await nomination_repository.nominations_by_evaluation(session, [evaluation.id])
    return found.get(evaluation.id, [])


async def share_report(
    session: AsyncSession,
    viewer: Viewer | None,
    evaluation_id: int,
    membership_id: int,
    shared: bool,
) -> Evaluation:
    """The leader shares their report with someone (say, their mentor), or stops."""
    signed_in = policy.require_viewer(viewer)
    evaluation = await evaluation_policy.own_evaluation(session, signed_in, evaluation_id)
    if evaluation.leader_id != signed_in.membership_id:
        raise policy.forbid()
    person = (await repository.people(session, [membership_id])).get(membership_id)
    if (
        person is None
        or person.organisation_id != signed_in.organisation_id
        or (membership_id == signed_in.membership_id)
    ):
        raise DomainError(ErrorCode.INVALID, "feedback.nomination.unknown", ["membershipId"])
    existing = await session.get(EvaluationShare, (evaluation.id, membership_id))
    if shared and existing is None:
        session.add(EvaluationShare(evaluation_id=evaluation.id, membership_id=membership_id))
    elif not shared and existing is not None:
        await session.delete(existing)
    await session.flush()
    return evaluation


@dataclass(frozen=True)
class SharedWith:
    """Someone a leader's report is shared with."""

    membership_id: int
    name: str


async def report_shared_with(
    session: AsyncSession, viewer: Viewer | None, evaluation_ids: list[int]
) -> dict[int, list[SharedWith]]:
    """Whom each report is shared with, for the evaluations whose list the
    viewer may read (``policy.may_see_shares``: the leader alone); the others
    are left out. Two statements, however many evaluations."""
    if viewer is None or not evaluation_ids:
        return {}
    evaluations = await repository.evaluations.by_ids(
        session, viewer.organisation_id, evaluation_ids
    )
    mine = [e.id for e in evaluations if evaluation_policy.may_see_shares(viewer, e)]
    if not mine:
        return {}
    found: dict[int, list[SharedWith]] = {e: [] for e in mine}
    for evaluation_id, membership_id, name in await repository.shares_of(session, mine):
        found[evaluation_id].append(SharedWith(membership_id, name))
    return found
