"""SCIM Groups as the directory provisions them: a group is a unit of the
organisation (its members belong to that unit; renaming the group renames
the unit), or, when its name is one of ``scim_role_groups``, a Ledelyst role
(its members have that role). Deleting a group keeps the unit (goals and
history hang on it) and takes the unit or role from its members.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import ValidationError
from scim2_models import Context, Group, SCIMException
from sqlalchemy.ext.asyncio import AsyncSession

from backend.db import utcnow
from backend.identity.models import Membership, Role, Unit
from backend.identity.scim import repository
from backend.identity.scim.models import ScimGroup, ScimUser
from backend.identity.scim.service import (
    Page,
    ScimProblem,
    _id,
    _short,
    bounds,
    check_version,
    equality,
    patched,
)
from backend.settings import Settings

_FILTER = re.compile(r'^\s*(displayName|externalId)\s+eq\s+"((?:[^"\\]|\\.)*)"\s*$', re.I)
_ROLES = frozenset(role.value for role in Role)


def parse(payload: Any, context: Context) -> Any:
    try:
        return Group.model_validate(payload, scim_ctx=context)
    except (ValidationError, SCIMException, ValueError, TypeError) as error:
        raise ScimProblem(400, "scim.invalid", "invalidValue", detail=_short(error)) from None


async def create(
    session: AsyncSession, settings: Settings, organisation_id: int, payload: Any
) -> ScimGroup:
    model = parse(payload, Context.RESOURCE_CREATION_REQUEST)
    name = str(model.display_name).strip()[:200]
    if await repository.group_by_name(session, organisation_id, name) is not None:
        raise ScimProblem(409, "scim.group_name_taken", "uniqueness")
    role = settings.scim_role_groups.get(name)
    group = ScimGroup(
        organisation_id=organisation_id,
        display_name=name,
        external_id=model.external_id,
        role=role if role in _ROLES else None,
        members=[],
        document={},
        version=1,
    )
    if group.role is None:
        group.unit_id = await _unit_for(session, organisation_id, name)
    session.add(group)
    await session.flush()
    await _apply(session, organisation_id, group, model)
    repository.record(session, organisation_id, None, "GROUP_CREATE", [f"group:{group.id}"])
    return group


async def get(session: AsyncSession, organisation_id: int, scim_id: str) -> ScimGroup:
    group = await repository.group(session, organisation_id, _id(scim_id))
    if group is None:
        raise ScimProblem(404, "scim.not_found")
    return group


async def replace(
    session: AsyncSession, organisation_id: int, scim_id: str, payload: Any, if_match: str | None
) -> ScimGroup:
    group = await _for_change(session, organisation_id, scim_id, if_match)
    model = parse(payload, Context.RESOURCE_REPLACEMENT_REQUEST)
    return await _save(session, organisation_id, group, model, "GROUP_REPLACE")


async def patch(
    session: AsyncSession, organisation_id: int, scim_id: str, payload: Any, if_match: str | None
) -> ScimGroup:
    group = await _for_change(session, organisation_id, scim_id, if_match)
    model = patched(Group, group.document, payload)
    return await _save(session, organisation_id, group, model, "GROUP_PATCH")


async def delete(
    session: AsyncSession, organisation_id: int, scim_id: str, if_match: str | None
) -> None:
    group = await _for_change(session, organisation_id, scim_id, if_match)
    await _set_members(session, group, [])
    group.deleted_at = utcnow()
    group.version += 1
    repository.record(session, organisation_id, None, "GROUP_DELETE", [f"group:{group.id}"])


async def search(
    session: AsyncSession,
    organisation_id: int,
    filter_: str | None,
    start_index: int | None,
    count: int | None,
) -> tuple[Page, list[ScimGroup]]:
    attribute, value = equality(_FILTER, filter_)
    start, limit = bounds(start_index, count)
    total, found = await repository.groups(
        session,
        organisation_id,
        display_name=value if attribute == "displayname" else None,
        external_id=value if attribute == "externalid" else None,
        offset=start - 1,
        limit=limit,
    )
    return Page(total, start, []), found


# --- applying a document ---------------------------------------------------------------


async def _for_change(
    session: AsyncSession, organisation_id: int, scim_id: str, if_match: str | None
) -> ScimGroup:
    group = await get(session, organisation_id, scim_id)
    check_version(group, if_match)
    return group


async def _save(
    session: AsyncSession, organisation_id: int, group: ScimGroup, model: Any, operation: str
) -> ScimGroup:
    name = str(model.display_name or "").strip()[:200]
    if not name:
        raise ScimProblem(400, "scim.invalid", "invalidValue", detail="displayName")
    changed = []
    if name != group.display_name:
        other = await repository.group_by_name(session, organisation_id, name)
        if other is not None and other.id != group.id:
            raise ScimProblem(409, "scim.group_name_taken", "uniqueness")
        group.display_name = name
        changed.append("displayName")
        if group.unit_id is not None:
            unit = await session.get(Unit, group.unit_id)
            if unit is not None:
                unit.name = name  # renaming the group renames its unit
    changed += await _apply(session, organisation_id, group, model)
    if changed:
        group.version += 1
        group.updated_at = utcnow()
        repository.record(session, organisation_id, None, operation, [f"group:{group.id}"])
    return group


async def _apply(
    session: AsyncSession, organisation_id: int, group: ScimGroup, model: Any
) -> list[str]:
    changed = []
    # Members in the order sent, once each, all looked up in one statement.
    wanted = list(dict.fromkeys(_id(str(m.value or ""), 400) for m in model.members or []))
    if set(wanted) - await repository.live_user_ids(session, organisation_id, wanted):
        raise ScimProblem(400, "scim.unknown_member", "invalidValue")
    if sorted(wanted) != sorted(group.members or []):
        await _set_members(session, group, wanted)
        changed.append("members")
    group.external_id = model.external_id
    document = model.model_dump(scim_ctx=Context.RESOURCE_CREATION_REQUEST)
    if document != group.document:
        group.document = document
        if not changed:
            changed.append("document")
    await session.flush()
    return changed


async def _set_members(session: AsyncSession, group: ScimGroup, wanted: list[int]) -> None:
    before = set(group.members or [])
    after = set(wanted)
    for scim_user_id, joins in [*((i, False) for i in before - after), *((i, True) for i in after)]:
        user = await session.get(ScimUser, scim_user_id)
        membership = await session.get(Membership, user.membership_id) if user else None
        if membership is None:
            continue
        if group.role is not None:
            roles = set(membership.roles or [])
            roles = roles | {group.role} if joins else roles - {group.role}
            membership.roles = sorted(roles)
        elif joins:
            membership.unit_id = group.unit_id
        elif membership.unit_id == group.unit_id:
            membership.unit_id = None
    group.members = sorted(after)


async def _unit_for(session: AsyncSession, organisation_id: int, name: str) -> int:
    unit = await repository.unit_by_name(session, organisation_id, name)
    if unit is None:
        unit = Unit(organisation_id=organisation_id, name=name)
        session.add(unit)
        await session.flush()
    return unit.id
