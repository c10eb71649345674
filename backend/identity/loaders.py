"""DataLoaders for every relation the identity types expose: one query per
batch, always inside the viewer's organisation (a loader serves objects the
service already let through, and still never reaches into another tenant)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Row

from backend.api.loaders import BatchLoader
from backend.identity import goals_repository, repository


class _TenantLoader(BatchLoader[Any, Any]):
    @property
    def organisation_id(self) -> int | None:
        viewer = self.context.viewer
        return viewer.organisation_id if viewer is not None else None


def _by_id(rows: Sequence[Row[Any]], keys: list[int]) -> list[Row[Any] | None]:
    found = {row.id: row for row in rows}
    return [found.get(key) for key in keys]


def _grouped(rows: Sequence[Row[Any]], keys: list[int], column: str) -> list[list[Row[Any]]]:
    groups: dict[int, list[Row[Any]]] = defaultdict(list)
    for row in rows:
        groups[getattr(row, column)].append(row)
    return [groups.get(key, []) for key in keys]


class OrganisationByIdLoader(_TenantLoader):
    async def batch(self, keys: list[int]) -> list[Row[Any] | None]:
        wanted = [key for key in keys if key == self.organisation_id]
        rows = await repository.organisations_by_ids(self.context.session, wanted)
        return _by_id(rows, keys)


class UnitByIdLoader(_TenantLoader):
    async def batch(self, keys: list[int]) -> list[Row[Any] | None]:
        if self.organisation_id is None:
            return [None] * len(keys)
        rows = await repository.units_by_ids(self.context.session, self.organisation_id, keys)
        return _by_id(rows, keys)


class UnitsByParentLoader(_TenantLoader):
    """The sub-units of each unit: one query per level of the tree."""

    async def batch(self, keys: list[int]) -> list[list[Row[Any]]]:
        if self.organisation_id is None:
            return [[] for _ in keys]
        rows = await repository.units_by_parents(self.context.session, self.organisation_id, keys)
        return _grouped(rows, keys, "parent_id")


class MemberByMembershipIdLoader(_TenantLoader):
    """A membership with its person (a manager in the reporting line)."""

    async def batch(self, keys: list[int]) -> list[Row[Any] | None]:
        if self.organisation_id is None:
            return [None] * len(keys)
        rows = await repository.members_by_ids(self.context.session, self.organisation_id, keys)
        return _by_id(rows, keys)


class LeaderOfLeadersLoader(_TenantLoader):
    """Whether each membership has a leader anywhere below it."""

    async def batch(self, keys: list[int]) -> list[bool]:
        if self.organisation_id is None:
            return [False] * len(keys)
        found = await repository.leaders_of_leaders(
            self.context.session, self.organisation_id, keys
        )
        return [key in found for key in keys]


class UnitsByGoalLoader(_TenantLoader):
    async def batch(self, keys: list[int]) -> list[list[Row[Any]]]:
        if self.organisation_id is None:
            return [[] for _ in keys]
        rows = await goals_repository.goal_units(self.context.session, self.organisation_id, keys)
        return _grouped(rows, keys, "goal_id")


class PrinciplesByFoundationLoader(_TenantLoader):
    async def batch(self, keys: list[int]) -> list[list[Row[Any]]]:
        if self.organisation_id is None:
            return [[] for _ in keys]
        rows = await goals_repository.principles_by_foundations(
            self.context.session, self.organisation_id, keys
        )
        return _grouped(rows, keys, "foundation_id")
