"""Evaluation cycles: set-up, opening, closing and freezing.

Closing freezes the results: the aggregates of every evaluation are computed
once, in SQL, and stored; drafts are discarded, tokens stop working, and no
response can be added, changed or withdrawn after, so two reports of one
cycle can never be subtracted from each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from backend.api.errors import DomainError, ErrorCode
from backend.auth.viewer import Viewer
from backend.db import utcnow
from backend.identity import policy
from backend.jobs.outbox import enqueue
from feedback.evaluations import policy as evaluation_policy
from feedback.evaluations import repository
from feedback.evaluations.delivery import repository as delivery_repository
from feedback.evaluations.delivery import service as delivery
from feedback.evaluations.effect import repository as effect_sums
from feedback.evaluations.models import (
    ANONYMOUS_GROUPS,
    CycleProfile,
    CyclePurpose,
    CycleStatus,
    EvaluationCycle,
    NominationState,
    NominationStatus,
    RaterGroup,
    ReportStatus,
)
from feedback.evaluations.nominations import repository as nomination_repository
from feedback.evaluations.reminders.service import check_reminder_days
from feedback.evaluations.reports import repository as results
from feedback.frameworks.service import published_structure

ABSOLUTE_MINIMUM = 3
DANISH_MIN_EMPLOYEES = 5
RENDER_TASK = "feedback.render_report"
INVITE_TASK = "feedback.invite_raters"


@dataclass(frozen=True)
class CycleCommand:
    name: str
    framework_id: int
    opens_at: datetime
    closes_at: datetime
    purpose: CyclePurpose = CyclePurpose.BASELINE
    baseline_cycle_id: int | None = None
    profile: CycleProfile = CycleProfile.STANDARD
    min_peer: int = 3
    min_direct_report: int = 3
    min_external: int = 3
    min_all_raters: int = 4
    min_comments: int = 3
    reminder_days_before_close: list[int] = field(default_factory=lambda: [7, 2])
    # group -> (minimum, maximum) nominations; None for no limit.
    nomination_limits: dict[RaterGroup, tuple[int | None, int | None]] = field(default_factory=dict)
    leader_ids: list[int] = field(default_factory=list)
    unit_id: int | None = None
    cohort_id: int | None = None


async def create_cycle(
    session: AsyncSession, viewer: Viewer | None, command: CycleCommand
) -> EvaluationCycle:
    signed_in = policy.require_hr(viewer)
    return await write_cycle(session, signed_in.organisation_id, signed_in.membership_id, command)


async def write_cycle(
    session: AsyncSession, organisation_id: int, created_by_id: int | None, command: CycleCommand
) -> EvaluationCycle:
    """A cycle and its evaluations (no permission check: HR through
    ``create_cycle``, and the demo seed)."""
    await published_structure(session, organisation_id, command.framework_id)
    await _validate(session, organisation_id, command)
    danish = command.profile == CycleProfile.DANISH_PUBLIC_SECTOR
    cycle = EvaluationCycle(
        organisation_id=organisation_id,
        framework_id=command.framework_id,
        name=command.name.strip(),
        purpose=command.purpose.value,
        baseline_cycle_id=command.baseline_cycle_id,
        profile=command.profile.value,
        status=CycleStatus.PLANNED.value,
        opens_at=command.opens_at,
        closes_at=command.closes_at,
        min_peer=command.min_peer,
        min_direct_report=command.min_direct_report,
        min_external=command.min_external,
        min_all_raters=command.min_all_raters,
        min_comments=command.min_comments,
        min_employees_for_report=DANISH_MIN_EMPLOYEES if danish else 0,
        reminder_days_before_close=sorted(set(command.reminder_days_before_close), reverse=True),
        nomination_limits={
            g.value: {k: v for k, v in (("min", lo), ("max", hi)) if v is not None}
            for g, (lo, hi) in command.nomination_limits.items()
        },
        created_by_id=created_by_id,
    )
    session.add(cycle)
    await session.flush()
    leaders = list(command.leader_ids)
    if command.unit_id is not None:
        leaders += await repository.memberships_in_unit(session, organisation_id, command.unit_id)
    if command.cohort_id is not None:
        leaders += await _cohort_members(session, organisation_id, command.cohort_id)
    await add_leaders(session, cycle, leaders)
    return cycle


async def _cohort_members(session: AsyncSession, organisation_id: int, cohort_id: int) -> list[int]:
    # Cohorts belong to the learning domain; it is asked through its service.
    from learning.programmes import service as programmes

    members = await programmes.cohort_member_ids(session, organisation_id, cohort_id)
    if members is None:
        raise DomainError(ErrorCode.INVALID, "feedback.cycle.unknown_cohort", field=["cohortId"])
    return members


async def add_leaders(session: AsyncSession, cycle: EvaluationCycle, leader_ids: list[int]) -> int:
    """Evaluations for leaders (a list, a unit's leaders, or a cohort's members),
    each with its SELF and MANAGER nominations and its direct reports, who come
    from the reporting lines, not from the leader's choice: a few statements
    for any number."""
    if cycle.status == CycleStatus.CLOSED.value:
        raise DomainError(ErrorCode.RULE_VIOLATED, "feedback.cycle.closed", field=["cycleId"])
    wanted = list(dict.fromkeys(leader_ids))
    found = await repository.people(session, wanted)
    if any(m not in found or found[m].organisation_id != cycle.organisation_id for m in wanted):
        raise DomainError(ErrorCode.INVALID, "feedback.cycle.unknown_leader", field=["leaderIds"])
    # Read once: an ``await`` inside the comprehension would query once per leader.
    already = await repository.leaders_in_cycle(session, cycle.id)
    new = [m for m in wanted if m not in already]
    evaluation_ids = await repository.insert_evaluations(
        session,
        [
            {
                "organisation_id": cycle.organisation_id,
                "cycle_id": cycle.id,
                "leader_id": m,
                "manager_id": found[m].manager_id,
                "nomination_state": NominationState.NOMINATING.value,
                "report_status": ReportStatus.PENDING.value,
            }
            for m in new
        ],
    )
    managers = await repository.people(
        session, [int(found[m].manager_id or 0) for m in new if found[m].manager_id is not None]
    )
    reports = await repository.direct_reports(session, new)
    rows: list[dict[str, Any]] = []
    for membership_id in new:
        rated = [(RaterGroup.SELF, found[membership_id])]
        manager = managers.get(found[membership_id].manager_id or 0)
        if manager is not None:
            rated.append((RaterGroup.MANAGER, manager))
        rated += [(RaterGroup.DIRECT_REPORT, r) for r in reports.get(membership_id, [])]
        rows += [
            {
                "organisation_id": cycle.organisation_id,
                "evaluation_id": evaluation_ids[membership_id],
                "rater_group": group.value,
                "rater_id": person.membership_id,
                "rater_name": person.name,
                "rater_email": person.email,
                "locale": person.locale,
                "status": NominationStatus.APPROVED.value,
            }
            for group, person in rated
        ]
    await nomination_repository.insert_nominations(session, rows)
    if cycle.status == CycleStatus.OPEN.value:
        await delivery.invite(session, cycle.id)
    return len(new)


async def open_cycle(
    session: AsyncSession, viewer: Viewer | None, cycle_id: int
) -> EvaluationCycle:
    signed_in = policy.require_hr(viewer)
    cycle = await evaluation_policy.own_cycle(session, signed_in, cycle_id)
    return await open_now(session, cycle)


async def open_now(session: AsyncSession, cycle: EvaluationCycle) -> EvaluationCycle:
    """Open a planned cycle; its invitations go out in one background task."""
    if cycle.status != CycleStatus.PLANNED.value:
        raise DomainError(ErrorCode.CONFLICT, "feedback.cycle.not_planned", field=["cycleId"])
    if cycle.closes_at <= utcnow():
        raise DomainError(
            ErrorCode.RULE_VIOLATED, "feedback.cycle.closes_in_past", field=["closesAt"]
        )
    cycle.status = CycleStatus.OPEN.value
    cycle.opens_at = min(cycle.opens_at, utcnow())
    await session.flush()
    enqueue(session, INVITE_TASK, {"cycle_id": cycle.id})
    return cycle


async def close_cycle(
    session: AsyncSession, viewer: Viewer | None, cycle_id: int
) -> EvaluationCycle:
    signed_in = policy.require_hr(viewer)
    await evaluation_policy.own_cycle(session, signed_in, cycle_id)
    return await close_now(session, cycle_id)


async def close_now(session: AsyncSession, cycle_id: int) -> EvaluationCycle:
    """Freeze a cycle: store every evaluation's aggregates, discard drafts, and
    queue the reports. The cycle row is locked, so a submission running now
    either commits first (and is counted) or finds the cycle closed."""
    cycle = await repository.cycle_for_update(session, cycle_id)
    if cycle is None:
        raise DomainError(ErrorCode.NOT_FOUND, "feedback.cycle.not_found", field=["cycleId"])
    if cycle.status == CycleStatus.CLOSED.value:
        raise DomainError(ErrorCode.CONFLICT, "feedback.cycle.closed", field=["cycleId"])
    await repository.lock_pairs_of(session, cycle)
    now = utcnow()
    cycle.status = CycleStatus.CLOSED.value
    cycle.closed_at = now
    cycle.closes_at = min(cycle.closes_at, now)
    await nomination_repository.discard_drafts(session, cycle.id)
    evaluations = await repository.evaluations_of_cycle(session, cycle.id)
    frozen = await results.aggregates(session, [e.id for e in evaluations])
    employees = await repository.direct_report_counts(session, [e.leader_id for e in evaluations])
    rendered = []
    for evaluation in evaluations:
        count = employees.get(evaluation.leader_id, 0)
        withheld = 0 < cycle.min_employees_for_report and count < cycle.min_employees_for_report
        # Same columns on every row: the flush sends them as one executemany UPDATE.
        evaluation.frozen_results = frozen[evaluation.id]
        evaluation.employee_count = count
        evaluation.report_status = (
            ReportStatus.WITHHELD if withheld else ReportStatus.RENDERING
        ).value
        if not withheld:
            rendered.append(evaluation.id)
    for evaluation_id in rendered:
        enqueue(session, RENDER_TASK, {"evaluation_id": evaluation_id})
    await session.flush()
    # The learning-effect read model, once, from the cells just frozen.
    await effect_sums.store(session, rendered, cycle.id)
    return cycle


async def advance_due_cycles(session: AsyncSession, now: datetime | None = None) -> dict[str, int]:
    """Open planned cycles whose time has come and close those past their deadline
    (the scheduler runs this every minute)."""
    moment = now or utcnow()
    opened = closed = 0
    for cycle_id in await repository.cycle_ids_due(session, CycleStatus.PLANNED, moment):
        cycle = await repository.cycle(session, cycle_id)
        if cycle is not None and cycle.closes_at > moment:
            await open_now(session, cycle)
            opened += 1
    for cycle_id in await repository.cycle_ids_due(session, CycleStatus.OPEN, moment):
        await close_now(session, cycle_id)
        closed += 1
    return {"opened": opened, "closed": closed}


async def update_closing(
    session: AsyncSession, viewer: Viewer | None, cycle_id: int, closes_at: datetime
) -> EvaluationCycle:
    """Move the deadline of a cycle that is not closed; tokens follow it."""
    signed_in = policy.require_hr(viewer)
    cycle = await evaluation_policy.own_cycle(session, signed_in, cycle_id)
    if cycle.status == CycleStatus.CLOSED.value:
        raise DomainError(ErrorCode.RULE_VIOLATED, "feedback.cycle.closed", field=["cycleId"])
    if closes_at <= max(utcnow(), cycle.opens_at):
        raise DomainError(ErrorCode.INVALID, "feedback.cycle.dates", field=["closesAt"])
    cycle.closes_at = closes_at
    await delivery_repository.extend_tokens(session, cycle.id, closes_at)
    return cycle


@dataclass(frozen=True)
class QuestionnaireChange:
    """What HR may change until the cycle opens: the framework and the thresholds."""

    framework_id: int | None = None
    min_peer: int | None = None
    min_direct_report: int | None = None
    min_external: int | None = None
    min_all_raters: int | None = None
    min_comments: int | None = None


async def change_questionnaire(
    session: AsyncSession, viewer: Viewer | None, cycle_id: int, change: QuestionnaireChange
) -> EvaluationCycle:
    """Refused once the cycle has opened: every rater answers the same
    questions under the same rules."""
    signed_in = policy.require_hr(viewer)
    cycle = await evaluation_policy.own_cycle(session, signed_in, cycle_id)
    # Locked from the opening, whatever raters have done: a lock at the first
    # answer would tell HR, by this error, whether a lone rater has started.
    if cycle.status != CycleStatus.PLANNED.value:
        raise DomainError(ErrorCode.RULE_VIOLATED, "feedback.cycle.locked", field=["cycleId"])
    if change.framework_id is not None:
        await published_structure(session, cycle.organisation_id, change.framework_id)
        cycle.framework_id = change.framework_id
    names = {
        "min_peer": "peerMinimum",
        "min_direct_report": "directReportMinimum",
        "min_external": "externalMinimum",
        "min_all_raters": "allRatersMinimum",
        "min_comments": "commentMinimum",
    }
    for attribute, field_name in names.items():
        value = getattr(change, attribute)
        if value is None:
            continue
        if value < ABSOLUTE_MINIMUM or value > 50:
            raise DomainError(
                ErrorCode.RULE_VIOLATED,
                "feedback.cycle.threshold",
                field=[field_name],
                minimum=ABSOLUTE_MINIMUM,
            )
        setattr(cycle, attribute, value)
    await session.flush()
    return cycle


async def _validate(session: AsyncSession, organisation_id: int, command: CycleCommand) -> None:
    if not command.name.strip():
        raise DomainError(ErrorCode.REQUIRED, "error.required", field=["name"])
    if len(command.name) > 200:
        raise DomainError(ErrorCode.TOO_LONG, "error.too_long", field=["name"], maximum=200)
    if command.closes_at <= command.opens_at or command.closes_at <= utcnow() + timedelta(hours=1):
        raise DomainError(ErrorCode.INVALID, "feedback.cycle.dates", field=["closesAt"])
    minimums = {
        "peerMinimum": command.min_peer,
        "directReportMinimum": command.min_direct_report,
        "externalMinimum": command.min_external,
        "allRatersMinimum": command.min_all_raters,
    }
    for name, value in minimums.items():
        if value < ABSOLUTE_MINIMUM or value > 50:
            raise DomainError(
                ErrorCode.RULE_VIOLATED,
                "feedback.cycle.threshold",
                field=[name],
                minimum=ABSOLUTE_MINIMUM,
            )
    if command.min_comments < ABSOLUTE_MINIMUM or command.min_comments > 50:
        raise DomainError(
            ErrorCode.RULE_VIOLATED,
            "feedback.cycle.threshold",
            field=["commentMinimum"],
            minimum=ABSOLUTE_MINIMUM,
        )
    check_reminder_days(command.reminder_days_before_close, command.profile)
    for group, (low, high) in command.nomination_limits.items():
        if (
            group not in ANONYMOUS_GROUPS
            or (low is not None and low < 0)
            or (high is not None and (high > 50 or (low is not None and high < low)))
        ):
            raise DomainError(
                ErrorCode.INVALID, "feedback.cycle.limits", field=["nominationLimits"]
            )
    if command.purpose == CyclePurpose.FOLLOW_UP:
        baseline = (
            await repository.cycles.by_id(session, organisation_id, command.baseline_cycle_id)
            if command.baseline_cycle_id is not None
            else None
        )
        if baseline is None:
            raise DomainError(
                ErrorCode.INVALID, "feedback.cycle.baseline", field=["baselineCycleId"]
            )
    elif command.baseline_cycle_id is not None:
        raise DomainError(ErrorCode.INVALID, "feedback.cycle.baseline", field=["baselineCycleId"])
