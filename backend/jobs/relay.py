"""The outbox relay: committed outbox messages become Celery tasks.

Only committed rows are visible to the relay, so work is never sent for a
change that was rolled back. A batch is claimed with SELECT … FOR UPDATE SKIP
LOCKED on PostgreSQL, so relays running side by side take different
messages; on SQLite the worker's BEGIN IMMEDIATE makes relays take turns.
Each message is sent as task ``message.task`` with ``outbox_id`` and
``payload`` and marked relayed in the same transaction; messages of a task
registered with ``batch_task`` (mail) go as one Celery task per batch, with
``outbox_ids``, so a worker runs many of them per hand-off.

If the broker is down, sending stops at the first failure: messages sent so
far are marked, the rest stay unrelayed for the next run. A message relayed
longer ago than the lease and still not done was lost on the way (a worker
died holding it, or the embedded broker, which has no acknowledgements, dropped
it) and is relayed again; the task skips it if it was done after all.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from celery import Celery
from sqlalchemy import Select, or_, select

from backend.db import Database, utcnow
from backend.jobs.models import OutboxMessage
from backend.jobs.options import OutboxOptions

log = logging.getLogger(__name__)

# Sends (task name, kwargs) pairs to the broker in order; returns how many
# were sent, fewer than given when the broker failed on the way.
PublishAll = Callable[[Sequence[tuple[str, dict[str, Any]]]], int]

# The relay runs every few seconds: failing fast beats waiting on a dead broker.
PUBLISH_RETRY_POLICY = {"max_retries": 2, "interval_start": 0, "interval_step": 0.2}

# Messages relayed per run at most, so one run never holds a worker for long.
MAX_BATCHES_PER_RUN = 20


# Task name -> most messages per Celery task, for tasks whose messages are
# cheap and many (mail): the hand-off through the broker and the pool costs
# more than the work of one message. Other tasks get a Celery task each.
_batch_sizes: dict[str, int] = {}


def batch_task(name: str, size: int) -> None:
    """Relay the messages of task ``name`` in Celery tasks of up to ``size``
    (``outbox_ids``); its ``outbox_task`` handles them one by one, each
    committed on its own. Call it where the task's messages are queued, so
    every relay knows it."""
    if size < 1:
        raise ValueError("a batch holds at least one message")
    _batch_sizes[name] = size


@dataclass(frozen=True)
class RelayResult:
    sent: int
    broker_failed: bool = False


def celery_publisher(app: Celery) -> PublishAll:
    """Sends a batch through ``app`` over one broker connection."""

    def publish_all(tasks: Sequence[tuple[str, dict[str, Any]]]) -> int:
        sent = 0
        try:
            with app.producer_or_acquire() as producer:
                for name, kwargs in tasks:
                    app.send_task(
                        name,
                        kwargs=kwargs,
                        producer=producer,
                        retry=True,
                        retry_policy=PUBLISH_RETRY_POLICY,
                    )
                    sent += 1
        except Exception:
            log.warning("broker unavailable; %d outbox messages wait", len(tasks) - sent)
        return sent

    return publish_all


async def relay_outbox(
    database: Database,
    publish_all: PublishAll,
    options: OutboxOptions,
    *,
    lease_seconds: float | None = None,
) -> int:
    """Relay due messages in batches until none are left; returns how many were sent."""
    total = 0
    for _ in range(MAX_BATCHES_PER_RUN):
        result = await relay_batch(database, publish_all, options, lease_seconds=lease_seconds)
        total += result.sent
        if result.broker_failed or result.sent < options.batch_size:
            break
    return total


async def relay_batch(
    database: Database,
    publish_all: PublishAll,
    options: OutboxOptions,
    *,
    lease_seconds: float | None = None,
) -> RelayResult:
    lease = options.lease_seconds if lease_seconds is None else lease_seconds
    async with database.session() as session, session.begin():
        now = utcnow()
        statement = due_messages(now, timedelta(seconds=lease), options.max_attempts)
        messages = (await session.scalars(statement.limit(options.batch_size))).all()
        if not messages:
            return RelayResult(sent=0)
        groups = publications(messages)
        # Publishing blocks (kombu is synchronous): keep it off the event loop.
        published = await asyncio.to_thread(publish_all, [task for task, _ in groups])
        relayed = [message for _, group in groups[:published] for message in group]
        for message in relayed:
            message.relayed_at = now
    return RelayResult(sent=len(relayed), broker_failed=published < len(groups))


def publications(
    messages: Sequence[OutboxMessage],
) -> list[tuple[tuple[str, dict[str, Any]], list[OutboxMessage]]]:
    """The Celery tasks for ``messages``, each with the messages it carries: one
    per message, or per batch of a ``batch_task`` (in id order either way)."""
    result: list[tuple[tuple[str, dict[str, Any]], list[OutboxMessage]]] = []
    open_batches: dict[str, list[OutboxMessage]] = {}
    for message in messages:
        size = _batch_sizes.get(message.task)
        if size is None:
            kwargs = {"outbox_id": message.id, "payload": message.payload}
            result.append(((message.task, kwargs), [message]))
            continue
        batch = open_batches.get(message.task)
        if batch is None or len(batch) >= size:
            batch = open_batches[message.task] = []
            result.append(((message.task, {"outbox_ids": []}), batch))
        batch.append(message)
    for (_, kwargs), group in result:
        if "outbox_ids" in kwargs:
            kwargs["outbox_ids"] = [message.id for message in group]
    return result


def due_messages(now: datetime, lease: timedelta, max_attempts: int) -> Select[OutboxMessage]:
    """Not done, due, under the attempt limit, and never relayed or relayed before the lease."""
    return (
        select(OutboxMessage)
        .where(
            OutboxMessage.done_at.is_(None),
            OutboxMessage.available_at <= now,
            OutboxMessage.attempts < max_attempts,
            or_(OutboxMessage.relayed_at.is_(None), OutboxMessage.relayed_at < now - lease),
        )
        .order_by(OutboxMessage.id)
        .with_for_update(skip_locked=True)
    )
