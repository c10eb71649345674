"""A worker SIGKILLed in the middle of a cycle's batch of 360 invitations:
every rater still gets exactly one invitation.

The path is the production one: opening the cycle writes
``feedback.invite_raters`` to the outbox; the relay sends it to a real worker,
which writes a token and a queued mail per rater in one transaction; the
relay sends those mails; the worker delivers them over SMTP to a sink on
loopback. The kill lands as in ``tests/backend/jobs/test_worker_kill.py``
(which shows the mechanism for any mail, on every broker): with no accepted
mail waiting for its commit and one stuck in DATA. A second worker and the
relay (with a short lease, as after a lost worker) finish the batch.
"""

from __future__ import annotations

import asyncio
import os
from collections import Counter
from collections.abc import Callable
from datetime import timedelta
from email.utils import parseaddr
from pathlib import Path

from celery import Celery
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.db import Database, utcnow
from backend.jobs.models import OutboxMessage
from backend.jobs.options import OutboxOptions
from backend.jobs.relay import celery_publisher, relay_outbox
from backend.mail.outbox import SEND_MAIL_TASK
from feedback.evaluations import repository, service
from feedback.evaluations.models import NominationStatus, RaterToken
from feedback.evaluations.nominations import repository as nomination_repository
from feedback.frameworks.service import write_framework
from tests.backend.jobs.fixtures import worker_db  # noqa: F401 (a fixture)
from tests.backend.jobs.processes import WORKER, started, wait_until
from tests.backend.jobs.test_worker_kill import app, queue_size  # noqa: F401 (a fixture)
from tests.backend.mail.smtp_sink import SmtpSink, running_sink
from tests.infra.services import needs_production_services
from tests.support.evaluation_world import small_framework
from tests.support.factories import make_organisation, make_person
from tests.support.groups import OWN_SERVICES

pytestmark = [needs_production_services, OWN_SERVICES]

LEADERS = 12
PEERS = 8  # each leader: self, manager and the peers, so 10 invitations
LEASE_SECONDS = 2.0


async def _open_cycle(session: AsyncSession) -> tuple[int, list[str]]:
    """A cycle of LEADERS leaders with approved raters, opened (which queues
    the invitations); returns it and every rater's address."""
    organisation = await make_organisation(session)
    framework = await write_framework(session, organisation.id, small_framework(), publish=True)
    manager = await make_person(session, organisation)
    leaders = [await make_person(session, organisation, manager=manager) for _ in range(LEADERS)]
    cycle = await service.write_cycle(
        session,
        organisation.id,
        None,
        service.CycleCommand(
            name="Kohorte",
            framework_id=framework.id,
            opens_at=utcnow(),
            closes_at=utcnow() + timedelta(days=5),
            leader_ids=[m.id for m in leaders],
        ),
    )
    evaluations = await repository.evaluations_of_cycle(session, cycle.id)
    peers = [
        {
            "organisation_id": organisation.id,
            "evaluation_id": e.id,
            "rater_group": "EXTERNAL",  # a typed-in address: only an external rater
            "rater_id": None,
            "rater_name": f"Kollega {i}",
            "rater_email": f"kollega{i}-{e.id}-{cycle.id}@example.dk",
            "locale": "da",
            "status": NominationStatus.APPROVED.value,
        }
        for e in evaluations
        for i in range(PEERS)
    ]
    await nomination_repository.insert_nominations(session, peers)
    await service.open_now(session, cycle)
    await session.commit()
    nominations = await session.scalars(
        select(repository.Nomination.rater_email)
        .join(repository.Evaluation)
        .where(repository.Evaluation.cycle_id == cycle.id)
    )
    return cycle.id, list(nominations.all())


def _invited(sink: SmtpSink, emails: set[str]) -> Counter[str]:
    found = (parseaddr(str(m["To"]))[1] for m in list(sink.messages))
    return Counter(e for e in found if e in emails)


