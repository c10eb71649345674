"""Background work of the privacy duties: rendering an export (through the
outbox, after the request committed), deleting an erased person's files,
and the daily retention run (scheduled by ``wiring.py``)."""

from __future__ import annotations

from backend.jobs.celery_app import celery_app
from backend.jobs.outbox_task import OutboxJob, outbox_task
from backend.jobs.runtime import run_async, worker_settings
from backend.privacy import service
from backend.privacy.retention import run_retention

RETENTION_TASK = "privacy.apply_retention"


@outbox_task(service.EXPORT_TASK)
async def render_export(job: OutboxJob) -> None:
    await service.render_export(job.session, job.settings, int(job.payload["export_id"]))


@outbox_task(service.DELETE_FILES_TASK)
async def delete_files(job: OutboxJob) -> None:
    await service.delete_files(job.settings, [str(k) for k in job.payload["keys"]])


@celery_app.task(name=RETENTION_TASK)
def apply_retention() -> dict[str, int]:
    """Delete what is kept no longer (the scheduler runs this nightly)."""
    settings = worker_settings()
    return run_async(lambda database: run_retention(database, settings))
