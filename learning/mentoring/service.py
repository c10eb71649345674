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

``wiring.py`` registers, through the other slices' service functions and at
start-up, the mentor check and mentee subquery of ``learning.programmes``
and the general subject-access check of ``feedback.notes``.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.auth.viewer import Viewer
from learning.mentoring import hooks, mentorships, practice, profiles, runs, shortlist
from learning.mentoring import mentorship_repository as mentorship_repo
from learning.mentoring import repository as repo
from learning.mentoring.hooks import MenteeProgress, SharedItem
from learning.programmes.hooks import MentorSummary

__all__ = [
    "MenteeProgress",
    "MentorRef",
    "SharedItem",
    "is_active_mentor",
    "mentees_of",
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
    hooks.registry.set("progress", provider)


def register_shared_items_provider(provider: hooks.SharedItemsProvider) -> None:
    """Programmes: what each mentee shared with their mentor since a time."""
    hooks.registry.set("shared_items", provider)


def mentees_of(mentor_membership_id: int) -> Select[tuple[int]]:
    """The memberships a mentor mentors now (ACTIVE or PAUSED), as a subquery
    the programmes slice puts into its own statements."""
    return mentorship_repo.running_mentee_ids(mentor_membership_id)


# --- checks other slices ask (wired at start-up by ``wiring.py``) ----------------------------


async def mentor_sees_general(
    session: AsyncSession, viewer: Viewer, _subject_id: int | None, leader_id: int
) -> bool:
    """An active mentor may give a mentee general feedback."""
    return await is_active_mentor(session, viewer.membership_id, leader_id)


async def home_mentor(session: AsyncSession, viewer: Viewer) -> MentorSummary | None:
    found = await mentor_of(session, viewer.membership_id)
    if found is None:
        return None
    return MentorSummary(
        membership_id=found.membership_id, name=found.name, job_title=found.job_title
    )
