"""Scalars whose parsing the schema overrides; published exactly as strawberry's.

``DateTime`` inputs are parsed with ``datetime.fromisoformat`` first: the ISO
8601 strings the apps send (``Date.toISOString()``, Python's ``isoformat()``)
are ones it reads, several times faster than dateutil's ``isoparse``, which a
batch of 50 offline events paid 50 times (bench/NOTES.md, seventh round).
Anything else goes to strawberry's own parser as before, with its errors, so
no input accepted before is refused now; where both read a string they give
the same datetime.
"""

from __future__ import annotations

from datetime import datetime

from strawberry.schema.types.base_scalars import DateTimeDefinition
from strawberry.types.scalar import ScalarDefinition

_strawberry_parse = DateTimeDefinition.parse_value


def _parse_datetime(value: object) -> object:
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            pass
    assert _strawberry_parse is not None
    return _strawberry_parse(value)


DATETIME = ScalarDefinition(
    name=DateTimeDefinition.name,
    description=DateTimeDefinition.description,
    specified_by_url=DateTimeDefinition.specified_by_url,
    serialize=DateTimeDefinition.serialize,
    parse_value=_parse_datetime,
    parse_literal=DateTimeDefinition.parse_literal,
    origin=datetime,
)

SCALAR_OVERRIDES: dict[object, ScalarDefinition] = {datetime: DATETIME}
