"""What a leader's programme work shows to the people around them, for other
slices (through ``learning.programmes.service``, wired at start-up by
``wiring.py``):

- the mentor's ``mentees`` page: each mentee's progress and the reflections
  they shared with MENTOR (``shared_items_for_mentor`` for one mentee);
- feedback notes: may this viewer give feedback on this reflection, action
  evidence or checkpoint? Exactly when they may read it: the active mentor
  a reflection shared with MENTOR, the direct manager one shared with
  MANAGER, the reporting line evidence and checkpoints (the same SQL rules
  as every list, node and loader, in ``progress.repository``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from backend.api.relay import to_global_id
from backend.auth.viewer import Viewer
from backend.db import Session
from backend.identity.policy import forbid, require_viewer
from learning.programmes import hooks
from learning.programmes.sharing import repository as repo


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
    session: Session, membership_ids: Sequence[int]
) -> dict[int, LeaderProgress]:
    """One statement for any number of leaders (the caller decided who may see it)."""
    found = await repo.progress_of_leaders(session, membership_ids)
    return {m: LeaderProgress(*values) for m, values in found.items()}


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


async def shared_with_mentor_since(
    session: Session, leaders: Sequence[tuple[int, datetime | None]]
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
    ) in await repo.reflections_shared_with_mentors(session, list(since)):
        after = since.get(leader)
        if after is not None and _aware(written_at) <= _aware(after):
            continue
        found[leader].append(
            SharedWithMentor(str(to_global_id("Reflection", reflection_id)), title, written_at)
        )
    return found


async def may_read_reflection(
    session: Session, viewer: Viewer, reflection_id: int | None, leader_id: int
) -> bool:
    if reflection_id is None:
        return False
    owner = await repo.owner_of_readable_reflection(session, viewer, reflection_id)
    return owner == leader_id


async def may_read_evidence(
    session: Session, viewer: Viewer, evidence_id: int | None, leader_id: int
) -> bool:
    if evidence_id is None:
        return False
    owner = await repo.owner_of_readable_evidence(session, viewer, evidence_id)
    return owner == leader_id


async def may_read_checkpoint(
    session: Session, viewer: Viewer, checkpoint_id: int | None, leader_id: int
) -> bool:
    if checkpoint_id is None:
        return False
    owner = await repo.owner_of_readable_checkpoint(session, viewer, checkpoint_id)
    return owner == leader_id


# --- a mentor's view of one mentee ---------------------------------------------------------


@dataclass(frozen=True)
class SharedReflection:
    reflection_id: int
    programme_title: str
    activity_title: str
    prompt: str
    text: str
    written_at: datetime


async def shared_items_for_mentor(
    session: Session, viewer: Viewer | None, mentee_membership_id: int
) -> list[SharedReflection]:
    """What a mentee shared with their mentor. The mentoring slice calls this;
    the mentor must be active for this mentee (its registered check)."""
    mentor = require_viewer(viewer)
    if not await hooks.registry.is_active_mentor(
        session, mentor.membership_id, mentee_membership_id
    ):
        raise forbid()
    rows = await repo.reflections_shared_with_mentor(
        session, mentor.organisation_id, mentee_membership_id
    )
    return [
        SharedReflection(
            reflection_id=reflection.id,
            programme_title=programme_title,
            activity_title=activity.title,
            prompt=activity.body,
            text=reflection.text,
            written_at=reflection.written_at,
        )
        for reflection, activity, programme_title in rows
    ]
