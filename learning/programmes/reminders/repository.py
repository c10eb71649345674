"""Queries of the reminders: due activities not completed, leaders not yet
reminded today, checkpoints due and not yet asked for, and the people to
write to."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select

from backend.db import Session
from backend.identity.models import Membership, Person
from learning.programmes.models import (
    ActivityProgress,
    Enrolment,
    EnrolmentStatus,
    ManagerCheckpoint,
    ProgrammeReminder,
)


async def active_enrolments_started_by(session: Session, today: date) -> list[Enrolment]:
    rows = await session.scalars(
        select(Enrolment).where(
            Enrolment.status == EnrolmentStatus.ACTIVE.value, Enrolment.starts_on <= today
        )
    )
    return list(rows)


async def completed_pairs(session: Session, enrolment_ids: Sequence[int]) -> set[tuple[int, int]]:
    rows = await session.execute(
        select(ActivityProgress.enrolment_id, ActivityProgress.activity_id).where(
            ActivityProgress.enrolment_id.in_(enrolment_ids),
            ActivityProgress.completed_at.is_not(None),
        )
    )
    return {(row[0], row[1]) for row in rows}


async def reminded_on(session: Session, membership_ids: Sequence[int], day: date) -> set[int]:
    rows = await session.scalars(
        select(ProgrammeReminder.membership_id).where(
            ProgrammeReminder.membership_id.in_(membership_ids), ProgrammeReminder.sent_on == day
        )
    )
    return set(rows)


async def due_checkpoints_unreminded(
    session: Session, today: date
) -> list[tuple[ManagerCheckpoint, Enrolment]]:
    rows = await session.execute(
        select(ManagerCheckpoint, Enrolment)
        .join(Enrolment, Enrolment.id == ManagerCheckpoint.enrolment_id)
        .where(
            Enrolment.status == EnrolmentStatus.ACTIVE.value,
            ManagerCheckpoint.completed_at.is_(None),
            ManagerCheckpoint.due_on <= today,
            ManagerCheckpoint.reminded_on.is_(None),
        )
        .with_for_update(of=ManagerCheckpoint, skip_locked=True)
    )
    return [(row[0], row[1]) for row in rows]


async def people_and_managers(
    session: Session, membership_ids: Sequence[int]
) -> dict[int, tuple[Membership, Person]]:
    rows = await session.execute(
        select(Membership, Person)
        .join(Person, Person.id == Membership.person_id)
        .where(Membership.id.in_(membership_ids))
    )
    return {row[0].id: (row[0], row[1]) for row in rows}
