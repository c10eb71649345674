"""Queries of running mentorships: the mentorships, their meetings and notes,
observations and assessments, and the mentor's ``mentees`` page."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.identity.models import Membership, Organisation, Person, Unit
from learning.mentoring.models import (
    OCCUPYING,
    MeetingNote,
    MentoringMeeting,
    MentoringObservation,
    Mentorship,
    MentorshipAssessment,
    MentorshipStatus,
)
from learning.mentoring.repository import PERSON_COLUMNS, AnyRow, Listing

_OCCUPYING = [s.value for s in OCCUPYING]


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
    statement = select(Mentorship.id, Mentorship.mentor_id).where(
        Mentorship.mentee_id == mentee_id,
        Mentorship.status.in_([MentorshipStatus.ACTIVE.value, MentorshipStatus.PAUSED.value]),
    )
    if mentor_id is not None:
        statement = statement.where(Mentorship.mentor_id == mentor_id)
    return (await session.execute(statement.limit(1))).first()


def running_mentee_ids(mentor_id: int) -> Select[tuple[int]]:
    """The mentees of a mentor's ACTIVE or PAUSED mentorships, as a subquery."""
    return select(Mentorship.mentee_id).where(
        Mentorship.mentor_id == mentor_id,
        Mentorship.status.in_([MentorshipStatus.ACTIVE.value, MentorshipStatus.PAUSED.value]),
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
            Mentorship.status.in_([MentorshipStatus.ACTIVE.value, MentorshipStatus.PAUSED.value]),
        )
    )
    return Listing(statement, [Person.name, Mentorship.id])


async def next_meetings(
    session: AsyncSession, mentorship_ids: Sequence[int], now: datetime
) -> list[MentoringMeeting]:
    """The next meeting of each mentorship, in one statement."""
    if not mentorship_ids:
        return []
    first = (
        select(
            MentoringMeeting.mentorship_id.label("mentorship_id"),
            func.min(MentoringMeeting.starts_at).label("starts_at"),
        )
        .where(
            MentoringMeeting.mentorship_id.in_(list(mentorship_ids)),
            MentoringMeeting.starts_at >= now,
        )
        .group_by(MentoringMeeting.mentorship_id)
        .subquery("first")
    )
    rows = await session.scalars(
        select(MentoringMeeting)
        .join(
            first,
            and_(
                first.c.mentorship_id == MentoringMeeting.mentorship_id,
                first.c.starts_at == MentoringMeeting.starts_at,
            ),
        )
        .order_by(MentoringMeeting.id)
    )
    return list(rows)


async def meetings_of(
    session: AsyncSession, mentorship_ids: Sequence[int]
) -> list[MentoringMeeting]:
    rows = await session.scalars(
        select(MentoringMeeting)
        .where(MentoringMeeting.mentorship_id.in_(list(mentorship_ids)))
        .order_by(MentoringMeeting.starts_at.desc(), MentoringMeeting.id)
    )
    return list(rows)


async def meeting(session: AsyncSession, meeting_id: int) -> MentoringMeeting | None:
    return await session.get(MentoringMeeting, meeting_id)


async def notes_of_meetings(
    session: AsyncSession, meeting_ids: Sequence[int], viewer_membership_id: int
) -> list[MeetingNote]:
    """Notes the viewer may read: their own, and the shared ones."""
    rows = await session.scalars(
        select(MeetingNote)
        .where(
            MeetingNote.meeting_id.in_(list(meeting_ids)),
            or_(MeetingNote.author_id == viewer_membership_id, MeetingNote.shared.is_(True)),
        )
        .order_by(MeetingNote.id)
    )
    return list(rows)


async def note_of(session: AsyncSession, meeting_id: int, author_id: int) -> MeetingNote | None:
    return await session.scalar(
        select(MeetingNote).where(
            MeetingNote.meeting_id == meeting_id, MeetingNote.author_id == author_id
        )
    )


async def observations_of(
    session: AsyncSession, mentorship_ids: Sequence[int], mentor_view: set[int]
) -> list[MentoringObservation]:
    """Observations of the mentorships; the mentee sees only the shared ones
    (``mentor_view`` holds the mentorships the viewer mentors)."""
    rows = await session.scalars(
        select(MentoringObservation)
        .where(
            MentoringObservation.mentorship_id.in_(list(mentorship_ids)),
            or_(
                MentoringObservation.mentorship_id.in_(list(mentor_view)),
                MentoringObservation.shared_with_mentee.is_(True),
            ),
        )
        .order_by(MentoringObservation.observed_on.desc(), MentoringObservation.id)
    )
    return list(rows)


async def assessments_of(
    session: AsyncSession, mentorship_ids: Sequence[int]
) -> list[MentorshipAssessment]:
    rows = await session.scalars(
        select(MentorshipAssessment)
        .where(MentorshipAssessment.mentorship_id.in_(list(mentorship_ids)))
        .order_by(MentorshipAssessment.id)
    )
    return list(rows)


async def assessment(
    session: AsyncSession, mentorship_id: int, kind: str
) -> MentorshipAssessment | None:
    return await session.scalar(
        select(MentorshipAssessment).where(
            MentorshipAssessment.mentorship_id == mentorship_id,
            MentorshipAssessment.kind == kind,
        )
    )


async def ended_mentorships(session: AsyncSession, today: date) -> list[Mentorship]:
    """Running mentorships whose end date has passed, locked for closing."""
    statement = (
        select(Mentorship)
        .where(
            Mentorship.status.in_([MentorshipStatus.ACTIVE.value, MentorshipStatus.PAUSED.value]),
            Mentorship.ends_on < today,
        )
        .order_by(Mentorship.id)
        .with_for_update(skip_locked=True)
    )
    return list(await session.scalars(statement))