async def _undone(session: AsyncSession, since: int) -> int:
    statement = select(func.count()).where(
        OutboxMessage.id > since, OutboxMessage.done_at.is_(None)
    )
    return int(await session.scalar(statement) or 0)


async def test_every_rater_is_invited_exactly_once_when_the_worker_is_killed_mid_batch(
    session: AsyncSession,
    worker_db: Database,  # noqa: F811
    app: Celery,  # noqa: F811
    tmp_path: Path,
    record_property: Callable[[str, object], None],
) -> None:
    before = int(await session.scalar(select(func.coalesce(func.max(OutboxMessage.id), 0))) or 0)
    cycle_id, emails = await _open_cycle(session)
    # The leaders share a manager, who gets one invitation per leader.
    expected, wanted = Counter(emails), set(emails)
    assert len(emails) == LEADERS * (PEERS + 2)
    publish_all, options = celery_publisher(app), OutboxOptions()
    script = WORKER.format(concurrency=2, queue=app.conf.task_default_queue)

    with running_sink() as sink:
        env = {
            **os.environ,
            "LEDELYST_MAIL_BACKEND": "smtp",
            "LEDELYST_SMTP_HOST": "127.0.0.1",
            "LEDELYST_SMTP_PORT": str(sink.port),
        }
        with started(script, env, tmp_path / "worker-1.log") as first:
            assert await relay_outbox(worker_db, publish_all, options) >= 1  # the invite task

            async def mails_queued() -> int:
                statement = select(func.count()).where(
                    OutboxMessage.id > before, OutboxMessage.task == SEND_MAIL_TASK
                )
                return int(await session.scalar(statement) or 0)

            loop = asyncio.get_running_loop()
            deadline = loop.time() + 60
            while await mails_queued() < len(emails):
                assert loop.time() < deadline, first.output()[-3000:]
                await asyncio.sleep(0.2)
            assert await relay_outbox(worker_db, publish_all, options) >= len(emails)

            quarter = len(emails) // 4
            await wait_until(
                lambda: sum(_invited(sink, wanted).values()) >= quarter, 90, "mails", first
            )
            sink.hold()
            await wait_until(
                lambda: sink.unsettled == 0 and sink.held >= 1,
                20,
                "accepted mails to commit and the next one to be stuck in DATA",
                first,
            )
            first.kill()
            sink.release()
        before_kill = sum(_invited(sink, wanted).values())
        assert before_kill < len(emails), "the kill came too late to test anything"

        with started(script, env, tmp_path / "worker-2.log") as second:
            await wait_until(lambda: queue_size(app) == 0, 60, "the queue to drain", second)
            loop = asyncio.get_running_loop()
            deadline = loop.time() + 90
            relays = 0
            while await _undone(session, before):
                assert loop.time() < deadline, second.output()[-3000:]
                await relay_outbox(worker_db, publish_all, options, lease_seconds=LEASE_SECONDS)
                relays += 1
                await asyncio.sleep(0.5)
            await wait_until(lambda: queue_size(app) == 0, 30, "the queue to drain", second)
            await asyncio.sleep(0.3)
        invited = _invited(sink, wanted)

    tokens = await session.scalar(
        select(func.count())
        .select_from(RaterToken)
        .join(repository.Nomination, repository.Nomination.id == RaterToken.nomination_id)
        .join(repository.Evaluation)
        .where(repository.Evaluation.cycle_id == cycle_id)
    )
    # What the kill did, in the JUnit report (--junitxml), not on the console.
    record_property("invitations", len(emails))
    record_property("delivered_before_kill", before_kill)
    record_property("delivered", sum(invited.values()))
    record_property("addresses", len(invited))
    record_property("relay_runs_after_kill", relays)
    record_property("rater_tokens", tokens)
    assert invited == expected  # every invitation, exactly once
    assert tokens == len(emails)
