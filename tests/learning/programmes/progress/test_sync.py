"""Offline replay: a batch of queued events, applied once, per-event results."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.api.relay import to_global_id
from learning.programmes.models import ActivityKind, ActivityProgress, ProgressEvent, Reflection
from tests.support.graphql_client import GraphQLClient
from tests.support.operations import operation
from tests.support.programme_world import World
from tests.support.statements import count_statements


def _at(minutes: int) -> str:
    moment = (
        datetime.now(UTC).replace(microsecond=0) - timedelta(hours=2) + timedelta(minutes=minutes)
    )
    return moment.isoformat()


def _batch(world: World) -> list[dict[str, Any]]:
    enrolment = world.enrolment_gid
    knowledge = world.activity_gid(ActivityKind.KNOWLEDGE)
    reflection = world.activity_gid(ActivityKind.REFLECTION)
    return [
        {
            "clientEventId": "e1",
            "enrolmentId": enrolment,
            "activityId": knowledge,
            "type": "STARTED",
            "occurredAt": _at(0),
        },
        {
            "clientEventId": "e2",
            "enrolmentId": enrolment,
            "activityId": knowledge,
            "type": "COMPLETED",
            "occurredAt": _at(5),
        },
        # Sent before the reflection in the list, but it happened after: applied in time order.
        {
            "clientEventId": "e4",
            "enrolmentId": enrolment,
            "activityId": reflection,
            "type": "COMPLETED",
            "occurredAt": _at(20),
        },
        {
            "clientEventId": "e3",
            "enrolmentId": enrolment,
            "activityId": reflection,
            "type": "REFLECTION_SAVED",
            "text": "Skrevet i toget uden net.",
            "sharedWith": ["MANAGER"],
            "occurredAt": _at(10),
        },
        # The activity was removed (no such activity): a conflict of its own.
        {
            "clientEventId": "e5",
            "enrolmentId": enrolment,
            "activityId": to_global_id("Activity", 10**9),
            "type": "STARTED",
            "occurredAt": _at(30),
        },
    ]


async def _state(session: AsyncSession, world: World) -> tuple[Any, ...]:
    progress = (
        await session.execute(
            select(
                ActivityProgress.activity_id,
                ActivityProgress.started_at,
                ActivityProgress.completed_at,
            )
            .where(ActivityProgress.enrolment_id == world.enrolment_id)
            .order_by(ActivityProgress.activity_id)
        )
    ).all()
    reflections = (
        await session.execute(
            select(Reflection.text, Reflection.shared_with_manager, Reflection.written_at).where(
                Reflection.enrolment_id == world.enrolment_id
            )
        )
    ).all()
    events = (
        await session.scalars(
            select(ProgressEvent.client_event_id).where(
                ProgressEvent.enrolment_id == world.enrolment_id
            )
        )
    ).all()
    session.expire_all()
    return tuple(progress), tuple(reflections), tuple(sorted(events))


async def test_replaying_a_batch_twice_changes_nothing(
    api: GraphQLClient, world: World, session: AsyncSession
) -> None:
    token = world.token(world.leader)
    variables = {"input": {"events": _batch(world)}}
    first = await api.execute(operation("SyncProgress"), variables, token=token)
    assert first.errors == []
    results = first.data["syncProgress"]["results"]
    assert [(r["clientEventId"], r["status"]) for r in results] == [
        ("e1", "APPLIED"),
        ("e2", "APPLIED"),
        ("e4", "APPLIED"),
        ("e3", "APPLIED"),
        ("e5", "CONFLICT"),
    ]
    assert results[4]["code"] == "NOT_FOUND" and results[4]["message"]
    assert first.data["syncProgress"]["enrolments"][0]["progress"]["completed"] == 2
    after_first = await _state(session, world)

    again = await api.execute(operation("SyncProgress"), variables, token=token)
    statuses = [r["status"] for r in again.data["syncProgress"]["results"]]
    assert statuses == ["DUPLICATE", "DUPLICATE", "DUPLICATE", "DUPLICATE", "CONFLICT"]
    assert await _state(session, world) == after_first


async def test_a_later_client_timestamp_wins_for_text(api: GraphQLClient, world: World) -> None:
    token = world.token(world.leader)
    base = {
        "enrolmentId": world.enrolment_gid,
        "activityId": world.activity_gid(ActivityKind.REFLECTION),
        "type": "REFLECTION_SAVED",
    }
    newer = {**base, "clientEventId": "phone-new", "text": "Ny tekst", "occurredAt": _at(60)}
    older = {**base, "clientEventId": "tablet-old", "text": "Gammel tekst", "occurredAt": _at(30)}
    first = await api.execute(
        operation("SyncProgress"), {"input": {"events": [newer]}}, token=token
    )
    assert first.data["syncProgress"]["results"][0]["status"] == "APPLIED"
    late = await api.execute(operation("SyncProgress"), {"input": {"events": [older]}}, token=token)
    result = late.data["syncProgress"]["results"][0]
    assert (result["status"], result["code"]) == ("CONFLICT", "CONFLICT")
    seen = await api.execute(operation("EnrolmentDetail"), {"id": world.enrolment_gid}, token=token)
    texts = [a["reflection"]["text"] for a in seen.data["node"]["activities"] if a["reflection"]]
    assert texts == ["Ny tekst"]


async def test_a_batch_costs_the_same_statements_for_2_or_40_events(
    api: GraphQLClient, world: World, database: Any
) -> None:
    token = world.token(world.leader)
    enrolment = world.enrolment_gid
    knowledge = world.activity_gid(ActivityKind.KNOWLEDGE)

    def events(prefix: str, n: int) -> list[dict[str, Any]]:
        return [
            {
                "clientEventId": f"{prefix}{i}",
                "enrolmentId": enrolment,
                "activityId": knowledge,
                "type": "STARTED",
                "occurredAt": _at(i),
            }
            for i in range(n)
        ]

    query = """
    mutation S($input: SyncProgressInput!) { syncProgress(input: $input) { results { status } } }
    """
    with count_statements(database.engine) as small:
        await api.execute(query, {"input": {"events": events("a", 2)}}, token=token)
    with count_statements(database.engine) as large:
        await api.execute(query, {"input": {"events": events("b", 40)}}, token=token)
    assert len(small.selects()) == len(large.selects())


SYNC_WITH_REASONS = """
mutation S($input: SyncProgressInput!) {
  syncProgress(input: $input) {
    errors { code field reason }
    results { clientEventId status code reason }
  }
}
"""
START = """
mutation S($input: ActivityProgressInput!) {
  startActivity(input: $input) { errors { code field reason } }
}
"""


async def test_events_dated_in_the_future_or_absurdly_far_back_are_refused_not_applied(
    api: GraphQLClient, world: World, session: AsyncSession
) -> None:
    now = datetime.now(UTC).replace(microsecond=0)
    token = world.token(world.leader)
    knowledge = world.activity_gid(ActivityKind.KNOWLEDGE)
    reflection = world.activity_gid(ActivityKind.REFLECTION)

    def started(event_id: str, activity: str, at: datetime) -> dict[str, Any]:
        return {
            "clientEventId": event_id,
            "enrolmentId": world.enrolment_gid,
            "activityId": activity,
            "type": "STARTED",
            "occurredAt": at.isoformat(),
        }

    events = [
        started("four-years-ahead", knowledge, now + timedelta(days=4 * 365)),
        started("two-years-back", knowledge, now - timedelta(days=2 * 365)),
        # A phone's clock a little ahead is a skew, not a lie: applied.
        started("skewed", reflection, now + timedelta(minutes=3)),
    ]
    response = await api.execute(SYNC_WITH_REASONS, {"input": {"events": events}}, token=token)
    assert response.errors == [] and response.data["syncProgress"]["errors"] == []
    assert [
        (r["clientEventId"], r["status"], r["code"], r["reason"])
        for r in response.data["syncProgress"]["results"]
    ] == [
        ("four-years-ahead", "CONFLICT", "INVALID", "programmes.event_in_future"),
        ("two-years-back", "CONFLICT", "INVALID", "programmes.event_too_old"),
        ("skewed", "APPLIED", None, None),
    ]
    reflection_id = world.activities[ActivityKind.REFLECTION].id
    progress, _, recorded = await _state(session, world)
    # Only the skewed event left a trace; the refused ones changed nothing.
    assert [row.activity_id for row in progress] == [reflection_id]
    assert recorded == ("skewed",)

    single = await api.execute(
        START,
        {
            "input": {
                "enrolmentId": world.enrolment_gid,
                "activityId": knowledge,
                "occurredAt": (now + timedelta(days=1)).isoformat(),
            }
        },
        token=token,
    )
    assert single.data["startActivity"]["errors"] == [
        {
            "code": "INVALID",
            "field": ["input", "occurredAt"],
            "reason": "programmes.event_in_future",
        }
    ]


async def test_a_batch_of_starts_and_completions_reads_what_it_checks_in_one_statement(
    api: GraphQLClient, world: World, database: Any
) -> None:
    """The activities' versions and kinds, known event ids and which
    activities have a text come from one statement; the texts themselves are
    read only for a batch that saves one."""
    token = world.token(world.leader)
    kinds = [ActivityKind.KNOWLEDGE, ActivityKind.REFLECTION, ActivityKind.ACTION]
    events = [
        {
            "clientEventId": f"c{i}",
            "enrolmentId": world.enrolment_gid,
            "activityId": world.activity_gid(kinds[i % 3]),
            "type": "STARTED" if i < 3 else "COMPLETED",
            "occurredAt": _at(i),
        }
        for i in range(6)
    ]
    with count_statements(database.engine) as log:
        response = await api.execute(SYNC_WITH_REASONS, {"input": {"events": events}}, token=token)
    assert [r["reason"] for r in response.data["syncProgress"]["results"]] == [
        None,
        None,
        None,
        None,
        "programmes.reflection_first",
        "programmes.evidence_first",
    ]
    reads = [
        s
        for s in log.selects()
        if any(
            f"FROM {t} " in s
            for t in ("programme_activity", "reflection", "action_evidence", "progress_event")
        )
    ]
    assert len(reads) == 1
