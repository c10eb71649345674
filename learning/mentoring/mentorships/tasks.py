"""Celery tasks of mentorships.

- ``mentoring.close_ended``: completes mentorships past their end date; the
  scheduler runs it daily at 01:30 UTC (``learning/mentoring/wiring.py``).
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from backend.db import Database, utcnow
from backend.jobs.celery_app import celery_app
from backend.jobs.runtime import run_async
from learning.mentoring.mentorships import service as mentorships

CLOSE_TASK = "mentoring.close_ended"
TIMEZONE = ZoneInfo("Europe/Copenhagen")


def local_today(now: datetime | None = None) -> date:
    """Today in Denmark, where the mentorships' dates are."""
    return (now or utcnow()).astimezone(TIMEZONE).date()


async def close_ended(database: Database, today: date | None = None) -> int:
    async with database.session() as session, session.begin():
        return await mentorships.close_ended(session, today or local_today())


@celery_app.task(name=CLOSE_TASK)
def close_ended_mentorships() -> int:
    """Complete every mentorship past its end date, and ask for final evaluations."""
    return run_async(close_ended)
