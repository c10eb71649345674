"""Where the programmes slice plugs into the mentor's ``mentees`` page
without crossing models.

A mentee's progress and what they shared with their mentor belong to
``learning.programmes``. Its ``wiring.py`` registers two batch providers
through ``learning.mentoring.service`` (``register_progress_provider``,
``register_shared_items_provider``) when the application or the worker
starts (``backend.composition.compose``); until then the defaults answer
"nothing", and a test fails if the started application still has them.
Each provider gets every mentee of a page at once and must run a fixed number
of SQL statements, whatever the number of mentees (the page's statement
count is asserted by a test).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from backend.composition import Hooks
from backend.db import Session


@dataclass(frozen=True)
class MenteeProgress:
    active_enrolments: int
    completed_activities: int
    total_activities: int

    @property
    def percent(self) -> int:
        if self.total_activities <= 0:
            return 0
        return round(100 * self.completed_activities / self.total_activities)


NO_PROGRESS = MenteeProgress(0, 0, 0)


@dataclass(frozen=True)
class SharedItem:
    """Something a mentee shared with their mentor: ``kind`` is REFLECTION,
    ACTION_EVIDENCE or CHECKPOINT, ``reference`` the owning slice's global ID."""

    kind: str
    reference: str
    title: str
    shared_at: datetime


# (session, mentee membership ids) -> progress per mentee
ProgressProvider = Callable[[Session, Sequence[int]], Awaitable[dict[int, MenteeProgress]]]
# (session, [(mentee membership id, shared after this time or None for all)])
#   -> what each mentee shared with their mentor since then, newest first
SharedItemsProvider = Callable[
    [Session, Sequence[tuple[int, datetime | None]]], Awaitable[dict[int, list[SharedItem]]]
]


async def _no_progress(_session: Session, _mentees: Sequence[int]) -> dict[int, MenteeProgress]:
    return {}


async def _nothing_shared(
    _session: Session, _mentees: Sequence[tuple[int, datetime | None]]
) -> dict[int, list[SharedItem]]:
    return {}


registry = Hooks("learning.mentoring", progress=_no_progress, shared_items=_nothing_shared)
