"""Queueing a mail: an outbox message in the caller's transaction."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from datetime import datetime
from email.utils import getaddresses
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from backend.jobs.models import OutboxMessage
from backend.jobs.outbox import enqueue, enqueue_many
from backend.jobs.relay import batch_task
from backend.mail.render import normalise_locale, template_exists

SEND_MAIL_TASK = "mail.send"
# Mails per Celery task: one hand-off through the broker and the pool for many
# mails, over one SMTP connection. Small enough that the relay's batch (100)
# feeds two worker processes, and that a dead worker's batch is soon relayed
# again.
MAIL_BATCH = 50
batch_task(SEND_MAIL_TASK, MAIL_BATCH)


def queue_mail(
    session: AsyncSession,
    to: str,
    template: str,
    locale: str,
    context: dict[str, Any],
    *,
    available_at: datetime | None = None,
) -> OutboxMessage:
    """Queue ``template`` for ``to``; it is sent once the transaction commits.

    Checked now, in the request, so that a mistake fails the change instead of
    a worker later: the address, the template, and that the context is JSON.
    """
    _check_template(template)
    json.dumps(context)  # raises TypeError for what the outbox cannot store
    return enqueue(
        session, SEND_MAIL_TASK, _payload(to, template, locale, context), available_at=available_at
    )


async def queue_mails(
    session: AsyncSession, template: str, mails: Iterable[tuple[str, str, dict[str, Any]]]
) -> int:
    """Queue ``template`` for many (to, locale, context) at once, checked like
    ``queue_mail`` (the template once), written without an ORM object each.
    Returns how many were queued."""
    return await queue_payloads(session, mail_payloads(template, mails))


def mail_payloads(
    template: str, mails: Iterable[tuple[str, str, dict[str, Any]]]
) -> list[dict[str, Any]]:
    """What ``queue_mails`` writes, checked as it checks it, and nothing
    written: a caller may make them in a thread while its transaction does
    something else, then hand them to ``queue_payloads``."""
    _check_template(template)
    return [_payload(to, template, locale, context) for to, locale, context in mails]


async def queue_payloads(session: AsyncSession, payloads: list[dict[str, Any]]) -> int:
    """Queue what ``mail_payloads`` made. Returns how many were queued."""
    # The payloads are serialised on writing, which raises for what JSON cannot store.
    await enqueue_many(session, SEND_MAIL_TASK, payloads)
    return len(payloads)


def _check_template(template: str) -> None:
    if not template_exists(template):
        raise ValueError(f"no mail template {template!r}")


def _payload(to: str, template: str, locale: str, context: dict[str, Any]) -> dict[str, Any]:
    check_address(to)
    return {
        "to": to,
        "template": template,
        "locale": normalise_locale(locale).value,
        "context": context,
    }


# The plain forms ``formataddr`` writes (a bare address, or a display name
# without quotes, comments, commas or semicolons before ``<address>``), which
# need no full RFC 5322 parse: ``getaddresses`` was most of the time of
# inviting 100,000 raters (bench/NOTES.md). Anything else is parsed in full.
_PART = r"[^\s<>()\[\]\\,;:@\"]+"
_PLAIN = re.compile(rf"(?:[^<>()\[\]\\,;:@\"\r\n]* <)?{_PART}@{_PART}\.{_PART}>?")


def check_address(to: str) -> None:
    """One address, optionally with a display name: ``a@b.dk`` or ``Ann <a@b.dk>``."""
    if _PLAIN.fullmatch(to) and (to.endswith(">") == ("<" in to)):
        return
    addresses = getaddresses([to])
    if "\r" in to or "\n" in to or len(addresses) != 1:
        raise ValueError(f"not one mail address: {to!r}")
    local, at, domain = addresses[0][1].rpartition("@")
    if not (local and at and "." in domain) or " " in local + domain:
        raise ValueError(f"not a mail address: {to!r}")
