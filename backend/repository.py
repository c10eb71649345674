"""The queries every tenant table has, written once (Polar's ``RepositoryBase``
is the model): a slice's repository makes one ``TenantRepository`` per model and
writes only the queries that are its own.

Every read filters by the organisation in SQL, so an id of another tenant
finds nothing, exactly as an id that does not exist.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import Any, Generic, Protocol, TypeVar

from sqlalchemy import ARRAY, Boolean, Dialect, Select, String, bindparam, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql import coercions, roles
from sqlalchemy.sql.elements import BindParameter, ColumnElement
from sqlalchemy.sql.sqltypes import NullType
from sqlalchemy.sql.type_api import TypeEngine
from sqlalchemy.sql.visitors import InternalTraversal
from sqlalchemy.types import TypeDecorator

from backend.db import Id


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
        # ``by_ids``' statements, built on first use and then executed with parameters:
        # building one is most of a small read's cost (loaders call it on every request).
        self._by_ids: dict[bool, Select[Any]] = {}

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
        statement = self._by_ids.get(for_update)
        if statement is None:
            statement = (
                select(self.model)
                .where(
                    model.organisation_id == bindparam("organisation_id", type_=Id),
                    one_of_parameter(model.id, "ids"),
                )
                .order_by(model.id)
            )
            if for_update:
                statement = statement.with_for_update()
            self._by_ids[for_update] = statement
        rows = await session.scalars(statement, {"organisation_id": organisation_id, "ids": wanted})
        return list(rows)

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


# --- one of a list ------------------------------------------------------------------------


class _ListParameter(TypeDecorator[list[Any]]):
    """A whole list as one bound parameter: an array on PostgreSQL, JSON text on SQLite."""

    impl = String
    cache_ok = True

    def __init__(self, item: TypeEngine[Any]) -> None:
        super().__init__()
        self.item = item

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "postgresql":
            return dialect.type_descriptor(ARRAY(self.item))
        return dialect.type_descriptor(String())

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if value is None:
            return None
        return list(value) if dialect.name == "postgresql" else json.dumps(list(value))


class _OneOf(ColumnElement[bool]):
    """``column IN (values)`` with the list as one bound parameter.

    SQLAlchemy's ``in_`` expands a list into one parameter per item when each
    statement is executed (``IN ($2, $3, ...)``, a cast rendered per item): on
    home's path that was ~6 % of the server's CPU. One array parameter keeps the
    statement's text the same for every list length, so the database's prepared
    statement is reused too.
    """

    __visit_name__ = "ledelyst_one_of"
    inherit_cache = True
    type = Boolean()
    _is_implicitly_boolean = True  # a predicate: SQLite is not to add "= 1"
    _traverse_internals = [
        ("column", InternalTraversal.dp_clauseelement),
        ("values", InternalTraversal.dp_clauseelement),
    ]

    def __init__(self, column: ColumnElement[Any], values: BindParameter[Any]) -> None:
        self.column = column
        self.values = values

    @property
    def _from_objects(self) -> list[Any]:
        return self.column._from_objects


def one_of(column: Any, values: Iterable[Any]) -> ColumnElement[bool]:
    """``column IN values`` as one array parameter (any list length, one statement text)."""
    element = coercions.expect(roles.ExpressionElementRole, column)
    return _OneOf(element, bindparam(None, list(values), type_=_ListParameter(_item(element))))


def one_of_parameter(column: Any, key: str) -> ColumnElement[bool]:
    """``column IN :key``, the list given when the statement is executed: for a
    statement built once and executed with parameters."""
    element = coercions.expect(roles.ExpressionElementRole, column)
    return _OneOf(element, bindparam(key, type_=_ListParameter(_item(element))))


def _item(element: ColumnElement[Any]) -> TypeEngine[Any]:
    return element.type if not isinstance(element.type, NullType) else String()


@compiles(_OneOf)
def _one_of_sqlite(element: _OneOf, compiler: Any, **kw: Any) -> str:
    column, values = compiler.process(element.column, **kw), compiler.process(element.values, **kw)
    return f"{column} IN (SELECT value FROM json_each({values}))"


@compiles(_OneOf, "postgresql")
def _one_of_postgresql(element: _OneOf, compiler: Any, **kw: Any) -> str:
    column, values = compiler.process(element.column, **kw), compiler.process(element.values, **kw)
    return f"{column} = ANY({values})"


def insert_for(dialect: str) -> Any:
    """The dialect's INSERT, which knows ON CONFLICT (PostgreSQL and SQLite both do)."""
    return postgresql.insert if dialect == "postgresql" else sqlite.insert
