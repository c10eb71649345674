"""Fixtures the jobs and mail tests share (imported by both conftests)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
from sqlalchemy import delete, func, select

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


@pytest.fixture(autouse=True)
async def own_outbox(database: Database) -> AsyncIterator[None]:
    """Delete the outbox messages a test made, so that no later relay sends them."""
    async with database.session() as session:
        before = await session.scalar(select(func.coalesce(func.max(OutboxMessage.id), 0)))
    yield
    async with database.session() as session:
        await session.execute(delete(OutboxMessage).where(OutboxMessage.id > before))
        await session.commit()


@pytest.fixture
def smtp_sink() -> Iterator[SmtpSink]:
    with running_sink() as sink:
        yield sink
