"""The jobs' own Celery tasks: the outbox relay and the hourly clean-up."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from backend.jobs.celery_app import CLEANUP_TASK, RELAY_TASK, celery_app
from backend.jobs.cleanup import run_cleanup
from backend.jobs.options import OutboxOptions
from backend.jobs.relay import celery_publisher, relay_outbox
from backend.jobs.runtime import run_async, worker_settings
from backend.settings import Settings


@celery_app.task(name=RELAY_TASK)
def relay() -> int:
    """Send due outbox messages to the broker (the scheduler runs this every few seconds)."""
    options = OutboxOptions.from_settings(worker_settings())
    publish_all = celery_publisher(celery_app)
    return run_async(lambda database: relay_outbox(database, publish_all, options))


@celery_app.task(name=CLEANUP_TASK)
def cleanup() -> dict[str, int]:
    """Run every registered clean-up step (the scheduler runs this hourly)."""
    settings = worker_settings()
    return run_async(lambda database: run_cleanup(database, settings))


async def forget_idempotency_keys(session: AsyncSession, settings: Settings) -> int:
    """Client mutation ids older than ``idempotency_days`` are forgotten."""
    from backend.api.idempotency import forget_expired  # the API is heavy; load on use

    return await forget_expired(session, settings.idempotency_days)
