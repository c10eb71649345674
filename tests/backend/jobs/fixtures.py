"""Fixtures the jobs and mail tests share (imported by both conftests)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import delete, func, select, update

from backend.db import Database
from backend.jobs.models import OutboxMessage
from backend.jobs.runtime import worker_database
from backend.settings import Settings
from tests.backend.mail.smtp_sink import SmtpSink, running_sink


@pytest.fixture(scope="session")
async def worker_db(settings: Settings) -> AsyncIterator[Database]:
    """The database as a worker process opens it (BEGIN IMMEDIATE on SQLite)."""
    database = worker_database(settings)
    yield database
    await database.dispose()


PARKED_UNTIL = datetime(2999, 1, 1, tzinfo=UTC)


@pytest.fixture(autouse=True)
async def own_outbox(database: Database) -> AsyncIterator[None]:
    """Each test relays an outbox of its own: messages other tests left
    pending are parked far ahead for its duration (a relay would send them
    first), and the messages it made are deleted afterwards, so that no later
    relay sends them."""
    async with database.session() as session:
        before = await session.scalar(select(func.coalesce(func.max(OutboxMessage.id), 0)))
        pending = OutboxMessage.done_at.is_(None) & (OutboxMessage.id <= before)
        parked = [
            {"id": pk, "available_at": at}
            for pk, at in await session.execute(
                select(OutboxMessage.id, OutboxMessage.available_at).where(pending)
            )
        ]
        await session.execute(
            update(OutboxMessage).where(pending).values(available_at=PARKED_UNTIL)
        )
        await session.commit()
    yield
    async with database.session() as session:
        await session.execute(delete(OutboxMessage).where(OutboxMessage.id > before))
        if parked:  # one executemany by primary key, however many were parked
            await session.execute(update(OutboxMessage), parked)
        await session.commit()


@pytest.fixture
def smtp_sink() -> Iterator[SmtpSink]:
    with running_sink() as sink:
        yield sink
