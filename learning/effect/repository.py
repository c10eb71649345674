"""The one query of the slice's policy: which parts of a filter name
nothing in the organisation. The figures' aggregates are in
``calculation.repository``, ``participation.repository``, ``change.repository``
and ``ratings.repository``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, exists, select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.identity.models import Unit
from learning.programmes.facts import service as programmes


def _units(organisation_id: int) -> Select[Any]:
    return select(Unit.id).where(Unit.organisation_id == organisation_id)


async def unknown_in_filter(
    session: AsyncSession,
    organisation_id: int,
    programme_id: int | None,
    cohort_id: int | None,
    unit_id: int | None,
) -> Sequence[str]:
    """The parts of the filter (programmeId, cohortId, unitId) that name
    nothing of the organisation: one statement, and only when it names any."""
    checks = []
    for name, ids, pk in (
        ("programmeId", programmes.programme_ids, programme_id),
        ("cohortId", programmes.cohort_ids, cohort_id),
        ("unitId", _units, unit_id),
    ):
        if pk is not None:
            found = ids(organisation_id).subquery()
            checks.append((name, exists().where(found.c.id == pk)))
    if not checks:
        return []
    known = (await session.execute(select(*(check for _, check in checks)))).one()
    return [name for (name, _), there in zip(checks, known, strict=True) if not there]
