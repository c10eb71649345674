"""Invitations and reminders: rater tokens and mail, in bulk.

A token is 256 random bits (``backend.auth.tokens.new_secret``); only its
SHA-256 is stored, and it expires when the cycle closes. A reminder carries a
new token of its own, so the invitation's link keeps working. Whole cohorts
are invited in one transaction: every token in one batched INSERT, every
mail an outbox row written in one flush, every nomination marked in one UPDATE.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from sqlalchemy.ext.asyncio import AsyncSession

from backend.auth.tokens import hash_secret, new_secret, new_secrets
from backend.db import utcnow
from backend.mail import format_address, mail_payloads, queue_payloads
from backend.settings import get_settings
from feedback.evaluations import repository
from feedback.evaluations.delivery import repository as delivery_repository
from feedback.evaluations.delivery.repository import Delivery
from feedback.evaluations.models import NAMED_GROUPS

# Added to the mail's templates by the slice's wiring.py.
MAIL_TEMPLATES = Path(__file__).resolve().parent.parent / "templates" / "mail"
INVITATION_TEMPLATE = "feedback_invitation"
REMINDER_TEMPLATE = "feedback_reminder"
RATER_PATH = "/rate"


@dataclass(frozen=True)
class Sent:
    count: int


def rater_url(secret: str, locale: str | None = None) -> str:
    """The link of an invitation. The secret is in the query, which the request
    log leaves out, and ``Referrer-Policy: no-referrer`` keeps it on the page."""
    query = {"t": secret, **({"lang": locale} if locale else {})}
    return f"{get_settings().base_url.rstrip('/')}{RATER_PATH}?{urlencode(query)}"


async def issue_token(session: AsyncSession, nomination_id: int, expires_at: object) -> str:
    """A fresh link secret for one nomination (the rater's own, e.g. from the app)."""
    secret = new_secret()
    await delivery_repository.insert_tokens(
        session,
        [
            {
                "nomination_id": nomination_id,
                "token_hash": hash_secret(secret),
                "expires_at": expires_at,
            }
        ],
    )
    return secret


async def invite(session: AsyncSession, cycle_id: int, evaluation_id: int | None = None) -> Sent:
    """Invite every approved, uninvited rater of an open cycle (or of one evaluation)."""
    deliveries = await delivery_repository.uninvited(session, cycle_id, evaluation_id)
    ids = [d.nomination_id for d in deliveries]
    await _send(
        session,
        deliveries,
        INVITATION_TEMPLATE,
        lambda: delivery_repository.mark_invited(session, ids, utcnow()),
    )
    return Sent(len(deliveries))


async def remind(session: AsyncSession, cycle_id: int, today: date) -> Sent:
    """Remind those who have neither answered nor declined; nobody else learns who they are."""
    deliveries = await delivery_repository.awaiting_answer(session, cycle_id, today)
    ids = [d.nomination_id for d in deliveries]
    await _send(
        session,
        deliveries,
        REMINDER_TEMPLATE,
        lambda: delivery_repository.mark_reminded(session, ids, today),
    )
    return Sent(len(deliveries))


async def _send(
    session: AsyncSession,
    deliveries: list[Delivery],
    template: str,
    mark: Callable[[], Awaitable[None]],
) -> None:
    """A token and a queued mail per delivery, written in bulk: no ORM object
    per row (100,000 raters took 20 s that way; bench/NOTES.md), and ``mark``
    (the nominations invited or reminded).

    The mails (address, link, checked payload) are made in a thread while the
    database writes the tokens and the marks, which need nothing from them: for
    100,000 raters each side takes one to two seconds, and one after the other
    they take the sum. That pays where the database has cores of its own; on
    the bench machine, whose two cores PostgreSQL shares, it was within the
    noise (bench/NOTES.md, seventh round)."""
    secrets = new_secrets(len(deliveries))
    tokens: dict[str, list[Any]] = {
        "nomination_id": [d.nomination_id for d in deliveries],
        "token_hash": [hash_secret(secret) for secret in secrets],
        "expires_at": [d.closes_at for d in deliveries],
    }
    links = _Links()  # in this thread: it reads the settings (a context variable)
    payloads = asyncio.get_running_loop().run_in_executor(
        None, _payloads, deliveries, secrets, links, template
    )
    try:
        await delivery_repository.insert_token_columns(session, tokens)
        await mark()
    except BaseException:
        payloads.cancel()  # the thread only reads; its result is dropped
        raise
    await queue_payloads(session, await payloads)


def _payloads(
    deliveries: list[Delivery], secrets: list[str], links: _Links, template: str
) -> list[dict[str, Any]]:
    """The outbox payloads of ``_send``'s mails; touches no session, so it may
    run in a thread. What repeats (a language's query, a closing date) is made once."""
    closes_on: dict[datetime, str] = {}
    mails = []
    for delivery, secret in zip(deliveries, secrets, strict=True):
        closes = closes_on.get(delivery.closes_at)
        if closes is None:
            closes = closes_on[delivery.closes_at] = delivery.closes_at.strftime("%d.%m.%Y")
        context = {
            "name": delivery.rater_name,
            "leader_name": delivery.leader_name,
            "cycle_name": delivery.cycle_name,
            "closes_on": closes,
            "group": delivery.rater_group,
            "named": delivery.rater_group in NAMED_GROUPS,
            "url": links.url(secret, delivery.locale),
        }
        mails.append(
            (format_address(delivery.rater_name, delivery.rater_email), delivery.locale, context)
        )
    return mail_payloads(template, mails)


class _Links:
    """``rater_url`` for many secrets of ``new_secrets`` (URL-safe as they are)."""

    def __init__(self) -> None:
        self.start = f"{get_settings().base_url.rstrip('/')}{RATER_PATH}?t="
        self.language: dict[str | None, str] = {}

    def url(self, secret: str, locale: str | None) -> str:
        language = self.language.get(locale)
        if language is None:
            language = self.language[locale] = f"&{urlencode({'lang': locale})}" if locale else ""
        return f"{self.start}{secret}{language}"


async def send_due_reminders(session: AsyncSession, now: datetime | None = None) -> int:
    """Reminders for cycles whose close is one of their reminder days away."""
    moment = now or utcnow()
    sent = 0
    for cycle in await repository.open_cycles(session):
        days_left = (cycle.closes_at.date() - moment.date()).days
        if days_left in (cycle.reminder_days_before_close or []):
            sent += (await remind(session, cycle.id, moment.date())).count
    return sent
