"""Queries of progress, reflections, evidence, offline events, checkpoints and
reminders.

Reflection privacy lives here: ``visible_reflections`` is the only query that
reads reflections for a viewer, and it returns the leader's own, and those
the leader shared with "manager" when the viewer is the leader's *direct*
manager, and those shared with "mentor" when the viewer is the leader's
active mentor (the mentoring slice's subquery, wired at start-up). Nobody
above the direct manager, no HR, no colleague sees a private reflection.
Checkpoints and goals are for those who follow the enrolment
(``enrolment_followed_by``), never for the mentor.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import ColumnElement, and_, case, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from backend.auth.viewer import Viewer
from backend.identity.models import Membership, Person
from learning.programmes.models import (
    ActionEvidence,
    ActivityProgress,
    Enrolment,
    EnrolmentStatus,
    ManagerCheckpoint,
    ProgrammeActivity,
    ProgrammeModule,
    ProgrammeReminder,
    ProgrammeVersion,
    ProgressEvent,
    Reflection,
)
from learning.programmes.repository import (
    enrolment_followed_by,
    mentees_of,
    of_enrolments,
    reports_below_ids,
)


async def lock_leader_progress(session: AsyncSession, membership_id: int) -> None:
    """Serialise the progress writes of one leader, before anything of the
    batch is read: the same offline batch replayed from several devices at
    once then finds, one after the other, the events the first recorded (one
    APPLIED, the others DUPLICATE) instead of racing on the same rows.

    PostgreSQL locks the leader's enrolment rows; SQLite has no row locks, so
    a no-op UPDATE of the same rows opens the write transaction first (the
    driver begins a transaction only at the first write, so the batch's reads
    that follow see what the previous writer committed)."""
    mine = Enrolment.membership_id == membership_id
    if session.get_bind().dialect.name == "postgresql":
        await session.execute(
            select(Enrolment.id).where(mine).order_by(Enrolment.id).with_for_update()
        )
        return
    await session.execute(
        update(Enrolment)
        .where(mine)
        .values(membership_id=Enrolment.membership_id, updated_at=Enrolment.updated_at)
        .execution_options(synchronize_session=False)
    )


def reflection_visible_to(viewer: Viewer) -> ColumnElement[bool]:
    """Needs ``Enrolment`` joined on ``Reflection.enrolment_id``."""
    direct_reports = select(Membership.id).where(
        Membership.manager_id == viewer.membership_id,
        Membership.organisation_id == viewer.organisation_id,
    )
    return and_(
        Reflection.organisation_id == viewer.organisation_id,
        or_(
            Enrolment.membership_id == viewer.membership_id,
            and_(
                Reflection.shared_with_manager.is_(True),
                Enrolment.membership_id.in_(direct_reports),
            ),
            and_(
                Reflection.shared_with_mentor.is_(True),
                Enrolment.membership_id.in_(mentees_of(viewer)),
            ),
        ),
    )


def evidence_visible_to(viewer: Viewer) -> ColumnElement[bool]:
    """Action evidence is practice at work: the leader and their reporting line
    see it; HR sees only that the activity was done. Needs ``Enrolment`` joined."""
    return and_(
        ActionEvidence.organisation_id == viewer.organisation_id,
        or_(
            Enrolment.membership_id == viewer.membership_id,
            Enrolment.membership_id.in_(reports_below_ids(viewer.membership_id)),
        ),
    )


async def progress_of(
    session: AsyncSession, enrolment_ids: Sequence[int]
) -> list[ActivityProgress]:
    # Progress is written in bulk, not through these objects: a row read earlier
    # in the session is refreshed instead of returned as it was.
    rows = await session.scalars(
        select(ActivityProgress)
        .where(ActivityProgress.enrolment_id.in_(enrolment_ids))
        .execution_options(populate_existing=True)
    )
    return list(rows)


async def progress_summaries(
    session: AsyncSession, enrolment_ids: Sequence[int]
) -> dict[int, tuple[int, int, int]]:
    """(activities, started, completed) per enrolment, counted in SQL: a page
    of 20 enrolments otherwise loads ~400 progress rows as ORM objects only to
    count them (bench/NOTES.md). Started means started or completed."""
    progress = ActivityProgress
    begun = or_(progress.started_at.is_not(None), progress.completed_at.is_not(None))
    rows = await session.execute(
        select(
            Enrolment.id,
            func.count(ProgrammeActivity.id),
            func.sum(case((begun, 1), else_=0)),
            func.sum(case((progress.completed_at.is_not(None), 1), else_=0)),
        )
        .join(ProgrammeActivity, ProgrammeActivity.version_id == Enrolment.version_id)
        .join(ProgrammeModule, ProgrammeModule.id == ProgrammeActivity.module_id)
        .outerjoin(
            progress,
            and_(
                progress.enrolment_id == Enrolment.id,
                progress.activity_id == ProgrammeActivity.id,
            ),
        )
        .where(Enrolment.id.in_(list(enrolment_ids)))
        .group_by(Enrolment.id)
    )
    return {e: (int(total), int(begun_ or 0), int(done or 0)) for e, total, begun_, done in rows}


async def visible_reflections(
    session: AsyncSession, viewer: Viewer, enrolment_ids: Sequence[int]
) -> list[Reflection]:
    return await of_enrolments(
        session,
        Reflection,
        Reflection.enrolment_id.in_(enrolment_ids),
        reflection_visible_to(viewer),
        order_by=(Reflection.enrolment_id, Reflection.id),
    )


async def visible_reflections_by_id(
    session: AsyncSession, viewer: Viewer, ids: Sequence[int]
) -> list[Reflection]:
    return await of_enrolments(
        session, Reflection, Reflection.id.in_(ids), reflection_visible_to(viewer)
    )


async def reflections_shared_with_mentor(
    session: AsyncSession, organisation_id: int, mentee_membership_id: int
) -> list[tuple[Reflection, ProgrammeActivity, str]]:
    """(reflection, its activity, programme title) the mentee shared with a mentor."""
    rows = await session.execute(
        select(Reflection, ProgrammeActivity, ProgrammeVersion.title)
        .join(Enrolment, Enrolment.id == Reflection.enrolment_id)
        .join(ProgrammeActivity, ProgrammeActivity.id == Reflection.activity_id)
        .join(ProgrammeVersion, ProgrammeVersion.id == Enrolment.version_id)
        .where(
            Enrolment.membership_id == mentee_membership_id,
            Reflection.organisation_id == organisation_id,
            Reflection.shared_with_mentor.is_(True),
        )
        .order_by(Reflection.written_at.desc(), Reflection.id)
    )
    return [(row[0], row[1], row[2]) for row in rows]


async def visible_evidence(
    session: AsyncSession, viewer: Viewer, enrolment_ids: Sequence[int]
) -> list[ActionEvidence]:
    return await of_enrolments(
        session,
        ActionEvidence,
        ActionEvidence.enrolment_id.in_(enrolment_ids),
        evidence_visible_to(viewer),
    )


async def visible_evidence_by_id(
    session: AsyncSession, viewer: Viewer, ids: Sequence[int]
) -> list[ActionEvidence]:
    return await of_enrolments(
        session, ActionEvidence, ActionEvidence.id.in_(ids), evidence_visible_to(viewer)
    )


# --- writing progress in batches ---------------------------------------------------------


async def known_event_ids(
    session: AsyncSession, enrolment_ids: Sequence[int], client_event_ids: Sequence[str]
) -> set[tuple[int, str]]:
    if not client_event_ids:
        return set()
    rows = await session.execute(
        select(ProgressEvent.enrolment_id, ProgressEvent.client_event_id).where(
            ProgressEvent.enrolment_id.in_(enrolment_ids),
            ProgressEvent.client_event_id.in_(client_event_ids),
        )
    )
    return {(row[0], row[1]) for row in rows}


async def texts_for_pairs(
    session: AsyncSession, enrolment_ids: Sequence[int], activity_ids: Sequence[int]
) -> tuple[list[Reflection], list[ActionEvidence]]:
    """The reflections and evidence a batch of events may change, locked for the update."""
    reflections = await session.scalars(
        select(Reflection)
        .where(Reflection.enrolment_id.in_(enrolment_ids), Reflection.activity_id.in_(activity_ids))
        .with_for_update()
    )
    evidence = await session.scalars(
        select(ActionEvidence)
        .where(
            ActionEvidence.enrolment_id.in_(enrolment_ids),
            ActionEvidence.activity_id.in_(activity_ids),
        )
        .with_for_update()
    )
    return list(reflections), list(evidence)


async def reflection_of_owner(
    session: AsyncSession, viewer: Viewer, reflection_id: int
) -> Reflection | None:
    return await session.scalar(
        select(Reflection)
        .join(Enrolment, Enrolment.id == Reflection.enrolment_id)
        .where(
            Reflection.id == reflection_id,
            Enrolment.membership_id == viewer.membership_id,
            Reflection.organisation_id == viewer.organisation_id,
        )
        .with_for_update()
    )


# --- checkpoints ---------------------------------------------------------------------------


async def checkpoints_of(
    session: AsyncSession, enrolment_ids: Sequence[int]
) -> list[ManagerCheckpoint]:
    rows = await session.scalars(
        select(ManagerCheckpoint)
        .where(ManagerCheckpoint.enrolment_id.in_(enrolment_ids))
        .order_by(ManagerCheckpoint.enrolment_id, ManagerCheckpoint.due_on)
    )
    return list(rows)


async def checkpoints_visible_by_id(
    session: AsyncSession, viewer: Viewer, ids: Sequence[int]
) -> list[ManagerCheckpoint]:
    return await of_enrolments(
        session, ManagerCheckpoint, ManagerCheckpoint.id.in_(ids), enrolment_followed_by(viewer)
    )


async def checkpoints_followed(
    session: AsyncSession, viewer: Viewer, enrolment_ids: Sequence[int]
) -> list[ManagerCheckpoint]:
    """The checkpoints of enrolments the viewer follows (a mentor sees none)."""
    return await of_enrolments(
        session,
        ManagerCheckpoint,
        ManagerCheckpoint.enrolment_id.in_(enrolment_ids),
        enrolment_followed_by(viewer),
        order_by=(ManagerCheckpoint.enrolment_id, ManagerCheckpoint.due_on),
    )


async def open_checkpoints_of_leader(
    session: AsyncSession, membership_id: int
) -> list[ManagerCheckpoint]:
    return await of_enrolments(
        session,
        ManagerCheckpoint,
        Enrolment.membership_id == membership_id,
        Enrolment.status == EnrolmentStatus.ACTIVE.value,
        ManagerCheckpoint.completed_at.is_(None),
        order_by=(ManagerCheckpoint.due_on, ManagerCheckpoint.id),
    )


async def checkpoints_to_hold(
    session: AsyncSession, manager_membership_id: int, until: date
) -> list[ManagerCheckpoint]:
    """Open checkpoints of the manager's direct reports, due by ``until``."""
    direct = select(Membership.id).where(Membership.manager_id == manager_membership_id)
    return await of_enrolments(
        session,
        ManagerCheckpoint,
        Enrolment.membership_id.in_(direct),
        Enrolment.status == EnrolmentStatus.ACTIVE.value,
        ManagerCheckpoint.completed_at.is_(None),
        ManagerCheckpoint.due_on <= until,
        order_by=(ManagerCheckpoint.due_on, ManagerCheckpoint.id),
    )


