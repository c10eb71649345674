"""The personal-data registry: every table says whether it holds data about
a person, and if so how that data is exported and erased.

A slice declares its own tables in its ``privacy.py``, in ``def register()``,
which ``backend.composition.compose`` calls at start-up (it finds every
slice's ``privacy.py`` as it finds ``wiring.py``, so ``backend`` names no
domain); importing the module declares nothing. A test walks
``Base.metadata`` and fails for any table in neither list, so a new table
cannot slip past the export and the erasure (Moodle's privacy providers do
the same with their metadata test).
"""

from __future__ import annotations

import sys
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table
from sqlalchemy.ext.asyncio import AsyncSession

from backend.settings import Settings


@dataclass
class Subject:
    """Whose data: one person as a member of one organisation.

    Each organisation is its own data controller, so an export or erasure
    covers the membership in one organisation. Rows about the person
    everywhere (the ``person`` row, magic links) are erased only when no other
    organisation still holds them (``whole_person``).
    """

    person_id: int
    membership_id: int
    organisation_id: int
    email: str
    whole_person: bool
    # Storage keys of files erased rows pointed at; deleted after the commit.
    files: list[str] = field(default_factory=list)


Rows = list[dict[str, Any]]
ExportHandler = Callable[[AsyncSession, Subject], Awaitable[Rows]]
EraseHandler = Callable[[AsyncSession, Subject], Awaitable[int]]
RetentionStep = Callable[[AsyncSession, Settings], Awaitable[int]]


@dataclass(frozen=True)
class PersonalData:
    table: str
    slice: str
    export: ExportHandler
    erase: EraseHandler
    description: str
    declared_in: str = ""


@dataclass(frozen=True)
class NoPersonalData:
    table: str
    slice: str
    reason: str
    declared_in: str = ""


_personal: dict[str, PersonalData] = {}
_impersonal: dict[str, NoPersonalData] = {}
_retention: dict[str, RetentionStep] = {}


def _table_of(model: Any) -> tuple[Table, str]:
    """The table of a mapped class, and its slice (``learning.programmes``)."""
    table = model.__table__
    module = model.__module__
    return table, module.rsplit(".", 1)[0] if module.endswith(".models") else module


def register_personal_data(
    model: Any, *, export: ExportHandler, erase: EraseHandler, description: str
) -> None:
    """``model``'s rows hold data about a person; ``export`` returns theirs as
    JSON-ready dicts and ``erase`` removes or anonymises them (returning the
    rows changed). ``description`` says what the rows are, for the record of
    processing."""
    table, slice_name = _table_of(model)
    _check_new(table.name, slice_name, personal=True)
    _personal[table.name] = PersonalData(
        table.name, slice_name, export, erase, description, _caller()
    )


def register_no_personal_data(model: Any, *, reason: str) -> None:
    """``model``'s rows say nothing about a person; ``reason`` says why."""
    table, slice_name = _table_of(model)
    if not reason.strip():
        raise ValueError(f"table {table.name!r}: say why it holds no personal data")
    _check_new(table.name, slice_name, personal=False)
    _impersonal[table.name] = NoPersonalData(table.name, slice_name, reason, _caller())


def _caller() -> str:
    """The module that made the declaration (two frames up)."""
    return str(sys._getframe(2).f_globals.get("__name__", ""))


def register_retention(name: str, step: RetentionStep) -> None:
    """A step of the daily retention run: deletes what is kept no longer, and
    returns how many rows it removed. Must be idempotent."""
    _retention[name] = step


def _check_new(name: str, slice_name: str, *, personal: bool) -> None:
    """A table is declared once, in one list; declaring it again the same way
    (a module imported anew) replaces the declaration."""
    same, other = (_personal, _impersonal) if personal else (_impersonal, _personal)
    if name in other or (name in same and same[name].slice != slice_name):
        raise ValueError(f"table {name!r} declared twice, differently")


def _declared() -> None:
    """Reading an empty registry would export and erase nothing, and say it
    had done so: a process that has not composed its slices fails instead."""
    if not _personal:
        raise RuntimeError("no personal data declared: call backend.composition.compose() first")


def personal_tables() -> dict[str, PersonalData]:
    _declared()
    return dict(_personal)


def impersonal_tables() -> dict[str, NoPersonalData]:
    _declared()
    return dict(_impersonal)


def retention_steps() -> dict[str, RetentionStep]:
    _declared()
    return dict(_retention)
