"""Reports: built from the frozen aggregates of a closed cycle, read by the
leader, their manager and whoever the leader shares with; rendered to a PDF
by a background task and downloaded through a presigned URL.

Before the close there is no report at all: figures that changed while
responses came in could be subtracted from each other.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from backend.api.errors import DomainError, ErrorCode
from backend.auth.viewer import Viewer
from backend.identity import policy
from backend.privacy.release import Released
from backend.privacy.service import record_report_view
from backend.settings import Settings
from backend.storage import get_storage, new_object_key
from feedback.evaluations import policy as evaluation_policy
from feedback.evaluations import repository
from feedback.evaluations.models import (
    Evaluation,
    EvaluationCycle,
    ReportStatus,
)
from feedback.evaluations.reports import release
from feedback.evaluations.reports.builder import ReportData

PDF = "application/pdf"


@dataclass
class ReportView:
    evaluation_id: int
    status: ReportStatus
    # Only what the release rule released: outputs (GraphQL, PDF) take this.
    released: Released[ReportData] | None
    leader_name: str
    cycle_name: str
    employee_count: int | None
    minimum_employees: int

    @property
    def data(self) -> ReportData | None:
        return self.released.value if self.released is not None else None


async def build_report(
    session: AsyncSession, evaluation: Evaluation, cycle: EvaluationCycle, locale: str
) -> ReportData | None:
    """The report as released (``release.released_report``); None when there is none."""
    released = await release.released_report(session, evaluation, cycle, locale)
    return released.value if released is not None else None


async def report_for_viewer(
    session: AsyncSession, viewer: Viewer | None, evaluation_id: int, locale: str
) -> ReportView:
    signed_in = policy.require_viewer(viewer)
    evaluation = await evaluation_policy.own_evaluation(session, signed_in, evaluation_id)
    if not await evaluation_policy.can_read_report(session, signed_in, evaluation):
        raise policy.forbid()
    view = await _view(session, evaluation, locale)
    if view.data is not None:
        await record_report_view(session, signed_in, evaluation.leader_id, evaluation.id)
    return view


async def _view(session: AsyncSession, evaluation: Evaluation, locale: str) -> ReportView:
    cycle = await repository.cycle(session, evaluation.cycle_id)
    assert cycle is not None
    leader = (await repository.people(session, [evaluation.leader_id]))[evaluation.leader_id]
    status = ReportStatus(evaluation.report_status)
    released = await release.released_report(session, evaluation, cycle, locale)
    return ReportView(
        evaluation.id,
        status,
        released,
        leader.name,
        cycle.name,
        evaluation.employee_count,
        cycle.min_employees_for_report,
    )


async def download_url(
    session: AsyncSession, viewer: Viewer | None, evaluation_id: int, settings: Settings
) -> str:
    signed_in = policy.require_viewer(viewer)
    evaluation = await evaluation_policy.own_evaluation(session, signed_in, evaluation_id)
    if not await evaluation_policy.can_read_report(session, signed_in, evaluation):
        raise policy.forbid()
    if evaluation.report_status != ReportStatus.READY.value or not evaluation.report_object_key:
        raise DomainError(ErrorCode.CONFLICT, "feedback.report.not_ready", ["evaluationId"])
    await record_report_view(
        session, signed_in, evaluation.leader_id, evaluation.id, downloaded=True
    )
    return get_storage(settings).presigned_download(
        evaluation.report_object_key, filename=f"360-rapport-{evaluation.id}.pdf"
    )


async def render(session: AsyncSession, settings: Settings, evaluation_id: int) -> str | None:
    """Render the PDF of one frozen evaluation and store it (the
    ``feedback.render_report`` task; also the demo seed). Returns the object key."""
    from feedback.evaluations.reports.rendering import render_pdf

    evaluation = await repository.evaluation(session, evaluation_id)
    if evaluation is None or evaluation.report_status != ReportStatus.RENDERING.value:
        # Withheld, not frozen yet, or rendered already (a repeated task).
        return evaluation.report_object_key if evaluation else None
    leader = (await repository.people(session, [evaluation.leader_id]))[evaluation.leader_id]
    view = await _view(session, evaluation, leader.locale)
    if view.data is None:
        return None
    pdf = await asyncio.to_thread(render_pdf, view, leader.locale)
    key = new_object_key(
        f"feedback/reports/{evaluation.id}",
        "360-report.pdf",
        organisation_id=evaluation.organisation_id,
    )
    await get_storage(settings).put(key, pdf, PDF)
    evaluation.report_object_key = key
    evaluation.report_status = ReportStatus.READY.value
    await session.flush()
    return key


async def cycle_results(
    session: AsyncSession, viewer: Viewer | None, cycle_id: int, locale: str
) -> Released[ReportData] | None:
    """A closed cycle's figures over its leaders, as ``release`` releases them
    (only leaders whose own report shows a group count for it). For HR."""
    signed_in = policy.require_hr(viewer)
    cycle = await evaluation_policy.own_cycle(session, signed_in, cycle_id)
    return await release.released_cycle_results(session, cycle, locale)