async def checkpoints_of_enrolment_for_update(
    session: AsyncSession, enrolment_id: int
) -> list[ManagerCheckpoint]:
    rows = await session.scalars(
        select(ManagerCheckpoint)
        .where(ManagerCheckpoint.enrolment_id == enrolment_id)
        .with_for_update()
    )
    return list(rows)


# --- reminders -----------------------------------------------------------------------------


async def active_enrolments_started_by(session: AsyncSession, today: date) -> list[Enrolment]:
    rows = await session.scalars(
        select(Enrolment).where(
            Enrolment.status == EnrolmentStatus.ACTIVE.value, Enrolment.starts_on <= today
        )
    )
    return list(rows)


async def activity_offsets(
    session: AsyncSession, version_ids: Sequence[int]
) -> list[tuple[int, int, int]]:
    """(version id, activity id, due offset days) of versions."""
    rows = await session.execute(
        select(
            ProgrammeActivity.version_id, ProgrammeActivity.id, ProgrammeActivity.due_offset_days
        ).where(ProgrammeActivity.version_id.in_(version_ids))
    )
    return [(row[0], row[1], row[2]) for row in rows]


async def completed_pairs(
    session: AsyncSession, enrolment_ids: Sequence[int]
) -> set[tuple[int, int]]:
    rows = await session.execute(
        select(ActivityProgress.enrolment_id, ActivityProgress.activity_id).where(
            ActivityProgress.enrolment_id.in_(enrolment_ids),
            ActivityProgress.completed_at.is_not(None),
        )
    )
    return {(row[0], row[1]) for row in rows}


