"""DataLoaders for every relation the philosophy types expose: one query per
batch, inside the viewer's organisation, and only what the viewer may read
(the service's rules: published versions for members, everything for the
leader)."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import Row

from backend.api.loaders import BatchLoader
from learning.philosophy import repository as repo
from learning.philosophy import service
from learning.philosophy.models import LeadershipPhilosophy, PhilosophyItem, PhilosophyVersion


class _TenantLoader(BatchLoader[int, Any]):
    @property
    def organisation_id(self) -> int:
        viewer = self.context.viewer
        return viewer.organisation_id if viewer is not None else 0


class PhilosophyByIdLoader(_TenantLoader):
    async def batch(self, keys: list[int]) -> list[LeadershipPhilosophy | None]:
        found = {
            p.id: p
            for p in await service.visible_philosophies(
                self.context.session, self.context.viewer, keys
            )
        }
        return [found.get(key) for key in keys]


class VersionByIdLoader(_TenantLoader):
    async def batch(self, keys: list[int]) -> list[PhilosophyVersion | None]:
        found = {
            v.id: v
            for v in await service.visible_versions(self.context.session, self.context.viewer, keys)
        }
        return [found.get(key) for key in keys]


class DraftByPhilosophyLoader(_TenantLoader):
    """The open draft of each philosophy the viewer owns (keys: philosophy ids
    already checked to be the viewer's)."""

    async def batch(self, keys: list[int]) -> list[PhilosophyVersion | None]:
        found = {d.philosophy_id: d for d in await repo.drafts_of(self.context.session, keys)}
        return [found.get(key) for key in keys]


class ItemsByPhilosophyLoader(_TenantLoader):
    """Keys: philosophy ids already checked to be the viewer's."""

    async def batch(self, keys: list[int]) -> list[list[PhilosophyItem]]:
        grouped: dict[int, list[PhilosophyItem]] = defaultdict(list)
        for item in await repo.items_of(self.context.session, keys):
            grouped[item.philosophy_id].append(item)
        return [grouped.get(key, []) for key in keys]


class PrincipleByIdLoader(_TenantLoader):
    async def batch(self, keys: list[int]) -> list[Row[Any] | None]:
        rows = await repo.principles_by_ids(self.context.session, self.organisation_id, keys)
        found = {row.id: row for row in rows}
        return [found.get(key) for key in keys]


class GoalByIdLoader(_TenantLoader):
    async def batch(self, keys: list[int]) -> list[Row[Any] | None]:
        rows = await repo.goals_by_ids(self.context.session, self.organisation_id, keys)
        found = {row.id: row for row in rows}
        return [found.get(key) for key in keys]
