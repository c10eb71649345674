"""Who the figures are about, as SQL that every aggregate embeds.

The *area* is everyone below a leader of leaders in the reporting line (one
recursive CTE, ``identity.repository.reports_below_statement``), or the whole
organisation for HR; active memberships only. The *members* are the area
narrowed to a unit and every unit below it. *Enrolments* are the members'
enrolments narrowed to a programme, a cohort and a period of start dates.

On PostgreSQL the CTE runs once per request (``area_statement``, in the
request's first statement) and every aggregate is given its result as one
bound array (``area_ids``), whose length the planner knows. It cannot know
how many rows a recursive CTE gives: it guessed a few hundred rows, and under
a hundred members, where there were thousands; every estimate built on the
area shrank to a row or so, and the 360 statement joined the leaders' modules
and activity kinds to their changes in nested loops comparing every pair
(13.7 M pairs for 2,500 leaders): a leader of leaders with 5,000 below took
3x as long as the organisation of 12,000 (bench/NOTES.md).

A ``Population`` builds each CTE once, so one statement may use the area and
the members together (which the suppression of complements needs).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import (
    ARRAY,
    BigInteger,
    Date,
    Integer,
    Select,
    Subquery,
    and_,
    any_,
    bindparam,
    func,
    literal,
    select,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import aliased
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement

from backend.identity.models import Membership, Unit
from backend.identity.repository import reports_below_statement
from learning.effect.models import EffectScope
from learning.programmes.facts import service as programmes

WITHDRAWN = programmes.EnrolmentStatus.WITHDRAWN.value

MAX_DEPTH = 100

_MEMBER = Membership.__table__.alias("fx_member")


@dataclass(frozen=True)
class EffectFilter:
    programme_id: int | None = None
    cohort_id: int | None = None
    unit_id: int | None = None
    # Enrolments starting within [start, end], both included.
    start: date | None = None
    end: date | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "programme_id": self.programme_id,
            "cohort_id": self.cohort_id,
            "unit_id": self.unit_id,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> EffectFilter:
        def day(value: Any) -> date | None:
            return date.fromisoformat(value) if value else None

        return cls(
            programme_id=data.get("programme_id"),
            cohort_id=data.get("cohort_id"),
            unit_id=data.get("unit_id"),
            start=day(data.get("start")),
            end=day(data.get("end")),
        )

    @property
    def narrows_enrolments(self) -> bool:
        return any(
            value is not None for value in (self.programme_id, self.cohort_id, self.start, self.end)
        )


@dataclass(frozen=True)
class Scope:
    organisation_id: int
    kind: EffectScope
    # Whose area; None for the whole organisation.
    below_membership_id: int | None
    filter: EffectFilter = field(default_factory=EffectFilter)
    today: date = field(default_factory=date.today)


class days_since(FunctionElement[int]):
    """Whole days from a date column to a given day, on both dialects."""

    type = Integer()
    inherit_cache = True
    name = "days_since"


@compiles(days_since)
def _days_since_default(element: days_since, compiler: SQLCompiler, **kw: Any) -> str:
    day, column = list(element.clauses)
    return f"({compiler.process(day, **kw)} - {compiler.process(column, **kw)})"


@compiles(days_since, "sqlite")
def _days_since_sqlite(element: days_since, compiler: SQLCompiler, **kw: Any) -> str:
    day, column = list(element.clauses)
    return (
        f"CAST(julianday({compiler.process(day, **kw)}) - "
        f"julianday({compiler.process(column, **kw)}) AS INTEGER)"
    )


def days_before(scope: Scope, column: Any) -> ColumnElement[int]:
    """Days from ``column`` to the scope's day (positive when it is past)."""
    return days_since(literal(scope.today, Date), column)


def area_statement(scope: Scope) -> Select[Any] | None:
    """The area of the scope's leader of leaders (``Population.area``: active
    memberships of the organisation below them) as one array (one row, one
    column; NULL when nobody is below), or None for the whole organisation:
    read once per request, given to ``Population(area_ids=)``."""
    if scope.below_membership_id is None:
        return None
    area = Population(scope).area().subquery("fx_area_ids")
    return select(func.array_agg(area.c.id))


