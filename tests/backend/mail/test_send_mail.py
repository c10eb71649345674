from __future__ import annotations

from datetime import UTC, datetime
from email import message_from_bytes, policy

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from backend.db import Database
from backend.jobs.models import OutboxMessage
from backend.jobs.options import OutboxOptions
from backend.jobs.outbox_task import Outcome, handle_batch, handle_message
from backend.mail import SEND_MAIL_TASK, queue_mail
from backend.mail.message import message_id
from backend.mail.tasks import send_mail
from backend.settings import Settings
from tests.backend.mail.smtp_sink import SmtpSink, free_port

NOTICE = {"title": "Ny feedback", "body": "Du har fået feedback.", "link": None}


async def queued(session: AsyncSession, to: str = "ann@example.dk", locale: str = "da") -> int:
    message = queue_mail(session, to, "generic_notice", locale, NOTICE)
    await session.commit()
    return message.id


async def reload(session: AsyncSession, outbox_id: int) -> OutboxMessage:
    message = await session.get(OutboxMessage, outbox_id, populate_existing=True)
    assert message is not None
    return message


async def test_queue_mail_adds_a_send_task_to_the_outbox(session: AsyncSession) -> None:
    message = queue_mail(session, "Ann <ann@example.dk>", "magic_link", "en-GB", {"x": 1})
    assert message.task == SEND_MAIL_TASK == "mail.send"
    assert message.payload == {
        "to": "Ann <ann@example.dk>",
        "template": "magic_link",
        "locale": "en",
        "context": {"x": 1},
    }
    await session.rollback()


@pytest.mark.parametrize(
    "to", ["ann", "ann@localhost", "a@b.dk, c@d.dk", "ann@example.dk\r\nBcc: x@y.dk", "@b.dk"]
)
def test_queue_mail_refuses_what_is_not_one_address(session: AsyncSession, to: str) -> None:
    with pytest.raises(ValueError, match="address"):
        queue_mail(session, to, "magic_link", "da", {})


def test_queue_mail_refuses_an_unknown_template_and_a_context_the_outbox_cannot_store(
    session: AsyncSession,
) -> None:
    with pytest.raises(ValueError, match="no mail template"):
        queue_mail(session, "ann@example.dk", "no_such_mail", "da", {})
    with pytest.raises(TypeError):
        queue_mail(session, "ann@example.dk", "magic_link", "da", {"at": datetime.now(UTC)})


async def test_folder_backend_writes_one_eml_named_by_the_outbox_id(
    settings: Settings, session: AsyncSession, worker_db: Database
) -> None:
    outbox_id = await queued(session)
    assert await handle_message(worker_db, settings, outbox_id, send_mail) == Outcome.DONE

    path = settings.mail_folder / f"{outbox_id}.eml"
    mail = message_from_bytes(path.read_bytes(), policy=policy.default)
    message = await reload(session, outbox_id)
    assert mail["To"] == "ann@example.dk"
    assert mail["From"] == settings.mail_from
    assert mail["Subject"] == "Ny feedback"
    assert mail["Message-ID"] == message_id(outbox_id, message.created_at, settings.mail_from)
    assert mail["Content-Language"] == "da"
    assert mail.get_content_type() == "multipart/alternative"
    assert [part.get_content_type() for part in mail.iter_parts()] == ["text/plain", "text/html"]
    assert message.done_at is not None and message.attempts == 1
    assert not list(settings.mail_folder.glob(f".{outbox_id}.*"))  # no partial file left


async def test_a_mail_already_done_is_not_delivered_again(
    settings: Settings, session: AsyncSession, worker_db: Database
) -> None:
    outbox_id = await queued(session)
    assert await handle_message(worker_db, settings, outbox_id, send_mail) == Outcome.DONE
    path = settings.mail_folder / f"{outbox_id}.eml"
    path.unlink()
    assert await handle_message(worker_db, settings, outbox_id, send_mail) == Outcome.SKIPPED
    assert not path.exists()


async def test_smtp_backend_delivers_with_the_right_headers(
    settings: Settings, session: AsyncSession, worker_db: Database, smtp_sink: SmtpSink
) -> None:
    smtp = settings.model_copy(update={"mail_backend": "smtp", "smtp_port": smtp_sink.port})
    outbox_id = await queued(session, to="Bo Ærø <bo@example.dk>", locale="en")
    assert await handle_message(worker_db, smtp, outbox_id, send_mail) == Outcome.DONE

    message = await reload(session, outbox_id)
    expected_id = message_id(outbox_id, message.created_at, settings.mail_from)
    assert smtp_sink.counts == {expected_id: 1}
    mail = smtp_sink.by_id(expected_id)
    assert mail["To"] == "Bo Ærø <bo@example.dk>"
    assert mail["From"] == settings.mail_from
    assert mail["Subject"] == "Ny feedback"
    assert mail["Auto-Submitted"] == "auto-generated"
    assert mail["Date"] is not None
    plain = mail.get_body(("plain",))
    assert plain is not None and "Du har fået feedback." in plain.get_content()
    assert smtp_sink.unsettled == 0  # NOOP after the commit settled the mail


