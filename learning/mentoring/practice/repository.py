"""Queries of a mentorship's practice: meetings and their notes, observations
and assessments, each batch in one statement."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import and_, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from learning.mentoring.models import (
    MeetingNote,
    MentoringMeeting,
    MentoringObservation,
    MentorshipAssessment,
)


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
