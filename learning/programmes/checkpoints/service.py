"""The manager's checkpoints before, during and after a programme, and the
development goals they agree.

Only the leader's *direct* manager (``Membership.manager_id``) holds the
checkpoints, in order: BEFORE agrees the goals and the room to practise,
DURING follows up (and may adjust the goals), AFTER gives feedback and rates
the attainment of every development goal (1-5), which completes the
enrolment. Until BEFORE is held, the leader, the direct manager and HR may
edit the goals (``enrolments.service.set_development_goals``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from backend.api.errors import DomainError, DomainErrors, ErrorCode
from backend.auth.viewer import Viewer
from backend.db import Session, utcnow
from backend.identity.policy import require_viewer
from learning.programmes.checkpoints import repository as repo
from learning.programmes.enrolments import repository as enrolments_repo
from learning.programmes.enrolments.service import (
    GoalDraft,
    enrolment_to_change,
    is_direct_manager,
    replace_development_goals,
)
from learning.programmes.models import (
    CheckpointKind,
    DevelopmentGoal,
    EnrolmentStatus,
    ManagerCheckpoint,
)
from learning.programmes.service import MAX_TEXT

ORDER = (CheckpointKind.BEFORE, CheckpointKind.DURING, CheckpointKind.AFTER)


@dataclass(frozen=True)
class CheckpointCommand:
    enrolment_id: int
    kind: CheckpointKind
    practice_agreed: str = ""
    notes: str = ""
    feedback: str = ""
    goals: Sequence[GoalDraft] | None = None
    ratings: Mapping[int, int] = field(default_factory=dict)


async def complete_checkpoint(
    session: Session, viewer: Viewer | None, command: CheckpointCommand
) -> ManagerCheckpoint:
    manager = require_viewer(viewer)
    enrolment = await enrolment_to_change(session, manager, command.enrolment_id)
    if not await is_direct_manager(session, manager, enrolment):
        raise DomainError(ErrorCode.FORBIDDEN, "programmes.not_direct_manager")
    if enrolment.status != EnrolmentStatus.ACTIVE.value:
        raise DomainError(ErrorCode.RULE_VIOLATED, "programmes.enrolment_closed")
    checkpoints = {
        CheckpointKind(c.kind): c
        for c in await repo.checkpoints_of_enrolment_for_update(session, enrolment.id)
    }
    checkpoint = checkpoints[command.kind]
    if checkpoint.completed_at is not None:
        raise DomainError(ErrorCode.RULE_VIOLATED, "programmes.checkpoint_done", field=["kind"])
    for previous in ORDER[: ORDER.index(command.kind)]:
        if checkpoints[previous].completed_at is None:
            raise DomainError(
                ErrorCode.RULE_VIOLATED,
                "programmes.checkpoint_order",
                ["kind"],
                previous=previous.value,
            )
    errors: list[DomainError] = []
    required = {
        CheckpointKind.BEFORE: ("practiceAgreed", command.practice_agreed),
        CheckpointKind.DURING: ("notes", command.notes),
        CheckpointKind.AFTER: ("feedback", command.feedback),
    }[command.kind]
    if not required[1].strip():
        errors.append(DomainError(ErrorCode.REQUIRED, "error.required", [required[0]]))
    for name, value in (
        ("practiceAgreed", command.practice_agreed),
        ("notes", command.notes),
        ("feedback", command.feedback),
    ):
        if len(value) > MAX_TEXT:
            errors.append(
                DomainError(ErrorCode.TOO_LONG, "error.too_long", [name], maximum=MAX_TEXT)
            )
    if errors:
        raise DomainErrors(errors)
    now = utcnow()
    if command.goals is not None and command.kind != CheckpointKind.AFTER:
        goals = await replace_development_goals(
            session, enrolment, command.goals, at="developmentGoals"
        )
    else:
        goals = await enrolments_repo.development_goals_of(session, [enrolment.id])
    if command.kind == CheckpointKind.BEFORE and not goals:
        raise DomainError(
            ErrorCode.RULE_VIOLATED, "programmes.checkpoint_needs_goals", ["developmentGoals"]
        )
    if command.kind in (CheckpointKind.BEFORE, CheckpointKind.DURING):
        for goal in goals:
            goal.agreed_at = goal.agreed_at or now
        checkpoint.goals_agreed = True
    if command.kind == CheckpointKind.AFTER:
        _rate(goals, command.ratings)
        enrolment.status = EnrolmentStatus.COMPLETED.value
        enrolment.completed_at = now
    checkpoint.practice_agreed = command.practice_agreed.strip()
    checkpoint.notes = command.notes.strip()
    checkpoint.feedback = command.feedback.strip()
    checkpoint.completed_at = now
    checkpoint.completed_by_id = manager.membership_id
    await session.flush()
    return checkpoint


def _rate(goals: Sequence[DevelopmentGoal], ratings: Mapping[int, int]) -> None:
    """``ratings`` in the order sent: an error names the rating at fault, or
    the list when a goal has none."""
    errors: list[DomainError] = []
    by_id = {g.id: g for g in goals}
    position = {goal_id: str(index) for index, goal_id in enumerate(ratings)}
    for goal_id in ratings:
        if goal_id not in by_id:
            at = ["ratings", position[goal_id], "developmentGoalId"]
            errors.append(DomainError(ErrorCode.INVALID, "programmes.goal_not_in_enrolment", at))
    for goal in goals:
        rating = ratings.get(goal.id)
        if rating is None or not 1 <= rating <= 5:
            at = ["ratings"] if rating is None else ["ratings", position[goal.id], "rating"]
            errors.append(DomainError(ErrorCode.INVALID, "programmes.rating_required", at))
        else:
            goal.attainment_rating = rating
    if errors:
        raise DomainErrors(errors)
