"""Redis (the broker) stopped for a while: the API keeps answering, because
it only writes the outbox in the transaction of the change; the outbox fills
while the relay cannot publish; and once Redis is back, empty, the scheduler
relays everything and the worker delivers each mail exactly once.

Real processes (``backend.cli serve``, ``worker``, ``scheduler``) against the
run's PostgreSQL, a Redis of this test's own (``own_redis``) that is killed
and started again, and an SMTP sink on loopback.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import httpx
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.db import utcnow
from backend.identity.models import Person
from backend.jobs.models import OutboxMessage
from backend.mail.outbox import SEND_MAIL_TASK
from backend.settings import Settings
from tests.backend.mail.smtp_sink import SmtpSink, running_sink
from tests.infra.services import (
    RedisServer,
    free_port,
    needs_production_services,
    processes,
    serve,
    service_env,
    wait_ready,
)
from tests.support.factories import make_person
from tests.support.groups import OWN_SERVICES

pytestmark = [needs_production_services, OWN_SERVICES]

PEOPLE = 12
OUTAGE_SECONDS = 4.0  # after the last request: the relay tries and fails meanwhile

REQUEST_LINK = """
mutation Link($input: RequestMagicLinkInput!) {
  requestMagicLink(input: $input) { errors { code } }
}
"""


async def _emails(session: AsyncSession, count: int) -> list[str]:
    members = [await make_person(session) for _ in range(count)]
    await session.commit()
    people = await session.scalars(
        select(Person.email).where(Person.id.in_([m.person_id for m in members]))
    )
    return list(people.all())


async def _pending(session: AsyncSession, emails: list[str], since: object) -> Counter[str]:
    """Mail messages to ``emails`` in the outbox, not yet done, by recipient."""
    rows = await session.execute(
        select(OutboxMessage.payload).where(
            OutboxMessage.task == SEND_MAIL_TASK,
            OutboxMessage.created_at >= since,
            OutboxMessage.done_at.is_(None),
        )
    )
    wanted = set(emails)
    return Counter(p["to"] for (p,) in rows if p.get("to") in wanted)


def _delivered(sink: SmtpSink, emails: list[str]) -> Counter[str]:
    wanted = set(emails)
    return Counter(str(m["To"]) for m in list(sink.messages) if str(m["To"]) in wanted)


async def test_requests_succeed_while_redis_is_down_and_every_mail_follows_once(
    own_redis: RedisServer,
    settings: Settings,
    session: AsyncSession,
    tmp_path: Path,
    record_property: Callable[[str, object], None],
) -> None:
    emails = await _emails(session, PEOPLE)
    since = utcnow() - timedelta(seconds=1)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    with running_sink() as sink:
        env = service_env(
            LEDELYST_DATABASE_URL=settings.database_url,
            LEDELYST_BROKER_URL=own_redis.url,
            LEDELYST_MAIL_BACKEND="smtp",
            LEDELYST_SMTP_HOST="127.0.0.1",
            LEDELYST_SMTP_PORT=str(sink.port),
            LEDELYST_OUTBOX_RELAY_INTERVAL_SECONDS="0.5",
            LEDELYST_WEB_CONCURRENCY="1",
        )
        commands = [serve(port), ["worker", "--concurrency", "1"], ["scheduler"]]
        with processes(commands, env, tmp_path):
            await asyncio.to_thread(wait_ready, url)
            own_redis.stop()
            answers = []
            async with httpx.AsyncClient(timeout=30) as http:
                for email in emails:
                    variables = {"input": {"email": email}}
                    response = await http.post(
                        f"{url}/graphql", json={"query": REQUEST_LINK, "variables": variables}
                    )
                    answers.append((response.status_code, response.json()))
            await asyncio.sleep(OUTAGE_SECONDS)
            pending = await _pending(session, emails, since)
            during_outage = _delivered(sink, emails)

            own_redis.start()
            back_at = time.monotonic()
            deadline = back_at + 90
            while _delivered(sink, emails).keys() < set(emails):
                assert time.monotonic() < deadline, (tmp_path / "process-1-worker.log").read_text()
                await asyncio.sleep(0.2)
            recovered_in = time.monotonic() - back_at
            await asyncio.sleep(1.5)  # room for a duplicate to show itself
            delivered = _delivered(sink, emails)
            left = await _pending(session, emails, since)

    succeeded = [
        a for a in answers if a[0] == 200 and a[1]["data"]["requestMagicLink"] == {"errors": []}
    ]
    # What the outage did, in the JUnit report (--junitxml), not on the console.
    record_property("requests_while_down", len(answers))
    record_property("succeeded", len(succeeded))
    record_property("mails_pending_in_outbox", sum(pending.values()))
    record_property("delivered_during_outage", sum(during_outage.values()))
    record_property("delivered_after", sum(delivered.values()))
    record_property("distinct_delivered_after", len(delivered))
    record_property("recovery_seconds", round(recovered_in, 1))
    assert len(succeeded) == PEOPLE, answers
    assert pending == Counter(emails)
    assert during_outage == Counter()
    assert delivered == Counter(emails)  # each exactly once
    assert left == Counter()
