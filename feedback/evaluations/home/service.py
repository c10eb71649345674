"""The 360 tasks of a leader's home page: raters to nominate, assessments to
give, nominations to approve, a report to read. ``learning.programmes`` shows
them through the provider ``pending_360_tasks``, which ``wiring`` registers
(through its ``service``, the only way between slices)."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from backend.api.relay import to_global_id
from backend.auth.viewer import Viewer
from backend.db import Session, utcnow
from backend.i18n import translate
from feedback.evaluations import repository
from feedback.evaluations.models import CycleStatus, NominationState, RaterGroup, ReportStatus
from feedback.evaluations.nominations import repository as nomination_repository

if TYPE_CHECKING:
    from learning.programmes.service import PendingTask

REPORT_TASK_DAYS = 90


class TaskKind(StrEnum):
    NOMINATE_RATERS = "NOMINATE_RATERS"
    APPROVE_NOMINATIONS = "APPROVE_NOMINATIONS"
    GIVE_SELF_ASSESSMENT = "GIVE_SELF_ASSESSMENT"
    GIVE_MANAGER_ASSESSMENT = "GIVE_MANAGER_ASSESSMENT"
    RATE_OTHER = "RATE_OTHER"
    READ_REPORT = "READ_REPORT"


@dataclass(frozen=True)
class EvaluationTask:
    """One open 360 task for the home page."""

    kind: TaskKind
    evaluation_id: int
    cycle_id: int
    cycle_name: str
    leader_name: str
    due_at: datetime | None


async def open_evaluation_tasks(session: Session, viewer: Viewer | None) -> list[EvaluationTask]:
    """The viewer's open 360 tasks: raters to nominate, a self-assessment (or,
    for a manager, an assessment) to give, nominations to approve, a report
    ready to read. At most five statements, whatever the number of evaluations."""
    if viewer is None:
        return []
    me = viewer.membership_id
    involved = await repository.evaluations_involving(session, me, with_results=False)
    named = await nomination_repository.own_open_named_nominations(session, me)
    evaluations = {e.id: (e, c) for e, c in involved}
    missing = [e for e, _ in named if e not in evaluations]
    if missing:
        rows = await repository.evaluations_by_ids(session, missing, with_results=False)
        cycles = {
            c.id: c for c in await repository.cycles_by_ids(session, [r.cycle_id for r in rows])
        }
        for evaluation in rows:
            evaluations[evaluation.id] = (evaluation, cycles[evaluation.cycle_id])
    leaders = await repository.people(session, [e.leader_id for e, _ in evaluations.values()])
    recent = utcnow() - timedelta(days=REPORT_TASK_DAYS)
    tasks: list[EvaluationTask] = []

    def add(kind: TaskKind, evaluation_id: int, due: bool = True) -> None:
        evaluation, cycle = evaluations[evaluation_id]
        leader = leaders.get(evaluation.leader_id)
        tasks.append(
            EvaluationTask(
                kind,
                evaluation.id,
                cycle.id,
                cycle.name,
                leader.name if leader else "",
                cycle.closes_at if due else None,
            )
        )

    for evaluation, cycle in involved:
        open_or_planned = cycle.status != CycleStatus.CLOSED.value
        if evaluation.leader_id == me:
            if open_or_planned and evaluation.nomination_state == NominationState.NOMINATING.value:
                add(TaskKind.NOMINATE_RATERS, evaluation.id)
            if evaluation.report_status == ReportStatus.READY.value and (
                cycle.closed_at is None or cycle.closed_at >= recent
            ):
                add(TaskKind.READ_REPORT, evaluation.id, due=False)
        elif (
            evaluation.manager_id == me
            and open_or_planned
            and evaluation.nomination_state == NominationState.AWAITING_APPROVAL.value
        ):
            add(TaskKind.APPROVE_NOMINATIONS, evaluation.id)
    for evaluation_id, group in named:
        kind = {
            RaterGroup.SELF.value: TaskKind.GIVE_SELF_ASSESSMENT,
            RaterGroup.MANAGER.value: TaskKind.GIVE_MANAGER_ASSESSMENT,
        }.get(group, TaskKind.RATE_OTHER)
        add(kind, evaluation_id)
    return tasks


def task_reference(kind: str, evaluation_id: int) -> str:
    """One id per task: an evaluation can ask for several (nominate, then rate yourself)."""
    return base64.urlsafe_b64encode(f"Pending360Task:{kind}:{evaluation_id}".encode()).decode()


async def pending_360_tasks(session: Session, viewer: Viewer) -> list[PendingTask]:
    """The provider ``learning.programmes`` calls for the home page."""
    from learning.programmes.service import PendingTask

    return [
        PendingTask(
            reference=task_reference(task.kind.value, task.evaluation_id),
            kind=task.kind.value,
            evaluation_reference=str(to_global_id("Evaluation", task.evaluation_id)),
            title=translate(
                f"feedback.task.{task.kind.value}",
                viewer.locale,
                cycle=task.cycle_name,
                leader=task.leader_name,
            ),
            due_at=task.due_at,
        )
        for task in await open_evaluation_tasks(session, viewer)
    ]
