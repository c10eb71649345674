"""Tasks driven by outbox messages, each delivered once.

A task made with ``outbox_task`` receives ``outbox_id`` (and ``payload``,
informational: the row is the truth). In one transaction it locks the row
(FOR UPDATE on PostgreSQL, BEGIN IMMEDIATE on SQLite), does nothing if the
message is done, else runs the work and sets ``done_at``. A duplicate of the
task (a re-relay, a broker redelivery) waits for the lock and finds it done.

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
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import select
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


@dataclass
class OutboxJob:
    """What the work of an outbox task gets: its message, inside its transaction."""

    session: AsyncSession
    message: OutboxMessage
    settings: Settings
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
        def run(outbox_id: int, payload: dict[str, Any] | None = None) -> str:
            settings = worker_settings()
            return run_async(lambda database: handle_message(database, settings, outbox_id, work))

        run.__name__ = run.__qualname__ = work.__name__
        run.__module__ = work.__module__
        celery_app.task(name=name)(run)
        return work

    return register


async def handle_message(
    database: Database, settings: Settings, outbox_id: int, work: Work
) -> Outcome:
    """Run ``work`` for one message unless it is done; record a failure for a later retry."""
    job: OutboxJob | None = None
    try:
        async with database.session() as session:
            try:
                async with session.begin():
                    message = await lock_message(session, outbox_id)
                    if message is None or message.done_at is not None:
                        return Outcome.SKIPPED
                    job = OutboxJob(session=session, message=message, settings=settings)
                    await work(job)
                    message.done_at = utcnow()
                    message.attempts += 1
                    message.last_error = None
            finally:
                if job is not None:
                    await job.run_deferred()
    except Exception as error:
        log.exception("outbox message %s failed", outbox_id)
        await record_failure(database, settings, outbox_id, error)
        return Outcome.FAILED
    return Outcome.DONE


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
