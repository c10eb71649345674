"""Queries of programmes, versions, content, cohorts and enrolments.

Who may see an enrolment is decided here, in SQL (``enrolment_visible_to``),
so a list, a node lookup and a loader all apply the same rule. Progress,
reflections, evidence and checkpoints are in ``progress_repository``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, and_, delete, false, func, or_, select, true
from sqlalchemy.ext.asyncio import AsyncSession

from backend.auth.viewer import Viewer
from backend.identity.models import Membership, OrganisationGoal, Person
from backend.identity.policy import is_hr
from backend.identity.repository import reports_below_statement
from learning.programmes import hooks
from learning.programmes.models import (
    ActionEvidence,
    Cohort,
    DevelopmentGoal,
    Enrolment,
    EnrolmentStatus,
    ManagerCheckpoint,
    Programme,
    ProgrammeActivity,
    ProgrammeModule,
    ProgrammeVersion,
    ProgrammeVersionGoal,
    Reflection,
    VersionStatus,
)

# What is kept per enrolment, and read with conditions on the enrolment.
PerEnrolment = TypeVar(
    "PerEnrolment", Reflection, ActionEvidence, ManagerCheckpoint, DevelopmentGoal
)

# --- who sees what -----------------------------------------------------------------


def reports_below_ids(manager_membership_id: int) -> Select[int]:
    """Memberships anywhere below a manager, as a subquery of ids (one recursive CTE)."""
    below = reports_below_statement(manager_membership_id).subquery()
    return select(below.c.id)


def enrolment_followed_by(viewer: Viewer) -> ColumnElement[bool]:
    """The leader, HR of the organisation, and anyone above the leader in the
    reporting line follow an enrolment: its progress, goals and checkpoints."""
    everyone = true() if is_hr(viewer) else false()
    return and_(
        Enrolment.organisation_id == viewer.organisation_id,
        or_(
            everyone,
            Enrolment.membership_id == viewer.membership_id,
            Enrolment.membership_id.in_(reports_below_ids(viewer.membership_id)),
        ),
    )


def mentees_of(viewer: Viewer) -> Select[tuple[int]]:
    """The memberships the viewer mentors now (the mentoring slice's subquery,
    wired at start-up)."""
    return hooks.registry.mentees_of(viewer.membership_id)  # type: ignore[no-any-return]


def enrolment_visible_to(viewer: Viewer) -> ColumnElement[bool]:
    """Who follows the enrolment, and the leader's active mentor, who sees its
    progress (and the reflections shared with MENTOR), not its goals or
    checkpoints (see ``enrolment_followed_by``)."""
    return or_(
        enrolment_followed_by(viewer),
        and_(
            Enrolment.organisation_id == viewer.organisation_id,
            Enrolment.membership_id.in_(mentees_of(viewer)),
        ),
    )


def version_visible_to(viewer: Viewer) -> ColumnElement[bool]:
    """HR sees drafts; everyone in the organisation sees what was published."""
    same_org = ProgrammeVersion.organisation_id == viewer.organisation_id
    if is_hr(viewer):
        return same_org
    return and_(same_org, ProgrammeVersion.status != VersionStatus.DRAFT.value)


# --- programmes and versions -------------------------------------------------------


async def programme(session: AsyncSession, organisation_id: int, pk: int) -> Programme | None:
    return await session.scalar(
        select(Programme).where(Programme.id == pk, Programme.organisation_id == organisation_id)
    )


async def programmes_by_id(
    session: AsyncSession, organisation_id: int, ids: Sequence[int]
) -> list[Programme]:
    rows = await session.scalars(
        select(Programme).where(Programme.id.in_(ids), Programme.organisation_id == organisation_id)
    )
    return list(rows)


async def versions_of_programmes(
    session: AsyncSession, programme_ids: Sequence[int], viewer: Viewer
) -> list[ProgrammeVersion]:
    rows = await session.scalars(
        select(ProgrammeVersion)
        .where(ProgrammeVersion.programme_id.in_(programme_ids), version_visible_to(viewer))
        .order_by(ProgrammeVersion.programme_id, ProgrammeVersion.version)
    )
    return list(rows)


async def versions_by_id(
    session: AsyncSession, organisation_id: int, ids: Sequence[int]
) -> list[ProgrammeVersion]:
    rows = await session.scalars(
        select(ProgrammeVersion).where(
            ProgrammeVersion.id.in_(ids), ProgrammeVersion.organisation_id == organisation_id
        )
    )
    return list(rows)


async def latest_versions(session: AsyncSession, programme_id: int) -> list[ProgrammeVersion]:
    """Every version of one programme, newest first (for writing)."""
    rows = await session.scalars(
        select(ProgrammeVersion)
        .where(ProgrammeVersion.programme_id == programme_id)
        .order_by(ProgrammeVersion.version.desc())
        .with_for_update()
    )
    return list(rows)


def programmes_statement(viewer: Viewer, status: str | None) -> Select[int, Programme]:
    """Programmes for a list, keyed by id: HR sees all, others published ones."""
    statement = select(Programme.id, Programme).where(
        Programme.organisation_id == viewer.organisation_id
    )
    published = select(ProgrammeVersion.programme_id).where(
        ProgrammeVersion.status != VersionStatus.DRAFT.value,
        ProgrammeVersion.organisation_id == viewer.organisation_id,
    )
    if not is_hr(viewer):
        statement = statement.where(Programme.id.in_(published), Programme.archived_at.is_(None))
    if status == "ARCHIVED":
        statement = statement.where(Programme.archived_at.is_not(None))
    elif status == "PUBLISHED":
        statement = statement.where(Programme.archived_at.is_(None), Programme.id.in_(published))
    elif status == "DRAFT":
        statement = statement.where(Programme.archived_at.is_(None), Programme.id.not_in(published))
    return statement


async def existing_goal_ids(
    session: AsyncSession, organisation_id: int, goal_ids: Sequence[int]
) -> set[int]:
    rows = await session.scalars(
        select(OrganisationGoal.id).where(
            OrganisationGoal.id.in_(goal_ids), OrganisationGoal.organisation_id == organisation_id
        )
    )
    return set(rows)


async def version_titles(session: AsyncSession, version_ids: Sequence[int]) -> dict[int, str]:
    rows = await session.execute(
        select(ProgrammeVersion.id, ProgrammeVersion.title).where(
            ProgrammeVersion.id.in_(version_ids)
        )
    )
    return {row[0]: row[1] for row in rows}


async def goals_of_versions(
    session: AsyncSession, version_ids: Sequence[int]
) -> list[tuple[int, OrganisationGoal]]:
    rows = await session.execute(
        select(ProgrammeVersionGoal.version_id, OrganisationGoal)
        .join(OrganisationGoal, OrganisationGoal.id == ProgrammeVersionGoal.goal_id)
        .where(ProgrammeVersionGoal.version_id.in_(version_ids))
        .order_by(ProgrammeVersionGoal.version_id, ProgrammeVersionGoal.position)
    )
    return [(row[0], row[1]) for row in rows]


async def goals_by_id(session: AsyncSession, goal_ids: Sequence[int]) -> list[OrganisationGoal]:
    return list(
        await session.scalars(select(OrganisationGoal).where(OrganisationGoal.id.in_(goal_ids)))
    )


async def clear_version_content(session: AsyncSession, version_id: int) -> None:
    """Remove a draft's goals, modules and activities before it is rewritten."""
    await session.execute(
        delete(ProgrammeActivity).where(ProgrammeActivity.version_id == version_id)
    )
    await session.execute(delete(ProgrammeModule).where(ProgrammeModule.version_id == version_id))
    await session.execute(
        delete(ProgrammeVersionGoal).where(ProgrammeVersionGoal.version_id == version_id)
    )


