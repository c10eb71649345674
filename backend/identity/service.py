"""Reading an organisation (the viewer, units, members) and shaping its units,
with the field rules every part of identity shares (``clean_text``, ``Keep``).

Every function takes the session and the viewer, asks ``policy`` first, and
reads or writes only the viewer's own organisation, so nothing crosses from
one tenant to another. Listing and changing people is in ``people/``, goals
and the leadership foundation in ``goals/``, reports and spans of control in
``reporting/``, sign-in in ``signin/``, the CSV import in ``structure_import/``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, TypeVar

from sqlalchemy.ext.asyncio import AsyncSession

from backend.api.errors import DomainError, ErrorCode
from backend.api.pagination import Connection, PageRequest, paginate
from backend.auth.viewer import Viewer
from backend.identity import policy, repository
from backend.identity.models import Role, Unit
from backend.identity.repository import AnyRow
from backend.settings import Settings

R = TypeVar("R")
ToNode = Callable[[AnyRow], R]

EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
NAME_LENGTH = 200
EMAIL_LENGTH = 320


class Keep:
    """An update field that was not given: the value stays as it is."""

    def __repr__(self) -> str:
        return "KEEP"


KEEP = Keep()


def normalise_email(value: str) -> str:
    return value.strip().lower()


def valid_email(value: str) -> bool:
    return len(value) <= EMAIL_LENGTH and EMAIL_PATTERN.fullmatch(value) is not None


def clean_text(
    value: str, field: str | list[str], maximum: int = NAME_LENGTH, required: bool = True
) -> str:
    """A trimmed text field, or the error a client can act on; ``field`` is the
    input's name, or its path inside a list (``["principles", "0", "title"]``)."""
    path = [field] if isinstance(field, str) else field
    value = value.strip()
    if required and not value:
        raise DomainError(ErrorCode.REQUIRED, "error.required", field=path)
    if len(value) > maximum:
        raise DomainError(ErrorCode.TOO_LONG, "error.too_long", field=path, maximum=maximum)
    return value


def is_new_leader(roles: Sequence[str], leader_since: date | None, settings: Settings) -> bool:
    """A leader who has led for less than ``new_leader_months``."""
    if Role.LEADER.value not in roles or leader_since is None:
        return False
    today = date.today()
    months = (today.year - leader_since.year) * 12 + today.month - leader_since.month
    if today.day < leader_since.day:
        months -= 1
    return months < settings.new_leader_months


# --- reads --------------------------------------------------------------------------


async def viewer_member(session: AsyncSession, viewer: Viewer | None) -> AnyRow | None:
    """The signed-in person as a member of their organisation; None when
    signed out (or when the membership is gone)."""
    if viewer is None:
        return None
    found = await repository.members_by_ids(session, viewer.organisation_id, [viewer.membership_id])
    return found[0] if found and found[0].is_active else None


async def viewer_has_password(session: AsyncSession, viewer: Viewer | None) -> bool:
    """Whether the signed-in person has a password of their own (people added
    by HR or SCIM sign in by mail link or with their organisation until they
    choose one): their own only, never anyone else's."""
    signed_in = policy.require_viewer(viewer)
    return await repository.has_password(session, signed_in.person_id)


async def viewer_memberships(session: AsyncSession, viewer: Viewer) -> list[AnyRow]:
    """Every organisation the viewer belongs to (to switch at sign-in): only
    names and roles, never another organisation's people or units."""
    return await repository.organisations_of(session, viewer.person_id)


async def organisation(session: AsyncSession, viewer: Viewer | None) -> AnyRow:
    signed_in = policy.require_member(viewer)
    return (await repository.organisations_by_ids(session, [signed_in.organisation_id]))[0]


async def visible_organisations(
    session: AsyncSession, viewer: Viewer | None, ids: Sequence[int]
) -> list[AnyRow]:
    if viewer is None or viewer.organisation_id not in ids:
        return []
    return await repository.organisations_by_ids(session, [viewer.organisation_id])


async def units(
    session: AsyncSession,
    viewer: Viewer | None,
    settings: Settings,
    page: PageRequest,
    to_node: ToNode[R],
) -> Connection[R]:
    signed_in = policy.require_member(viewer)
    listing = repository.units_listing(signed_in.organisation_id)
    return await paginate(session, listing.statement, listing.keys, page, settings, to_node)


async def visible_units(
    session: AsyncSession, viewer: Viewer | None, ids: Sequence[int]
) -> list[Unit]:
    if viewer is None:
        return []
    return await repository.UNITS.by_ids(session, viewer.organisation_id, ids)


async def root_units(session: AsyncSession, viewer: Viewer | None) -> list[AnyRow]:
    signed_in = policy.require_member(viewer)
    return await repository.units_by_parents(session, signed_in.organisation_id, [None])


async def visible_people(
    session: AsyncSession, viewer: Viewer | None, person_ids: Sequence[int]
) -> list[AnyRow]:
    if viewer is None:
        return []
    return await repository.members_by_person_ids(session, viewer.organisation_id, person_ids)


async def visible_memberships(
    session: AsyncSession, viewer: Viewer | None, ids: Sequence[int]
) -> list[AnyRow]:
    if viewer is None:
        return []
    return await repository.members_by_ids(session, viewer.organisation_id, ids)


# --- units ------------------------------------------------------------------------


async def create_unit(
    session: AsyncSession, viewer: Viewer | None, name: str, parent_id: int | None
) -> Unit:
    signed_in = policy.require_hr(viewer)
    name = clean_text(name, "name")
    if parent_id is not None:
        await unit_in(session, signed_in, parent_id, "parentId")
    unit = Unit(organisation_id=signed_in.organisation_id, parent_id=parent_id, name=name)
    session.add(unit)
    await session.flush()
    return unit


async def update_unit(
    session: AsyncSession,
    viewer: Viewer | None,
    unit_id: int,
    name: str | Keep = KEEP,
    parent_id: int | None | Keep = KEEP,
) -> Unit:
    signed_in = policy.require_hr(viewer)
    unit = await unit_in(session, signed_in, unit_id, "id")
    values: dict[str, Any] = {}
    if not isinstance(name, Keep):
        values["name"] = clean_text(name, "name")
    if not isinstance(parent_id, Keep):
        if parent_id is not None:
            await unit_in(session, signed_in, parent_id, "parentId")
            if unit_id in await repository.units_above(session, parent_id):
                raise DomainError(ErrorCode.RULE_VIOLATED, "identity.unit_cycle", ["parentId"])
        values["parent_id"] = parent_id
    for key, value in values.items():
        setattr(unit, key, value)
    await session.flush()
    return unit


# --- lookups inside the viewer's organisation -------------------------------------------


async def unit_in(session: AsyncSession, viewer: Viewer, unit_id: int, field: str) -> Unit:
    found = await repository.UNITS.by_id(session, viewer.organisation_id, unit_id)
    if found is None:
        raise DomainError(ErrorCode.NOT_FOUND, "identity.unit_not_found", field=[field])
    return found


async def member_in(session: AsyncSession, viewer: Viewer, person_id: int, field: str) -> AnyRow:
    found = await repository.member(session, viewer.organisation_id, person_id)
    if found is None:
        raise DomainError(ErrorCode.NOT_FOUND, "identity.person_not_found", field=[field])
    return found
