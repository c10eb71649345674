"""A production-like deployment on loopback: two API processes and two
workers (plus one scheduler to relay the outbox) against PostgreSQL, Redis,
moto's S3 server and an SMTP sink, with one request through each API and the
mail it causes delivered by the workers."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from email import message_from_bytes
from pathlib import Path

import httpx
import pytest
from aiosmtpd.controller import Controller

from backend.settings import ROOT, Settings
from tests.conftest import TEST_BROKER_URL, TEST_DATABASE_URL
from tests.support.factories import make_person
from tests.support.groups import OWN_SERVICES
from tests.support.network import free_port, wait_until_ok

pytestmark = [
    pytest.mark.skipif(
        not (TEST_DATABASE_URL and TEST_BROKER_URL),
        reason="needs LEDELYST_TEST_DATABASE_URL (PostgreSQL) and LEDELYST_TEST_BROKER_URL (Redis)",
    ),
    OWN_SERVICES,
]

REQUEST_LINK = """
mutation Link($input: RequestMagicLinkInput!) {
  requestMagicLink(input: $input) { message errors { code } }
}
"""


class Sink:
    def __init__(self) -> None:
        self.messages: list[bytes] = []

    async def handle_DATA(self, _server, _session, envelope) -> str:  # noqa: N802
        self.messages.append(envelope.content)
        return "250 OK"


def _fresh_redis_database(url: str) -> str:
    """A Redis database of this test alone, emptied: the shared one may hold
    other runs' tasks, which these workers would otherwise work through first."""
    import redis

    own = url.rsplit("/", 1)[0] + "/15"
    redis.Redis.from_url(own).flushdb()
    return own


@pytest.fixture
def sink() -> Iterator[tuple[Sink, int]]:
    handler = Sink()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    yield handler, port
    controller.stop()


@pytest.fixture
def deployment(settings: Settings, moto_server, sink, tmp_path: Path) -> Iterator[list[str]]:
    import boto3

    bucket = f"replicas-{os.getpid()}"
    boto3.client(
        "s3",
        endpoint_url=moto_server.endpoint_url,
        region_name="eu-north-1",
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
    ).create_bucket(Bucket=bucket, CreateBucketConfiguration={"LocationConstraint": "eu-north-1"})
    env = {
        **os.environ,
        "LEDELYST_PRODUCTION": "true",
        "LEDELYST_SECRET_KEY": "replica-test-secret-0123456789abcdefghij",
        "LEDELYST_DATABASE_URL": settings.database_url,
        "LEDELYST_BROKER_URL": _fresh_redis_database(settings.broker_url),
        "LEDELYST_STORAGE_BACKEND": "s3",
        "LEDELYST_S3_ENDPOINT_URL": moto_server.endpoint_url,
        "LEDELYST_S3_BUCKET": bucket,
        "LEDELYST_S3_ACCESS_KEY_ID": "testing",
        "LEDELYST_S3_SECRET_ACCESS_KEY": "testing",
        "LEDELYST_MAIL_BACKEND": "smtp",
        "LEDELYST_SMTP_PORT": str(sink[1]),
        "LEDELYST_OUTBOX_RELAY_INTERVAL_SECONDS": "0.5",
        "LEDELYST_BROKER_FOLDER": str(tmp_path / "broker"),
    }
    cli = [sys.executable, "-m", "backend.cli"]
    ports = [free_port(), free_port()]
    commands = [[*cli, "serve", "--no-migrate-first", "--port", str(p)] for p in ports]
    commands += [[*cli, "worker", "--concurrency", "1"]] * 2 + [[*cli, "scheduler"]]
    processes = [
        subprocess.Popen(
            c,
            cwd=ROOT,
            env=env,
            start_new_session=True,
            stdout=subprocess.DEVNULL,
            stderr=(tmp_path / f"process-{i}.log").open("wb"),
        )
        for i, c in enumerate(commands)
    ]
    try:
        deadline = time.monotonic() + 60
        urls = [f"http://127.0.0.1:{p}" for p in ports]
        for url in urls:
            wait_until_ok(f"{url}/readyz", deadline - time.monotonic())
        yield urls
    finally:
        for process in processes:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process in processes:
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)


async def test_two_apis_and_two_workers_each_serve_a_request(deployment, sink, session) -> None:
    people = [await make_person(session) for _ in deployment]
    await session.commit()
    emails = []
    http = httpx.AsyncClient(timeout=10)
    for url, membership in zip(deployment, people, strict=True):
        ready = (await http.get(f"{url}/readyz")).json()
        assert ready["checks"] == {"database": "ok", "broker": "ok", "storage": "ok"}
        email = await _email_of(session, membership.person_id)
        emails.append(email)
        response = await http.post(
            f"{url}/graphql",
            json={"query": REQUEST_LINK, "variables": {"input": {"email": email}}},
            timeout=10,
        )
        assert response.status_code == 200
        assert response.json()["data"]["requestMagicLink"]["errors"] == []
    # The sink is fed by other processes: polling, with a deadline, is the honest wait.
    # Other tests' outbox rows in the shared database may be delivered too; only
    # this test's addresses are counted.
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not set(emails) <= _recipients(sink[0]).keys():  # noqa: ASYNC110
        await asyncio.sleep(0.3)
    await asyncio.sleep(1)  # room for a duplicate to show itself
    await http.aclose()
    recipients = _recipients(sink[0])
    assert {email: recipients.get(email) for email in emails} == dict.fromkeys(emails, 1)


def _recipients(sink: Sink) -> Counter[str]:
    return Counter(str(message_from_bytes(m)["To"]) for m in sink.messages)


async def _email_of(session, person_id: int) -> str:
    from backend.identity.models import Person

    person = await session.get(Person, person_id)
    return person.email
