"""Tasks driven by outbox messages, each delivered once.

A task made with ``outbox_task`` receives ``outbox_id`` (and ``payload``,
informational: the row is the truth), or ``outbox_ids``, a batch the relay
grouped for a task registered with ``batch_task`` (``backend.jobs.relay``).
Each message has a transaction of its own: it claims the row by setting
``done_at`` where it is still unset (the UPDATE holds the row lock on
PostgreSQL; BEGIN IMMEDIATE holds the database on SQLite), runs the work and
commits. A message found done is skipped. A duplicate of the task (a
re-relay, a broker redelivery) waits for the lock and finds it done. In a
batch every message is committed right after its own work, so a worker that
dies mid-batch leaves only the messages it had not finished pending; the
relay sends them again once their lease ran out.

Retries go through the outbox, not through Celery's countdown: a failure
records ``attempts`` and ``last_error`` and makes the message due again after
an exponential backoff, and the relay sends it then. A retry waiting in the
database survives any worker or broker loss, which a countdown held by a
worker (and, on the embedded broker, unacknowledged) does not.

Once is "once per commit": work with an effect outside the database (a mail
handed to an SMTP server) that completes just before the process dies, and
before the commit, is repeated (RFC 1047). ``OutboxJob.defer`` keeps that
window short by moving slow clean-up (SMTP QUIT) after the commit, and the
Message-ID derived from the outbox id lets receivers drop such a duplicate.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from backend.db import Database, utcnow
from backend.jobs.celery_app import celery_app
from backend.jobs.models import OutboxMessage
from backend.jobs.options import OutboxOptions
from backend.jobs.runtime import run_async, worker_settings
from backend.settings import Settings

log = logging.getLogger(__name__)


class PermanentError(Exception):
    """The work can never succeed (say, the recipient does not exist): no retry."""


class Unavailable(Exception):
    """What the work needs cannot be reached (say, the SMTP server refuses
    connections): this message and the rest of its batch are retried later,
    instead of each waiting on the same failure in turn."""


@dataclass
class OutboxJob:
    """What the work of an outbox task gets: its message, inside its transaction."""

    session: AsyncSession
    message: OutboxMessage
    settings: Settings
    # False while more messages of the same batch follow in this process.
    last: bool = True
    _deferred: list[Callable[[], Awaitable[None]]] = field(default_factory=list)

    @property
    def payload(self) -> dict[str, Any]:
        return self.message.payload

    def defer(self, callback: Callable[[], Awaitable[None]]) -> None:
        """Run ``callback`` once the transaction ended, committed or not; its errors are logged."""
        self._deferred.append(callback)

    async def run_deferred(self) -> None:
        for callback in self._deferred:
            try:
                await callback()
            except Exception:
                log.warning("deferred clean-up of outbox message %s failed", self.message.id)


Work = Callable[[OutboxJob], Awaitable[None]]


class Outcome(StrEnum):
    DONE = "done"
    SKIPPED = "skipped"  # done already, or deleted
    FAILED = "failed"  # recorded; due again after a backoff unless permanent


def outbox_task(name: str) -> Callable[[Work], Work]:
    """Register ``work`` as the Celery task ``name`` for outbox messages; returns it unchanged."""

    def register(work: Work) -> Work:
        def run(
            outbox_id: int | None = None,
            payload: dict[str, Any] | None = None,
            outbox_ids: list[int] | None = None,
        ) -> list[Outcome]:
            settings = worker_settings()
            ids = list(outbox_ids or []) + ([] if outbox_id is None else [outbox_id])
            return run_async(lambda database: handle_batch(database, settings, ids, work))

        run.__name__ = run.__qualname__ = work.__name__
        run.__module__ = work.__module__
        celery_app.task(name=name)(run)
        return work

    return register


async def handle_message(
    database: Database, settings: Settings, outbox_id: int, work: Work
) -> Outcome:
    """Run ``work`` for one message unless it is done; record a failure for a later retry."""
    return (await handle_batch(database, settings, [outbox_id], work))[0]


async def handle_batch(
    database: Database, settings: Settings, outbox_ids: Sequence[int], work: Work
) -> list[Outcome]:
    """Run ``work`` for each message in turn, each in its own transaction and
    committed right after its work: a failure is recorded for that message
    alone and the batch goes on, except after ``Unavailable``, when the rest
    of the batch is recorded as failed with it and left for a later retry."""
    outcomes: list[Outcome] = []
    async with database.session() as session:
        for position, outbox_id in enumerate(outbox_ids):
            last = position == len(outbox_ids) - 1
            try:
                outcomes.append(await _run_one(session, settings, outbox_id, work, last=last))
            except Exception as error:
                log.exception("outbox message %s failed", outbox_id)
                await record_failure(database, settings, outbox_id, error)
                outcomes.append(Outcome.FAILED)
                if isinstance(error, Unavailable):
                    for rest in outbox_ids[position + 1 :]:
                        await record_failure(database, settings, rest, error)
                        outcomes.append(Outcome.FAILED)
                    break
            finally:
                session.expunge_all()
    return outcomes


async def _run_one(
    session: AsyncSession, settings: Settings, outbox_id: int, work: Work, *, last: bool
) -> Outcome:
    job: OutboxJob | None = None
    try:
        async with session.begin():
            message = await claim_message(session, outbox_id)
            if message is None:
                return Outcome.SKIPPED
            job = OutboxJob(session=session, message=message, settings=settings, last=last)
            await work(job)
    finally:
        if job is not None:
            await job.run_deferred()
    return Outcome.DONE


async def claim_message(session: AsyncSession, outbox_id: int) -> OutboxMessage | None:
    """The message, marked done in this transaction, or None if it is done or gone.

    The UPDATE takes the row lock first: a duplicate waits for this transaction
    and then finds the message done. On SQLite BEGIN IMMEDIATE holds the lock."""
    statement = (
        update(OutboxMessage)
        .where(OutboxMessage.id == outbox_id, OutboxMessage.done_at.is_(None))
        .values(done_at=utcnow(), attempts=OutboxMessage.attempts + 1, last_error=None)
        .returning(OutboxMessage)
    )
    return (await session.scalars(statement)).one_or_none()


async def lock_message(session: AsyncSession, outbox_id: int) -> OutboxMessage | None:
    # FOR UPDATE is dropped on SQLite, where BEGIN IMMEDIATE already holds the lock.
    statement = select(OutboxMessage).where(OutboxMessage.id == outbox_id).with_for_update()
    return (await session.scalars(statement)).one_or_none()


async def record_failure(
    database: Database, settings: Settings, outbox_id: int, error: Exception
) -> None:
    options = OutboxOptions.from_settings(settings)
    async with database.session() as session, session.begin():
        message = await lock_message(session, outbox_id)
        if message is None or message.done_at is not None:
            return  # a duplicate of this task succeeded meanwhile
        message.attempts += 1
        message.last_error = f"{type(error).__name__}: {error}"[:4000]
        if isinstance(error, PermanentError):
            message.attempts = max(message.attempts, options.max_attempts)
        # Not relayed any more: the relay sends it again once it is due.
        message.relayed_at = None
        message.available_at = utcnow() + retry_delay(message.attempts, options)


def retry_delay(attempts: int, options: OutboxOptions) -> timedelta:
    """Exponential backoff with jitter, so failed messages do not all return at once."""
    seconds = min(options.retry_base_seconds * 2 ** (attempts - 1), options.retry_max_seconds)
    return timedelta(seconds=seconds * random.uniform(0.8, 1.0))
