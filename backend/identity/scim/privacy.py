"""SCIM provisioning's tables for ``backend.privacy``."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql.elements import ColumnElement

from backend.identity.models import Membership
from backend.identity.scim.models import ScimEvent, ScimGroup, ScimToken, ScimUser
from backend.privacy.handlers import delete_rows, export_rows, plain_tree
from backend.privacy.registry import (
    Rows,
    Subject,
    register_no_personal_data,
    register_personal_data,
)


def _provisioned(subject: Any) -> ColumnElement[bool]:
    return ScimUser.membership_id.in_(
        select(Membership.id).where(
            Membership.person_id == subject.person_id,
            Membership.organisation_id == subject.organisation_id,
        )
    )


async def _memberships_in_groups(
    session: AsyncSession, subject: Subject
) -> list[tuple[ScimGroup, list[dict[str, Any]]]]:
    """Each of the organisation's groups with the person's member entries:
    a directory sends a display string per member, often the person's name,
    and SCIM clients expect it back, so it is kept (and so is personal data)."""
    ids = {
        str(pk) for pk in await session.scalars(select(ScimUser.id).where(_provisioned(subject)))
    }
    if not ids:
        return []
    groups = await session.scalars(
        select(ScimGroup)
        .where(ScimGroup.organisation_id == subject.organisation_id)
        .order_by(ScimGroup.id)
    )
    found = []
    for group in groups:
        entries = [
            m for m in (group.document or {}).get("members") or [] if str(m.get("value")) in ids
        ]
        if entries:
            found.append((group, entries))
    return found


async def _export_group_memberships(session: AsyncSession, subject: Subject) -> Rows:
    return [
        {"group": group.display_name, "member": plain_tree(entry)}
        for group, entries in await _memberships_in_groups(session, subject)
        for entry in entries
    ]


async def _erase_group_displays(session: AsyncSession, subject: Subject) -> int:
    """The membership stays (it is the unit's), the directory's string goes."""
    changed = 0
    for group, entries in await _memberships_in_groups(session, subject):
        if any(entry.get("display") is not None for entry in entries):
            erased = {id(entry) for entry in entries}
            members = [
                {k: v for k, v in m.items() if k != "display"} if id(m) in erased else m
                for m in group.document.get("members") or []
            ]
            group.document = {**group.document, "members": members}
            changed += 1
    await session.flush()
    return changed


def register() -> None:
    """Declare this slice's tables (``backend.composition.compose`` calls it at start-up)."""
    register_personal_data(
        ScimUser,
        export=export_rows(ScimUser, _provisioned),
        # The directory's copy goes with the person; if the directory sends the
        # person again, they are provisioned anew.
        erase=delete_rows(ScimUser, _provisioned),
        description="The person's record as the organisation's directory provisioned it (SCIM).",
    )
    register_personal_data(
        ScimGroup,
        export=_export_group_memberships,
        erase=_erase_group_displays,
        description="The person's membership of a directory group, with the display string the "
        "directory sent for them (SCIM).",
    )
    register_no_personal_data(ScimToken, reason="a hashed bearer token of an organisation's client")
    register_no_personal_data(
        ScimEvent, reason="which operation changed which attributes: ids and field names only"
    )
