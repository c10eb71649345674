"""The aggregates of learning effect, each one SQL statement whatever the
number of leaders: COUNT, SUM and sums of squares grouped in the database,
over the population of ``population.py``; and whose ratings each goal
figure sums, for the release audit (``release.py``). The 360 aggregates are
in ``learning.effect.change.repository``, those of leaders' reactions in
``learning.effect.ratings.repository``.

Programme facts are joined as the relations ``learning.programmes.facts.service``
offers (``enrolment_facts`` and friends), never loaded into Python.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    Row,
    String,
    Subquery,
    and_,
    case,
    cast,
    func,
    literal,
    null,
    or_,
    select,
    union,
    union_all,
)
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from backend.identity.models import Membership, OrganisationGoal, Role
from backend.privacy.contributor_keys import contributors_key_of
from learning.effect.calculation.population import Population
from learning.effect.calculation.release import unit_of
from learning.programmes.facts import service as programmes

ACTIVE = programmes.EnrolmentStatus.ACTIVE.value
COMPLETED = programmes.EnrolmentStatus.COMPLETED.value
WITHDRAWN = programmes.EnrolmentStatus.WITHDRAWN.value
# The commission: a quarter of leaders have more than 27 direct reports.
LARGE_SPAN = 27
SPAN_BUCKETS = ((1, 5), (6, 10), (11, 15), (16, 20), (21, 27), (28, None))


def count_if(condition: Any) -> Any:
    return func.sum(case((condition, 1), else_=0))


def _moments(value: Any) -> list[Any]:
    return [
        func.count(value).label("n"),
        func.sum(value).label("total"),
        func.sum(value * value).label("total_sq"),
    ]


def activities(population: Population) -> tuple[Subquery, Subquery]:
    """The organisation's activities and the progress on them."""
    organisation = population.scope.organisation_id
    facts = (programmes.activity_facts, programmes.progress_facts)
    return facts[0](organisation).subquery(), facts[1](organisation).subquery()


# --- goal attainment (Kirkpatrick: results) --------------------------------------------


def goal_base(population: Population) -> Any:
    """The rated development goals of counted enrolments (one row per goal)."""
    goal = programmes.development_goal_facts(population.scope.organisation_id).subquery()
    enrolment = population.enrolments()
    rating = goal.c.attainment_rating
    return (
        select(
            goal.c.organisation_goal_id.label("goal_id"),
            enrolment.c.programme_id.label("programme_id"),
            enrolment.c.membership_id.label("membership_id"),
            enrolment.c.id.label("enrolment_id"),
            goal.c.id.label("part_id"),
            rating.label("rating"),
        )
        .select_from(goal)
        .join(enrolment, enrolment.c.id == goal.c.enrolment_id)
        .where(rating.is_not(None))
        .cte("fx_rated")
    )


async def goal_attainment(
    session: AsyncSession,
    population: Population,
    *,
    overall: bool = True,
    content: bool = True,
    per_goal: bool = True,
) -> list[Row[Any]]:
    """The AFTER ratings (1-5) of development goals: ``overall`` in all and
    (``per_goal``) per organisational goal (``dimension`` ALL / GOAL),
    ``content`` per programme (PROGRAMME): leaders, n, Σ, Σ²."""
    base = goal_base(population)
    title = select(OrganisationGoal.title).where(OrganisationGoal.id == base.c.goal_id)
    return await grouped_moments(
        session,
        base,
        base.c.rating,
        _goal_dimensions(base, overall and per_goal, content),
        total=overall,
        labels={"GOAL": title.scalar_subquery()},
    )


def _goal_dimensions(base: Any, overall: bool, content: bool) -> dict[str, Any]:
    return {
        **({"GOAL": base.c.goal_id} if overall else {}),
        **({"PROGRAMME": base.c.programme_id} if content else {}),
    }


async def grouped_moments(
    session: AsyncSession,
    base: Any,
    value: Any,
    dimensions: dict[str, Any],
    *,
    total: bool,
    labels: dict[str, Any] | None = None,
) -> list[Row[Any]]:
    """One UNION ALL of a GROUP BY per dimension and (``total``) the total;
    rows of (dimension, key, label, leaders, n, total, total_sq)."""
    leaders = func.count(func.distinct(base.c.membership_id)).label("leaders")
    nothing = cast(null(), String)
    parts = []
    if total:
        parts.append(
            select(
                literal("ALL").label("dimension"),
                nothing.label("key"),
                nothing.label("label"),
                leaders,
                *_moments(value),
            )
        )
    for name, column in dimensions.items():
        label = (labels or {}).get(name)
        parts.append(
            select(
                literal(name).label("dimension"),
                cast(column, String).label("key"),
                (cast(label, String) if label is not None else nothing).label("label"),
                leaders,
                *_moments(value),
            ).group_by(column)
        )
    return list((await session.execute(union_all(*parts))).all())


