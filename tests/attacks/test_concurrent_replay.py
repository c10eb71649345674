"""Attack 7: the same offline batch replayed from several devices at once.

A leader's phone, tablet and laptop all queued the same events and come back
online together. Every event must be APPLIED by exactly one of them and be a
DUPLICATE for all the others; no device may get an error (least of all one
that carries the SQL and the reflection text), and no row may be written
twice. Concurrent HTTP requests go into the real app (the in-process ASGI
client, one database session per request), on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.api.relay import to_global_id
from backend.settings import Settings
from learning.programmes.models import ActivityKind, ActivityProgress, ProgressEvent, Reflection
from tests.support.graphql_client import GraphQLClient
from tests.support.operations import operation
from tests.support.programme_world import World, build_world

SECRET_TEXT = "Min chef lytter ikke; jeg overvejer at sige op."


def _at(minutes: int) -> str:
    moment = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=3)
    return (moment + timedelta(minutes=minutes)).isoformat()


def _batch(world: World) -> list[dict[str, Any]]:
    enrolment = world.enrolment_gid
    knowledge = world.activity_gid(ActivityKind.KNOWLEDGE)
    reflection = world.activity_gid(ActivityKind.REFLECTION)
    return [
        {
            "clientEventId": "start-k",
            "enrolmentId": enrolment,
            "activityId": knowledge,
            "type": "STARTED",
            "occurredAt": _at(0),
        },
        {
            "clientEventId": "done-k",
            "enrolmentId": enrolment,
            "activityId": knowledge,
            "type": "COMPLETED",
            "occurredAt": _at(5),
        },
        {
            "clientEventId": "write-r",
            "enrolmentId": enrolment,
            "activityId": reflection,
            "type": "REFLECTION_SAVED",
            "text": SECRET_TEXT,
            "occurredAt": _at(10),
        },
        {
            "clientEventId": "done-r",
            "enrolmentId": enrolment,
            "activityId": reflection,
            "type": "COMPLETED",
            "occurredAt": _at(15),
        },
        {
            "clientEventId": "gone",
            "enrolmentId": enrolment,
            "activityId": to_global_id("Activity", 10**9),
            "type": "STARTED",
            "occurredAt": _at(20),
        },
    ]


async def _rows(session: AsyncSession, world: World) -> tuple[int, int, int]:
    session.expire_all()
    counted = []
    for model in (ProgressEvent, Reflection, ActivityProgress):
        counted.append(
            int(
                await session.scalar(
                    select(func.count()).where(model.enrolment_id == world.enrolment_id)
                )
                or 0
            )
        )
    return counted[0], counted[1], counted[2]


@pytest.mark.parametrize("with_keys", [True, False], ids=["own-keys", "no-keys"])
@pytest.mark.parametrize("devices", [2, 20])
async def test_concurrent_replay_applies_each_event_once_and_never_errs(
    api: GraphQLClient, session: AsyncSession, settings: Settings, devices: int, with_keys: bool
) -> None:
    world = await build_world(session, settings)
    token = world.token(world.leader)
    events = _batch(world)

    async def device(number: int) -> Any:
        key = {"clientMutationId": f"device-{number}"} if with_keys else {}
        variables = {"input": {"events": events, **key}}
        return await api.execute(operation("SyncProgress"), variables, token=token)

    responses = await asyncio.gather(*(device(n) for n in range(devices)))

    for response in responses:
        assert response.status == 200
        assert response.errors == [], response.errors
        assert SECRET_TEXT not in str(response.body.get("errors"))
        assert response.data["syncProgress"]["errors"] == []
    outcomes: dict[str, Counter[str]] = {}
    for response in responses:
        for result in response.data["syncProgress"]["results"]:
            outcomes.setdefault(result["clientEventId"], Counter())[result["status"]] += 1
    for event_id in ("start-k", "done-k", "write-r", "done-r"):
        assert outcomes[event_id] == Counter({"APPLIED": 1, "DUPLICATE": devices - 1}), event_id
    assert outcomes["gone"] == Counter({"CONFLICT": devices})
    # Four recorded events, one reflection, progress on two activities: nothing twice.
    assert await _rows(session, world) == (4, 1, 2)
