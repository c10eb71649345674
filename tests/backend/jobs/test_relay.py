from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from backend.db import Database
from backend.jobs.celery_app import make_celery_app
from backend.jobs.models import OutboxMessage
from backend.jobs.options import OutboxOptions
from backend.jobs.outbox import enqueue
from backend.jobs.relay import batch_task, celery_publisher, relay_outbox
from backend.settings import Settings

OPTIONS = OutboxOptions(batch_size=3)


class Broker:
    """Records what the relay sends; ``fail_after`` makes it go down mid-batch."""

    def __init__(self, fail_after: int | None = None) -> None:
        self.sent: list[tuple[str, dict[str, Any]]] = []
        self.fail_after = fail_after

    def publish_all(self, tasks: Sequence[tuple[str, dict[str, Any]]]) -> int:
        for count, task in enumerate(tasks):
            if self.fail_after is not None and len(self.sent) >= self.fail_after:
                return count
            self.sent.append(task)
        return len(tasks)

    def ids(self) -> list[int]:
        return [kwargs["outbox_id"] for _, kwargs in self.sent]


async def add(session: AsyncSession, count: int = 1, **fields: Any) -> list[int]:
    messages = [enqueue(session, "test.work", {"n": n}) for n in range(count)]
    for message in messages:
        for name, value in fields.items():
            setattr(message, name, value)
    await session.commit()
    return [message.id for message in messages]


async def reload(session: AsyncSession, outbox_id: int) -> OutboxMessage:
    message = await session.get(OutboxMessage, outbox_id, populate_existing=True)
    assert message is not None
    return message


async def test_relay_sends_committed_messages_and_never_a_rolled_back_one(
    session: AsyncSession, worker_db: Database
) -> None:
    enqueue(session, "test.work", {"rolled": "back"})
    await session.flush()
    await session.rollback()
    committed = await add(session, 2)

    broker = Broker()
    await relay_outbox(worker_db, broker.publish_all, OPTIONS)

    assert [kw["payload"] for name, kw in broker.sent if name == "test.work"] == [
        {"n": 0},
        {"n": 1},
    ]
    assert broker.ids()[-2:] == committed


async def test_relay_does_not_see_a_transaction_still_open(
    settings: Settings, database: Database, worker_db: Database
) -> None:
    if settings.is_sqlite:
        return  # one writer at a time: the open transaction would block the relay
    async with database.session() as open_session:
        enqueue(open_session, "test.work", {"open": True})
        await open_session.flush()
        broker = Broker()
        await relay_outbox(worker_db, broker.publish_all, OPTIONS)
        assert {"open": True} not in [kw["payload"] for _, kw in broker.sent]
        await open_session.rollback()


async def test_a_relayed_message_is_not_sent_again_within_its_lease(
    session: AsyncSession, worker_db: Database
) -> None:
    ids = await add(session, 4)  # more than a batch: the relay takes several
    first, second = Broker(), Broker()
    await relay_outbox(worker_db, first.publish_all, OPTIONS)
    await relay_outbox(worker_db, second.publish_all, OPTIONS)

    assert set(ids) <= set(first.ids())
    assert not set(ids) & set(second.ids())
    assert None not in [(await reload(session, i)).relayed_at for i in ids]


async def test_a_message_relayed_before_the_lease_and_never_done_is_relayed_again(
    session: AsyncSession, worker_db: Database
) -> None:
    long_ago = datetime.now(UTC) - timedelta(hours=1)
    lost, done = await add(session, 2, relayed_at=long_ago)
    finished = await reload(session, done)
    finished.done_at = long_ago
    await session.commit()

    broker = Broker()
    await relay_outbox(worker_db, broker.publish_all, OPTIONS, lease_seconds=60)
    assert lost in broker.ids() and done not in broker.ids()


async def test_messages_not_yet_due_or_failed_too_often_stay(
    session: AsyncSession, worker_db: Database
) -> None:
    (later,) = await add(session, available_at=datetime.now(UTC) + timedelta(minutes=5))
    (dead,) = await add(session, attempts=OPTIONS.max_attempts)
    broker = Broker()
    await relay_outbox(worker_db, broker.publish_all, OPTIONS)
    assert later not in broker.ids() and dead not in broker.ids()


async def test_a_broker_failure_mid_batch_keeps_the_rest_for_the_next_run(
    session: AsyncSession, worker_db: Database
) -> None:
    await relay_outbox(worker_db, Broker().publish_all, OPTIONS)  # earlier tests' leftovers
    ids = await add(session, 3)
    failing = Broker(fail_after=1)
    assert await relay_outbox(worker_db, failing.publish_all, OPTIONS) == 1

    assert failing.ids() == ids[:1]
    assert [(await reload(session, i)).relayed_at is None for i in ids] == [False, True, True]
    healed = Broker()
    await relay_outbox(worker_db, healed.publish_all, OPTIONS)
    assert healed.ids() == ids[1:]


async def test_relay_fails_harmlessly_when_the_broker_is_unreachable(
    settings: Settings, session: AsyncSession, worker_db: Database
) -> None:
    down = settings.model_copy(update={"broker_url": "redis://127.0.0.1:1/0"})
    app = make_celery_app(down, set_as_current=False)
    app.conf.broker_connection_timeout = 1
    ids = await add(session, 2)

    assert await relay_outbox(worker_db, celery_publisher(app), OPTIONS) == 0
    assert [(await reload(session, i)).relayed_at for i in ids] == [None, None]


batch_task("test.batched", 2)


async def test_messages_of_a_batch_task_go_in_celery_tasks_of_up_to_its_size(
    session: AsyncSession, worker_db: Database
) -> None:
    await relay_outbox(worker_db, Broker().publish_all, OPTIONS)  # earlier tests' leftovers
    kinds = ["test.batched", "test.work", "test.batched", "test.batched", "test.batched"]
    messages = [enqueue(session, kind, {"n": n}) for n, kind in enumerate(kinds)]
    await session.commit()
    ids = [message.id for message in messages]

    broker = Broker()
    assert await relay_outbox(worker_db, broker.publish_all, OPTIONS) == 5  # messages, not tasks

    assert broker.sent == [
        ("test.batched", {"outbox_ids": [ids[0], ids[2]]}),
        ("test.work", {"outbox_id": ids[1], "payload": {"n": 1}}),
        ("test.batched", {"outbox_ids": [ids[3], ids[4]]}),
    ]
    assert all([(await reload(session, i)).relayed_at is not None for i in ids])


async def test_a_batch_the_broker_did_not_take_stays_unrelayed(
    session: AsyncSession, worker_db: Database
) -> None:
    await relay_outbox(worker_db, Broker().publish_all, OPTIONS)  # earlier tests' leftovers
    messages = [enqueue(session, "test.batched", {"n": n}) for n in range(3)]
    await session.commit()
    ids = [message.id for message in messages]

    failing = Broker(fail_after=1)
    assert await relay_outbox(worker_db, failing.publish_all, OPTIONS) == 2

    assert failing.sent == [("test.batched", {"outbox_ids": ids[:2]})]
    assert [(await reload(session, i)).relayed_at is None for i in ids] == [False, False, True]
