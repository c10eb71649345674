"""Fixtures the jobs and mail tests share (imported by both conftests)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import datetime, timedelta

import pytest
from sqlalchemy import delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

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


PARKED = timedelta(days=365 * 100)


@pytest.fixture(autouse=True)
async def own_outbox(database: Database) -> AsyncIterator[None]:
    """Each test relays an outbox of its own: messages other tests left
    pending are parked a century ahead for its duration (a relay would send
    them first), and the messages it made are deleted afterwards, so that no
    later relay sends them."""
    async with database.session() as session:
        before = await session.scalar(select(func.coalesce(func.max(OutboxMessage.id), 0)))
        parked = (
            await session.execute(
                select(OutboxMessage.id, OutboxMessage.available_at).where(
                    OutboxMessage.done_at.is_(None)
                )
            )
        ).all()
        await _move(session, [(pk, at + PARKED) for pk, at in parked])
    yield
    async with database.session() as session:
        await session.execute(delete(OutboxMessage).where(OutboxMessage.id > before))
        await _move(session, [(pk, at) for pk, at in parked])


async def _move(session: AsyncSession, moves: list[tuple[int, datetime]]) -> None:
    for pk, at in moves:
        await session.execute(
            update(OutboxMessage).where(OutboxMessage.id == pk).values(available_at=at)
        )
    await session.commit()


@pytest.fixture
def smtp_sink() -> Iterator[SmtpSink]:
    with running_sink() as sink:
        yield sink