# --- modules and activities ------------------------------------------------------------


async def modules_of_versions(
    session: AsyncSession, version_ids: Sequence[int]
) -> list[ProgrammeModule]:
    rows = await session.scalars(
        select(ProgrammeModule)
        .where(ProgrammeModule.version_id.in_(version_ids))
        .order_by(ProgrammeModule.version_id, ProgrammeModule.position)
    )
    return list(rows)


async def modules_by_id(
    session: AsyncSession, organisation_id: int, ids: Sequence[int]
) -> list[ProgrammeModule]:
    rows = await session.scalars(
        select(ProgrammeModule).where(
            ProgrammeModule.id.in_(ids), ProgrammeModule.organisation_id == organisation_id
        )
    )
    return list(rows)


async def activities_of_versions(
    session: AsyncSession, version_ids: Sequence[int]
) -> list[ProgrammeActivity]:
    """Activities in programme order: module position, then activity position."""
    rows = await session.scalars(
        select(ProgrammeActivity)
        .join(ProgrammeModule, ProgrammeModule.id == ProgrammeActivity.module_id)
        .where(ProgrammeActivity.version_id.in_(version_ids))
        .order_by(
            ProgrammeActivity.version_id, ProgrammeModule.position, ProgrammeActivity.position
        )
    )
    return list(rows)


