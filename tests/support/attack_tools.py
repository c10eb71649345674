"""The attacker's tools besides the area (tests/support/effect_area.py): the
API as a role, the tasks that render exports, and readers of what comes out.
Every attack reads only what the API hands a role, and fails if it gets
anything out."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from backend.db import Database
from backend.jobs.models import OutboxMessage
from backend.jobs.outbox_task import handle_message
from backend.settings import Settings
from backend.storage import get_storage
from learning.programmes.models import DevelopmentGoal, Enrolment
from tests.support.graphql_client import GraphQLClient
from tests.support.operations import operation


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