async def reminded_on(session: AsyncSession, membership_ids: Sequence[int], day: date) -> set[int]:
    rows = await session.scalars(
        select(ProgrammeReminder.membership_id).where(
            ProgrammeReminder.membership_id.in_(membership_ids), ProgrammeReminder.sent_on == day
        )
    )
    return set(rows)


async def due_checkpoints_unreminded(
    session: AsyncSession, today: date
) -> list[tuple[ManagerCheckpoint, Enrolment]]:
    rows = await session.execute(
        select(ManagerCheckpoint, Enrolment)
        .join(Enrolment, Enrolment.id == ManagerCheckpoint.enrolment_id)
        .where(
            Enrolment.status == EnrolmentStatus.ACTIVE.value,
            ManagerCheckpoint.completed_at.is_(None),
            ManagerCheckpoint.due_on <= today,
            ManagerCheckpoint.reminded_on.is_(None),
        )
        .with_for_update(of=ManagerCheckpoint, skip_locked=True)
    )
    return [(row[0], row[1]) for row in rows]


async def people_and_managers(
    session: AsyncSession, membership_ids: Sequence[int]
) -> dict[int, tuple[Membership, Person]]:
    rows = await session.execute(
        select(Membership, Person)
        .join(Person, Person.id == Membership.person_id)
        .where(Membership.id.in_(membership_ids))
    )
    return {row[0].id: (row[0], row[1]) for row in rows}
