"""The start screen of a leader's phone, in one round trip.

``home_data`` reads a fixed set of queries whatever the number of
enrolments or activities: the leader's enrolments with their versions and
cohorts (one statement), the activities of those versions, the leader's
progress (both as plain rows), the leader's open
checkpoints and the checkpoints the viewer must hold as a manager; then the
providers of other slices (mentor, unread feedback, 360 tasks), each of
which also runs a fixed number of statements. How many mentor proposals
wait for the viewer (``proposals_to_decide``) is read only when asked for.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from backend.auth.viewer import Viewer
from backend.db import Session
from backend.identity.policy import require_viewer
from learning.programmes import hooks
from learning.programmes import repository as programmes_repo
from learning.programmes.checkpoints import repository as checkpoints_repo
from learning.programmes.enrolments import repository as enrolments_repo
from learning.programmes.models import (
    Cohort,
    Enrolment,
    EnrolmentStatus,
    ManagerCheckpoint,
    ProgrammeVersion,
)
from learning.programmes.progress import repository as progress_repo
from learning.programmes.progress.repository import ProgressRow
from learning.programmes.repository import ActivityRow

NEXT_ACTIVITIES = 5
HOLD_AHEAD_DAYS = 14


@dataclass(frozen=True)
class DueActivity:
    enrolment: Enrolment
    activity: ActivityRow
    due_on: date
    started: bool


@dataclass
class HomeData:
    enrolments: list[Enrolment]
    versions: dict[int, ProgrammeVersion]
    cohorts: dict[int, Cohort]
    activities: dict[int, list[ActivityRow]]
    progress: dict[int, list[ProgressRow]]
    next_activities: list[DueActivity]
    open_checkpoints: list[ManagerCheckpoint]
    checkpoints_to_hold: list[ManagerCheckpoint]
    mentor: hooks.MentorSummary | None = None
    unread_feedback: list[hooks.FeedbackSummary] = field(default_factory=list)
    pending_360_tasks: list[hooks.PendingTask] = field(default_factory=list)


async def home_data(session: Session, viewer: Viewer | None, today: date) -> HomeData:
    leader = require_viewer(viewer)
    # Completed programmes stay on home (with their progress); withdrawn ones go.
    # Each with its version and cohort, in one statement.
    shown = [
        row
        for row in await enrolments_repo.enrolments_of_leader_as_shown(
            session, leader.organisation_id, leader.membership_id
        )
        if row[0].status != EnrolmentStatus.WITHDRAWN.value
    ]
    enrolments = [e for e, _, _ in shown]
    versions = {v.id: v for _, v, _ in shown if v is not None}
    cohorts = {c.id: c for _, _, c in shown if c is not None}
    version_ids = sorted({e.version_id for e in enrolments})
    enrolment_ids = [e.id for e in enrolments]
    # Activities and progress are most of home's rows: read as plain rows, not
    # ORM objects (bench/NOTES.md, "Eighth round: home, plain rows").
    activities: dict[int, list[ActivityRow]] = {v: [] for v in version_ids}
    progress: dict[int, list[ProgressRow]] = {e: [] for e in enrolment_ids}
    if enrolments:
        for activity in await programmes_repo.activity_rows_of_versions(session, version_ids):
            activities[activity.version_id].append(activity)
        for row in await progress_repo.progress_rows_of(session, enrolment_ids):
            progress[row.enrolment_id].append(row)
    return HomeData(
        enrolments=enrolments,
        versions=versions,
        cohorts=cohorts,
        activities=activities,
        progress=progress,
        next_activities=_next_activities(
            [e for e in enrolments if e.status == EnrolmentStatus.ACTIVE.value],
            activities,
            progress,
        ),
        open_checkpoints=await checkpoints_repo.open_checkpoints_of_leader(
            session, leader.membership_id
        ),
        checkpoints_to_hold=_first_per_enrolment(
            await checkpoints_repo.checkpoints_to_hold(
                session, leader.membership_id, today + timedelta(days=HOLD_AHEAD_DAYS)
            )
        ),
        mentor=await hooks.registry.mentor(session, leader),
        unread_feedback=await hooks.registry.unread_feedback(session, leader),
        pending_360_tasks=await hooks.registry.pending_360_tasks(session, leader),
    )


async def proposals_to_decide(session: Session, viewer: Viewer | None) -> int:
    """How many mentor proposals wait for the viewer's decision (the mentoring
    slice's provider, one statement): read only when a client asks for it."""
    return await hooks.registry.proposals_to_decide(session, require_viewer(viewer))


def _next_activities(
    enrolments: list[Enrolment],
    activities: dict[int, list[ActivityRow]],
    progress: dict[int, list[ProgressRow]],
) -> list[DueActivity]:
    """The first activities not completed, earliest due first, across enrolments."""
    due: list[DueActivity] = []
    for enrolment in enrolments:
        by_activity = {p.activity_id: p for p in progress[enrolment.id]}
        for activity in activities[enrolment.version_id]:
            done = by_activity.get(activity.id)
            if done is not None and done.completed_at is not None:
                continue
            due.append(
                DueActivity(
                    enrolment=enrolment,
                    activity=activity,
                    due_on=enrolment.starts_on + timedelta(days=activity.due_offset_days),
                    started=done is not None and done.started_at is not None,
                )
            )
    due.sort(key=lambda d: d.due_on)  # stable: programme order within a day
    return due[:NEXT_ACTIVITIES]


def _first_per_enrolment(checkpoints: list[ManagerCheckpoint]) -> list[ManagerCheckpoint]:
    """Checkpoints are held in order, so only each enrolment's next one is due."""
    seen: set[int] = set()
    first = []
    for checkpoint in checkpoints:
        if checkpoint.enrolment_id not in seen:
            seen.add(checkpoint.enrolment_id)
            first.append(checkpoint)
    return first
