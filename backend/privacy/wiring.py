"""What the privacy duties plug in at start-up (``backend.composition``): the
nightly retention run on the scheduler."""

from __future__ import annotations

from celery.schedules import crontab

from backend.jobs.celery_app import register_periodic
from backend.privacy.tasks import RETENTION_TASK


def wire() -> None:
    # At night, when nobody reads reports: the deletes touch many rows at once.
    register_periodic("privacy-retention", RETENTION_TASK, crontab(hour=2, minute=30))
