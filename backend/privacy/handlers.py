"""Building blocks for the slices' declarations, so that a ``privacy.py``
reads as a list: which rows are the person's (a ``Where``), which columns to
leave out of an export (secrets), and what erasure does with them.

    register_personal_data(
        Reflection,
        export=export_rows(Reflection, by_enrolment),
        erase=delete_rows(Reflection, by_enrolment),
        description="What the leader wrote after an activity.",
    )
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from backend.db import rows_affected
from backend.privacy.registry import EraseHandler, ExportHandler, Rows, Subject

Where = Callable[[Subject], ColumnElement[bool]]
# Values are literals or functions of the subject (e.g. a placeholder name).
Values = Mapping[str, Any]

# Text put where an erased person's words were, in rows that must stay.
ERASED_TEXT = ""


def of_membership(column: Any) -> Where:
    return lambda subject: column == subject.membership_id


def of_person(column: Any) -> Where:
    return lambda subject: column == subject.person_id


def plain(value: Any) -> Any:
    """A column value as JSON: dates as ISO 8601, bytes as base64."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, bytes):
        return base64.b64encode(value).decode()
    return value


def plain_tree(value: Any) -> Any:
    """``plain`` through nested lists, tuples and dicts."""
    if isinstance(value, dict):
        return {str(k): plain_tree(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain_tree(v) for v in value]
    return plain(value)


def export_rows(model: Any, where: Where, *, leave_out: Iterable[str] = ()) -> ExportHandler:
    """The subject's rows of ``model``, every column but ``leave_out``, in key order."""
    skipped = set(leave_out)
    columns = [c for c in model.__table__.columns if c.name not in skipped]
    order = list(model.__table__.primary_key.columns)

    async def export(session: AsyncSession, subject: Subject) -> Rows:
        found = await session.execute(select(*columns).where(where(subject)).order_by(*order))
        return [{c.name: plain(v) for c, v in zip(columns, row, strict=True)} for row in found]

    return export


def no_rows() -> ExportHandler:
    """Nothing to hand over (the rows hold only secrets, e.g. token hashes)."""

    async def export(session: AsyncSession, subject: Subject) -> Rows:
        return []

    return export


def delete_rows(model: Any, where: Where) -> EraseHandler:
    async def erase(session: AsyncSession, subject: Subject) -> int:
        outcome = await session.execute(
            delete(model).where(where(subject)).execution_options(synchronize_session=False)
        )
        return rows_affected(outcome)

    return erase


def update_rows(model: Any, where: Where, values: Values) -> EraseHandler:
    """Rows that others' data needs stay; the subject's part of them changes."""

    async def erase(session: AsyncSession, subject: Subject) -> int:
        resolved = {k: v(subject) if callable(v) else v for k, v in values.items()}
        outcome = await session.execute(
            update(model)
            .where(where(subject))
            .values(**resolved)
            .execution_options(synchronize_session=False)
        )
        return rows_affected(outcome)

    return erase


def whole_person_only(handler: EraseHandler) -> EraseHandler:
    """Rows about the person in every organisation: erased only when no other
    organisation still holds the person."""

    async def erase(session: AsyncSession, subject: Subject) -> int:
        return await handler(session, subject) if subject.whole_person else 0

    return erase


def keep(reason: str) -> EraseHandler:
    """Erasure leaves these rows as they are; ``reason`` says why (kept for the record)."""

    async def erase(session: AsyncSession, subject: Subject) -> int:
        return 0

    erase.__doc__ = reason
    return erase


def all_of(*handlers: EraseHandler) -> EraseHandler:
    async def erase(session: AsyncSession, subject: Subject) -> int:
        return sum([await handler(session, subject) for handler in handlers])

    return erase


def collect_files(model: Any, where: Where, *columns: Any) -> EraseHandler:
    """Note the storage keys the subject's rows point at, for deletion after
    the commit (the rows themselves are handled by another step)."""

    async def erase(session: AsyncSession, subject: Subject) -> int:
        found = await session.execute(select(*columns).where(where(subject)))
        subject.files.extend(str(key) for row in found for key in row if key)
        return 0

    return erase
