"""The queries every part of mentoring shares: the people taking part, the
pool of organisations, mentor profiles and mentoring needs, and a mentor's
load. Runs and proposals are in ``matching/repository.py``, mentorships in
``mentorships/repository.py``, meetings and observations in
``practice/repository.py``. Hot paths select the columns they need.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any, NamedTuple

from sqlalchemy import Row, Select, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.identity.models import Membership, Organisation, Person, Unit
from backend.repository import TenantRepository, one_of_parameter
from learning.mentoring.models import (
    OCCUPYING,
    MentoringNeed,
    MentoringPoolMember,
    MentorProfile,
    Mentorship,
)

AnyRow = Row[*tuple[Any, ...]]
NEEDS = TenantRepository(MentoringNeed)
_OCCUPYING = [s.value for s in OCCUPYING]


class Listing(NamedTuple):
    """A statement for ``paginate``: its leading columns are ``keys``."""

    statement: Any  # Select of any columns
    keys: list[Any]  # column expressions


# --- people ----------------------------------------------------------------------------

PERSON_COLUMNS = (
    Membership.id,
    Membership.organisation_id,
    Membership.person_id,
    Membership.unit_id,
    Membership.job_title,
    Membership.leader_since,
    Person.name,
    Person.email,
    Person.locale,
    Organisation.name.label("organisation_name"),
    Unit.name.label("unit_name"),
)


def _people() -> Select[*tuple[Any, ...]]:
    return (
        select(*PERSON_COLUMNS)
        .join(Person, Person.id == Membership.person_id)
        .join(Organisation, Organisation.id == Membership.organisation_id)
        .outerjoin(Unit, Unit.id == Membership.unit_id)
    )


async def people(session: AsyncSession, membership_ids: Sequence[int]) -> list[AnyRow]:
    """People by membership, across organisations: callers pass only ids the
    service let through (a shared pool's mentor belongs to another tenant)."""
    if not membership_ids:
        return []
    rows = await session.execute(_people_by_ids(), {"memberships": list(set(membership_ids))})
    return list(rows.all())


@cache
def _people_by_ids() -> Select[*tuple[Any, ...]]:
    """Built once: home reads the mentor on every request."""
    return _people().where(one_of_parameter(Membership.id, "memberships"))


async def person(session: AsyncSession, membership_id: int) -> AnyRow | None:
    found = await people(session, [membership_id])
    return found[0] if found else None


async def pool_organisations(session: AsyncSession, organisation_id: int) -> list[int]:
    """The organisations sharing mentors with this one, itself included."""
    pool = (
        select(MentoringPoolMember.pool_id)
        .where(MentoringPoolMember.organisation_id == organisation_id)
        .scalar_subquery()
    )
    rows = await session.scalars(
        select(MentoringPoolMember.organisation_id).where(MentoringPoolMember.pool_id == pool)
    )
    return sorted({organisation_id, *rows.all()})


# --- profiles and needs ------------------------------------------------------------------


async def profile_of(session: AsyncSession, membership_id: int) -> MentorProfile | None:
    return await session.scalar(
        select(MentorProfile).where(MentorProfile.membership_id == membership_id)
    )


async def need_of(session: AsyncSession, membership_id: int) -> MentoringNeed | None:
    return await session.scalar(
        select(MentoringNeed).where(MentoringNeed.membership_id == membership_id)
    )


async def profiles_by_ids(
    session: AsyncSession, ids: Sequence[int], organisation_ids: Sequence[int] | None = None
) -> list[MentorProfile]:
    """Profiles by id; of the given organisations only (a shared pool's) when named."""
    if not ids:
        return []
    statement = select(MentorProfile).where(MentorProfile.id.in_(list(set(ids))))
    if organisation_ids is not None:
        statement = statement.where(MentorProfile.organisation_id.in_(list(organisation_ids)))
    return list(await session.scalars(statement.order_by(MentorProfile.id)))


def profiles_listing(organisation_id: int) -> Listing:
    statement = (
        select(Person.name.label("sort_name"), MentorProfile.id, MentorProfile)
        .join(Membership, Membership.id == MentorProfile.membership_id)
        .join(Person, Person.id == Membership.person_id)
        .where(MentorProfile.organisation_id == organisation_id)
    )
    return Listing(statement, [Person.name, MentorProfile.id])


def needs_listing(organisation_id: int, status: str | None) -> Listing:
    statement = (
        select(Person.name.label("sort_name"), MentoringNeed.id, MentoringNeed)
        .join(Membership, Membership.id == MentoringNeed.membership_id)
        .join(Person, Person.id == Membership.person_id)
        .where(MentoringNeed.organisation_id == organisation_id)
    )
    if status is not None:
        statement = statement.where(MentoringNeed.status == status)
    return Listing(statement, [Person.name, MentoringNeed.id])


async def load_of_mentors(session: AsyncSession, mentor_ids: Sequence[int]) -> dict[int, int]:
    """Mentorships taking a place of each mentor's capacity (proposed, active, paused)."""
    if not mentor_ids:
        return {}
    rows = await session.execute(
        select(Mentorship.mentor_id, func.count())
        .where(Mentorship.mentor_id.in_(list(mentor_ids)), Mentorship.status.in_(_OCCUPYING))
        .group_by(Mentorship.mentor_id)
    )
    return {row[0]: int(row[1]) for row in rows}


async def lock_profile(session: AsyncSession, profile_id: int) -> MentorProfile | None:
    """The mentor's profile, locked (FOR UPDATE on PostgreSQL) so that two
    acceptances cannot both take the last place."""
    statement = (
        select(MentorProfile)
        .where(MentorProfile.id == profile_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    return await session.scalar(statement)
