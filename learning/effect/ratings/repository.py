"""Queries of leaders' ratings of activities (the slice's own rows), and
their aggregates over a population (Kirkpatrick: reaction), each one SQL
statement whatever the number of leaders, with whose ratings each figure
sums for the release audit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Row, and_, select
from sqlalchemy.ext.asyncio import AsyncSession

from learning.effect.calculation import repository as calculation
from learning.effect.calculation.population import Population
from learning.effect.models import ActivityRating
from learning.programmes.facts import service as programmes


async def rateable_activity(
    session: AsyncSession, organisation_id: int, membership_id: int, activity_id: int
) -> int | None:
    """The activity's id when it is in a version the leader is enrolled on
    (and has not withdrawn from), else None."""
    activity = programmes.activity_facts(organisation_id).subquery()
    enrolment = programmes.enrolment_facts(organisation_id).subquery()
    statement = (
        select(activity.c.id)
        .join(
            enrolment,
            and_(
                enrolment.c.version_id == activity.c.version_id,
                enrolment.c.membership_id == membership_id,
                enrolment.c.status != programmes.EnrolmentStatus.WITHDRAWN.value,
            ),
        )
        .where(activity.c.id == activity_id)
        .limit(1)
    )
    return await session.scalar(statement)


async def own_rating(
    session: AsyncSession, membership_id: int, activity_id: int
) -> ActivityRating | None:
    return await session.scalar(
        select(ActivityRating)
        .where(
            ActivityRating.membership_id == membership_id,
            ActivityRating.activity_id == activity_id,
        )
        .with_for_update()
    )


async def own_ratings(
    session: AsyncSession, membership_id: int, ids: Sequence[int]
) -> list[ActivityRating]:
    rows = await session.scalars(
        select(ActivityRating).where(
            ActivityRating.membership_id == membership_id, ActivityRating.id.in_(list(ids))
        )
    )
    return list(rows)


async def own_ratings_of_activities(
    session: AsyncSession, membership_id: int, activity_ids: Sequence[int]
) -> list[ActivityRating]:
    rows = await session.scalars(
        select(ActivityRating).where(
            ActivityRating.membership_id == membership_id,
            ActivityRating.activity_id.in_(list(activity_ids)),
        )
    )
    return list(rows)


# --- reaction (Kirkpatrick: reaction) --------------------------------------------------


def reaction_base(population: Population) -> Any:
    """Leaders' ratings of activities in their counted enrolments."""
    activity, _ = calculation.activities(population)
    enrolment = population.enrolments()
    return (
        select(
            enrolment.c.programme_id.label("programme_id"),
            activity.c.module_id.label("module_id"),
            activity.c.kind.label("kind"),
            ActivityRating.membership_id.label("membership_id"),
            enrolment.c.id.label("enrolment_id"),
            ActivityRating.activity_id.label("part_id"),
            ActivityRating.rating.label("rating"),
        )
        .join(activity, activity.c.id == ActivityRating.activity_id)
        .join(
            enrolment,
            and_(
                enrolment.c.membership_id == ActivityRating.membership_id,
                enrolment.c.version_id == activity.c.version_id,
            ),
        )
        .where(ActivityRating.organisation_id == population.scope.organisation_id)
        .cte("fx_reactions")
    )


async def reactions(
    session: AsyncSession, population: Population, *, overall: bool = True, content: bool = True
) -> list[Row[Any]]:
    """Leaders' ratings of activities in their counted enrolments, ``overall``
    in all, ``content`` per programme, module and kind: leaders, n, Σ, Σ²."""
    base = reaction_base(population)
    dimensions = _content_dimensions(base, content)
    return await calculation.grouped_moments(
        session, base, base.c.rating, dimensions, total=overall
    )


def _content_dimensions(base: Any, content: bool) -> dict[str, Any]:
    if not content:
        return {}
    return {"PROGRAMME": base.c.programme_id, "MODULE": base.c.module_id, "KIND": base.c.kind}


async def reaction_contributors(
    session: AsyncSession,
    population: Population,
    *,
    overall: bool = True,
    content: bool = True,
    keyed: bool = False,
) -> list[Row[Any]]:
    base = reaction_base(population)
    return await calculation.contributor_units(
        session, base, _content_dimensions(base, content), total=overall, keyed=keyed
    )
