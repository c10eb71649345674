"""What a leader's programme work shows to the people around them, for other
slices (through ``service.py``, wired at start-up by ``wiring.py``):

- the mentor's ``mentees`` page: each mentee's progress and the reflections
  they shared with MENTOR;
- feedback notes: may this viewer give feedback on this reflection, action
  evidence or checkpoint? Exactly when they may read it: the active mentor
  a reflection shared with MENTOR, the direct manager one shared with
  MANAGER, the reporting line evidence and checkpoints (the same SQL rules
  as every list, node and loader, in ``progress_repository``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from backend.api.relay import to_global_id
from backend.auth.viewer import Viewer
from learning.programmes import sharing_repository as progress_repo


@dataclass(frozen=True)
class LeaderProgress:
    active_enrolments: int
    completed_activities: int
    total_activities: int


@dataclass(frozen=True)
class SharedWithMentor:
    reference: str  # the Reflection's global ID
    title: str
    shared_at: datetime


async def progress_of_leaders(
    session: AsyncSession, membership_ids: Sequence[int]
) -> dict[int, LeaderProgress]:
    """One statement for any number of leaders (the caller decided who may see it)."""
    found = await progress_repo.progress_of_leaders(session, membership_ids)
    return {m: LeaderProgress(*values) for m, values in found.items()}


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


async def shared_with_mentor_since(
    session: AsyncSession, leaders: Sequence[tuple[int, datetime | None]]
) -> dict[int, list[SharedWithMentor]]:
    """Per leader, the reflections shared with MENTOR after the given time
    (all when None), newest first; one statement."""
    since = dict(leaders)
    found: dict[int, list[SharedWithMentor]] = {m: [] for m in since}
    for (
        leader,
        reflection_id,
        title,
        written_at,
    ) in await progress_repo.reflections_shared_with_mentors(session, list(since)):
        after = since.get(leader)
        if after is not None and _aware(written_at) <= _aware(after):
            continue
        found[leader].append(
            SharedWithMentor(str(to_global_id("Reflection", reflection_id)), title, written_at)
        )
    return found


async def may_read_reflection(
    session: AsyncSession, viewer: Viewer, reflection_id: int | None, leader_id: int
) -> bool:
    if reflection_id is None:
        return False
    owner = await progress_repo.owner_of_readable_reflection(session, viewer, reflection_id)
    return owner == leader_id


async def may_read_evidence(
    session: AsyncSession, viewer: Viewer, evidence_id: int | None, leader_id: int
) -> bool:
    if evidence_id is None:
        return False
    owner = await progress_repo.owner_of_readable_evidence(session, viewer, evidence_id)
    return owner == leader_id


async def may_read_checkpoint(
    session: AsyncSession, viewer: Viewer, checkpoint_id: int | None, leader_id: int
) -> bool:
    if checkpoint_id is None:
        return False
    owner = await progress_repo.owner_of_readable_checkpoint(session, viewer, checkpoint_id)
    return owner == leader_id
