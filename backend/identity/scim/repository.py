"""Every query of SCIM provisioning."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql.elements import ColumnElement

from backend.identity.models import Membership, Organisation, Person, Unit
from backend.identity.scim.models import ScimEvent, ScimGroup, ScimToken, ScimUser


async def organisation_id(session: AsyncSession, slug: str) -> int | None:
    return await session.scalar(select(Organisation.id).where(Organisation.slug == slug))


async def organisation_of_token(session: AsyncSession, token_hash: str) -> int | None:
    return await session.scalar(
        select(ScimToken.organisation_id).where(
            ScimToken.token_hash == token_hash, ScimToken.revoked_at.is_(None)
        )
    )


async def user(session: AsyncSession, organisation_id: int, scim_id: int) -> ScimUser | None:
    return await session.scalar(
        select(ScimUser).where(
            ScimUser.id == scim_id,
            ScimUser.organisation_id == organisation_id,
            ScimUser.deleted_at.is_(None),
        )
    )


async def user_by_user_name(
    session: AsyncSession, organisation_id: int, user_name: str
) -> ScimUser | None:
    return await session.scalar(
        select(ScimUser).where(
            ScimUser.organisation_id == organisation_id,
            func.lower(ScimUser.user_name) == user_name.lower(),
        )
    )


async def live_user_ids(session: AsyncSession, organisation_id: int, ids: list[int]) -> set[int]:
    """Which of these SCIM user ids the organisation has, not deleted (one statement)."""
    if not ids:
        return set()
    found = await session.scalars(
        select(ScimUser.id).where(
            ScimUser.id.in_(ids),
            ScimUser.organisation_id == organisation_id,
            ScimUser.deleted_at.is_(None),
        )
    )
    return set(found)


async def manager_candidate(
    session: AsyncSession, organisation_id: int, value: str
) -> ScimUser | None:
    """The provisioned user a manager reference names: our SCIM id (Entra ID),
    else the directory's own id or login (Okta's ``managerId``), which
    arrive as ``externalId`` and ``userName`` when the manager is provisioned."""
    live = (ScimUser.organisation_id == organisation_id, ScimUser.deleted_at.is_(None))
    if value.isdigit() and len(value) <= 18:
        found = await session.scalar(select(ScimUser).where(ScimUser.id == int(value), *live))
        if found is not None:
            return found
    return await session.scalar(
        select(ScimUser)
        .where(
            *live,
            (ScimUser.external_id == value) | (func.lower(ScimUser.user_name) == value.lower()),
        )
        .order_by((ScimUser.external_id == value).desc(), ScimUser.id)
        .limit(1)
    )


async def user_by_membership(session: AsyncSession, membership_id: int) -> ScimUser | None:
    return await session.scalar(select(ScimUser).where(ScimUser.membership_id == membership_id))


async def users(
    session: AsyncSession,
    organisation_id: int,
    *,
    user_name: str | None,
    external_id: str | None,
    offset: int,
    limit: int,
) -> tuple[int, list[ScimUser]]:
    """A page of the organisation's users (by id), and how many match in all."""
    where = [ScimUser.organisation_id == organisation_id, ScimUser.deleted_at.is_(None)]
    if user_name is not None:
        where.append(func.lower(ScimUser.user_name) == user_name.lower())
    if external_id is not None:
        where.append(ScimUser.external_id == external_id)
    total = await session.scalar(select(func.count(ScimUser.id)).where(*where)) or 0
    page = await session.scalars(
        select(ScimUser).where(*where).order_by(ScimUser.id).offset(offset).limit(limit)
    )
    return total, list(page)


async def group(session: AsyncSession, organisation_id: int, scim_id: int) -> ScimGroup | None:
    return await session.scalar(
        select(ScimGroup).where(
            ScimGroup.id == scim_id,
            ScimGroup.organisation_id == organisation_id,
            ScimGroup.deleted_at.is_(None),
        )
    )


def _same_name(name: str) -> ColumnElement[bool]:
    # SQLite's lower() folds ASCII only: an exact match catches "Ældreplejen".
    return or_(ScimGroup.display_name == name, func.lower(ScimGroup.display_name) == name.lower())


async def group_by_name(session: AsyncSession, organisation_id: int, name: str) -> ScimGroup | None:
    return await session.scalar(
        select(ScimGroup).where(
            ScimGroup.organisation_id == organisation_id,
            _same_name(name),
            ScimGroup.deleted_at.is_(None),
        )
    )


async def groups(
    session: AsyncSession,
    organisation_id: int,
    *,
    display_name: str | None,
    external_id: str | None,
    offset: int,
    limit: int,
) -> tuple[int, list[ScimGroup]]:
    where = [ScimGroup.organisation_id == organisation_id, ScimGroup.deleted_at.is_(None)]
    if display_name is not None:
        where.append(_same_name(display_name))
    if external_id is not None:
        where.append(ScimGroup.external_id == external_id)
    total = await session.scalar(select(func.count(ScimGroup.id)).where(*where)) or 0
    page = await session.scalars(
        select(ScimGroup).where(*where).order_by(ScimGroup.id).offset(offset).limit(limit)
    )
    return total, list(page)


async def person_by_email(session: AsyncSession, email: str) -> Person | None:
    return await session.scalar(select(Person).where(Person.email == email))


async def membership(
    session: AsyncSession, organisation_id: int, person_id: int
) -> Membership | None:
    return await session.scalar(
        select(Membership).where(
            Membership.organisation_id == organisation_id, Membership.person_id == person_id
        )
    )


async def other_memberships(session: AsyncSession, person_id: int, organisation_id: int) -> int:
    return (
        await session.scalar(
            select(func.count(Membership.id)).where(
                Membership.person_id == person_id, Membership.organisation_id != organisation_id
            )
        )
        or 0
    )


async def unit_by_name(session: AsyncSession, organisation_id: int, name: str) -> Unit | None:
    return await session.scalar(
        select(Unit)
        .where(Unit.organisation_id == organisation_id, Unit.name == name)
        .order_by(Unit.id)
        .limit(1)
    )


async def revoke_tokens(session: AsyncSession, organisation_id: int, at: datetime) -> None:
    await session.execute(
        update(ScimToken)
        .where(ScimToken.organisation_id == organisation_id, ScimToken.revoked_at.is_(None))
        .values(revoked_at=at)
    )


def record(
    session: AsyncSession,
    organisation_id: int,
    scim_user_id: int | None,
    operation: str,
    changed: list[str],
) -> None:
    session.add(
        ScimEvent(
            organisation_id=organisation_id,
            scim_user_id=scim_user_id,
            operation=operation,
            changed=changed,
        )
    )
