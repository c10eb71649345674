"""The release rule of learning effect: every figure that rests on leaders'
answers (360 change, goal attainment, reactions; overall and in every
breakdown) passes here before anyone sees it.

1. A figure of fewer than ``MIN_LEADERS`` leaders is suppressed (goal
   attainment and reaction included).
2. The release audit (``backend.privacy.release.ReleaseLedger``): the set
   of contributors behind the figure, together with the sets already
   released in the organisation for the same measure (by any role, in any
   request), must not single out one or two of them. Otherwise the figure
   is suppressed, to protect anonymity.
3. Whose ratings a goal-attainment or reaction figure sums is first known by
   the key of the set (``Whose``), made by the database from the same rows
   (``unit_of``, ``backend.privacy.contributor_keys``): a figure released
   before costs one row, not one per rating (some 15,000 at national scale);
   the rows per rating are read, once per request, only for a set the audit
   has not recorded. Likewise the 360 change's, when no breakdown is asked
   for; with the breakdowns its contributors (one per leader) are read as rows
   in the statement of its figures, whose per-leader changes are the cost.

A *measure* is what each contributor adds to the figure, so that figures of
one measure can be added and subtracted: each leader's mean 360 change is
the same in the overall figure and in every programme, module and kind
breakdown (one measure, contributors are leaders); each competency's change
is its own measure. Every goal-attainment figure (overall, per
organisational goal, per programme) sums ratings of development goals, and
every reaction figure (overall, per programme, module and activity kind)
ratings of activities: one measure each, whose contributors are the single
ratings, owned by their leader ("m12/e5/p40"), so that a total, its parts
and any filter are checked against each other, and a part left hidden under
the minimum cannot be had as the total minus the shown parts.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import String, cast, func, literal
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql.elements import ColumnElement

from backend.privacy.release import ReleaseLedger
from learning.effect.calculation.figures import ChangeFigure, RatingFigure
from learning.effect.calculation.statistics import MIN_LEADERS

Units = dict[tuple[str, str], set[str]]


def units_of(rows: Iterable[Any]) -> Units:
    """(dimension, key) -> contributor keys, from rows of (dimension, key,
    membership_id[, follow_up_id][, enrolment_id, part_id]): "m12/f7" for a
    leader's own 360 change on the frozen data of follow-up evaluation 7,
    "m12/e5/a40" for one of their ratings (``backend.privacy.release.owner``).

    The follow-up is part of the key because a leader's change is measured
    against their latest follow-up: once a newer one closes, the same leaders
    are a new set, and the figure before minus the figure after, over the same
    leaders, would be that one leader's new follow-up minus their old one."""
    found: Units = {}
    shape: tuple[Any, ...] | None = None
    for row in rows:
        if shape is None:
            # The rows of one read share their columns: find them once, not per row.
            fields = list(row._fields)

            def at(name: str, fields: list[str] = fields) -> int | None:
                return fields.index(name) if name in fields else None

            shape = tuple(
                at(name)
                for name in (
                    "dimension",
                    "key",
                    "membership_id",
                    "follow_up_id",
                    "enrolment_id",
                    "part_id",
                )
            )
        dimension, key, member, follow_up, enrolment, part = shape
        value = row[key]
        unit = f"m{row[member]}"
        if follow_up is not None:
            unit += f"/f{row[follow_up]}"
        if enrolment is not None:
            unit += f"/e{row[enrolment]}/p{row[part]}"
        where = (str(row[dimension]), "" if value is None else str(value))
        units = found.get(where)
        if units is None:
            units = found[where] = set()
        units.add(unit)
    return found


def unit_of(
    membership: Any, follow_up: Any = None, enrolment: Any = None, part: Any = None
) -> ColumnElement[str]:
    """The contributor key ``units_of`` makes of a row's columns, made in SQL
    (``backend.privacy.contributor_keys`` hashes them): the same text, so the
    same set has the same key in either."""

    def text(value: Any) -> ColumnElement[str]:
        # str(None) where Python would write it; ids are never NULL in practice.
        return func.coalesce(cast(value, String), literal("None", String))

    unit: ColumnElement[str] = literal("m", String) + text(membership)
    if follow_up is not None:
        unit = unit + literal("/f", String) + text(follow_up)
    if enrolment is not None:
        unit = unit + literal("/e", String) + text(enrolment)
        unit = unit + literal("/p", String) + text(part)
    return unit


# (dimension, key) -> the key of its contributor set, as the database made it.
Keys = dict[tuple[str, str], str]


def keys_of(rows: Iterable[Any]) -> Keys:
    """(dimension, key) -> contributors_key, from rows of (dimension, key,
    contributors_key): the keys of the sets ``units_of`` makes of the same rows."""
    return {
        (str(row.dimension), "" if row.key is None else str(row.key)): str(row.contributors_key)
        for row in rows
        # A figure nobody adds to has no key: it is never shown.
        if row.contributors_key is not None
    }


@dataclass(frozen=True)
class Whose:
    """Whose values a figure sums, known by the key of their set: the set
    itself (``units``) is read only when the release audit has not recorded
    that key for the measure."""

    key: str
    units: Callable[[], Awaitable[set[str]]]


class EffectRelease:
    """One request's releases, recorded in the organisation's ledger.

    ``lock`` is the request's session lock (``calculator.Effect``): GraphQL
    resolves sibling fields at once, and a session runs one statement at a time."""

    def __init__(self, session: AsyncSession, organisation_id: int, lock: asyncio.Lock) -> None:
        self.ledger = ReleaseLedger(session, organisation_id, prefix="effect.")
        self.lock = lock

    async def _allow(self, measure: str, contributors: set[str]) -> bool:
        async with self.lock:
            return await self.ledger.allow(measure, contributors)

    async def _allow_whose(self, measure: str, whose: Whose) -> bool:
        async with self.lock:
            if await self.ledger.recorded(measure, whose.key):
                return True
        # Outside the lock: reading the set takes it.
        return await self._allow(measure, await whose.units())

    async def rating(self, measure: str, figure: RatingFigure, whose: Whose) -> RatingFigure:
        if figure.suppressed or not figure.count:
            return figure
        if (figure.leaders or 0) < MIN_LEADERS or not await self._allow_whose(measure, whose):
            return RatingFigure(figure.level, suppressed=True)
        return figure

    async def change(
        self, measure: str, figure: ChangeFigure, contributors: Whose | set[str]
    ) -> ChangeFigure:
        if figure.suppressed or not figure.leaders:
            return figure
        if figure.leaders < MIN_LEADERS or not await (
            self._allow_whose(measure, contributors)
            if isinstance(contributors, Whose)
            else self._allow(measure, contributors)
        ):
            return ChangeFigure(figure.key, figure.title, figure.level, suppressed=True)
        return figure

    async def save(self) -> None:
        async with self.lock:
            await self.ledger.save()


def retitled(figure: ChangeFigure, title: str) -> ChangeFigure:
    return replace(figure, title=title)
