"""Writing a batch of progress events: the progress rows and the event ids,
two statements for any batch, without an ORM object a row (``syncProgress``
at 0.10 of a hand-written INSERT ... ON CONFLICT spent its time in the unit
of work; bench/NOTES.md)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import case, func, or_
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from learning.programmes.models import ActivityProgress, ProgressEvent


@dataclass
class ProgressWrite:
    """A batch's earliest start and completion of one activity of an enrolment."""

    organisation_id: int
    enrolment_id: int
    activity_id: int
    started_at: datetime
    completed_at: datetime | None = None


def _upsert(session: AsyncSession) -> Any:
    """The dialect's INSERT that knows ON CONFLICT (PostgreSQL and SQLite both do)."""
    if session.get_bind().dialect.name == "postgresql":
        return postgresql.insert
    return sqlite.insert


async def write_progress(session: AsyncSession, rows: Sequence[ProgressWrite]) -> None:
    """Insert or merge progress in one statement: a stored start is kept if it is
    earlier and a stored completion is never replaced, so a replayed or
    out-of-order batch changes nothing it should not; the row lock of the
    conflict serialises concurrent batches."""
    if not rows:
        return
    table = ActivityProgress.__table__
    statement = _upsert(session)(table)
    stored, new = table.c, statement.excluded
    statement = statement.on_conflict_do_update(
        index_elements=[stored.enrolment_id, stored.activity_id],
        set_={
            "started_at": case(
                (
                    or_(stored.started_at.is_(None), stored.started_at > new.started_at),
                    new.started_at,
                ),
                else_=stored.started_at,
            ),
            "completed_at": func.coalesce(stored.completed_at, new.completed_at),
        },
    )
    await session.execute(
        statement,
        [
            {
                "organisation_id": r.organisation_id,
                "enrolment_id": r.enrolment_id,
                "activity_id": r.activity_id,
                "started_at": r.started_at,
                "completed_at": r.completed_at,
            }
            for r in sorted(rows, key=lambda r: (r.enrolment_id, r.activity_id))
        ],
    )


async def record_events(session: AsyncSession, rows: Sequence[dict[str, Any]]) -> None:
    """The applied events with a client id, so a replay is known; one that a
    concurrent replay recorded first is left as it is."""
    if rows:
        statement = _upsert(session)(ProgressEvent.__table__).on_conflict_do_nothing(
            index_elements=["enrolment_id", "client_event_id"]
        )
        await session.execute(statement, list(rows))
