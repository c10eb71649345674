"""The queries every tenant table has, written once (Polar's ``RepositoryBase``
is the model): a slice's repository makes one ``TenantRepository`` per model and
writes only the queries that are its own.

Every read filters by the organisation in SQL, so an id of another tenant
finds nothing, exactly as an id that does not exist.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import Any, Generic, Protocol, TypeVar

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession


class TenantRow(Protocol):
    # Read-only members: a model's ``Mapped[int]`` columns read as ``int``.
    @property
    def id(self) -> int: ...

    @property
    def organisation_id(self) -> int: ...


M = TypeVar("M", bound=TenantRow)
K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class TenantRepository(Generic[M]):
    """``by_id``/``by_ids`` of one model within one organisation."""

    def __init__(self, model: type[M]) -> None:
        self.model = model

    def select_in(self, organisation_id: int) -> Select[Any]:
        """The model's rows of one organisation: the start of every query on it."""
        model: Any = self.model
        return select(self.model).where(model.organisation_id == organisation_id)

    async def by_ids(
        self,
        session: AsyncSession,
        organisation_id: int,
        ids: Iterable[int],
        *,
        for_update: bool = False,
    ) -> list[M]:
        """The rows with these ids in the organisation, in id order."""
        model: Any = self.model
        wanted = sorted(set(ids))
        if not wanted:
            return []
        statement = self.select_in(organisation_id).where(model.id.in_(wanted)).order_by(model.id)
        if for_update:
            statement = statement.with_for_update()
        return list(await session.scalars(statement))

    async def by_id(
        self, session: AsyncSession, organisation_id: int, id: int, *, for_update: bool = False
    ) -> M | None:
        rows = await self.by_ids(session, organisation_id, [id], for_update=for_update)
        return rows[0] if rows else None


def in_key_order(keys: Sequence[K], rows: Iterable[V], key: Callable[[V], K]) -> list[V | None]:
    """A loader's answer: the row of each key, ``None`` where there is none."""
    found = {key(row): row for row in rows}
    return [found.get(k) for k in keys]


def group_by(keys: Sequence[K], rows: Iterable[V], key: Callable[[V], K]) -> list[list[V]]:
    """A loader's answer for a one-to-many relation: the rows of each key, in the
    order the query returned them (empty where there are none)."""
    groups: defaultdict[K, list[V]] = defaultdict(list)
    for row in rows:
        groups[key(row)].append(row)
    return [groups.get(k, []) for k in keys]