async def test_one_connection_carries_mail_after_mail(
    settings: Settings, session: AsyncSession, worker_db: Database, smtp_sink: SmtpSink
) -> None:
    smtp = settings.model_copy(update={"mail_backend": "smtp", "smtp_port": smtp_sink.port})
    outbox_ids = [await queued(session, to=f"ann{n}@example.dk") for n in range(3)]

    for outbox_id in outbox_ids:
        assert await handle_message(worker_db, smtp, outbox_id, send_mail) == Outcome.DONE

    assert sum(smtp_sink.counts.values()) == 3
    assert smtp_sink.connections == 1
    assert smtp_sink.unsettled == 0


async def test_a_refused_recipient_is_a_permanent_failure(
    settings: Settings, session: AsyncSession, worker_db: Database, smtp_sink: SmtpSink
) -> None:
    smtp = settings.model_copy(update={"mail_backend": "smtp", "smtp_port": smtp_sink.port})
    smtp_sink.refuse.add("gone@example.dk")
    outbox_id = await queued(session, to="gone@example.dk")
    assert await handle_message(worker_db, smtp, outbox_id, send_mail) == Outcome.FAILED

    message = await reload(session, outbox_id)
    assert message.done_at is None
    assert message.attempts == OutboxOptions().max_attempts  # never relayed again
    assert "PermanentError" in (message.last_error or "")


async def test_an_unreachable_smtp_server_means_a_later_retry(
    settings: Settings, session: AsyncSession, worker_db: Database
) -> None:
    smtp = settings.model_copy(update={"mail_backend": "smtp", "smtp_port": free_port()})
    outbox_id = await queued(session)
    assert await handle_message(worker_db, smtp, outbox_id, send_mail) == Outcome.FAILED

    message = await reload(session, outbox_id)
    assert message.done_at is None and message.relayed_at is None
    assert message.attempts == 1
    assert "ConnectionRefusedError" in (message.last_error or "")
    assert message.available_at > datetime.now(UTC)


async def test_a_batch_goes_over_one_connection_and_a_refused_recipient_fails_alone(
    settings: Settings, session: AsyncSession, worker_db: Database, smtp_sink: SmtpSink
) -> None:
    smtp = settings.model_copy(update={"mail_backend": "smtp", "smtp_port": smtp_sink.port})
    smtp_sink.refuse.add("gone@example.dk")
    smtp_sink.busy.add("full@example.dk")
    addresses = ["ann@example.dk", "gone@example.dk", "bo@example.dk", "full@example.dk"]
    outbox_ids = [await queued(session, to=to) for to in [*addresses, "cy@example.dk"]]

    outcomes = await handle_batch(worker_db, smtp, outbox_ids, send_mail)

    assert outcomes == [Outcome.DONE, Outcome.FAILED, Outcome.DONE, Outcome.FAILED, Outcome.DONE]
    assert sorted(str(m["To"]) for m in smtp_sink.messages) == [
        "ann@example.dk",
        "bo@example.dk",
        "cy@example.dk",
    ]
    assert smtp_sink.connections == 1  # the refusals did not cost the connection
    assert smtp_sink.unsettled == 0  # NOOP after the batch's last mail
    gone, full = await reload(session, outbox_ids[1]), await reload(session, outbox_ids[3])
    assert gone.attempts == OutboxOptions().max_attempts  # never again
    assert full.attempts == 1 and full.available_at > datetime.now(UTC)  # later
    assert "SMTPRecipientsRefused" in (full.last_error or "")


async def test_an_unreachable_smtp_server_postpones_the_whole_batch(
    settings: Settings, session: AsyncSession, worker_db: Database
) -> None:
    smtp = settings.model_copy(update={"mail_backend": "smtp", "smtp_port": free_port()})
    outbox_ids = [await queued(session, to=f"ann{n}@example.dk") for n in range(3)]

    outcomes = await handle_batch(worker_db, smtp, outbox_ids, send_mail)

    assert outcomes == [Outcome.FAILED] * 3
    for outbox_id in outbox_ids:
        message = await reload(session, outbox_id)
        assert message.done_at is None and message.attempts == 1
        assert "ConnectionRefusedError" in (message.last_error or "")
