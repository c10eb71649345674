"""The S3 endpoint failing (every request answered 500): publication and
report tasks fail without losing anything, are retried through the outbox
with a growing backoff, and succeed once S3 answers again; readers keep the
previously published version meanwhile.

Two S3 endpoints on loopback: moto's server, and ``FailingS3``, which answers
every request ``500 InternalError`` as an S3 in trouble does. The tasks run as
a worker runs them (``handle_message``), first against the failing endpoint,
then against moto. In-process and cheap, so it runs in both passes.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import boto3
import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.db import Database, utcnow
from backend.jobs.models import OutboxMessage
from backend.jobs.options import OutboxOptions
from backend.jobs.outbox_task import Outcome, Work, handle_message
from backend.settings import Settings
from backend.storage import get_storage
from feedback.evaluations import repository
from feedback.evaluations.cycles.service import RENDER_TASK
from feedback.evaluations.models import Evaluation, ReportStatus
from feedback.evaluations.tasks import render_report
from learning.effect.calculation.population import EffectFilter
from learning.effect.export import service as exports
from learning.effect.models import EffectExport, EffectScope, ExportFormat, ExportStatus
from learning.effect.tasks import render_export
from learning.philosophy import service as philosophy
from learning.philosophy.models import LeadershipPhilosophy, PhilosophyVersion
from learning.philosophy.publishing.tasks import publish_version
from tests.support.effect_area import build_area, raters, run_cycle
from tests.support.factories import viewer_of
from tests.support.moto_server import ACCESS_KEY, SECRET_KEY, StrictMotoServer
from tests.support.philosophy_world import (
    build_world,
    publish_messages,
    sections,
    write_and_publish,
)

ATTEMPTS_WHILE_DOWN = 3


class _Failing(BaseHTTPRequestHandler):
    def _fail(self) -> None:
        body = b"<Error><Code>InternalError</Code><Message>Try again.</Message></Error>"
        self.send_response(500)
        self.send_header("Content-Type", "application/xml")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    do_GET = do_PUT = do_POST = do_HEAD = do_DELETE = _fail  # noqa: N815

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def failing_s3() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Failing)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def s3_settings(settings: Settings, moto_server: StrictMotoServer) -> Settings:
    bucket = "storage-outage"
    boto3.client(
        "s3",
        endpoint_url=moto_server.endpoint_url,
        region_name="eu-north-1",
        aws_access_key_id=ACCESS_KEY,
        aws_secret_access_key=SECRET_KEY,
    ).create_bucket(Bucket=bucket, CreateBucketConfiguration={"LocationConstraint": "eu-north-1"})
    return settings.model_copy(
        update={
            "storage_backend": "s3",
            "s3_endpoint_url": moto_server.endpoint_url,
            "s3_bucket": bucket,
            "s3_access_key_id": ACCESS_KEY,
            "s3_secret_access_key": SECRET_KEY,
        }
    )


@pytest.fixture(scope="module")
def down(s3_settings: Settings, failing_s3: str) -> Settings:
    return s3_settings.model_copy(update={"s3_endpoint_url": failing_s3})


async def _fail_repeatedly(
    database: Database, down: Settings, outbox_id: int, work: Work
) -> list[float]:
    """Run the task ATTEMPTS_WHILE_DOWN times against the failing S3, as the
    relay would once each backoff ran out; returns each backoff in seconds."""
    backoffs = []
    for attempt in range(1, ATTEMPTS_WHILE_DOWN + 1):
        assert await handle_message(database, down, outbox_id, work) == Outcome.FAILED
        async with database.session() as session:
            message = await session.get(OutboxMessage, outbox_id)
            assert message is not None and message.done_at is None
            assert message.attempts == attempt and message.relayed_at is None
            assert "500" in (message.last_error or "") or "InternalError" in (
                message.last_error or ""
            ), message.last_error
            backoffs.append((message.available_at - utcnow()).total_seconds())
            message.available_at = utcnow()  # what waiting out the backoff comes to
            await session.commit()
    return backoffs


def _assert_backoff_grows(backoffs: list[float]) -> None:
    base = OutboxOptions().retry_base_seconds
    for attempt, seconds in enumerate(backoffs, start=1):
        # retry_base * 2**(attempt-1), with up to 20 % jitter taken off.
        assert 0.8 * base * 2 ** (attempt - 1) - 1 <= seconds <= base * 2 ** (attempt - 1)
    assert backoffs == sorted(backoffs)


async def test_publication_retries_with_backoff_and_the_previous_version_stays(
    database: Database,
    session: AsyncSession,
    s3_settings: Settings,
    down: Settings,
    record_property: Callable[[str, object], None],
) -> None:
    world = await build_world(session, s3_settings)
    first_id = await write_and_publish(database, world)
    async with database.session() as writer:
        viewer = viewer_of(world.leader)
        text = sections(values="Ordentlighed, mod og humor.")
        found, _ = await philosophy.save_draft(
            writer, viewer, s3_settings, philosophy.DraftCommand(sections=text)
        )
        _, second = await philosophy.request_publication(
            writer, viewer, s3_settings, philosophy.PublishCommand(found.id, "Humor er med.")
        )
        await writer.commit()
    (message,) = await publish_messages(session, second.id)

    backoffs = await _fail_repeatedly(database, down, message.id, publish_version)

    async with database.session() as reader:
        current = await reader.get(LeadershipPhilosophy, found.id)
        first = await reader.get(PhilosophyVersion, first_id)
        waiting = await reader.get(PhilosophyVersion, second.id)
        assert current is not None and first is not None and waiting is not None
        assert current.current_version_id == first_id
        assert waiting.status == "PUBLISHING"
        page = (await get_storage(s3_settings).get(first.html_key or "")).decode()
    assert "humor" not in page.lower() and "Ordentlighed og mod" in page

    assert await handle_message(database, s3_settings, message.id, publish_version) == Outcome.DONE
    async with database.session() as reader:
        current = await reader.get(LeadershipPhilosophy, found.id)
        assert current is not None and current.current_version_id == second.id
    record_property("backoff_seconds", backoffs)
    _assert_backoff_grows(backoffs)


async def test_a_learning_effect_export_retries_with_backoff_until_s3_answers(
    database: Database,
    session: AsyncSession,
    s3_settings: Settings,
    down: Settings,
    record_property: Callable[[str, object], None],
) -> None:
    area = await build_area(session, s3_settings)
    async with database.session() as writer:
        export = await exports.request_export(
            writer,
            area.viewer(area.director),
            EffectScope.AREA,
            EffectFilter(),
            ExportFormat.CSV,
            "da",
        )
        await writer.commit()
    rows = await session.scalars(
        select(OutboxMessage).where(OutboxMessage.task == exports.EXPORT_TASK)
    )
    (message,) = [m for m in rows if m.payload.get("export_id") == export.id]

    backoffs = await _fail_repeatedly(database, down, message.id, render_export)
    async with database.session() as reader:
        waiting = await reader.get(EffectExport, export.id)
        assert waiting is not None and waiting.status == ExportStatus.PENDING.value

    assert await handle_message(database, s3_settings, message.id, render_export) == Outcome.DONE
    async with database.session() as reader:
        ready = await reader.get(EffectExport, export.id)
        assert ready is not None and ready.status == ExportStatus.READY.value
        assert (await get_storage(s3_settings).get(ready.object_key or "")).startswith(
            b"\xef\xbb\xbf"
        )
    record_property("backoff_seconds", backoffs)
    _assert_backoff_grows(backoffs)


async def test_a_360_report_retries_with_backoff_until_s3_answers(
    database: Database,
    session: AsyncSession,
    s3_settings: Settings,
    down: Settings,
    record_property: Callable[[str, object], None],
) -> None:
    area = await build_area(session, s3_settings)
    leader = area.leaders[0]
    await run_cycle(session, area, {leader.id: raters(3, 3, 3)})
    evaluation = await repository.evaluation_of_leader(session, area.cycle_ids[-1], leader.id)
    assert evaluation is not None
    rows = await session.scalars(select(OutboxMessage).where(OutboxMessage.task == RENDER_TASK))
    (message,) = [m for m in rows if m.payload.get("evaluation_id") == evaluation.id]

    backoffs = await _fail_repeatedly(database, down, message.id, render_report)
    async with database.session() as reader:
        waiting = await reader.get(Evaluation, evaluation.id)
        assert waiting is not None and waiting.report_status == ReportStatus.RENDERING.value

    assert await handle_message(database, s3_settings, message.id, render_report) == Outcome.DONE
    async with database.session() as reader:
        ready = await reader.get(Evaluation, evaluation.id)
        assert ready is not None and ready.report_status == ReportStatus.READY.value
        pdf = await get_storage(s3_settings).get(ready.report_object_key or "")
    assert pdf.startswith(b"%PDF")
    record_property("backoff_seconds", backoffs)
    _assert_backoff_grows(backoffs)