async def activities_by_id(
    session: AsyncSession, organisation_id: int, ids: Sequence[int]
) -> list[ProgrammeActivity]:
    rows = await session.scalars(
        select(ProgrammeActivity).where(
            ProgrammeActivity.id.in_(ids), ProgrammeActivity.organisation_id == organisation_id
        )
    )
    return list(rows)


# --- cohorts and enrolments ------------------------------------------------------------


async def cohorts_by_id(
    session: AsyncSession, organisation_id: int, ids: Sequence[int]
) -> list[Cohort]:
    rows = await session.scalars(
        select(Cohort).where(Cohort.id.in_(ids), Cohort.organisation_id == organisation_id)
    )
    return list(rows)


async def enrolments_visible(
    session: AsyncSession, viewer: Viewer, ids: Sequence[int]
) -> list[Enrolment]:
    rows = await session.scalars(
        select(Enrolment).where(Enrolment.id.in_(ids), enrolment_visible_to(viewer))
    )
    return list(rows)


async def enrolment_for_update(
    session: AsyncSession, organisation_id: int, pk: int
) -> Enrolment | None:
    return await session.scalar(
        select(Enrolment)
        .where(Enrolment.id == pk, Enrolment.organisation_id == organisation_id)
        .with_for_update()
    )


async def enrolments_of_leader(
    session: AsyncSession, membership_id: int, *, active_only: bool = True
) -> list[Enrolment]:
    statement = select(Enrolment).where(Enrolment.membership_id == membership_id)
    if active_only:
        statement = statement.where(Enrolment.status == EnrolmentStatus.ACTIVE.value)
    return list(await session.scalars(statement.order_by(Enrolment.starts_on, Enrolment.id)))


async def enrolment_of(session: AsyncSession, membership_id: int, programme_id: int) -> int | None:
    return await session.scalar(
        select(Enrolment.id).where(
            Enrolment.membership_id == membership_id, Enrolment.programme_id == programme_id
        )
    )


def enrolments_statement(
    viewer: Viewer,
    *,
    programme_id: int | None = None,
    reports_only: bool = False,
    direct_only: bool = False,
) -> Select[int, Enrolment]:
    # Everyone below the viewer is visible to them by definition, so a list of
    # reports needs only the organisation and the reporting line; adding the
    # visibility rule as well would put a second recursive CTE named "below"
    # into the statement, which SQLAlchemy refuses to compile.
    if direct_only:
        direct = select(Membership.id).where(Membership.manager_id == viewer.membership_id)
        condition = and_(
            Enrolment.organisation_id == viewer.organisation_id,
            Enrolment.membership_id.in_(direct),
        )
    elif reports_only:
        condition = and_(
            Enrolment.organisation_id == viewer.organisation_id,
            Enrolment.membership_id.in_(reports_below_ids(viewer.membership_id)),
        )
    else:
        condition = enrolment_visible_to(viewer)
    statement = select(Enrolment.id, Enrolment).where(condition)
    if programme_id is not None:
        statement = statement.where(Enrolment.programme_id == programme_id)
    return statement


