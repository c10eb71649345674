"""Queries of the slice's own rows: leaders' ratings of activities and the
exports. Aggregates are in ``repository.py`` and ``change_repository.py``."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import and_, select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.identity.models import Membership
from learning.effect.models import ActivityRating, EffectExport
from learning.programmes.models import Enrolment, EnrolmentStatus, ProgrammeActivity


async def rateable_activity(
    session: AsyncSession, organisation_id: int, membership_id: int, activity_id: int
) -> int | None:
    """The activity's id when it is in a version the leader is enrolled on
    (and has not withdrawn from), else None."""
    statement = (
        select(ProgrammeActivity.id)
        .join(
            Enrolment,
            and_(
                Enrolment.version_id == ProgrammeActivity.version_id,
                Enrolment.membership_id == membership_id,
                Enrolment.status != EnrolmentStatus.WITHDRAWN.value,
            ),
        )
        .where(
            ProgrammeActivity.id == activity_id,
            ProgrammeActivity.organisation_id == organisation_id,
        )
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


async def exports_of(
    session: AsyncSession, membership_id: int, ids: Sequence[int]
) -> list[EffectExport]:
    """Exports are the requester's own: nobody else sees them."""
    rows = await session.scalars(
        select(EffectExport).where(
            EffectExport.requested_by_id == membership_id, EffectExport.id.in_(list(ids))
        )
    )
    return list(rows)


async def export_for_update(session: AsyncSession, export_id: int) -> EffectExport | None:
    return await session.scalar(
        select(EffectExport).where(EffectExport.id == export_id).with_for_update()
    )


async def requester(session: AsyncSession, membership_id: int) -> Membership | None:
    return await session.get(Membership, membership_id)
