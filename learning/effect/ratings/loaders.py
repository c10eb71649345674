"""DataLoaders of learning effect: one query per batch.

The figures themselves are aggregates read by ``calculator.Effect``; what is
loaded per object is the viewer's own ratings (by activity) and exports."""

from __future__ import annotations

from backend.api.loaders import BatchLoader
from learning.effect import records_repository as records
from learning.effect.models import ActivityRating, EffectExport


class OwnRatingByActivityLoader(BatchLoader[int, ActivityRating | None]):
    """The viewer's rating of each activity, or None."""

    async def batch(self, keys: list[int]) -> list[ActivityRating | None]:
        viewer = self.context.viewer
        if viewer is None:
            return [None for _ in keys]
        rows = await records.own_ratings_of_activities(
            self.context.session, viewer.membership_id, keys
        )
        found = {row.activity_id: row for row in rows}
        return [found.get(key) for key in keys]


class OwnExportByIdLoader(BatchLoader[int, EffectExport | None]):
    """The viewer's own exports: nobody else's are ever found."""

    async def batch(self, keys: list[int]) -> list[EffectExport | None]:
        viewer = self.context.viewer
        if viewer is None:
            return [None for _ in keys]
        rows = await records.exports_of(self.context.session, viewer.membership_id, keys)
        found = {row.id: row for row in rows}
        return [found.get(key) for key in keys]