async def development_goals_of(
    session: AsyncSession, enrolment_ids: Sequence[int]
) -> list[DevelopmentGoal]:
    rows = await session.scalars(
        select(DevelopmentGoal)
        .where(DevelopmentGoal.enrolment_id.in_(enrolment_ids))
        .order_by(DevelopmentGoal.enrolment_id, DevelopmentGoal.position, DevelopmentGoal.id)
    )
    return list(rows)


# --- people --------------------------------------------------------------------------


async def membership_in(
    session: AsyncSession, organisation_id: int, membership_id: int
) -> Membership | None:
    return await session.scalar(
        select(Membership).where(
            Membership.id == membership_id,
            Membership.organisation_id == organisation_id,
            Membership.is_active.is_(True),
        )
    )


async def people_of_memberships(
    session: AsyncSession, membership_ids: Sequence[int]
) -> list[tuple[Membership, Person]]:
    rows = await session.execute(
        select(Membership, Person)
        .join(Person, Person.id == Membership.person_id)
        .where(Membership.id.in_(membership_ids))
    )
    return [(row[0], row[1]) for row in rows]


async def new_leaders(session: AsyncSession, organisation_id: int, since: date) -> list[Membership]:
    """Active leaders who became leaders on or after ``since`` (the seed's audience)."""
    rows = await session.scalars(
        select(Membership)
        .where(
            Membership.organisation_id == organisation_id,
            Membership.is_active.is_(True),
            Membership.leader_since.is_not(None),
            Membership.leader_since >= since,
        )
        .order_by(Membership.leader_since.desc(), Membership.id)
    )
    return list(rows)


async def count_enrolments(session: AsyncSession, version_id: int) -> int:
    found = await session.scalar(
        select(func.count()).select_from(Enrolment).where(Enrolment.version_id == version_id)
    )
    return int(found or 0)


async def of_enrolments(
    session: AsyncSession,
    kept: type[PerEnrolment],
    *conditions: ColumnElement[bool],
    order_by: Sequence[Any] = (),
) -> list[PerEnrolment]:
    """The rows of ``kept`` that meet ``conditions``, which may name their
    enrolment (who follows or sees it, its leader, its status)."""
    rows = await session.scalars(
        select(kept)
        .join(Enrolment, Enrolment.id == kept.enrolment_id)
        .where(*conditions)
        .order_by(*order_by)
    )
    return list(rows)


async def development_goals_visible(
    session: AsyncSession, viewer: Viewer, ids: Sequence[int]
) -> list[DevelopmentGoal]:
    return await of_enrolments(
        session, DevelopmentGoal, DevelopmentGoal.id.in_(ids), enrolment_followed_by(viewer)
    )


async def development_goals_followed(
    session: AsyncSession, viewer: Viewer, enrolment_ids: Sequence[int]
) -> list[DevelopmentGoal]:
    """The goals of enrolments the viewer follows (a mentor sees none)."""
    return await of_enrolments(
        session,
        DevelopmentGoal,
        DevelopmentGoal.enrolment_id.in_(enrolment_ids),
        enrolment_followed_by(viewer),
        order_by=(DevelopmentGoal.enrolment_id, DevelopmentGoal.position, DevelopmentGoal.id),
    )


async def cohort_member_ids(
    session: AsyncSession, organisation_id: int, cohort_id: int
) -> list[int] | None:
    """The memberships enrolled in a cohort, or None when the organisation has
    no such cohort (so another tenant's cohort looks like a missing one)."""
    found = await session.scalar(
        select(Cohort.id).where(Cohort.id == cohort_id, Cohort.organisation_id == organisation_id)
    )
    if found is None:
        return None
    rows = await session.scalars(
        select(Enrolment.membership_id)
        .where(
            Enrolment.cohort_id == cohort_id,
            Enrolment.organisation_id == organisation_id,
            Enrolment.status != EnrolmentStatus.WITHDRAWN.value,
        )
        .order_by(Enrolment.membership_id)
    )
    return list(rows)
