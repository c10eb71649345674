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

A *measure* is what each contributor adds to the figure, so that figures of
one measure can be added and subtracted: each leader's mean 360 change is
the same in the overall figure and in every programme, module and kind
breakdown (one measure, contributors are leaders); each competency's change
is its own measure; a goal-attainment figure adds up the ratings of each
counted enrolment (overall and per programme one measure, each organisational
goal its own; contributors are enrolments); so does a reaction figure
(overall and per programme one measure, each module and each activity kind
its own).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from backend.privacy.release import ReleaseLedger
from learning.effect.figures import ChangeFigure, RatingFigure
from learning.effect.statistics import MIN_LEADERS

Units = dict[tuple[str, str], set[str]]


def units_of(rows: Iterable[Any], prefix: str, column: str) -> Units:
    """(dimension, key) -> contributor keys, from rows of (dimension, key, id)."""
    found: Units = {}
    for row in rows:
        key = "" if row.key is None else str(row.key)
        found.setdefault((str(row.dimension), key), set()).add(f"{prefix}{getattr(row, column)}")
    return found


class EffectRelease:
    """One request's releases, recorded in the organisation's ledger."""

    def __init__(self, session: AsyncSession, organisation_id: int) -> None:
        self.ledger = ReleaseLedger(session, organisation_id, prefix="effect.")

    async def rating(
        self, measure: str, figure: RatingFigure, contributors: set[str]
    ) -> RatingFigure:
        if figure.suppressed or not figure.count:
            return figure
        if (figure.leaders or 0) < MIN_LEADERS or not await self.ledger.allow(
            measure, contributors
        ):
            return RatingFigure(figure.level, suppressed=True)
        return figure

    async def change(
        self, measure: str, figure: ChangeFigure, contributors: set[str]
    ) -> ChangeFigure:
        if figure.suppressed or not figure.leaders:
            return figure
        if figure.leaders < MIN_LEADERS or not await self.ledger.allow(measure, contributors):
            return ChangeFigure(figure.key, figure.title, figure.level, suppressed=True)
        return figure

    async def save(self) -> None:
        await self.ledger.save()


def retitled(figure: ChangeFigure, title: str) -> ChangeFigure:
    return replace(figure, title=title)
