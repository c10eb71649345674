"""Background work of 360 evaluations.

Through the outbox (delivered once): ``feedback.invite_raters`` (a cycle's
invitations, when it opens) and ``feedback.render_report`` (one PDF per
evaluation, when its cycle closes). On the scheduler: ``feedback.advance_cycles``
(open and close cycles at their times, every minute) and
``feedback.send_reminders`` (daily, on each cycle's reminder days), scheduled in
``wiring.py``.
"""

from __future__ import annotations

from backend.db import Database
from backend.jobs.celery_app import celery_app
from backend.jobs.outbox_task import OutboxJob, outbox_task
from backend.jobs.runtime import run_async
from feedback.evaluations import service
from feedback.evaluations.cycles.service import INVITE_TASK, RENDER_TASK

ADVANCE_TASK = "feedback.advance_cycles"
REMIND_TASK = "feedback.send_reminders"


@outbox_task(INVITE_TASK)
async def invite_raters(job: OutboxJob) -> None:
    """Every approved, uninvited rater of the cycle: tokens and mails in bulk."""
    await service.invite(job.session, int(job.payload["cycle_id"]))


@outbox_task(RENDER_TASK)
async def render_report(job: OutboxJob) -> None:
    await service.render(job.session, job.settings, int(job.payload["evaluation_id"]))


async def advance(database: Database) -> dict[str, int]:
    async with database.session() as session, session.begin():
        return await service.advance_due_cycles(session)


async def remind(database: Database) -> int:
    """Safe to run hourly: a rater is reminded at most once a day."""
    async with database.session() as session, session.begin():
        return await service.send_due_reminders(session)


@celery_app.task(name=ADVANCE_TASK)
def advance_cycles() -> dict[str, int]:
    return run_async(advance)


@celery_app.task(name=REMIND_TASK)
def send_reminders() -> int:
    return run_async(remind)
