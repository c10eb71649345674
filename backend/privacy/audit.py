"""The privacy audit log: who read whose 360 report, who exported or erased
whose data.

A report is read in a GraphQL query, whose transaction always rolls back, so
an entry is written in a transaction of its own. Only when the reader's
session already holds SQLite's write lock (a mutation, a script) would that
wait on itself; then the entry joins the reader's transaction instead, as it
does when no transaction of its own can be had (no connection free): the
reader's transaction then commits, a query's too, or what was read is not
shown (``backend.privacy.readers_transaction``).
"""

from __future__ import annotations

import logging

from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncSession

from backend.db import database_of, utcnow
from backend.privacy import readers_transaction
from backend.privacy.models import AuditAction, PrivacyAuditEntry

log = logging.getLogger("ledelyst.privacy")


def entry(
    organisation_id: int,
    actor_id: int | None,
    subject_id: int,
    action: AuditAction,
    object_kind: str = "",
    object_id: int | None = None,
) -> PrivacyAuditEntry:
    return PrivacyAuditEntry(
        organisation_id=organisation_id,
        actor_id=actor_id,
        subject_id=subject_id,
        action=action.value,
        object_kind=object_kind,
        object_id=object_id,
        at=utcnow(),
    )


async def record_now(session: AsyncSession, row: PrivacyAuditEntry) -> None:
    """Write ``row`` so that it stays even if the reader's transaction rolls
    back: in a transaction of its own, or else in the reader's, marked so
    that a query's commits too (``readers_transaction``)."""
    if not await readers_transaction.holds_write_lock(session):
        values = {c.name: getattr(row, c.name) for c in PrivacyAuditEntry.__table__.columns}
        values.pop("id")
        try:
            async with database_of(session).session() as own, own.begin():
                own.add(PrivacyAuditEntry(**values))
            return
        except DBAPIError:
            # E.g. the organisation is not committed yet (a test's own transaction).
            log.info("audit entry joins the reader's transaction")
    session.add(row)
    await session.flush()
    readers_transaction.mark_joined(session, readers_transaction.AUDIT_ENTRIES)
