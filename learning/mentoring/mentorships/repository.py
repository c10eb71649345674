"""Queries of mentorships: one by id (locked for a change), the running ones,
the viewer's list and the mentor's ``mentees`` page, and those past their end."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import Select, bindparam, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql.elements import BindParameter

from backend.db import Id
from backend.identity.models import Membership, Organisation, Person, Unit
from backend.repository import one_of
from learning.mentoring.models import (
    OCCUPYING,
    Mentorship,
    MentorshipStatus,
)
from learning.mentoring.repository import PERSON_COLUMNS, AnyRow, Listing

_OCCUPYING = [s.value for s in OCCUPYING]
_RUNNING = [MentorshipStatus.ACTIVE.value, MentorshipStatus.PAUSED.value]


# --- mentorships --------------------------------------------------------------------------


async def mentorship_for_update(session: AsyncSession, mentorship_id: int) -> Mentorship | None:
    statement = (
        select(Mentorship)
        .where(Mentorship.id == mentorship_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    return await session.scalar(statement)


async def mentorships_by_ids(session: AsyncSession, ids: Sequence[int]) -> list[Mentorship]:
    rows = await session.scalars(select(Mentorship).where(Mentorship.id.in_(list(ids))))
    return list(rows)


async def occupying_mentorship_of_mentee(
    session: AsyncSession, mentee_id: int
) -> Mentorship | None:
    return await session.scalar(
        select(Mentorship)
        .where(Mentorship.mentee_id == mentee_id, Mentorship.status.in_(_OCCUPYING))
        .limit(1)
    )


async def running_mentorship(
    session: AsyncSession, mentor_id: int | None, mentee_id: int
) -> AnyRow | None:
    """The active (or paused) mentorship of a mentee, with a given mentor if named."""
    if mentor_id is not None:
        statement = _running_mentorship().where(Mentorship.mentor_id == mentor_id)
        return (await session.execute(statement, {"mentee": mentee_id})).first()
    return (await session.execute(_running_mentorship(), {"mentee": mentee_id})).first()


@cache
def _running_mentorship() -> Select[int, int]:
    """Built once (the mentee a parameter): home reads the mentor on every request."""
    return (
        select(Mentorship.id, Mentorship.mentor_id)
        .where(
            Mentorship.mentee_id == bindparam("mentee", type_=Id),
            one_of(Mentorship.status, _RUNNING),
        )
        .limit(1)
    )


def running_mentee_ids(mentor_id: int | BindParameter[int]) -> Select[Any]:
    """The mentees of a mentor's ACTIVE or PAUSED mentorships, as a subquery."""
    return select(Mentorship.mentee_id).where(
        Mentorship.mentor_id == mentor_id,
        one_of(Mentorship.status, _RUNNING),
    )


def mentorships_listing(viewer_membership_id: int, statuses: Sequence[str] | None) -> Listing:
    """The viewer's mentorships as mentor or as mentee, newest first."""
    statement = select((-Mentorship.id).label("sort"), Mentorship.id, Mentorship).where(
        or_(
            Mentorship.mentor_id == viewer_membership_id,
            Mentorship.mentee_id == viewer_membership_id,
        )
    )
    if statuses:
        statement = statement.where(Mentorship.status.in_(list(statuses)))
    return Listing(statement, [-Mentorship.id, Mentorship.id])


def mentees_listing(mentor_membership_id: int) -> Listing:
    """A mentor's running mentorships with the mentee's name, sorted by name:
    one statement per page."""
    statement = (
        select(
            Person.name.label("sort_name"),
            # labelled: ``row.id`` is the mentee's membership (PERSON_COLUMNS)
            Mentorship.id.label("mentorship_id"),
            Mentorship,
            *PERSON_COLUMNS,
        )
        .join(Membership, Membership.id == Mentorship.mentee_id)
        .join(Person, Person.id == Membership.person_id)
        .join(Organisation, Organisation.id == Membership.organisation_id)
        .outerjoin(Unit, Unit.id == Membership.unit_id)
        .where(
            Mentorship.mentor_id == mentor_membership_id,
            one_of(Mentorship.status, _RUNNING),
        )
    )
    return Listing(statement, [Person.name, Mentorship.id])


async def ended_mentorships(session: AsyncSession, today: date) -> list[Mentorship]:
    """Running mentorships whose end date has passed, locked for closing."""
    statement = (
        select(Mentorship)
        .where(
            one_of(Mentorship.status, _RUNNING),
            Mentorship.ends_on < today,
        )
        .order_by(Mentorship.id)
        .with_for_update(skip_locked=True)
    )
    return list(await session.scalars(statement))
