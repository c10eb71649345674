"""Domain operations of 360-degree evaluations.

The work is split by concern (``cycles``, ``nominations``, ``responses``,
``reports``, ``delivery``); this module is the slice's one entry point for
the API, the tasks, the seed and other domains. ``learning`` calls
``open_evaluation_tasks`` for a leader's home page.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy.ext.asyncio import AsyncSession

from backend.auth.viewer import Viewer
from backend.db import utcnow
from feedback.evaluations import messages as _messages  # noqa: F401  (registers texts)
from feedback.evaluations import repository
from feedback.evaluations.cycles.service import (
    CycleCommand,
    QuestionnaireChange,
    add_leaders,
    advance_due_cycles,
    change_questionnaire,
    close_cycle,
    close_now,
    create_cycle,
    open_cycle,
    open_now,
    send_due_reminders,
    update_closing,
    write_cycle,
)
from feedback.evaluations.delivery.service import invite
from feedback.evaluations.effect.repository import (
    CompetencyMeans,
    competency_means_for_leaders,
    competency_means_statement,
)
from feedback.evaluations.models import (
    CycleStatus,
    NominationState,
    RaterGroup,
    ReportStatus,
)
from feedback.evaluations.nominations.service import (
    NomineeCommand,
    approve,
    nominate,
    nominations,
    share_report,
    submit,
    withdraw,
)
from feedback.evaluations.progress.service import (
    CycleRates,
    EvaluationProgress,
    GroupProgress,
    GroupRate,
    decline_reasons,
    progress,
    response_rates,
)
from feedback.evaluations.reports.service import (
    ReportView,
    build_report,
    cycle_results,
    download_url,
    render,
    report_for_viewer,
)
from feedback.evaluations.responses.service import (
    FormState,
    OwnForm,
    RaterForm,
    decline,
    open_own_form,
    rater_form,
    save,
)
from feedback.evaluations.responses.service import submit as submit_response
from feedback.evaluations.seed import DemoRaters, seed_effect_demo
from feedback.frameworks import repository as frameworks_repository
from feedback.frameworks.repository import FrameworkStructure

REPORT_TASK_DAYS = 90


async def rater_form_structure(session: AsyncSession, framework_id: int) -> FrameworkStructure:
    """A framework's structure, for code that fills in forms (the demo seed)."""
    found = await frameworks_repository.structure(session, framework_id)
    assert found is not None
    return found


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


async def open_evaluation_tasks(
    session: AsyncSession, viewer: Viewer | None
) -> list[EvaluationTask]:
    """The viewer's open 360 tasks: raters to nominate, a self-assessment (or,
    for a manager, an assessment) to give, nominations to approve, a report
    ready to read. At most five statements, whatever the number of evaluations."""
    if viewer is None:
        return []
    me = viewer.membership_id
    involved = await repository.evaluations_involving(session, me, with_results=False)
    named = await repository.own_open_named_nominations(session, me)
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


__all__ = [
    "CompetencyMeans",
    "DemoRaters",
    "competency_means_for_leaders",
    "competency_means_statement",
    "seed_effect_demo",
    "CycleCommand",
    "QuestionnaireChange",
    "change_questionnaire",
    "EvaluationTask",
    "FormState",
    "CycleRates",
    "EvaluationProgress",
    "GroupProgress",
    "GroupRate",
    "decline_reasons",
    "NomineeCommand",
    "RaterForm",
    "ReportView",
    "TaskKind",
    "add_leaders",
    "advance_due_cycles",
    "approve",
    "build_report",
    "close_cycle",
    "close_now",
    "create_cycle",
    "cycle_results",
    "decline",
    "download_url",
    "invite",
    "nominate",
    "nominations",
    "open_cycle",
    "open_evaluation_tasks",
    "open_now",
    "progress",
    "rater_form",
    "open_own_form",
    "OwnForm",
    "rater_form_structure",
    "render",
    "report_for_viewer",
    "response_rates",
    "save",
    "send_due_reminders",
    "share_report",
    "submit",
    "submit_response",
    "update_closing",
    "withdraw",
    "write_cycle",
]
