"""The privacy audit log: who read whose 360 report, who exported or erased
whose data.

A report is read in a GraphQL query, whose transaction always rolls back, so
an entry is written in a transaction of its own. Only when the reader's
session already holds SQLite's write lock (a mutation, a script) would that
wait on itself; then the entry joins the reader's transaction instead, as it
does when no transaction of its own can be had (no connection free): the
reader's transaction then commits, a query's too, or what was read is not
shown (``entries_joined``, ``backend.api.extensions.UnitOfWork``).
"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncSession

from backend.db import database_of, utcnow
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
    that a query's commits too (``entries_joined``)."""
    if not await _holds_write_lock(session):
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
    session.info[_ENTRIES_JOINED] = session.get_transaction()


def entries_joined(session: AsyncSession) -> bool:
    """Whether this session's transaction holds audit entries (a transaction
    of their own could not be had): what was read was shown, so that
    transaction must commit, a query's too (``backend.api.extensions.UnitOfWork``),
    or what it read must not be shown."""
    joined = session.info.get(_ENTRIES_JOINED)
    return joined is not None and joined is session.get_transaction()


# Session.info key: the transaction of this session that holds audit entries itself.
_ENTRIES_JOINED = "ledelyst.audit_entries_joined"


async def _holds_write_lock(session: AsyncSession) -> bool:
    bind = session.get_bind()
    if bind.dialect.name != "sqlite" or not session.in_transaction():
        return False
    connection = await session.connection()
    raw: Any = await connection.get_raw_connection()
    # aiosqlite begins a transaction only before the first write.
    driver = raw.driver_connection
    return bool(getattr(driver, "in_transaction", True))
