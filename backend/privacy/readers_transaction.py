"""Where the records of a read go: released figures and audit entries are
written in a transaction of their own, because a GraphQL query's rolls back.
When they cannot be (the reader holds SQLite's write lock, or no connection
is free) they join the reader's transaction, which is then marked: it must
commit, a query's too, or what was read is not shown
(``backend.api.extensions.UnitOfWork``)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

# What joined: the keys of the mark in Session.info.
RELEASES = "releases"
AUDIT_ENTRIES = "audit_entries"

# Session.info key: per kind of record, the transaction that holds such records itself.
_JOINED = "ledelyst.records_joined"


def mark_joined(session: AsyncSession, records: str) -> None:
    """``records`` were written in the reader's current transaction."""
    session.info.setdefault(_JOINED, {})[records] = session.get_transaction()


def joined(session: AsyncSession, *records: str) -> bool:
    """Whether the reader's current transaction holds any of ``records``
    (every kind, if none is named)."""
    marks: dict[str, Any] = session.info.get(_JOINED, {})
    current = session.get_transaction()
    kinds = records or tuple(marks)
    return current is not None and any(marks.get(kind) is current for kind in kinds)


async def holds_write_lock(session: AsyncSession) -> bool:
    """Whether the reader holds SQLite's write lock: a transaction of one's
    own would then wait on it forever."""
    bind = session.get_bind()
    if bind.dialect.name != "sqlite" or not session.in_transaction():
        return False
    connection = await session.connection()
    raw: Any = await connection.get_raw_connection()
    # aiosqlite begins a transaction only before the first write.
    driver = raw.driver_connection
    return bool(getattr(driver, "in_transaction", True))
