"""Delivery survives a worker killed mid-batch: real workers, a real broker
(the embedded folder, or LEDELYST_TEST_BROKER_URL's Redis or RabbitMQ) and a
real SMTP server.

The relay hands the mails over in batches (``backend.mail.outbox.MAIL_BATCH``),
so the kill lands in the middle of a batch: some of its mails delivered and
recorded done, one in flight, the rest not started. It lands while no
accepted mail is waiting for its commit: the sink stops answering DATA, and
the test waits until every mail the sink accepted is recorded done and a
client is stuck in DATA; then the worker's process group is SIGKILLed with
that mail mid-DATA, holding its row lock, and another batch taken from the
broker. A kill between a
server's 250 and the commit would repeat that one mail (RFC 1047); no sender
can prevent that, and the Message-ID lets a receiver drop it.
"""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from celery import Celery
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.db import Database
from backend.jobs.celery_app import make_celery_app
from backend.jobs.models import OutboxMessage
from backend.jobs.options import OutboxOptions
from backend.jobs.relay import celery_publisher, relay_outbox
from backend.mail import queue_mail
from backend.mail.message import message_id
from backend.settings import Settings
from tests.backend.jobs.processes import WORKER, Process, started, wait_until
from tests.backend.mail.smtp_sink import SmtpSink
from tests.support.groups import OWN_SERVICES

MAILS = 200
LEASE_SECONDS = 2.0


def queue_size(app: Celery) -> int:
    with app.connection_for_write() as connection:
        # Declared as Celery declares it: RabbitMQ refuses other arguments.
        queue = app.amqp.queues[app.conf.task_default_queue](connection.default_channel)
        return int(queue.queue_declare().message_count)


async def count_done(session: AsyncSession, ids: list[int]) -> int:
    statement = select(func.count()).where(
        OutboxMessage.id.in_(ids), OutboxMessage.done_at.is_not(None)
    )
    return int(await session.scalar(statement) or 0)


async def every_accepted_mail_committed_and_one_in_data(
    session: AsyncSession, ids: list[int], expected: set[str], sink: SmtpSink, log: Process
) -> None:
    """Wait, with the sink holding DATA, until every mail it accepted is
    recorded done and a worker is stuck in DATA with the next one. Read from
    the database: within a batch the next mail's MAIL FROM may wait for the
    database (SQLite's one writer), so the sink cannot tell a commit."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 20
    while not (sink.held >= 1 and await count_done(session, ids) == sink.received(expected)):
        assert loop.time() < deadline, (
            "accepted mails to commit and the next one to be stuck in DATA\n" + log.output()[-3000:]
        )
        await asyncio.sleep(0.1)


def notice(number: int) -> dict[str, str | None]:
    return {"title": f"Besked {number}", "body": "Hej.", "link": None}


@pytest.fixture
def app(settings: Settings) -> Iterator[Celery]:
    """A Celery app sending to a queue of its own: a broker shared with other
    test runs (Redis) must not hand them these tasks, nor these workers theirs."""
    app = make_celery_app(settings, set_as_current=False)
    app.conf.task_default_queue = f"kill-test-{uuid.uuid4().hex[:8]}"
    yield app
    with app.connection_for_write() as connection:
        # Declared here so that this channel knows its bindings and drops them too.
        queue = app.amqp.queues[app.conf.task_default_queue](connection.default_channel)
        queue.declare()
        queue.delete()


@OWN_SERVICES
async def test_every_mail_is_delivered_exactly_once_when_the_worker_is_killed_mid_batch(
    settings: Settings,
    session: AsyncSession,
    worker_db: Database,
    smtp_sink: SmtpSink,
    app: Celery,
    tmp_path: Path,
) -> None:
    env = {
        **os.environ,
        "LEDELYST_MAIL_BACKEND": "smtp",
        "LEDELYST_SMTP_HOST": "127.0.0.1",
        "LEDELYST_SMTP_PORT": str(smtp_sink.port),
    }
    script = WORKER.format(concurrency=2, queue=app.conf.task_default_queue)
    publish_all = celery_publisher(app)
    options = OutboxOptions()

    with started(script, env, tmp_path / "worker-1.log") as first:
        messages = [
            queue_mail(session, f"leader{n}@example.dk", "generic_notice", "da", notice(n))
            for n in range(MAILS)
        ]
        await session.commit()
        ids = [message.id for message in messages]
        expected = {message_id(m.id, m.created_at, settings.mail_from) for m in messages}
        assert await relay_outbox(worker_db, publish_all, options) >= MAILS

        quarter = MAILS // 4
        await wait_until(lambda: smtp_sink.received(expected) >= quarter, 90, "mails", first)
        smtp_sink.hold()
        await every_accepted_mail_committed_and_one_in_data(
            session, ids, expected, smtp_sink, first
        )
        first.kill()
        smtp_sink.release()
    delivered_before_kill = smtp_sink.received(expected)
    assert delivered_before_kill < MAILS, "the kill came too late to test anything"

    with started(script, env, tmp_path / "worker-2.log") as second:
        # The new worker drains the queue. What the dead one held is lost on
        # the embedded broker (no acknowledgements) and on Redis (until its
        # visibility timeout), so the relay sends it again once its lease ran
        # out; RabbitMQ hands it to the new worker at once.
        await wait_until(lambda: queue_size(app) == 0, 60, "the queue to drain", second)
        await asyncio.sleep(0.3)
        if not settings.broker_url.startswith("amqp"):
            assert await count_done(session, ids) < MAILS, "nothing was lost with the worker"
        loop = asyncio.get_running_loop()
        deadline = loop.time() + 60
        while await count_done(session, ids) < MAILS:
            assert loop.time() < deadline, second.output()[-3000:]
            await relay_outbox(worker_db, publish_all, options, lease_seconds=LEASE_SECONDS)
            await asyncio.sleep(0.5)
        # Duplicates the relay may have sent: let them run (and do nothing).
        await wait_until(lambda: queue_size(app) == 0, 30, "the queue to drain", second)
        await asyncio.sleep(0.3)

    assert smtp_sink.received(expected) == MAILS
    duplicated = {mid: n for mid, n in smtp_sink.counts.items() if n != 1}
    assert duplicated == {}
