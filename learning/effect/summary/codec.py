"""Figures to JSON and back, for the read model: frozen dataclasses of
numbers, texts, enums, dates and lists, as ``calculation.figures`` makes them."""

from __future__ import annotations

import dataclasses
import types
from datetime import date, datetime
from enum import Enum
from functools import cache
from typing import Any, TypeVar, Union, get_args, get_origin, get_type_hints

T = TypeVar("T")


def dumped(value: Any) -> Any:
    """``value`` as JSON: dataclasses as objects, enums by value, days as ISO 8601."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: dumped(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list | tuple):
        return [dumped(v) for v in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def loaded(kind: type[T], data: Any) -> T:
    """The ``kind`` that ``dumped`` wrote as ``data``."""
    found: T = _load(kind, data)
    return found


@cache
def _hints(kind: type) -> dict[str, Any]:
    return get_type_hints(kind)


def _load(kind: Any, data: Any) -> Any:
    origin = get_origin(kind)
    if origin in (Union, types.UnionType):
        if data is None:
            return None
        kind = next(k for k in get_args(kind) if k is not type(None))
        return _load(kind, data)
    if origin is list:
        (item,) = get_args(kind)
        return [_load(item, v) for v in data]
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        hints = _hints(kind)
        return kind(**{name: _load(hints[name], value) for name, value in data.items()})
    if isinstance(kind, type) and issubclass(kind, Enum):
        return kind(data)
    if kind is datetime:
        return datetime.fromisoformat(data)
    if kind is date:
        return date.fromisoformat(data)
    if kind is float and data is not None:
        return float(data)
    return data