# --- span of control ---------------------------------------------------------------------


async def span_of_control(session: AsyncSession, population: Population) -> Row[Any]:
    """Direct active reports of the leaders among the members (a LEADER, or
    anyone with reports): leaders, n, Σ, Σ², largest, over 27, and a count per bucket."""
    report = aliased(Membership, name="fx_report")
    members = population.members().subquery("fx_members")
    counts = (
        select(report.manager_id.label("id"), func.count().label("span"))
        .where(report.manager_id.in_(select(members.c.id)), report.is_active.is_(True))
        .group_by(report.manager_id)
        .subquery("fx_counts")
    )
    span = func.coalesce(counts.c.span, 0)
    leaders = (
        select(span.label("span"))
        .select_from(members)
        .join(Membership, Membership.id == members.c.id)
        .outerjoin(counts, counts.c.id == members.c.id)
        .where(or_(has_role(Role.LEADER), counts.c.span.is_not(None)))
        .subquery("fx_leader_spans")
    )
    value = leaders.c.span
    buckets = [
        count_if(and_(value >= low, value <= high) if high is not None else value >= low).label(
            f"bucket_{index}"
        )
        for index, (low, high) in enumerate(SPAN_BUCKETS)
    ]
    statement = select(
        func.count().label("leaders"),
        func.sum(value).label("total"),
        func.sum(value * value).label("total_sq"),
        func.max(value).label("largest"),
        count_if(value > LARGE_SPAN).label("over"),
        *buckets,
    )
    return (await session.execute(statement)).one()


def has_role(role: Role) -> Any:
    """Roles are a JSON list; as text it reads ``["HR", "LEADER"]`` on both dialects."""
    return cast(Membership.roles, String).like(f'%"{role.value}"%')


# --- names of content ------------------------------------------------------------------


async def content_names(
    session: AsyncSession,
    organisation_id: int,
    programme_ids: Sequence[int],
    module_ids: Sequence[int],
) -> tuple[dict[int, str], dict[int, tuple[int, int, str]]]:
    """Programme titles (of their newest version) and (programme, position,
    title) of modules, in one statement."""
    programme = programmes.programme_facts(organisation_id).subquery()
    module = programmes.module_facts(organisation_id).subquery()
    statement = union_all(
        select(literal("P"), programme.c.id, programme.c.id, literal(0), programme.c.title).where(
            programme.c.id.in_(list(programme_ids))
        ),
        select(
            literal("M"), module.c.id, module.c.programme_id, module.c.position, module.c.title
        ).where(module.c.id.in_(list(module_ids))),
    )
    found_programmes: dict[int, str] = {}
    found_modules: dict[int, tuple[int, int, str]] = {}
    for what, pk, programme_id, position, title in await session.execute(statement):
        if what == "P":
            found_programmes[int(pk)] = str(title)
        else:
            found_modules[int(pk)] = (int(programme_id), int(position), str(title))
    return found_programmes, found_modules


# --- whose ratings a figure sums (the release audit) ------------------------------------


async def contributor_units(
    session: AsyncSession,
    base: Any,
    dimensions: dict[str, Any],
    *,
    total: bool,
    keyed: bool = False,
) -> list[Row[Any]]:
    """(dimension, key, membership_id, enrolment_id, part_id) of every
    rating a figure sums (a development goal's, or an activity's), with the
    population and dimensions of ``goal_attainment`` and ``reactions``.

    ``keyed``: instead, one row per figure, (dimension, key, contributors_key):
    the key of the set ``release.units_of`` makes of those rows, made by the
    database, so that a figure released before costs a row, not a row per rating."""
    whose = (base.c.membership_id, base.c.enrolment_id, base.c.part_id)
    nothing = cast(null(), String)
    parts = [
        select(literal(name).label("dimension"), cast(column, String).label("key"), *whose)
        for name, column in dimensions.items()
    ]
    if total:
        parts.insert(0, select(literal("ALL").label("dimension"), nothing.label("key"), *whose))
    if not keyed:
        return list((await session.execute(union(*parts))).all())
    units = union(*parts).subquery("fx_units")
    unit = unit_of(units.c.membership_id, enrolment=units.c.enrolment_id, part=units.c.part_id)
    statement = select(
        units.c.dimension, units.c.key, contributors_key_of(unit).label("contributors_key")
    ).group_by(units.c.dimension, units.c.key)
    return list((await session.execute(statement)).all())


async def goal_contributors(
    session: AsyncSession,
    population: Population,
    *,
    overall: bool = True,
    content: bool = True,
    per_goal: bool = True,
    keyed: bool = False,
) -> list[Row[Any]]:
    base = goal_base(population)
    dimensions = _goal_dimensions(base, overall and per_goal, content)
    return await contributor_units(session, base, dimensions, total=overall, keyed=keyed)
