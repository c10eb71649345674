"""Personal data of the jobs: mail waiting in (or recently sent from) the
outbox carries the recipient's address (see ``backend.privacy``)."""

from __future__ import annotations

from email.utils import getaddresses

from sqlalchemy import Text, cast, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.jobs.models import OutboxMessage
from backend.privacy.handlers import plain
from backend.privacy.registry import Rows, Subject, register_personal_data

MAIL_TASK = "mail.send"


async def _mail_to(session: AsyncSession, subject: Subject) -> list[OutboxMessage]:
    """Done messages are purged after ``outbox_keep_days``. The payload's text
    narrows the search in SQL (an ASCII address appears in it as written); the
    address itself is compared here, on the parsed recipient."""
    statement = select(OutboxMessage).where(OutboxMessage.task == MAIL_TASK)
    if subject.email.isascii():
        statement = statement.where(
            func.lower(cast(OutboxMessage.payload, Text)).contains(
                subject.email.lower(), autoescape=True
            )
        )
    found = await session.scalars(statement)
    wanted = subject.email.casefold()
    return [
        message
        for message in found
        if any(
            address.casefold() == wanted
            for _, address in getaddresses([str((message.payload or {}).get("to", ""))])
        )
    ]


async def export_mail(session: AsyncSession, subject: Subject) -> Rows:
    return [
        {
            "id": m.id,
            "template": (m.payload or {}).get("template"),
            "created_at": plain(m.created_at),
            "done_at": plain(m.done_at),
        }
        for m in await _mail_to(session, subject)
    ]


async def erase_mail(session: AsyncSession, subject: Subject) -> int:
    found = await _mail_to(session, subject)
    for message in found:
        await session.delete(message)
    await session.flush()
    return len(found)


def register() -> None:
    """Declare this slice's tables (``backend.composition.compose`` calls it at start-up)."""
    register_personal_data(
        OutboxMessage,
        export=export_mail,
        erase=erase_mail,
        description="Mail to the person waiting to be sent, or sent in the last days.",
    )
