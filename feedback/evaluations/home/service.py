"""The leader's home page shows their open 360 tasks: this plugs
``service.open_evaluation_tasks`` into the provider hook of
``learning.programmes`` (through its ``service``, the only way between domains)."""

from __future__ import annotations

import base64

from sqlalchemy.ext.asyncio import AsyncSession

from backend.api.relay import to_global_id
from backend.auth.viewer import Viewer
from backend.i18n import register_messages, translate
from feedback.evaluations.service import open_evaluation_tasks

register_messages(
    {
        "feedback.task.NOMINATE_RATERS": (
            "Nominér bedømmere: {cycle}",
            "Nominate your raters: {cycle}",
        ),
        "feedback.task.APPROVE_NOMINATIONS": (
            "Godkend bedømmere for {leader}: {cycle}",
            "Approve raters for {leader}: {cycle}",
        ),
        "feedback.task.GIVE_SELF_ASSESSMENT": (
            "Giv din selvevaluering: {cycle}",
            "Give your self-assessment: {cycle}",
        ),
        "feedback.task.GIVE_MANAGER_ASSESSMENT": (
            "Giv {leader} feedback som leder: {cycle}",
            "Give {leader} feedback as manager: {cycle}",
        ),
        "feedback.task.RATE_OTHER": (
            "Giv {leader} 360-feedback: {cycle}",
            "Give {leader} 360 feedback: {cycle}",
        ),
        "feedback.task.READ_REPORT": (
            "Din 360-rapport er klar: {cycle}",
            "Your 360 report is ready: {cycle}",
        ),
    }
)


def task_reference(kind: str, evaluation_id: int) -> str:
    """One id per task: an evaluation can ask for several (nominate, then rate yourself)."""
    return base64.urlsafe_b64encode(f"Pending360Task:{kind}:{evaluation_id}".encode()).decode()


async def pending_360_tasks(session: AsyncSession, viewer: Viewer) -> list[object]:
    """The provider ``learning.programmes`` calls for the home page."""
    from learning.programmes.hooks import PendingTask

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


def wire() -> None:
    """Register the provider (idempotent), from ``feedback.evaluations.wiring``
    at start-up; a no-op where ``learning`` is absent."""
    try:
        from learning.programmes import service as programmes
    except ImportError:  # pragma: no cover - the feedback domain on its own
        return
    programmes.register_pending_360_provider(pending_360_tasks)  # type: ignore[arg-type]
