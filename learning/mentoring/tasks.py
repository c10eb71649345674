"""Celery tasks of mentoring.

- ``mentoring.run_matching``: an outbox task, sent once the transaction that
  started the run has committed; it computes the run in the worker.
- ``mentoring.close_ended``: completes mentorships past their end date; the
  scheduler runs it daily at 01:30 UTC (``register_periodic`` below).
"""

from __future__ import annotations

import logging
from datetime import date, datetime
from zoneinfo import ZoneInfo

from celery.schedules import crontab

from backend.db import Database, utcnow
from backend.jobs.celery_app import celery_app, register_periodic
from backend.jobs.outbox_task import OutboxJob, outbox_task
from backend.jobs.runtime import run_async
from learning.mentoring import mentorships, runs
from learning.mentoring import repository as repo
from learning.mentoring.models import RunStatus

log = logging.getLogger(__name__)

CLOSE_TASK = "mentoring.close_ended"
TIMEZONE = ZoneInfo("Europe/Copenhagen")


def local_today(now: datetime | None = None) -> date:
    return (now or utcnow()).astimezone(TIMEZONE).date()


@outbox_task(runs.RUN_TASK)
async def run_matching(job: OutboxJob) -> None:
    run_id = int(job.payload["run_id"])
    try:
        async with job.session.begin_nested():
            await runs.execute_run(job.session, run_id, local_today())
    except ValueError as error:  # bad input to the optimiser: retrying will not help
        log.exception("matching run %s failed", run_id)
        run = await repo.run(job.session, run_id)
        if run is not None:
            run.status = RunStatus.FAILED.value
            run.error = str(error)[:2000]
            run.finished_at = utcnow()


async def close_ended(database: Database, today: date | None = None) -> int:
    async with database.session() as session, session.begin():
        return await mentorships.close_ended(session, today or local_today())


@celery_app.task(name=CLOSE_TASK)
def close_ended_mentorships() -> int:
    """Complete every mentorship past its end date, and ask for final evaluations."""
    return run_async(close_ended)


register_periodic("mentoring-close-ended", CLOSE_TASK, crontab(minute=30, hour=1), expires=3600)
