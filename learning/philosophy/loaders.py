"""DataLoaders for every relation the philosophy types expose: one query per
batch, inside the viewer's organisation, and only what the viewer may read
(the service's rules: published versions for members, everything for the
leader)."""

from __future__ import annotations

from typing import Any

from backend.api.loaders import BatchLoader
from backend.repository import group_by, in_key_order
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
        found = await service.visible_philosophies(self.context.session, self.context.viewer, keys)
        return in_key_order(keys, found, lambda p: p.id)


class VersionByIdLoader(_TenantLoader):
    async def batch(self, keys: list[int]) -> list[PhilosophyVersion | None]:
        found = await service.visible_versions(self.context.session, self.context.viewer, keys)
        return in_key_order(keys, found, lambda v: v.id)


class DraftByPhilosophyLoader(_TenantLoader):
    """The open draft of each philosophy the viewer owns (keys: philosophy ids
    already checked to be the viewer's)."""

    async def batch(self, keys: list[int]) -> list[PhilosophyVersion | None]:
        found = await repo.drafts_of(self.context.session, keys)
        return in_key_order(keys, found, lambda d: d.philosophy_id)


class ItemsByPhilosophyLoader(_TenantLoader):
    """Keys: philosophy ids already checked to be the viewer's."""

    async def batch(self, keys: list[int]) -> list[list[PhilosophyItem]]:
        found = await repo.items_of(self.context.session, keys)
        return group_by(keys, found, lambda item: item.philosophy_id)


class PrincipleByIdLoader(_TenantLoader):
    async def batch(self, keys: list[int]) -> list[repo.AnyRow | None]:
        rows = await repo.principles_by_ids(self.context.session, self.organisation_id, keys)
        return in_key_order(keys, rows, lambda row: row.id)


class GoalByIdLoader(_TenantLoader):
    async def batch(self, keys: list[int]) -> list[repo.AnyRow | None]:
        rows = await repo.goals_by_ids(self.context.session, self.organisation_id, keys)
        return in_key_order(keys, rows, lambda row: row.id)
