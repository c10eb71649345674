"""Domain operations of 360-degree evaluations.

The work is split by concept into sub-packages (``cycles``, ``nominations``,
``responses``, ``delivery``, ``progress``, ``reports``, ``effect``, ``home``),
each with its own ``service``; this module is the slice's one entry point for
the API, the tasks, the seeds and other slices (``learning.effect`` reads the
before/after means and seeds the demo's cycles through it).
"""

from __future__ import annotations

from backend.db import Session
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
    update_closing,
    write_cycle,
)
from feedback.evaluations.delivery.service import invite, send_due_reminders
from feedback.evaluations.effect.repository import (
    CompetencyMeans,
    closes_statements,
    competency_means_for_leaders,
    competency_means_statement,
    leader_changes_statement,
)
from feedback.evaluations.home.service import EvaluationTask, TaskKind, open_evaluation_tasks
from feedback.evaluations.nominations.service import (
    NomineeCommand,
    SharedWith,
    approve,
    nominate,
    nominations,
    report_shared_with,
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
from feedback.frameworks import service as frameworks
from feedback.frameworks.service import FrameworkStructure


async def rater_form_structure(session: Session, framework_id: int) -> FrameworkStructure:
    """A framework's structure, for code that fills in forms (the demo seed)."""
    found = await frameworks.structure(session, framework_id)
    assert found is not None
    return found


__all__ = [
    "CompetencyMeans",
    "DemoRaters",
    "competency_means_for_leaders",
    "closes_statements",
    "competency_means_statement",
    "leader_changes_statement",
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
    "SharedWith",
    "report_shared_with",
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
