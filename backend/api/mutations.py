"""The one way a mutation runs.

``run_mutation`` gives every mutation the same shape: the service does the
work and raises ``DomainError`` for anything the client did wrong; here that
becomes ``errors`` in the payload, the transaction is marked to roll back, and
a ``clientMutationId`` makes a retry return the first result.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Awaitable, Callable
from enum import Enum
from typing import Any, TypeVar

import strawberry
from strawberry.types.base import get_object_definition

from backend.api import idempotency
from backend.api.context import Info
from backend.api.errors import DomainError, DomainErrors, ErrorCode, UserError
from backend.api.relay import Node, fetch_nodes


@strawberry.interface(description="What every mutation returns.")
class Payload:
    errors: list[UserError] = strawberry.field(
        default_factory=list, description="Empty when the mutation succeeded."
    )
    client_mutation_id: str | None = None


P = TypeVar("P", bound=Payload)


async def run_mutation(
    info: Info,
    input: Any,
    payload_type: type[P],
    action: Callable[[], Awaitable[P]],
) -> P:
    """Run ``action`` (which returns the payload, without errors) as a unit of work."""
    context = info.context
    key: str | None = getattr(input, "client_mutation_id", None)
    mutation = info.field_name
    try:
        if key is not None and context.viewer is not None:
            replay = await _replay(info, input, payload_type, key)
            if replay is not None:
                return replay
        payload = await action()
        if key is not None and context.viewer is not None:
            await context.session.flush()
            idempotency.remember(
                context.session,
                context.viewer.person_id,
                key,
                mutation,
                idempotency.fingerprint(mutation, _plain(input)),
                {name: _reference(value) for name, value in _result_fields(payload).items()},
            )
        await context.session.flush()
        payload.client_mutation_id = key
        return payload
    except DomainError as error:
        context.failed = True
        return payload_type(errors=[error.to_user_error(context.locale)], client_mutation_id=key)
    except DomainErrors as group:
        context.failed = True
        errors = [error.to_user_error(context.locale) for error in group.errors]
        return payload_type(errors=errors, client_mutation_id=key)


async def _replay(info: Info, input: Any, payload_type: type[P], key: str) -> P | None:
    context = info.context
    assert context.viewer is not None
    idempotency.check_key(key)
    await idempotency.claim(context.session, context.viewer.person_id, key)
    stored = await idempotency.find(context.session, context.viewer.person_id, key)
    if stored is None:
        return None
    if stored.mutation != info.field_name or stored.fingerprint != idempotency.fingerprint(
        info.field_name, _plain(input)
    ):
        raise DomainError(
            ErrorCode.IDEMPOTENCY_KEY_REUSED,
            "error.idempotency_mismatch",
            field=["clientMutationId"],
        )
    fields = {name: await _dereference(info, ref) for name, ref in stored.result.items()}
    return payload_type(errors=[], client_mutation_id=key, **fields)


def _result_fields(payload: Payload) -> dict[str, Any]:
    """What the mutation answered besides ``errors`` and ``clientMutationId``:
    the payload's stored fields (private ones included), not those a resolver
    computes from them."""
    computed = {
        f.python_name
        for f in get_object_definition(payload, strict=True).fields
        if f.base_resolver is not None
    }
    skipped = {"errors", "client_mutation_id", *computed}
    return {
        f.name: getattr(payload, f.name)
        for f in dataclasses.fields(payload)
        if f.name not in skipped
    }


def _plain(value: Any) -> Any:
    """Input objects as JSON-able data, for the fingerprint."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: _plain(getattr(value, f.name))
            for f in dataclasses.fields(value)
            if f.name != "client_mutation_id"
        }
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, Enum):
        return value.value
    if value is strawberry.UNSET:
        return "__unset__"
    return value


def _reference(value: Any) -> Any:
    """Payload values as stored: objects by type and key, so a replay shows
    them as they are now, through the same permission checks."""
    if isinstance(value, Node):
        return {"node": type(value).__name__, "pk": value.pk}
    if isinstance(value, list):
        return [_reference(v) for v in value]
    if isinstance(value, Enum):
        return {"enum": type(value).__name__, "value": value.value}
    return value


async def _dereference(info: Info, reference: Any) -> Any:
    if isinstance(reference, list):
        return [await _dereference(info, r) for r in reference]
    if isinstance(reference, dict) and "node" in reference:
        found = await fetch_nodes(info, reference["node"], [reference["pk"]])
        return found.get(reference["pk"])
    if isinstance(reference, dict) and "enum" in reference:
        return reference["value"]
    return reference
