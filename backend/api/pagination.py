"""Cursor connections with keyset pagination.

A page is read with ``WHERE (sort key, id) > (cursor)`` and ``LIMIT n + 1``,
so page 10,000 costs what page 1 costs, and the order is stable because the
primary key breaks every tie. Cursors are opaque: base64 of the sort values.

Not strawberry's ``@relay.connection`` (evaluated for issue 19, strawberry
0.341): its ``ConnectionExtension`` wants the resolver annotated as an
iterable of nodes, not a page read with keyset SQL; it adds the arguments as
``before, after, first, last`` with descriptions of its own (``last``'s is
``after``'s); ``relay.Connection`` brings its own ``PageInfo`` (a second type
of that name, so ours would go), fields in another order and descriptions on
every connection and edge type; and its ``NodeType`` is bound to ``Node``,
which four of our lists (privacy audit, spans of control, philosophy statuses,
mentees) are not.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Generic, TypeAlias, TypeVar

import orjson
import strawberry
from sqlalchemy import Select, and_, or_
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import QueryableAttribute
from sqlalchemy.sql.elements import ColumnElement

from backend.api.context import Info
from backend.api.errors import DomainError, ErrorCode
from backend.api.selected import fields_below
from backend.settings import Settings

T = TypeVar("T")
R = TypeVar("R")

# A sort key: a column expression, or a mapped attribute (``Model.id``).
Key: TypeAlias = ColumnElement[Any] | QueryableAttribute[Any]


@strawberry.type(description="Where a page starts and ends, and whether there is more.")
class PageInfo:
    has_next_page: bool
    has_previous_page: bool
    start_cursor: str | None
    end_cursor: str | None


@strawberry.type
class Edge(Generic[T]):
    cursor: str
    node: T


@strawberry.type(description="A page of a list, read with first/after or last/before.")
class Connection(Generic[T]):
    edges: list[Edge[T]]
    page_info: PageInfo

    @strawberry.field(description="The objects of this page, without cursors.")
    def nodes(self) -> list[T]:
        return [edge.node for edge in self.edges]


@dataclass(frozen=True)
class PageRequest:
    first: int | None = None
    after: str | None = None
    last: int | None = None
    before: str | None = None


def encode_cursor(values: Sequence[Any]) -> str:
    plain = [v.isoformat() if isinstance(v, datetime) else v for v in values]
    return base64.urlsafe_b64encode(orjson.dumps(plain)).decode()


def decode_cursor(cursor: str, width: int) -> list[Any]:
    try:
        values = orjson.loads(base64.urlsafe_b64decode(cursor.encode()))
    except (binascii.Error, orjson.JSONDecodeError, ValueError):
        values = None
    if not isinstance(values, list) or len(values) != width:
        raise DomainError(ErrorCode.INVALID, "error.invalid_cursor", field=["after"])
    return values


def page_size(request: PageRequest, settings: Settings) -> tuple[int, bool]:
    """(rows wanted, reading backwards)."""
    if request.first is not None and request.last is not None:
        raise DomainError(ErrorCode.INVALID, "error.both_directions")
    backwards = request.last is not None
    size = request.last if backwards else request.first
    if size is None:
        size = settings.graphql_page_size
    if size < 0 or size > settings.graphql_max_page_size:
        raise DomainError(
            ErrorCode.INVALID,
            "error.page_size",
            field=["last" if backwards else "first"],
            maximum=settings.graphql_max_page_size,
        )
    return size, backwards


def _after(keys: Sequence[ColumnElement[Any]], values: Sequence[Any]) -> ColumnElement[bool]:
    """Lexicographic (k1, k2, …) > (v1, v2, …), written out so both SQLite and
    PostgreSQL use the index."""
    clauses = []
    for i, key in enumerate(keys):
        equal_before = [keys[j] == _coerce(keys[j], values[j]) for j in range(i)]
        clauses.append(and_(*equal_before, key > _coerce(key, values[i])))
    return or_(*clauses)


def _before(keys: Sequence[ColumnElement[Any]], values: Sequence[Any]) -> ColumnElement[bool]:
    clauses = []
    for i, key in enumerate(keys):
        equal_before = [keys[j] == _coerce(keys[j], values[j]) for j in range(i)]
        clauses.append(and_(*equal_before, key < _coerce(key, values[i])))
    return or_(*clauses)


def _coerce(key: ColumnElement[Any], value: Any) -> Any:
    if isinstance(value, str):
        try:
            python_type = key.type.python_type
        except NotImplementedError:
            return value
        if python_type is datetime:
            return datetime.fromisoformat(value)
    return value


async def paginate(
    session: AsyncSession,
    statement: Select[*tuple[Any, ...]],
    sort_keys: Sequence[Key],
    request: PageRequest,
    settings: Settings,
    to_node: Callable[[Any], R],
) -> Connection[R]:
    """One page of ``statement`` in the order of ``keys`` (the last must be unique).

    ``statement`` selects rows whose leading columns are the key values,
    followed by what ``to_node`` needs.
    """
    keys = [key.expression if isinstance(key, QueryableAttribute) else key for key in sort_keys]
    size, backwards = page_size(request, settings)
    cursor = request.before if backwards else request.after
    if cursor is not None:
        values = decode_cursor(cursor, len(keys))
        statement = statement.where((_before if backwards else _after)(keys, values))
    order = [k.desc() for k in keys] if backwards else list(keys)
    rows = list((await session.execute(statement.order_by(*order).limit(size + 1))).all())
    has_more = len(rows) > size
    rows = rows[:size]
    if backwards:
        rows.reverse()
    width = len(keys)
    edges = [Edge(cursor=encode_cursor(list(row[:width])), node=to_node(row)) for row in rows]
    return Connection(
        edges=edges,
        page_info=PageInfo(
            has_next_page=(has_more and not backwards) or (backwards and cursor is not None),
            has_previous_page=(has_more and backwards) or (not backwards and cursor is not None),
            start_cursor=edges[0].cursor if edges else None,
            end_cursor=edges[-1].cursor if edges else None,
        ),
    )


def selected_on_nodes(info: Info) -> list[str]:
    """The names of the fields the query selects on the nodes of the connection
    being resolved (``nodes { … }`` and ``edges { node { … } }``, fragments
    included, ``@skip``/``@include`` applied): what a page may read for its
    nodes in one batch each before they are resolved. In the order the query
    names them, each once. A field left out here is still right, read through
    its loader; a field wrongly named costs a read."""
    raw = info._raw_info
    found: dict[str, None] = {}
    for child in fields_below(raw, raw.field_nodes):
        if child.name.value == "nodes":
            found.update(dict.fromkeys(f.name.value for f in fields_below(raw, [child])))
        elif child.name.value == "edges":
            for edge in fields_below(raw, [child]):
                if edge.name.value == "node":
                    found.update(dict.fromkeys(f.name.value for f in fields_below(raw, [edge])))
    return list(found)
