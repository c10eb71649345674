"""The one way a global ID argument becomes a primary key.

Every ID a client sends (a mutation's input, a query's argument) is decoded
here, so a malformed ID, or a well-formed one of another type, is always the
same answer: ``DomainError(INVALID, "error.invalid_id")`` naming the field. In
a mutation ``run_mutation`` turns it into a payload ``UserError`` with
``field: ["input", ...]``; in a query the error extension turns it into a
GraphQL error with ``extensions.code``, ``extensions.reason`` and
``extensions.field``. Decode inside the mutation's action, never before it.

The text is parsed by strawberry's ``relay.GlobalID`` (``relay.from_global_id``),
but arguments are typed ``strawberry.ID``, not ``relay.GlobalID``: strawberry
decodes a ``GlobalID`` argument before the resolver runs and answers a
malformed one with a top-level error (``InvalidGlobalIDError``) that names no
field and nulls the mutation's payload, and it accepts an ID of any type.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from backend.api.errors import DomainError, ErrorCode
from backend.api.relay import from_global_id

FieldPath = str | Sequence[str | int]


def _path(field: FieldPath) -> list[str]:
    return [field] if isinstance(field, str) else [str(part) for part in field]


def decode_id(global_id: str, expected_type: str, field: FieldPath) -> int:
    """The primary key of ``global_id``, which must name ``expected_type``.

    ``field`` is the path of the argument, relative to ``input`` in a mutation
    (``"enrolmentId"``, ``["goals", 0, "organisationGoalId"]``)."""
    try:
        type_name, pk = from_global_id(str(global_id))
    except ValueError:
        type_name, pk = "", 0
    if type_name != expected_type:
        raise DomainError(ErrorCode.INVALID, "error.invalid_id", field=_path(field))
    return pk


def decode_optional_id(global_id: str | None, expected_type: str, field: FieldPath) -> int | None:
    """``None`` stays ``None``; anything else as :func:`decode_id`."""
    return None if global_id is None else decode_id(global_id, expected_type, field)


def decode_ids(global_ids: Iterable[str], expected_type: str, field: FieldPath) -> list[int]:
    """A list of IDs; the error names the index of the bad one."""
    base = _path(field)
    return [
        decode_id(global_id, expected_type, [*base, str(index)])
        for index, global_id in enumerate(global_ids)
    ]
