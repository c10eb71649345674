"""Relay global IDs and the ``node`` lookup, on strawberry's relay support.

Every Node type is a ``strawberry.relay.Node`` through :class:`Node`: its ID
is strawberry's ``GlobalID`` of the row's ``pk``, and its ``fetch_visible``
says which rows a viewer may see (tenant and role, as the slice's service
decides). ``resolve_nodes`` answers ``None`` both for an unknown row and for
one the viewer may not see, so IDs reveal nothing. Which type an ID names is
found in the schema itself: there is no registry to fill at import time.

A global ID is base64("TypeName:primary key") with padding, as strawberry
encodes it; for type names of ASCII letters and digits and numeric keys this
is byte for byte the URL-safe base64 used before, so no ID a client holds
changes. IDs without their padding are still accepted.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Self

import strawberry
from strawberry import relay
from strawberry.types.base import StrawberryObjectDefinition

from backend.api.errors import DomainError, ErrorCode

if TYPE_CHECKING:
    from backend.api.context import Info

# Postgres bigint has 19 digits; 18 keeps every accepted key inside it.
_MAX_KEY_DIGITS = 18


class Node(relay.Node):
    """The base of every Node type (the schema's interface is strawberry's
    ``relay.Node``). Subclasses hold ``pk: strawberry.Private[int]`` and
    implement :meth:`fetch_visible`."""

    if TYPE_CHECKING:
        # Declared for the type checker only, so it is no field of the type.
        pk: int

    @classmethod
    def resolve_id(cls, root: Self, *, info: Any) -> str:
        return str(root.pk)

    @classmethod
    async def fetch_visible(cls, info: Info, pks: list[int]) -> Sequence[Self]:
        """The objects of those keys the viewer may see, in one batch, with
        this type's own visibility rules; missing and hidden rows are left out."""
        return []

    @classmethod
    async def resolve_nodes(  # type: ignore[override]  # one async body for its overloads
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Self | None]:
        pks = [int(node_id) for node_id in node_ids]
        found = {node.pk: node for node in await cls.fetch_visible(info, pks)} if pks else {}
        nodes: list[Self | None] = [found.get(pk) for pk in pks]
        if required and None in nodes:
            raise DomainError(ErrorCode.NOT_FOUND, "error.not_found")
        return nodes


def to_global_id(type_name: str, pk: int) -> strawberry.ID:
    return strawberry.ID(str(relay.GlobalID(type_name=type_name, node_id=str(pk))))


def from_global_id(global_id: str) -> tuple[str, int]:
    """(type name, primary key); ValueError when it is not one of ours."""
    try:
        parsed = relay.GlobalID.from_id(global_id + "=" * (-len(global_id) % 4))
    except relay.GlobalIDValueError as error:
        raise ValueError(global_id) from error
    key = parsed.node_id
    if not parsed.type_name or not (key.isascii() and key.isdigit()) or len(key) > _MAX_KEY_DIGITS:
        raise ValueError(global_id)
    return parsed.type_name, int(key)


def node_type(info: Info, type_name: str) -> type[Node] | None:
    """The Node type of that GraphQL name in the schema; ``None`` for any other name."""
    definition = info.schema.get_type_by_name(type_name)
    if not isinstance(definition, StrawberryObjectDefinition):
        return None
    origin = definition.origin
    return origin if isinstance(origin, type) and issubclass(origin, Node) else None


async def fetch_nodes(info: Info, type_name: str, pks: list[int]) -> dict[int, Any]:
    """Objects of a Node type by primary key (one batch, with that type's own
    visibility rules); an unknown type gives none."""
    found = node_type(info, type_name)
    if found is None or not pks:
        return {}
    return {node.pk: node for node in await found.fetch_visible(info, pks)}


async def resolve_node(info: Info, global_id: str) -> relay.Node | None:
    try:
        type_name, pk = from_global_id(global_id)
    except ValueError:
        raise DomainError(ErrorCode.INVALID, "error.invalid_id", field=["id"]) from None
    found = node_type(info, type_name)
    if found is None:
        return None
    [node] = await found.resolve_nodes(info=info, node_ids=[str(pk)])
    return node
