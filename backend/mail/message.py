"""Building the MIME message of a queued mail."""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from email.utils import formatdate, parseaddr

from backend.settings import Settings


def message_id(outbox_id: int, created_at: datetime, mail_from: str) -> str:
    """Derived from the outbox message, so every attempt at one mail carries the
    same id and a receiver can drop a duplicate; the creation time keeps ids
    from different databases (a reset, another installation) apart."""
    domain = parseaddr(mail_from)[1].rpartition("@")[2] or "ledelyst.local"
    return f"<outbox.{outbox_id}.{created_at:%Y%m%d%H%M%S}@{domain}>"


def build_message(
    settings: Settings,
    *,
    outbox_id: int,
    created_at: datetime,
    to: str,
    locale: str,
    subject: str,
    text: str,
    html: str,
) -> EmailMessage:
    message = EmailMessage()
    message["Subject"] = subject
    message["From"] = settings.mail_from
    message["To"] = to
    message["Date"] = formatdate(usegmt=True)
    message["Message-ID"] = message_id(outbox_id, created_at, settings.mail_from)
    # RFC 3834: tells auto-responders (out-of-office) not to answer.
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(text)
    message.add_alternative(html, subtype="html")
    # After the content: setting content drops every Content-* header.
    message["Content-Language"] = locale
    return message
