from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from backend.db import Database
from backend.jobs.cleanup import run_cleanup
from backend.jobs.models import OutboxMessage
from backend.jobs.outbox import enqueue
from backend.settings import Settings


async def test_cleanup_deletes_done_messages_older_than_the_days_kept_and_nothing_else(
    settings: Settings, session: AsyncSession, worker_db: Database
) -> None:
    # The steps are the ones composition registered (the tests' session composes).
    now = datetime.now(UTC)
    old_done, recent_done, old_pending = (
        enqueue(session, "test.work", {}, available_at=now - timedelta(days=30)) for _ in range(3)
    )
    old_done.done_at = now - timedelta(days=8)
    recent_done.done_at = now - timedelta(days=6)
    await session.commit()

    removed = await run_cleanup(worker_db, settings)

    assert removed["outbox"] >= 1 and "idempotency" in removed
    session.expunge_all()
    assert await session.get(OutboxMessage, old_done.id) is None
    assert await session.get(OutboxMessage, recent_done.id) is not None
    assert await session.get(OutboxMessage, old_pending.id) is not None
