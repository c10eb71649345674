"""Writing to the outbox. Domains call ``enqueue`` inside the transaction of
the change that causes the work; the relay (``backend.jobs.relay``) does the rest."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from backend.db import utcnow
from backend.jobs.models import OutboxMessage


def enqueue(
    session: AsyncSession,
    task: str,
    payload: dict[str, Any],
    *,
    available_at: datetime | None = None,
) -> OutboxMessage:
    """Add a message for Celery task ``task``; it is sent once the transaction commits.

    The task receives ``outbox_id`` and ``payload`` as keyword arguments.
    """
    message = OutboxMessage(task=task, payload=payload, available_at=available_at or utcnow())
    session.add(message)
    return message
