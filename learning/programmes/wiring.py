"""What this slice plugs in at start-up (``backend.composition``): its
reminder mails' templates and their morning run on the scheduler; and into
other slices, through their ``service.py``: a mentee's progress and what they
shared with MENTOR on the mentor's ``mentees`` page, and who may give feedback
on a reflection, action evidence or checkpoint (whoever may read it)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from celery.schedules import crontab
from sqlalchemy.ext.asyncio import AsyncSession

from backend.jobs.celery_app import register_periodic
from backend.mail import register_template_folder
from feedback.notes import service as notes
from learning.mentoring import service as mentoring
from learning.programmes import service
from learning.programmes.reminders.service import MAIL_TEMPLATES
from learning.programmes.tasks import SEND_REMINDERS_TASK


async def mentee_progress(
    session: AsyncSession, mentees: Sequence[int]
) -> dict[int, mentoring.MenteeProgress]:
    found = await service.progress_of_leaders(session, mentees)
    return {
        m: mentoring.MenteeProgress(p.active_enrolments, p.completed_activities, p.total_activities)
        for m, p in found.items()
    }


async def shared_with_mentor(
    session: AsyncSession, mentees: Sequence[tuple[int, datetime | None]]
) -> dict[int, list[mentoring.SharedItem]]:
    found = await service.shared_with_mentor_since(session, mentees)
    return {
        m: [mentoring.SharedItem("REFLECTION", i.reference, i.title, i.shared_at) for i in items]
        for m, items in found.items()
    }


def wire() -> None:
    register_template_folder(MAIL_TEMPLATES)
    register_periodic("programme-reminders", SEND_REMINDERS_TASK, crontab(minute=0, hour=6))
    mentoring.register_progress_provider(mentee_progress)
    mentoring.register_shared_items_provider(shared_with_mentor)
    kinds = notes.SubjectKind
    notes.register_subject_access(kinds.REFLECTION, service.may_read_reflection, "Reflection")
    notes.register_subject_access(
        kinds.ACTION_EVIDENCE, service.may_read_evidence, "ActionEvidence"
    )
    notes.register_subject_access(
        kinds.CHECKPOINT, service.may_read_checkpoint, "ManagerCheckpoint"
    )
