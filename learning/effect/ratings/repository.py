"""Queries of leaders' ratings of activities (the slice's own rows)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import and_, select
from sqlalchemy.ext.asyncio import AsyncSession

from learning.effect.models import ActivityRating
from learning.programmes import service as programmes


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
