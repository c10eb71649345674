from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.db import Database
from backend.jobs.celery_app import celery_app
from backend.jobs.models import OutboxMessage
from backend.jobs.options import OutboxOptions
from backend.jobs.outbox import enqueue
from backend.jobs.outbox_task import (
    OutboxJob,
    Outcome,
    PermanentError,
    Unavailable,
    handle_batch,
    handle_message,
    outbox_task,
    retry_delay,
)
from backend.settings import Settings


async def queued(session: AsyncSession) -> int:
    message = enqueue(session, "test.work", {"greeting": "hej"})
    await session.commit()
    return message.id


async def reload(session: AsyncSession, outbox_id: int) -> OutboxMessage:
    message = await session.get(OutboxMessage, outbox_id, populate_existing=True)
    assert message is not None
    return message


def test_outbox_task_registers_a_celery_task_and_returns_the_work() -> None:
    async def work(job: OutboxJob) -> None: ...

    assert outbox_task("test.registered")(work) is work
    assert "test.registered" in celery_app.tasks


async def test_the_work_runs_once_and_sees_its_payload(
    settings: Settings, session: AsyncSession, worker_db: Database
) -> None:
    seen: list[dict[str, str]] = []

    async def work(job: OutboxJob) -> None:
        seen.append(job.payload)

    outbox_id = await queued(session)
    assert await handle_message(worker_db, settings, outbox_id, work) == Outcome.DONE
    assert await handle_message(worker_db, settings, outbox_id, work) == Outcome.SKIPPED
    assert seen == [{"greeting": "hej"}]
    message = await reload(session, outbox_id)
    assert message.done_at is not None and message.attempts == 1


async def test_duplicate_tasks_running_at_once_do_the_work_once(
    settings: Settings, session: AsyncSession, worker_db: Database
) -> None:
    runs = 0

    async def slow_work(job: OutboxJob) -> None:
        nonlocal runs
        runs += 1
        await asyncio.sleep(0.2)

    outbox_id = await queued(session)
    outcomes = await asyncio.gather(
        *(handle_message(worker_db, settings, outbox_id, slow_work) for _ in range(3))
    )
    assert runs == 1
    assert sorted(outcomes) == [Outcome.DONE, Outcome.SKIPPED, Outcome.SKIPPED]


async def test_a_failure_is_recorded_and_the_message_comes_due_again_later(
    settings: Settings, session: AsyncSession, worker_db: Database
) -> None:
    async def failing(job: OutboxJob) -> None:
        job.message.payload = {"changed": "by the failed attempt"}
        raise RuntimeError("smtp is down")

    outbox_id = await queued(session)
    before = datetime.now(UTC)
    assert await handle_message(worker_db, settings, outbox_id, failing) == Outcome.FAILED

    message = await reload(session, outbox_id)
    assert message.payload == {"greeting": "hej"}  # the attempt's changes rolled back
    assert message.attempts == 1
    assert message.last_error == "RuntimeError: smtp is down"
    assert message.done_at is None and message.relayed_at is None
    earliest = before + timedelta(seconds=OutboxOptions().retry_base_seconds * 0.8)
    assert message.available_at >= earliest


async def test_a_permanent_error_uses_up_the_attempts(
    settings: Settings, session: AsyncSession, worker_db: Database
) -> None:
    async def hopeless(job: OutboxJob) -> None:
        raise PermanentError("no such recipient")

    outbox_id = await queued(session)
    await handle_message(worker_db, settings, outbox_id, hopeless)
    message = await reload(session, outbox_id)
    assert message.attempts == OutboxOptions().max_attempts
    assert message.last_error == "PermanentError: no such recipient"


def test_backoff_grows_exponentially_up_to_a_ceiling() -> None:
    options = OutboxOptions(retry_base_seconds=10, retry_max_seconds=100)
    delays = [retry_delay(n, options).total_seconds() for n in (1, 2, 3, 10)]
    assert 8 <= delays[0] <= 10 and 16 <= delays[1] <= 20 and 32 <= delays[2] <= 40
    assert 80 <= delays[3] <= 100


