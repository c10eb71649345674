"""The structure import's queries: everything in batches, never a query per row.

Reads take the whole organisation (or chunks of e-mails) at once; writes are
multi-row INSERT … RETURNING and executemany UPDATEs by primary key.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import func, insert, select, text, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from backend.identity.models import Membership, Person, StructureImport, Unit
from backend.identity.repository import AnyRow
from backend.repository import TenantRepository

IMPORTS = TenantRepository(StructureImport)

# Well below the bind-parameter limits of SQLite (32766) and asyncpg (32767).
CHUNK = 1000


def _chunks(values: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), CHUNK):
        yield values[start : start + CHUNK]


async def lock_organisation(session: AsyncSession, organisation_id: int) -> None:
    """One import per organisation at a time (PostgreSQL; SQLite has one
    writer anyway): two imports interleaving could build a cycle neither
    would see alone."""
    if session.get_bind().dialect.name != "postgresql":
        return
    digest = hashlib.sha256(f"structure-import:{organisation_id}".encode()).digest()
    await session.execute(
        text("SELECT pg_advisory_xact_lock(:key)"),
        {"key": int.from_bytes(digest[:8], "big", signed=True)},
    )


async def members(session: AsyncSession, organisation_id: int) -> list[AnyRow]:
    """Every membership of the organisation with its person's e-mail, name,
    language, and whether the person also belongs to another organisation."""
    other = aliased(Membership)
    shared = (
        select(func.count())
        .where(other.person_id == Membership.person_id, other.organisation_id != organisation_id)
        .correlate(Membership)
        .scalar_subquery()
    )
    statement = (
        select(
            Membership.id,
            Membership.person_id,
            Membership.unit_id,
            Membership.manager_id,
            Membership.job_title,
            Membership.leader_since,
            Membership.roles,
            Membership.is_active,
            Person.email,
            Person.name,
            Person.locale,
            (shared > 0).label("shared"),
        )
        .join(Person, Person.id == Membership.person_id)
        .where(Membership.organisation_id == organisation_id)
    )
    return list((await session.execute(statement)).all())


async def persons_by_emails(session: AsyncSession, emails: Sequence[str]) -> list[AnyRow]:
    """(id, email, memberships) of the people with these e-mails."""
    found: list[AnyRow] = []
    for chunk in _chunks(sorted(set(emails))):
        statement = (
            select(Person.id, Person.email, func.count(Membership.id).label("memberships"))
            .outerjoin(Membership, Membership.person_id == Person.id)
            .where(Person.email.in_(chunk))
            .group_by(Person.id, Person.email)
        )
        found.extend((await session.execute(statement)).all())
    return found


async def units(session: AsyncSession, organisation_id: int) -> list[AnyRow]:
    statement = (
        select(Unit.id, Unit.parent_id, Unit.name)
        .where(Unit.organisation_id == organisation_id)
        .order_by(Unit.id)
    )
    return list((await session.execute(statement)).all())


async def insert_units(session: AsyncSession, values: list[dict[str, Any]]) -> list[AnyRow]:
    """(id, parent_id, name) of the new units."""
    if not values:
        return []
    statement = insert(Unit).returning(Unit.id, Unit.parent_id, Unit.name)
    return list((await session.execute(statement, values)).all())


async def insert_persons(session: AsyncSession, values: list[dict[str, Any]]) -> list[AnyRow]:
    """(id, email) of the new people."""
    if not values:
        return []
    statement = insert(Person).returning(Person.id, Person.email)
    return list((await session.execute(statement, values)).all())


async def insert_memberships(session: AsyncSession, values: list[dict[str, Any]]) -> list[AnyRow]:
    """(id, person_id) of the new memberships."""
    if not values:
        return []
    statement = insert(Membership).returning(Membership.id, Membership.person_id)
    return list((await session.execute(statement, values)).all())


async def update_persons(session: AsyncSession, values: list[dict[str, Any]]) -> None:
    """Each dict has ``id`` and the columns to set (the same columns in all)."""
    if values:
        await session.execute(update(Person), values)


async def update_memberships(session: AsyncSession, values: list[dict[str, Any]]) -> None:
    if values:
        await session.execute(update(Membership), values)
