"""Erasing a person: every declared table's handler, children before parents.

Foreign keys point from children to parents, so running the handlers in the
reverse of the metadata's dependency order never deletes a row another
handler still needs to find, and a parent's delete finds its children gone.
"""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from backend.db import Base
from backend.privacy.registry import Subject, personal_tables


async def erase(session: AsyncSession, subject: Subject) -> dict[str, int]:
    """Rows changed per table; storage keys to delete are left on ``subject.files``."""
    declared = personal_tables()
    changed: dict[str, int] = {}
    for table in reversed(Base.metadata.sorted_tables):
        handler = declared.get(table.name)
        if handler is not None:
            changed[table.name] = await handler.erase(session, subject)
    await session.flush()
    return changed
