"""Where later slices plug into programmes without crossing models.

The start screen (``home``) shows the mentor, unread feedback, pending 360
tasks and how many mentor proposals wait for the viewer's decision, which
belong to the mentoring and feedback slices; and a mentor sees what a mentee
shares, which needs the mentoring slice to say who is an
active mentor. Those slices register plain async functions here, through
``learning.programmes.service`` (``register_*``), from their ``wiring.py``
when the application or the worker starts (``backend.composition.compose``);
until then the defaults answer "nobody" and "nothing".

Each provider must run a fixed number of SQL statements whatever the data
(home's statement count is asserted by a test).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, false, literal, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql.elements import BindParameter

from backend.auth.viewer import Viewer
from backend.composition import Hooks


@dataclass(frozen=True)
class MentorSummary:
    membership_id: int
    name: str
    job_title: str = ""


@dataclass(frozen=True)
class FeedbackSummary:
    """An unread feedback note: ``reference`` is the global ID the feedback slice gives it."""

    reference: str
    title: str
    author_name: str | None
    created_at: datetime


@dataclass(frozen=True)
class PendingTask:
    """Something a leader must do in a 360 cycle (nominate raters, rate themselves).
    ``reference`` is distinct per task; ``kind`` one of ``PENDING_360_KINDS``;
    ``evaluation_reference`` the evaluation's global ID."""

    reference: str
    kind: str
    evaluation_reference: str
    title: str
    due_at: datetime | None


PENDING_360_KINDS = (
    "NOMINATE_RATERS",
    "APPROVE_NOMINATIONS",
    "GIVE_SELF_ASSESSMENT",
    "GIVE_MANAGER_ASSESSMENT",
    "RATE_OTHER",
    "READ_REPORT",
)


MentorProvider = Callable[[AsyncSession, Viewer], Awaitable[MentorSummary | None]]
FeedbackProvider = Callable[[AsyncSession, Viewer], Awaitable[list[FeedbackSummary]]]
TaskProvider = Callable[[AsyncSession, Viewer], Awaitable[list[PendingTask]]]
CountProvider = Callable[[AsyncSession, Viewer], Awaitable[int]]
# (session, mentor membership id, mentee membership id) -> is an active mentor
MentorCheck = Callable[[AsyncSession, int, int], Awaitable[bool]]
# mentor membership id -> a subquery of the memberships they mentor now (ACTIVE
# or PAUSED): what the mentee shared with MENTOR is read in the same statement.
# The mentor as an id, or as a bound parameter of a statement built once.
MenteesOf = Callable[[int | BindParameter[int]], Select[Any]]


async def _no_mentor(_session: AsyncSession, _viewer: Viewer) -> MentorSummary | None:
    return None


async def _no_feedback(_session: AsyncSession, _viewer: Viewer) -> list[FeedbackSummary]:
    return []


async def _no_tasks(_session: AsyncSession, _viewer: Viewer) -> list[PendingTask]:
    return []


async def _nothing_to_decide(_session: AsyncSession, _viewer: Viewer) -> int:
    return 0


async def _nobody_mentors(_session: AsyncSession, _mentor: int, _mentee: int) -> bool:
    return False


def _no_mentees(_mentor_membership_id: int | BindParameter[int]) -> Select[Any]:
    return select(literal(0)).where(false())


registry = Hooks(
    "learning.programmes",
    mentor=_no_mentor,
    unread_feedback=_no_feedback,
    pending_360_tasks=_no_tasks,
    proposals_to_decide=_nothing_to_decide,
    is_active_mentor=_nobody_mentors,
    mentees_of=_no_mentees,
)
