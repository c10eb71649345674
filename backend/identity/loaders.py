"""DataLoaders for every relation the identity types expose: one query per
batch, always inside the viewer's organisation (a loader serves objects the
service already let through, and still never reaches into another tenant)."""

from __future__ import annotations

from typing import Any

from backend.api.loaders import BatchLoader
from backend.identity import repository
from backend.identity.models import Unit
from backend.identity.repository import AnyRow
from backend.repository import group_by, in_key_order


class TenantLoader(BatchLoader[Any, Any]):
    """A loader of the viewer's organisation (``None`` when signed out)."""

    @property
    def organisation_id(self) -> int | None:
        viewer = self.context.viewer
        return viewer.organisation_id if viewer is not None else None


class OrganisationByIdLoader(TenantLoader):
    async def batch(self, keys: list[int]) -> list[AnyRow | None]:
        wanted = [key for key in keys if key == self.organisation_id]
        rows = await repository.organisations_by_ids(self.context.session, wanted)
        return in_key_order(keys, rows, lambda row: row.id)


class UnitByIdLoader(TenantLoader):
    async def batch(self, keys: list[int]) -> list[Unit | None]:
        if self.organisation_id is None:
            return [None] * len(keys)
        rows = await repository.UNITS.by_ids(self.context.session, self.organisation_id, keys)
        return in_key_order(keys, rows, lambda row: row.id)


class UnitsByParentLoader(TenantLoader):
    """The sub-units of each unit: one query per level of the tree."""

    async def batch(self, keys: list[int]) -> list[list[AnyRow]]:
        if self.organisation_id is None:
            return [[] for _ in keys]
        rows = await repository.units_by_parents(self.context.session, self.organisation_id, keys)
        return group_by(keys, rows, lambda row: row.parent_id)


class MemberByMembershipIdLoader(TenantLoader):
    """A membership with its person (a manager in the reporting line)."""

    async def batch(self, keys: list[int]) -> list[AnyRow | None]:
        if self.organisation_id is None:
            return [None] * len(keys)
        rows = await repository.members_by_ids(self.context.session, self.organisation_id, keys)
        return in_key_order(keys, rows, lambda row: row.id)


class LeaderOfLeadersLoader(TenantLoader):
    """Whether each membership has a leader anywhere below it."""

    async def batch(self, keys: list[int]) -> list[bool]:
        if self.organisation_id is None:
            return [False] * len(keys)
        found = await repository.leaders_of_leaders(
            self.context.session, self.organisation_id, keys
        )
        return [key in found for key in keys]
