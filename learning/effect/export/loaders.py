"""DataLoaders of exports: one query per batch."""

from __future__ import annotations

from backend.api.loaders import BatchLoader
from backend.repository import in_key_order
from learning.effect.export import repository
from learning.effect.models import EffectExport


class OwnExportByIdLoader(BatchLoader[int, EffectExport | None]):
    """The viewer's own exports: nobody else's are ever found."""

    async def batch(self, keys: list[int]) -> list[EffectExport | None]:
        viewer = self.context.viewer
        if viewer is None:
            return [None for _ in keys]
        rows = await repository.exports_of(self.context.session, viewer.membership_id, keys)
        return in_key_order(keys, rows, lambda row: row.id)
