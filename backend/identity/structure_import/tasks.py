"""Background work of the identity slice."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from backend.identity import auth_service
from backend.identity.csv_import import IMPORT_TASK, run_structure_import
from backend.jobs.cleanup import register_cleanup
from backend.jobs.outbox_task import OutboxJob, outbox_task
from backend.settings import Settings


@outbox_task(IMPORT_TASK)
async def import_structure(job: OutboxJob) -> None:
    """Run a structure import; a whole 10,000-row file in this one task."""
    await run_structure_import(job.session, job.settings, int(job.payload["import_id"]))


@register_cleanup("identity.sign_in")
async def forget_stale_sign_in_data(session: AsyncSession, settings: Settings) -> int:
    """Sign-in attempts past the rate-limit window, expired refresh tokens, spent links."""
    return await auth_service.forget_stale(session, settings)