class Population:
    def __init__(self, scope: Scope, area_ids: Sequence[int] | None = None) -> None:
        """``area_ids``: the result of ``area_statement`` (PostgreSQL only: a
        bound array), used instead of the recursive CTE in every statement."""
        self.scope = scope
        self._below = (
            reports_below_statement(scope.below_membership_id).subquery("fx_below")
            if scope.below_membership_id is not None and area_ids is None
            else None
        )
        self._area = (
            bindparam("fx_area", sorted(area_ids), type_=ARRAY(BigInteger))
            if scope.below_membership_id is not None and area_ids is not None
            else None
        )
        self._units = (
            _units_below(scope.filter.unit_id) if scope.filter.unit_id is not None else None
        )

    def area(self) -> Select[Any]:
        """Active memberships of the area (the unit filter left out)."""
        return self._memberships(units=False)

    def members(self) -> Select[Any]:
        """The area within the unit filter."""
        return self._memberships(units=True)

    def _memberships(self, *, units: bool) -> Select[Any]:
        # An alias of its own: never correlated with a membership outside. One
        # Core alias for every statement: it only ever stands in these
        # selects, and an ORM alias per statement was a quarter of the phone
        # summary's Python (its columns adapted anew each time).
        member = _MEMBER
        if self._area is not None:
            # Already the organisation's active memberships (``area_statement``):
            # the array alone, so the planner takes its length for the rows
            # (with the organisation's condition as well it multiplied the two
            # selectivities and guessed a quarter of them).
            statement = select(member.c.id).where(member.c.id == any_(self._area))
        else:
            statement = select(member.c.id).where(
                member.c.organisation_id == self.scope.organisation_id,
                member.c.is_active.is_(True),
            )
        if self._below is not None:
            statement = statement.where(member.c.id.in_(select(self._below.c.id)))
        if units and self._units is not None:
            statement = statement.where(member.c.unit_id.in_(self._units))
        return statement

    def enrolments(self, *, withdrawn: bool = False) -> Subquery:
        """The enrolments counted: the members', within the filter; the
        columns of ``learning.programmes.facts.service.enrolment_facts``."""
        facts = programmes.enrolment_facts(self.scope.organisation_id).subquery()
        return (
            select(facts).where(*self.enrolment_conditions(facts, withdrawn=withdrawn)).subquery()
        )

    def enrolment_conditions(
        self, enrolment: Subquery, *, withdrawn: bool = False
    ) -> list[ColumnElement[bool]]:
        wanted = self.scope.filter
        e = enrolment.c
        conditions: list[ColumnElement[bool]] = [e.membership_id.in_(self.members())]
        if not withdrawn:
            conditions.append(e.status != WITHDRAWN)
        if wanted.programme_id is not None:
            conditions.append(e.programme_id == wanted.programme_id)
        if wanted.cohort_id is not None:
            conditions.append(e.cohort_id == wanted.cohort_id)
        if wanted.start is not None:
            conditions.append(e.starts_on >= wanted.start)
        if wanted.end is not None:
            conditions.append(e.starts_on <= wanted.end)
        return conditions

    def participants(self) -> Select[Any]:
        """Members with a counted enrolment: whose 360 change is the figure."""
        return select(self.enrolments().c.membership_id)

    def area_participants(self) -> Select[Any]:
        """Everyone in the area with an enrolment at all: the whole a filtered
        360 figure is part of, for the suppression of complements."""
        enrolment = programmes.enrolment_facts(self.scope.organisation_id).subquery()
        return select(enrolment.c.membership_id).where(
            enrolment.c.membership_id.in_(self.area()),
            enrolment.c.status != WITHDRAWN,
        )


def _units_below(unit_id: int) -> Select[Any]:
    """The unit and every unit below it (one recursive CTE)."""
    start = select(Unit.id.label("id"), literal(0).label("depth")).where(Unit.id == unit_id)
    tree = start.cte("fx_units", recursive=True)
    child = aliased(Unit)
    tree = tree.union_all(
        select(child.id, tree.c.depth + 1).where(
            and_(child.parent_id == tree.c.id, tree.c.depth < MAX_DEPTH)
        )
    )
    return select(tree.c.id)
