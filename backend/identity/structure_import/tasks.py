"""Background work of the structure import."""

from __future__ import annotations

from backend.identity.structure_import.service import IMPORT_TASK, run_structure_import
from backend.jobs.outbox_task import OutboxJob, outbox_task


@outbox_task(IMPORT_TASK)
async def import_structure(job: OutboxJob) -> None:
    """Run a structure import; a whole 10,000-row file in this one task."""
    await run_structure_import(job.session, job.settings, int(job.payload["import_id"]))
