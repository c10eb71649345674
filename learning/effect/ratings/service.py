"""Leaders rate the activities of programmes they take part in (1-5 and an
optional comment); rating again replaces the earlier rating. A leader's
ratings are theirs: nobody else reads one by itself (the figures sum them,
through the release rule)."""

from __future__ import annotations

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from backend.api.errors import DomainError, ErrorCode
from backend.auth.viewer import Viewer
from backend.db import utcnow
from backend.identity.policy import require_viewer
from learning.effect.models import ActivityRating
from learning.effect.ratings import repository

MAX_COMMENT = 2000


async def rate_activity(
    session: AsyncSession, viewer: Viewer | None, activity_id: int, rating: int, comment: str = ""
) -> ActivityRating:
    """The leader's 1-5 rating of an activity of a programme they take part
    in; rating again replaces the earlier one."""
    leader = require_viewer(viewer)
    if not 1 <= rating <= 5:
        raise DomainError(ErrorCode.INVALID, "effect.rating_range", field=["rating"])
    if len(comment) > MAX_COMMENT:
        raise DomainError(
            ErrorCode.TOO_LONG, "error.too_long", field=["comment"], maximum=MAX_COMMENT
        )
    found = await repository.rateable_activity(
        session, leader.organisation_id, leader.membership_id, activity_id
    )
    if found is None:
        raise DomainError(ErrorCode.NOT_FOUND, "effect.activity_not_yours", field=["activityId"])
    row = await repository.own_rating(session, leader.membership_id, activity_id)
    if row is None:
        row = ActivityRating(
            organisation_id=leader.organisation_id,
            membership_id=leader.membership_id,
            activity_id=activity_id,
            rating=rating,
            comment=comment.strip(),
        )
        try:
            async with session.begin_nested():
                session.add(row)
                await session.flush()
            return row
        except IntegrityError:  # the same leader rated it at the same moment
            row = await repository.own_rating(session, leader.membership_id, activity_id)
            assert row is not None
    row.rating = rating
    row.comment = comment.strip()
    row.updated_at = utcnow()
    await session.flush()
    return row


async def own_ratings(
    session: AsyncSession, viewer: Viewer | None, ids: list[int]
) -> list[ActivityRating]:
    """A leader's ratings are theirs: nobody else reads one by itself."""
    if viewer is None:
        return []
    return await repository.own_ratings(session, viewer.membership_id, ids)