async def test_deferred_clean_up_runs_after_the_commit_even_when_the_work_fails(
    settings: Settings, database: Database, session: AsyncSession, worker_db: Database
) -> None:
    committed: list[bool] = []

    async def check_committed() -> None:
        async with database.session() as other:
            done = await other.scalar(
                select(OutboxMessage.done_at).where(OutboxMessage.id == outbox_id)
            )
            committed.append(done is not None)

    async def work(job: OutboxJob) -> None:
        job.defer(check_committed)

    async def failing(job: OutboxJob) -> None:
        job.defer(check_committed)
        raise RuntimeError("boom")

    outbox_id = await queued(session)
    await handle_message(worker_db, settings, outbox_id, failing)
    await handle_message(worker_db, settings, outbox_id, work)
    assert committed == [False, True]


async def queued_many(session: AsyncSession, count: int) -> list[int]:
    messages = [enqueue(session, "test.work", {"n": n}) for n in range(count)]
    await session.commit()
    return [message.id for message in messages]


class WorkerDied(BaseException):
    """Stands for SIGKILL: nothing after it runs, no failure is recorded."""


async def test_a_batch_commits_each_message_right_after_its_work_so_a_death_mid_batch_leaves_only_the_rest(  # noqa: E501
    settings: Settings, database: Database, session: AsyncSession, worker_db: Database
) -> None:
    outbox_ids = await queued_many(session, 5)
    done_when_the_next_ran: list[int] = []

    async def work(job: OutboxJob) -> None:
        async with database.session() as other:
            done = await other.scalar(
                select(func.count()).where(
                    OutboxMessage.id.in_(outbox_ids), OutboxMessage.done_at.is_not(None)
                )
            )
        done_when_the_next_ran.append(int(done or 0))
        if job.payload["n"] == 2:
            raise WorkerDied

    with pytest.raises(WorkerDied):
        await handle_batch(worker_db, settings, outbox_ids, work)

    assert done_when_the_next_ran == [0, 1, 2]
    states = [await reload(session, outbox_id) for outbox_id in outbox_ids]
    assert [m.done_at is not None for m in states] == [True, True, False, False, False]
    assert [m.attempts for m in states] == [1, 1, 0, 0, 0]
    # A second worker (the batch relayed again) does only what is left.
    ran: list[int] = []

    async def again(job: OutboxJob) -> None:
        ran.append(job.payload["n"])

    outcomes = await handle_batch(worker_db, settings, outbox_ids, again)
    assert outcomes == [Outcome.SKIPPED] * 2 + [Outcome.DONE] * 3
    assert ran == [2, 3, 4]


async def test_one_failing_message_does_not_fail_its_batch(
    settings: Settings, session: AsyncSession, worker_db: Database
) -> None:
    outbox_ids = await queued_many(session, 4)

    async def work(job: OutboxJob) -> None:
        if job.payload["n"] == 1:
            raise PermanentError("no such recipient")
        if job.payload["n"] == 2:
            raise RuntimeError("try again later")

    outcomes = await handle_batch(worker_db, settings, outbox_ids, work)

    assert outcomes == [Outcome.DONE, Outcome.FAILED, Outcome.FAILED, Outcome.DONE]
    permanent, later = await reload(session, outbox_ids[1]), await reload(session, outbox_ids[2])
    assert permanent.done_at is None and permanent.attempts == OutboxOptions().max_attempts
    assert later.done_at is None and later.attempts == 1
    assert later.available_at > datetime.now(UTC)
    assert (await reload(session, outbox_ids[3])).done_at is not None


async def test_an_unavailable_service_leaves_the_rest_of_the_batch_for_a_later_retry(
    settings: Settings, session: AsyncSession, worker_db: Database
) -> None:
    outbox_ids = await queued_many(session, 4)
    tried: list[int] = []

    async def work(job: OutboxJob) -> None:
        tried.append(job.payload["n"])
        if job.payload["n"] == 1:
            raise Unavailable("ConnectionRefusedError")

    outcomes = await handle_batch(worker_db, settings, outbox_ids, work)

    assert outcomes == [Outcome.DONE] + [Outcome.FAILED] * 3
    assert tried == [0, 1]  # not each of the rest waiting on the same failure
    for outbox_id in outbox_ids[1:]:
        message = await reload(session, outbox_id)
        assert message.done_at is None and message.relayed_at is None
        assert message.attempts == 1 and "Unavailable" in (message.last_error or "")
