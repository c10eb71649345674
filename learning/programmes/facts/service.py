"""Learning effect's way into programmes: the facts it joins on (queries in
``repository.py``), the enums it compares with, and what its demo data does
as a leader and a manager would."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from backend.auth.viewer import Viewer
from backend.db import Session
from backend.settings import Settings
from learning.programmes import repository as repo
from learning.programmes.checkpoints.service import CheckpointCommand, complete_checkpoint
from learning.programmes.enrolments import repository as enrolments_repo
from learning.programmes.facts.repository import (
    activity_facts,
    checkpoint_facts,
    cohort_ids,
    development_goal_facts,
    enrolment_facts,
    enrolments_to_follow,
    held_checkpoint_kinds,
    module_facts,
    programme_facts,
    programme_ids,
    progress_facts,
    started_enrolment_ids,
)
from learning.programmes.models import (
    ActivityKind,
    CheckpointKind,
    DevelopmentGoal,
    Enrolment,
    EnrolmentStatus,
    ProgrammeActivity,
    ProgressEventType,
)
from learning.programmes.progress.service import ProgressEventCommand, apply_events

__all__ = [
    "ActivityKind",
    "CheckpointKind",
    "Enrolment",
    "EnrolmentStatus",
    "ProgressEventType",
    "ProgressStep",
    "activities_in_order",
    "activity_facts",
    "checkpoint_facts",
    "cohort_ids",
    "development_goal_facts",
    "development_goals_of",
    "enrolment_facts",
    "enrolments_to_follow",
    "held_checkpoint_kinds",
    "hold_checkpoint",
    "module_facts",
    "programme_facts",
    "programme_ids",
    "progress_facts",
    "record_progress",
    "started_enrolment_ids",
]


async def activities_in_order(session: Session, version_id: int) -> list[ProgrammeActivity]:
    """A version's activities in programme order."""
    return await repo.activities_of_versions(session, [version_id])


async def development_goals_of(session: Session, enrolment_id: int) -> list[DevelopmentGoal]:
    return await enrolments_repo.development_goals_of(session, [enrolment_id])


@dataclass(frozen=True)
class ProgressStep:
    """One progress event a leader records on an activity (demo data)."""

    activity_id: int
    type: ProgressEventType
    occurred_at: datetime
    client_event_id: str
    text: str | None = None


async def record_progress(
    session: Session,
    leader: Viewer,
    enrolment_id: int,
    steps: Sequence[ProgressStep],
    settings: Settings,
) -> None:
    """The leader's progress events, as their phone would sync them."""
    events = [
        ProgressEventCommand(
            enrolment_id=enrolment_id,
            activity_id=step.activity_id,
            type=step.type,
            occurred_at=step.occurred_at,
            client_event_id=step.client_event_id,
            text=step.text,
        )
        for step in steps
    ]
    await apply_events(session, leader, events, settings)


async def hold_checkpoint(
    session: Session,
    manager: Viewer,
    enrolment_id: int,
    kind: CheckpointKind,
    texts: tuple[str, str, str],
    ratings: dict[int, int],
) -> None:
    """The manager holds a checkpoint: (practice agreed, notes, feedback) and,
    at AFTER, ratings of the development goals."""
    practice, notes, feedback = texts
    await complete_checkpoint(
        session,
        manager,
        CheckpointCommand(
            enrolment_id=enrolment_id,
            kind=kind,
            practice_agreed=practice,
            notes=notes,
            feedback=feedback,
            ratings=ratings,
        ),
    )
