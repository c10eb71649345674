"""Celery tasks of programmes.

``programmes.send_reminders`` is run by the scheduler every morning (06:00
UTC, 07:00 or 08:00 in Denmark; scheduled in ``wiring.py``): due and overdue
activities to leaders, due checkpoints to their managers, as mail through
the outbox, at most one activity reminder per leader per day.
"""

from __future__ import annotations

from dataclasses import asdict

from backend.db import Database, utcnow
from backend.jobs.celery_app import celery_app
from backend.jobs.runtime import run_async, worker_settings
from learning.programmes.reminders.service import local_today, send_reminders

SEND_REMINDERS_TASK = "programmes.send_reminders"


async def run_reminders(database: Database) -> dict[str, int]:
    settings = worker_settings()
    async with database.session() as session, session.begin():
        report = await send_reminders(session, settings, local_today(utcnow()))
    return asdict(report)


@celery_app.task(name=SEND_REMINDERS_TASK)
def send_programme_reminders() -> dict[str, int]:
    """Remind leaders of due activities and managers of due checkpoints."""
    return run_async(run_reminders)
