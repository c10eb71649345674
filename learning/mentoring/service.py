"""The mentoring slice's domain operations, and what other slices call.

The operations live in ``profiles.py`` (profiles and needs), ``runs.py``
(matching runs), ``shortlist.py`` (shortlist and requests),
``mentorships.py`` (approval, acceptance, agreement, status, the end) and
``practice.py`` (assessments, meetings, observations, visits); this module
gathers them for the API and offers other slices:

- ``mentor_of`` and ``is_active_mentor`` (programmes: who may read what a
  mentee shared with their mentor; home: "your mentor");
- ``register_progress_provider`` and ``register_shared_items_provider``
  (programmes feeds the mentor's ``mentees`` page, see ``hooks.py``).

On import it registers, through the other slices' service functions, the
mentor check of ``learning.programmes`` and the subject-access checks of
``feedback.notes`` (a mentor may give feedback in general, and on a
reflection the mentee shared with the mentor).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from backend.auth.viewer import Viewer
from feedback.notes import service as notes
from learning.mentoring import hooks, mentorships, practice, profiles, runs, shortlist
from learning.mentoring import mentorship_repository as mentorship_repo
from learning.mentoring import repository as repo
from learning.mentoring.hooks import MenteeProgress, SharedItem
from learning.programmes import progress_service as programmes_progress
from learning.programmes import service as programmes
from learning.programmes.hooks import FeedbackSummary, MentorSummary

__all__ = [
    "MenteeProgress",
    "MentorRef",
    "SharedItem",
    "is_active_mentor",
    "mentor_of",
    "mentorships",
    "practice",
    "profiles",
    "register_progress_provider",
    "register_shared_items_provider",
    "runs",
    "shortlist",
]


@dataclass(frozen=True)
class MentorRef:
    membership_id: int
    mentorship_id: int
    name: str
    job_title: str


async def mentor_of(session: AsyncSession, mentee_membership_id: int) -> MentorRef | None:
    """The mentee's mentor in an active (or paused) mentorship; two statements."""
    found = await mentorship_repo.running_mentorship(session, None, mentee_membership_id)
    if found is None:
        return None
    person = await repo.person(session, found.mentor_id)
    if person is None:
        return None
    return MentorRef(
        membership_id=found.mentor_id,
        mentorship_id=found.id,
        name=person.name,
        job_title=person.job_title,
    )


async def is_active_mentor(
    session: AsyncSession, mentor_membership_id: int, mentee_membership_id: int
) -> bool:
    """True while the mentorship is ACTIVE or PAUSED; one statement."""
    found = await mentorship_repo.running_mentorship(
        session, mentor_membership_id, mentee_membership_id
    )
    return found is not None


def register_progress_provider(provider: hooks.ProgressProvider) -> None:
    """Programmes: a mentee's progress on the mentor's ``mentees`` page."""
    hooks.registry.progress = provider


def register_shared_items_provider(provider: hooks.SharedItemsProvider) -> None:
    """Programmes: what each mentee shared with their mentor since a time."""
    hooks.registry.shared_items = provider


# --- checks other slices ask -----------------------------------------------------------------


async def _mentor_sees_general(
    session: AsyncSession, viewer: Viewer, _subject_id: int | None, leader_id: int
) -> bool:
    return await is_active_mentor(session, viewer.membership_id, leader_id)


async def _mentor_sees_reflection(
    session: AsyncSession, viewer: Viewer, subject_id: int | None, leader_id: int
) -> bool:
    """A reflection the leader shared with the viewer as their active mentor."""
    if subject_id is None or not await is_active_mentor(session, viewer.membership_id, leader_id):
        return False
    shared = await programmes_progress.shared_items_for_mentor(session, viewer, leader_id)
    return any(item.reflection_id == subject_id for item in shared)


async def _home_mentor(session: AsyncSession, viewer: Viewer) -> MentorSummary | None:
    found = await mentor_of(session, viewer.membership_id)
    if found is None:
        return None
    return MentorSummary(
        membership_id=found.membership_id, name=found.name, job_title=found.job_title
    )


async def _home_unread_feedback(session: AsyncSession, viewer: Viewer) -> list[FeedbackSummary]:
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
    """Register this slice's checks with programmes and feedback notes (idempotent)."""
    programmes.register_mentor_check(is_active_mentor)
    programmes.register_mentor_provider(_home_mentor)
    programmes.register_unread_feedback_provider(_home_unread_feedback)
    notes.register_subject_access(notes.SubjectKind.GENERAL, _mentor_sees_general)
    notes.register_subject_access(
        notes.SubjectKind.REFLECTION, _mentor_sees_reflection, "Reflection"
    )


wire()
