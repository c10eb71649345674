"""Writing to the outbox. Domains call ``enqueue`` inside the transaction of
the change that causes the work; the relay (``backend.jobs.relay``) does the rest."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

import orjson
from sqlalchemy import Integer, String, Text, bindparam, cast, func, insert, literal, select
from sqlalchemy.dialects import postgresql
from sqlalchemy.ext.asyncio import AsyncSession

from backend.db import UTCDateTime, utcnow
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


# Rows a bulk statement carries; keeps SQLite's executemany batches and
# PostgreSQL's arrays moderate in memory.
BULK_CHUNK = 20_000
_COLUMNS = ["task", "payload", "created_at", "available_at", "attempts"]


async def enqueue_many(
    session: AsyncSession,
    task: str,
    payloads: Sequence[dict[str, Any]],
    *,
    available_at: datetime | None = None,
) -> None:
    """Like ``enqueue`` for many messages of one task, without an ORM object
    each: on PostgreSQL one INSERT per chunk from an array of JSON documents,
    elsewhere an executemany INSERT. Nothing is returned: callers of a bulk
    send need no outbox ids."""
    now = utcnow()
    when = available_at or now
    postgres = session.get_bind().dialect.name == "postgresql"
    for start in range(0, len(payloads), BULK_CHUNK):
        chunk = payloads[start : start + BULK_CHUNK]
        if postgres:
            documents = [orjson.dumps(p).decode() for p in chunk]
            await session.execute(_from_array(task, documents, now, when))
        else:
            await session.execute(
                insert(OutboxMessage),
                [
                    {"task": task, "payload": p, "created_at": now, "available_at": when}
                    for p in chunk
                ],
            )


def _from_array(task: str, documents: list[str], now: datetime, when: datetime) -> Any:
    """INSERT ... SELECT FROM unnest(json[]): one statement and four parameters
    for any number of rows (executemany sends a row at a time)."""
    array = bindparam("documents", documents, type_=postgresql.ARRAY(Text))
    payload = func.unnest(cast(array, postgresql.ARRAY(postgresql.JSON))).column_valued("payload")
    rows = select(
        literal(task, String()),
        payload,
        literal(now, UTCDateTime()),
        literal(when, UTCDateTime()),
        literal(0, Integer()),
    )
    return insert(OutboxMessage).from_select(_COLUMNS, rows)
