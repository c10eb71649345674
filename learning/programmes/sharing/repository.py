"""Queries behind ``sharing``: what a leader's programme work shows to the
people around them (the mentor's ``mentees`` page, who may answer a subject
with a feedback note), and the visibility rules that every read of reflections
and action evidence applies."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import ColumnElement, and_, case, func, or_, select

from backend.auth.viewer import Viewer
from backend.db import Session
from backend.identity.models import Membership
from learning.programmes.enrolments.repository import (
    enrolment_followed_by,
    mentees_of,
    of_enrolments,
    reports_below_ids,
)
from learning.programmes.models import (
    ActionEvidence,
    ActivityProgress,
    Enrolment,
    EnrolmentStatus,
    ManagerCheckpoint,
    ProgrammeActivity,
    ProgrammeVersion,
    Reflection,
)


async def progress_of_leaders(
    session: Session, membership_ids: Sequence[int]
) -> dict[int, tuple[int, int, int]]:
    """(active enrolments, completed activities, activities) per leader over
    their active and completed enrolments, in one statement."""
    if not membership_ids:
        return {}
    progress = ActivityProgress
    counted = [EnrolmentStatus.ACTIVE.value, EnrolmentStatus.COMPLETED.value]
    rows = await session.execute(
        select(
            Enrolment.membership_id,
            func.count(
                func.distinct(
                    case((Enrolment.status == EnrolmentStatus.ACTIVE.value, Enrolment.id))
                )
            ),
            func.sum(case((progress.completed_at.is_not(None), 1), else_=0)),
            func.count(ProgrammeActivity.id),
        )
        .join(ProgrammeActivity, ProgrammeActivity.version_id == Enrolment.version_id)
        .outerjoin(
            progress,
            and_(
                progress.enrolment_id == Enrolment.id,
                progress.activity_id == ProgrammeActivity.id,
            ),
        )
        .where(Enrolment.membership_id.in_(list(membership_ids)), Enrolment.status.in_(counted))
        .group_by(Enrolment.membership_id)
    )
    return {m: (int(active), int(done or 0), int(total)) for m, active, done, total in rows}


async def reflections_shared_with_mentors(
    session: Session, membership_ids: Sequence[int]
) -> list[tuple[int, int, str, datetime]]:
    """(leader, reflection id, activity title, written at) of every reflection
    these leaders shared with their mentor, newest first; one statement."""
    if not membership_ids:
        return []
    rows = await session.execute(
        select(
            Enrolment.membership_id, Reflection.id, ProgrammeActivity.title, Reflection.written_at
        )
        .join(Enrolment, Enrolment.id == Reflection.enrolment_id)
        .join(ProgrammeActivity, ProgrammeActivity.id == Reflection.activity_id)
        .where(
            Enrolment.membership_id.in_(list(membership_ids)),
            Reflection.shared_with_mentor.is_(True),
        )
        .order_by(Reflection.written_at.desc(), Reflection.id.desc())
    )
    return [(row[0], row[1], row[2], row[3]) for row in rows]


async def reflections_shared_with_mentor(
    session: Session, organisation_id: int, mentee_membership_id: int
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


async def owner_of_readable_reflection(
    session: Session, viewer: Viewer, reflection_id: int
) -> int | None:
    """The leader whose reflection this is, if the viewer may read it."""
    return await session.scalar(
        select(Enrolment.membership_id)
        .join(Reflection, Reflection.enrolment_id == Enrolment.id)
        .where(Reflection.id == reflection_id, reflection_visible_to(viewer))
    )


async def owner_of_readable_evidence(
    session: Session, viewer: Viewer, evidence_id: int
) -> int | None:
    return await session.scalar(
        select(Enrolment.membership_id)
        .join(ActionEvidence, ActionEvidence.enrolment_id == Enrolment.id)
        .where(ActionEvidence.id == evidence_id, evidence_visible_to(viewer))
    )


async def owner_of_readable_checkpoint(
    session: Session, viewer: Viewer, checkpoint_id: int
) -> int | None:
    return await session.scalar(
        select(Enrolment.membership_id)
        .join(ManagerCheckpoint, ManagerCheckpoint.enrolment_id == Enrolment.id)
        .where(ManagerCheckpoint.id == checkpoint_id, enrolment_followed_by(viewer))
    )


# --- what a viewer may see of reflections and evidence --------------------------------------


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


async def visible_reflections(
    session: Session, viewer: Viewer, enrolment_ids: Sequence[int]
) -> list[Reflection]:
    return await of_enrolments(
        session,
        Reflection,
        Reflection.enrolment_id.in_(enrolment_ids),
        reflection_visible_to(viewer),
        order_by=(Reflection.enrolment_id, Reflection.id),
    )


async def visible_reflections_by_id(
    session: Session, viewer: Viewer, ids: Sequence[int]
) -> list[Reflection]:
    return await of_enrolments(
        session, Reflection, Reflection.id.in_(ids), reflection_visible_to(viewer)
    )


async def visible_evidence(
    session: Session, viewer: Viewer, enrolment_ids: Sequence[int]
) -> list[ActionEvidence]:
    return await of_enrolments(
        session,
        ActionEvidence,
        ActionEvidence.enrolment_id.in_(enrolment_ids),
        evidence_visible_to(viewer),
    )


async def visible_evidence_by_id(
    session: Session, viewer: Viewer, ids: Sequence[int]
) -> list[ActionEvidence]:
    return await of_enrolments(
        session, ActionEvidence, ActionEvidence.id.in_(ids), evidence_visible_to(viewer)
    )
