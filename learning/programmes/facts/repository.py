"""The programme facts learning effect joins on, and the demo data's reads."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, and_, func, select
from sqlalchemy.orm import aliased

from backend.db import Session
from learning.programmes.models import (
    ActivityProgress,
    Cohort,
    DevelopmentGoal,
    Enrolment,
    EnrolmentStatus,
    ManagerCheckpoint,
    Programme,
    ProgrammeActivity,
    ProgrammeModule,
    ProgrammeVersion,
)


def enrolment_facts(organisation_id: int) -> Select[*tuple[Any, ...]]:
    """(id, membership_id, programme_id, cohort_id, version_id, status, starts_on)."""
    return select(
        Enrolment.id,
        Enrolment.membership_id,
        Enrolment.programme_id,
        Enrolment.cohort_id,
        Enrolment.version_id,
        Enrolment.status,
        Enrolment.starts_on,
    ).where(Enrolment.organisation_id == organisation_id)


def activity_facts(organisation_id: int) -> Select[*tuple[Any, ...]]:
    """(id, version_id, module_id, kind, due_offset_days) of every version's activities."""
    return select(
        ProgrammeActivity.id,
        ProgrammeActivity.version_id,
        ProgrammeActivity.module_id,
        ProgrammeActivity.kind,
        ProgrammeActivity.due_offset_days,
    ).where(ProgrammeActivity.organisation_id == organisation_id)


def progress_facts(organisation_id: int) -> Select[*tuple[Any, ...]]:
    """(enrolment_id, activity_id, completed_at): a leader's progress on an activity."""
    return select(
        ActivityProgress.enrolment_id,
        ActivityProgress.activity_id,
        ActivityProgress.completed_at,
    ).where(ActivityProgress.organisation_id == organisation_id)


def checkpoint_facts(organisation_id: int) -> Select[*tuple[Any, ...]]:
    """(enrolment_id, kind, due_on, completed_at) of the manager checkpoints."""
    return select(
        ManagerCheckpoint.enrolment_id,
        ManagerCheckpoint.kind,
        ManagerCheckpoint.due_on,
        ManagerCheckpoint.completed_at,
    ).where(ManagerCheckpoint.organisation_id == organisation_id)


def development_goal_facts(organisation_id: int) -> Select[*tuple[Any, ...]]:
    """(id, enrolment_id, organisation_goal_id, attainment_rating) of development goals."""
    return select(
        DevelopmentGoal.id,
        DevelopmentGoal.enrolment_id,
        DevelopmentGoal.organisation_goal_id,
        DevelopmentGoal.attainment_rating,
    ).where(DevelopmentGoal.organisation_id == organisation_id)


def programme_facts(organisation_id: int) -> Select[*tuple[Any, ...]]:
    """(id, title) of the organisation's programmes, titled by their newest version."""
    later = aliased(ProgrammeVersion, name="fx_later")
    newest = (
        select(func.max(later.version))
        .where(later.programme_id == Programme.id)
        .correlate(Programme)
        .scalar_subquery()
    )
    return (
        select(Programme.id, ProgrammeVersion.title)
        .join(
            ProgrammeVersion,
            and_(ProgrammeVersion.programme_id == Programme.id, ProgrammeVersion.version == newest),
        )
        .where(Programme.organisation_id == organisation_id)
    )


def module_facts(organisation_id: int) -> Select[*tuple[Any, ...]]:
    """(id, programme_id, position, title) of every version's modules."""
    return (
        select(
            ProgrammeModule.id,
            ProgrammeVersion.programme_id,
            ProgrammeModule.position,
            ProgrammeModule.title,
        )
        .join(ProgrammeVersion, ProgrammeVersion.id == ProgrammeModule.version_id)
        .where(ProgrammeModule.organisation_id == organisation_id)
    )


def programme_ids(organisation_id: int) -> Select[*tuple[Any, ...]]:
    """(id) of the organisation's programmes."""
    return select(Programme.id).where(Programme.organisation_id == organisation_id)


def cohort_ids(organisation_id: int) -> Select[*tuple[Any, ...]]:
    """(id) of the organisation's cohorts."""
    return select(Cohort.id).where(Cohort.organisation_id == organisation_id)


async def enrolments_to_follow(session: Session, organisation_id: int) -> list[Enrolment]:
    """The organisation's enrolments not withdrawn from, oldest first (demo data)."""
    rows = await session.scalars(
        select(Enrolment)
        .where(
            Enrolment.organisation_id == organisation_id,
            Enrolment.status != EnrolmentStatus.WITHDRAWN.value,
        )
        .order_by(Enrolment.id)
    )
    return list(rows)


async def started_enrolment_ids(session: Session, enrolment_ids: Sequence[int]) -> set[int]:
    """The enrolments with progress on any activity."""
    rows = await session.scalars(
        select(ActivityProgress.enrolment_id)
        .where(ActivityProgress.enrolment_id.in_(list(enrolment_ids)))
        .distinct()
    )
    return set(rows)


async def held_checkpoint_kinds(session: Session, enrolment_id: int) -> set[str]:
    rows = await session.scalars(
        select(ManagerCheckpoint.kind).where(
            ManagerCheckpoint.enrolment_id == enrolment_id,
            ManagerCheckpoint.completed_at.is_not(None),
        )
    )
    return set(rows)
