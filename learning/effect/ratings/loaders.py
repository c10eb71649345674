"""DataLoaders of leaders' ratings: one query per batch."""

from __future__ import annotations

from backend.api.loaders import BatchLoader
from backend.repository import in_key_order
from learning.effect.models import ActivityRating
from learning.effect.ratings import repository


class OwnRatingByActivityLoader(BatchLoader[int, ActivityRating | None]):
    """The viewer's rating of each activity, or None."""

    async def batch(self, keys: list[int]) -> list[ActivityRating | None]:
        viewer = self.context.viewer
        if viewer is None:
            return [None for _ in keys]
        rows = await repository.own_ratings_of_activities(
            self.context.session, viewer.membership_id, keys
        )
        return in_key_order(keys, rows, lambda row: row.activity_id)
