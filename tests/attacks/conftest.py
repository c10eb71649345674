"""The attacker's tools: an organisation built through the services (an area
of leaders below a director, with staff, a programme every leader is enrolled
on, 360 cycles with known answers), the API over HTTP as each role, and the
tasks that render exports. Every attack in this folder reads only what the
API hands a role, and fails if it gets anything out."""

from __future__ import annotations

import asyncio
import csv
import io
import json
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

import backend.db as db
from backend.db import Database, set_database
from backend.jobs.models import OutboxMessage
from backend.jobs.outbox_task import handle_message
from backend.settings import Settings
from backend.storage import get_storage
from learning.programmes.models import DevelopmentGoal, Enrolment
from tests.learning.effect.conftest import Area, build_area, raters, run_cycle
from tests.support.graphql_client import GraphQLClient
from tests.support.operations import operation

__all__ = [
    "Area",
    "build_area",
    "operation",
    "raters",
    "run_cycle",
]


async def ask(api: GraphQLClient, name: str, token: str, **variables: Any) -> Any:
    """Run a named operation as a role; an attack never gets a server error."""
    response = await api.execute(operation(name), variables or None, token=token)
    assert response.status == 200 and "INTERNAL_SERVER_ERROR" not in response.codes
    return response


async def run_task(
    session: AsyncSession, database: Database, settings: Settings, task: str, handler: Any
) -> int:
    """Run the newest queued outbox message of ``task`` as the worker would."""
    message = await session.scalar(
        select(OutboxMessage)
        .where(OutboxMessage.task == task, OutboxMessage.done_at.is_(None))
        .order_by(OutboxMessage.id.desc())
    )
    assert message is not None
    outcome = await handle_message(database, settings, message.id, handler)
    assert outcome.value == "done"
    return int(message.payload["export_id"])


async def stored(settings: Settings, key: str) -> bytes:
    return await get_storage(settings).get(key)


def as_json(data: bytes) -> Any:
    return json.loads(data)


def csv_rows(data: bytes) -> list[dict[str, str]]:
    table = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    return [dict(zip(table[0], line, strict=True)) for line in table[1:]]


def numbers_in(value: Any) -> Iterator[Any]:
    """Every list of numbers in a JSON document (where raw cells would be)."""
    if isinstance(value, dict):
        for inner in value.values():
            yield from numbers_in(inner)
    elif isinstance(value, list):
        if value and all(isinstance(v, int | float) for v in value):
            yield value
        for inner in value:
            yield from numbers_in(inner)


async def rate_goals(session: AsyncSession, enrolment_id: int, rating: int) -> None:
    """The AFTER checkpoint's goal-attainment rating, written as it stores it."""
    await session.execute(
        update(DevelopmentGoal)
        .where(DevelopmentGoal.enrolment_id == enrolment_id)
        .values(attainment_rating=rating)
    )
    await session.commit()


async def start_enrolment_on(session: AsyncSession, enrolment_id: int, day: Any) -> None:
    await session.execute(
        update(Enrolment).where(Enrolment.id == enrolment_id).values(starts_on=day)
    )
    await session.commit()


@pytest.fixture
async def area(session: AsyncSession, settings: Settings) -> Area:
    """Four leaders below a director, each with five staff (a report is not
    withheld under the Danish profile), all enrolled on one programme."""
    return await build_area(session, settings, leaders=4, staff=5)


@pytest.fixture(scope="module")
def own_loop(settings: Settings) -> Iterator[tuple[asyncio.AbstractEventLoop, Database]]:
    """A loop and a database of their own for the property tests, whose
    examples hypothesis runs synchronously; the release audit records through
    ``get_database()``, so that points here meanwhile."""
    loop = asyncio.new_event_loop()
    database = Database(settings)
    before = db._database
    set_database(database)
    yield loop, database
    loop.run_until_complete(database.dispose())
    loop.close()
    set_database(before)
