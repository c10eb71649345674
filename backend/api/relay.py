"""Relay global IDs and the ``node`` lookup.

A global ID is base64("TypeName:primary key"). Each Node type registers how
its rows are fetched for a viewer; ``node(id)`` answers NOT_FOUND both for an
unknown row and for one the viewer may not see, so IDs reveal nothing.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

import strawberry

from backend.api.errors import DomainError, ErrorCode

if TYPE_CHECKING:
    from backend.api.context import Info

NodeFetcher = Callable[["Info", list[int]], Awaitable[list[Any]]]
_FETCHERS: dict[str, NodeFetcher] = {}


@strawberry.interface(description="An object with a global ID.")
class Node:
    if TYPE_CHECKING:
        # Every Node type holds its row's key as ``pk: strawberry.Private[int]``;
        # declared for the type checker only, so it is no field of the interface.
        pk: int

    @strawberry.field(description="The global ID of this object.")
    def id(self) -> strawberry.ID:
        return to_global_id(type(self).__name__, self.pk)


def register_node(type_name: str, fetch: NodeFetcher) -> None:
    """``fetch`` returns the strawberry objects for those keys the viewer may see."""
    _FETCHERS[type_name] = fetch


def to_global_id(type_name: str, pk: int) -> strawberry.ID:
    return strawberry.ID(base64.urlsafe_b64encode(f"{type_name}:{pk}".encode()).decode())


def from_global_id(global_id: str) -> tuple[str, int]:
    """(type name, primary key); ValueError when it is not one of ours."""
    try:
        padded = global_id + "=" * (-len(global_id) % 4)
        type_name, _, pk = base64.urlsafe_b64decode(padded.encode()).decode().partition(":")
        if not type_name or not pk.isdigit() or len(pk) > 18:
            raise ValueError(global_id)
        return type_name, int(pk)
    except (binascii.Error, UnicodeDecodeError) as error:
        raise ValueError(global_id) from error


async def fetch_nodes(info: Info, type_name: str, pks: list[int]) -> dict[int, Any]:
    """Objects of a Node type by primary key, through its registered fetcher
    (one batch, with that type's own visibility rules); unknown types give none."""
    fetch = _FETCHERS.get(type_name)
    if fetch is None or not pks:
        return {}
    return {node.pk: node for node in await fetch(info, pks)}


async def resolve_node(info: Info, global_id: str) -> Node | None:
    try:
        type_name, pk = from_global_id(global_id)
    except ValueError:
        raise DomainError(ErrorCode.INVALID, "error.invalid_id", field=["id"]) from None
    fetch = _FETCHERS.get(type_name)
    found = await fetch(info, [pk]) if fetch else []
    return found[0] if found else None
