"""What this slice plugs in at start-up (``backend.composition``): the daily
closing of ended mentorships on the scheduler; and into others: programmes
learns who mentors whom (home's "your mentor", what a mentor may read),
feedback notes that an active mentor may give general feedback, and home its
unread feedback notes and how many mentor proposals wait for the viewer."""

from __future__ import annotations

from celery.schedules import crontab
from sqlalchemy.ext.asyncio import AsyncSession

from backend.auth.viewer import Viewer
from backend.jobs.celery_app import register_periodic
from feedback.notes import service as notes
from learning.mentoring import service
from learning.mentoring.mentorships import service as mentorships
from learning.mentoring.mentorships.tasks import CLOSE_TASK
from learning.programmes import service as programmes
from learning.programmes.service import FeedbackSummary


async def home_unread_feedback(session: AsyncSession, viewer: Viewer) -> list[FeedbackSummary]:
    """Home's unread feedback: the notes mentors and managers give live in
    feedback; this is learning's one bridge to them (a service call)."""
    return [
        FeedbackSummary(
            reference=note.reference,
            title=note.title,
            author_name=note.author_name,
            created_at=note.created_at,
        )
        for note in await notes.unread_notes(session, viewer)
    ]


def wire() -> None:
    register_periodic("mentoring-close-ended", CLOSE_TASK, crontab(minute=30, hour=1), expires=3600)
    programmes.register_mentor_check(service.is_active_mentor)
    programmes.register_mentees_of(service.mentees_of)
    programmes.register_mentor_provider(service.home_mentor)
    programmes.register_unread_feedback_provider(home_unread_feedback)
    programmes.register_proposals_to_decide_provider(mentorships.count_proposals_to_decide)
    notes.register_subject_access(notes.SubjectKind.GENERAL, service.mentor_sees_general)
