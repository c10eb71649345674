"""Cohorts, enrolments and development goals: HR enrols a leader on a
programme's published version (or their cohort's), with the three manager
checkpoints and any development goals already agreed; until the BEFORE
checkpoint is held, the leader, the direct manager and HR may change the
goals."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from backend.api.errors import DomainError, DomainErrors, ErrorCode
from backend.auth.viewer import Viewer
from backend.db import Session
from backend.identity.policy import forbid, is_hr, require_hr, require_viewer
from learning.programmes import repository as programmes_repo
from learning.programmes.checkpoints import repository as checkpoints_repo
from learning.programmes.enrolments import repository as repo
from learning.programmes.models import (
    CheckpointKind,
    Cohort,
    DevelopmentGoal,
    Enrolment,
    EnrolmentStatus,
    ManagerCheckpoint,
    Programme,
    ProgrammeVersion,
    VersionStatus,
)
from learning.programmes.service import MAX_TEXT, MAX_TITLE, programme_of, text_errors


@dataclass(frozen=True)
class GoalDraft:
    title: str
    organisation_goal_id: int
    description: str = ""
    id: int | None = None


@dataclass(frozen=True)
class EnrolCommand:
    programme_id: int
    membership_id: int
    cohort_id: int | None = None
    starts_on: date | None = None
    goals: Sequence[GoalDraft] = field(default_factory=tuple)


# --- cohorts and enrolments -------------------------------------------------------------


async def _published_version(session: Session, programme: Programme) -> ProgrammeVersion:
    if programme.archived_at is not None:
        raise DomainError(ErrorCode.RULE_VIOLATED, "programmes.archived", field=["programmeId"])
    for version in await programmes_repo.latest_versions(session, programme.id):
        if version.status == VersionStatus.PUBLISHED.value:
            return version
    raise DomainError(ErrorCode.RULE_VIOLATED, "programmes.not_published", field=["programmeId"])


async def create_cohort(
    session: Session, viewer: Viewer | None, programme_id: int, name: str, starts_on: date
) -> Cohort:
    hr = require_hr(viewer)
    errors = text_errors(name, ["name"], MAX_TITLE)
    if errors:
        raise DomainErrors(errors)
    programme = await programme_of(session, hr, programme_id)
    version = await _published_version(session, programme)
    cohort = Cohort(
        organisation_id=hr.organisation_id,
        programme_id=programme.id,
        version_id=version.id,
        name=name.strip(),
        starts_on=starts_on,
    )
    session.add(cohort)
    await session.flush()
    return cohort


async def enrol_leader(session: Session, viewer: Viewer | None, command: EnrolCommand) -> Enrolment:
    """Enrol a leader on the published version (or the cohort's version), with
    the three manager checkpoints and any development goals already agreed."""
    hr = require_hr(viewer)
    programme = await programme_of(session, hr, command.programme_id)
    leader = await programmes_repo.membership_in(session, hr.organisation_id, command.membership_id)
    if leader is None:
        raise DomainError(ErrorCode.NOT_FOUND, "programmes.leader_unknown", field=["leaderId"])
    cohort: Cohort | None = None
    if command.cohort_id is not None:
        cohort = await repo.cohorts.by_id(session, hr.organisation_id, command.cohort_id)
        if cohort is None or cohort.programme_id != programme.id:
            raise DomainError(
                ErrorCode.INVALID, "programmes.cohort_other_programme", field=["cohortId"]
            )
    if programme.archived_at is not None:
        raise DomainError(ErrorCode.RULE_VIOLATED, "programmes.archived", field=["programmeId"])
    version_id = cohort.version_id if cohort else (await _published_version(session, programme)).id
    if await repo.enrolment_of(session, leader.id, programme.id) is not None:
        raise DomainError(ErrorCode.DUPLICATE, "programmes.already_enrolled", field=["leaderId"])
    starts_on = command.starts_on or (cohort.starts_on if cohort else date.today())
    enrolment = Enrolment(
        organisation_id=hr.organisation_id,
        programme_id=programme.id,
        version_id=version_id,
        cohort_id=cohort.id if cohort else None,
        membership_id=leader.id,
        enrolled_by_id=hr.membership_id or None,
        starts_on=starts_on,
        status=EnrolmentStatus.ACTIVE.value,
    )
    session.add(enrolment)
    await session.flush()
    offsets = [
        a.due_offset_days
        for a in await programmes_repo.activities_of_versions(session, [version_id])
    ]
    for kind, due_on in checkpoint_dates(starts_on, max(offsets, default=0)).items():
        session.add(
            ManagerCheckpoint(
                organisation_id=hr.organisation_id,
                enrolment_id=enrolment.id,
                kind=kind.value,
                due_on=due_on,
            )
        )
    if command.goals:
        await replace_development_goals(session, enrolment, command.goals)
    await session.flush()
    return enrolment


def checkpoint_dates(starts_on: date, last_offset_days: int) -> dict[CheckpointKind, date]:
    """BEFORE on the first day, DURING half-way, AFTER a week after the last activity."""
    return {
        CheckpointKind.BEFORE: starts_on,
        CheckpointKind.DURING: starts_on + timedelta(days=last_offset_days // 2),
        CheckpointKind.AFTER: starts_on + timedelta(days=last_offset_days + 7),
    }


async def replace_development_goals(
    session: Session, enrolment: Enrolment, goals: Sequence[GoalDraft], *, at: str = "goals"
) -> list[DevelopmentGoal]:
    """Make the enrolment's goals exactly ``goals``: given ids are kept and
    updated, new ones added, the others removed."""
    errors: list[DomainError] = []
    for i, goal in enumerate(goals):
        errors += text_errors(goal.title, [at, str(i), "title"], 300)
        errors += text_errors(
            goal.description, [at, str(i), "description"], MAX_TEXT, required=False
        )
    wanted = {g.organisation_goal_id for g in goals}
    known = await programmes_repo.existing_goal_ids(
        session, enrolment.organisation_id, list(wanted)
    )
    for i, goal in enumerate(goals):
        if goal.organisation_goal_id not in known:
            errors.append(
                DomainError(
                    ErrorCode.INVALID, "programmes.goal_unknown", [at, str(i), "organisationGoalId"]
                )
            )
    existing = {g.id: g for g in await repo.development_goals_of(session, [enrolment.id])}
    for i, goal in enumerate(goals):
        if goal.id is not None and goal.id not in existing:
            errors.append(
                DomainError(
                    ErrorCode.INVALID, "programmes.goal_not_in_enrolment", [at, str(i), "id"]
                )
            )
    if errors:
        raise DomainErrors(errors)
    kept: list[DevelopmentGoal] = []
    for position, goal in enumerate(goals):
        row = existing.pop(goal.id, None) if goal.id is not None else None
        if row is None:
            row = DevelopmentGoal(
                organisation_id=enrolment.organisation_id, enrolment_id=enrolment.id
            )
            session.add(row)
        row.position = position
        row.title = goal.title.strip()
        row.description = goal.description
        row.organisation_goal_id = goal.organisation_goal_id
        kept.append(row)
    for removed in existing.values():
        await session.delete(removed)
    await session.flush()
    return kept


async def enrolment_to_change(session: Session, viewer: Viewer, enrolment_id: int) -> Enrolment:
    """The enrolment, locked, if the viewer may see it (else not found)."""
    enrolment = await repo.enrolment_for_update(session, viewer.organisation_id, enrolment_id)
    if enrolment is None or not await repo.enrolments_visible(session, viewer, [enrolment.id]):
        raise DomainError(ErrorCode.NOT_FOUND, "error.not_found", field=["enrolmentId"])
    return enrolment


async def is_direct_manager(session: Session, viewer: Viewer, enrolment: Enrolment) -> bool:
    leader = await programmes_repo.membership_in(
        session, viewer.organisation_id, enrolment.membership_id
    )
    return leader is not None and leader.manager_id == viewer.membership_id


async def set_development_goals(
    session: Session, viewer: Viewer | None, enrolment_id: int, goals: Sequence[GoalDraft]
) -> tuple[Enrolment, list[DevelopmentGoal]]:
    """The leader, the direct manager or HR, until the BEFORE checkpoint agrees them."""
    signed_in = require_viewer(viewer)
    enrolment = await enrolment_to_change(session, signed_in, enrolment_id)
    allowed = (
        enrolment.membership_id == signed_in.membership_id
        or is_hr(signed_in)
        or await is_direct_manager(session, signed_in, enrolment)
    )
    if not allowed:
        raise forbid()
    if enrolment.status != EnrolmentStatus.ACTIVE.value:
        raise DomainError(ErrorCode.RULE_VIOLATED, "programmes.enrolment_closed")
    checkpoints = await checkpoints_repo.checkpoints_of(session, [enrolment.id])
    if any(c.kind == CheckpointKind.BEFORE.value and c.completed_at for c in checkpoints):
        raise DomainError(ErrorCode.RULE_VIOLATED, "programmes.goals_locked", field=["goals"])
    return enrolment, await replace_development_goals(session, enrolment, goals)
