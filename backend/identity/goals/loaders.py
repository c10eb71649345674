"""DataLoaders of the goals' units and the foundation's principles: one query
per batch, inside the viewer's organisation."""

from __future__ import annotations

from backend.identity.goals import repository
from backend.identity.loaders import TenantLoader
from backend.identity.repository import AnyRow
from backend.repository import group_by


class UnitsByGoalLoader(TenantLoader):
    async def batch(self, keys: list[int]) -> list[list[AnyRow]]:
        if self.organisation_id is None:
            return [[] for _ in keys]
        rows = await repository.goal_units(self.context.session, self.organisation_id, keys)
        return group_by(keys, rows, lambda row: row.goal_id)


class PrinciplesByFoundationLoader(TenantLoader):
    async def batch(self, keys: list[int]) -> list[list[AnyRow]]:
        if self.organisation_id is None:
            return [[] for _ in keys]
        rows = await repository.principles_by_foundations(
            self.context.session, self.organisation_id, keys
        )
        return group_by(keys, rows, lambda row: row.foundation_id)
