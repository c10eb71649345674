"""Queueing a mail: an outbox message in the caller's transaction."""

from __future__ import annotations

import json
from datetime import datetime
from email.utils import getaddresses
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from backend.jobs.models import OutboxMessage
from backend.jobs.outbox import enqueue
from backend.mail.render import normalise_locale, template_exists

SEND_MAIL_TASK = "mail.send"


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
    check_address(to)
    if not template_exists(template):
        raise ValueError(f"no mail template {template!r}")
    json.dumps(context)  # raises TypeError for what the outbox cannot store
    payload = {
        "to": to,
        "template": template,
        "locale": normalise_locale(locale).value,
        "context": context,
    }
    return enqueue(session, SEND_MAIL_TASK, payload, available_at=available_at)


def check_address(to: str) -> None:
    """One address, optionally with a display name: ``a@b.dk`` or ``Ann <a@b.dk>``."""
    addresses = getaddresses([to])
    if "\r" in to or "\n" in to or len(addresses) != 1:
        raise ValueError(f"not one mail address: {to!r}")
    local, at, domain = addresses[0][1].rpartition("@")
    if not (local and at and "." in domain) or " " in local + domain:
        raise ValueError(f"not a mail address: {to!r}")
