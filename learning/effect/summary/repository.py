"""The summaries' read model: one statement to read a viewer's view, one to
write it (in a transaction of its own, as the release ledger's records)."""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, literal, select, true
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncSession

from backend.db import database_of
from backend.privacy.release import records_in_readers_transaction
from backend.repository import insert_for
from feedback.evaluations import service as feedback
from learning.effect.summary.models import EffectSummaryErasures, EffectSummarySnapshot

log = logging.getLogger("ledelyst.effect")

_SNAPSHOT = EffectSummarySnapshot


@dataclass(frozen=True)
class Seen:
    """What had happened in the organisation before a summary was read; a
    kept summary is served only while it is still all that has happened."""

    erasures: int
    closed_cycles: int
    latest_close: datetime | None

    def columns(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Kept:
    """What the organisation has seen so far, and the viewer's view if it may be served."""

    seen: Seen
    figures: dict[str, Any] | None


async def fresh(
    session: AsyncSession,
    organisation_id: int,
    viewer_id: int,
    view: str,
    as_of: date,
    since: datetime,
) -> Kept:
    """In one statement, before anything else is read: what the organisation
    has seen so far (erasures, closed cycles, to keep with figures computed
    now) and the viewer's view (or None) computed for ``as_of`` since
    ``since`` and after the same erasures and closes (a close writes the 360
    read models)."""
    closed_cycles, latest_close = feedback.closes_statements(organisation_id)
    erasures = func.coalesce(
        select(EffectSummaryErasures.erasures)
        .where(EffectSummaryErasures.organisation_id == organisation_id)
        .scalar_subquery(),
        0,
    )
    kept = (
        select(_SNAPSHOT.figures)
        .where(
            _SNAPSHOT.viewer_id == viewer_id,
            _SNAPSHOT.view == view,
            _SNAPSHOT.organisation_id == organisation_id,
            _SNAPSHOT.as_of == as_of,
            _SNAPSHOT.computed_at >= since,
            _SNAPSHOT.erasures == erasures,
            _SNAPSHOT.closed_cycles == closed_cycles,
            _SNAPSHOT.latest_close.is_not_distinct_from(latest_close),
        )
        .subquery()
    )
    one = select(literal(1).label("one")).subquery()
    statement = select(
        erasures.label("erasures"),
        closed_cycles.label("closed_cycles"),
        latest_close.label("latest_close"),
        kept.c.figures,
    ).select_from(one.outerjoin(kept, true()))
    row = (await session.execute(statement)).one()
    seen = Seen(int(row.erasures), int(row.closed_cycles), row.latest_close)
    return Kept(seen, row.figures)


async def count_erasure(session: AsyncSession, organisation_id: int) -> None:
    """One more person of the organisation erased, in the erasure's
    transaction: summaries that saw fewer are not served again."""
    insert = insert_for(session.get_bind().dialect.name)
    statement = insert(EffectSummaryErasures).values(organisation_id=organisation_id, erasures=1)
    await session.execute(
        statement.on_conflict_do_update(
            index_elements=[EffectSummaryErasures.organisation_id],
            set_={"erasures": EffectSummaryErasures.erasures + 1},
        )
    )


async def store(session: AsyncSession, values: dict[str, Any]) -> None:
    """Keep the viewer's view, replacing the one before. In a transaction of
    its own (the reader's rolls back), unless the release ledger's records
    joined the reader's: then with them, so a view is never kept when the
    releases it rests on are not. A view that cannot be kept is computed
    again next time."""
    statement = _upsert(session, values)
    if await records_in_readers_transaction(session):
        await session.execute(statement)
        return
    try:
        async with database_of(session).session() as own, own.begin():
            await own.execute(statement)
    except DBAPIError:
        log.info("the summary is not kept this time", exc_info=True)


def _upsert(session: AsyncSession, values: dict[str, Any]) -> Any:
    insert = insert_for(session.get_bind().dialect.name)
    statement = insert(_SNAPSHOT).values(**values)
    new = statement.excluded
    return statement.on_conflict_do_update(
        index_elements=[_SNAPSHOT.viewer_id, _SNAPSHOT.view],
        set_={
            "as_of": new.as_of,
            "computed_at": new.computed_at,
            "figures": new.figures,
            "erasures": new.erasures,
            "closed_cycles": new.closed_cycles,
            "latest_close": new.latest_close,
        },
        # A slower request computed before a faster one: keep the newer figures.
        where=_SNAPSHOT.computed_at <= new.computed_at,
    )
