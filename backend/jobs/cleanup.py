"""The hourly clean-up: every registered step runs once per scheduler tick.

Domains add steps (expired tokens, old drafts) with ``register_cleanup``, from
their ``wiring.wire()`` at start-up (``backend.composition.compose``). A step
takes a session and the settings, returns how many rows it removed, and must
be idempotent: a run can be repeated or skipped.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import timedelta

from sqlalchemy import delete
from sqlalchemy.ext.asyncio import AsyncSession

from backend.db import Database, rows_affected, utcnow
from backend.jobs.models import OutboxMessage
from backend.jobs.options import OutboxOptions
from backend.settings import Settings

log = logging.getLogger(__name__)

CleanupStep = Callable[[AsyncSession, Settings], Awaitable[int]]

_steps: dict[str, CleanupStep] = {}


def register_cleanup(name: str, step: CleanupStep) -> None:
    """Run ``step`` in every clean-up (a name registered again is replaced)."""
    _steps[name] = step


async def purge_done_messages(session: AsyncSession, settings: Settings) -> int:
    """Done outbox messages are kept ``keep_days`` for inspection, then deleted."""
    days = OutboxOptions.from_settings(settings).keep_days
    outcome = await session.execute(
        delete(OutboxMessage).where(OutboxMessage.done_at < utcnow() - timedelta(days=days))
    )
    return rows_affected(outcome)


async def run_cleanup(database: Database, settings: Settings) -> dict[str, int]:
    """Run every step in its own transaction; one failing step does not stop the others."""
    removed: dict[str, int] = {}
    for name, step in sorted(_steps.items()):
        try:
            async with database.session() as session, session.begin():
                removed[name] = await step(session, settings)
        except Exception:
            log.exception("clean-up step %s failed", name)
    return removed
