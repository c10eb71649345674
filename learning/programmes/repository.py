"""Queries of programmes, their versions and content (modules, activities,
the organisational goals they serve), and of the people they are for.

Who sees a version is decided here, in SQL (``version_visible_to``). The
queries of enrolments, progress, checkpoints, sharing and reminders are in
the ``repository.py`` of those sub-packages.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import date
from functools import cache
from typing import Any, cast

from sqlalchemy import ColumnElement, Select, and_, bindparam, delete, select

from backend.auth.viewer import Viewer
from backend.db import Id, Session
from backend.identity.models import Membership, OrganisationGoal, Person
from backend.repository import TenantRepository, one_of_parameter
from learning.programmes.models import (
    Programme,
    ProgrammeActivity,
    ProgrammeModule,
    ProgrammeVersion,
    ProgrammeVersionGoal,
    VersionStatus,
)
from learning.programmes.policy import sees_drafts

programmes = TenantRepository(Programme)
versions = TenantRepository(ProgrammeVersion)
modules = TenantRepository(ProgrammeModule)
activities = TenantRepository(ProgrammeActivity)


def version_visible_to(viewer: Viewer) -> ColumnElement[bool]:
    """HR sees drafts; everyone in the organisation sees what was published."""
    same_org = ProgrammeVersion.organisation_id == viewer.organisation_id
    if sees_drafts(viewer):
        return same_org
    return and_(same_org, ProgrammeVersion.status != VersionStatus.DRAFT.value)


# --- programmes and versions -------------------------------------------------------


async def versions_of_programmes(
    session: Session, programme_ids: Sequence[int], viewer: Viewer
) -> list[ProgrammeVersion]:
    rows = await session.scalars(
        select(ProgrammeVersion)
        .where(ProgrammeVersion.programme_id.in_(programme_ids), version_visible_to(viewer))
        .order_by(ProgrammeVersion.programme_id, ProgrammeVersion.version)
    )
    return list(rows)


async def latest_versions(session: Session, programme_id: int) -> list[ProgrammeVersion]:
    """Every version of one programme, newest first (for writing)."""
    rows = await session.scalars(
        select(ProgrammeVersion)
        .where(ProgrammeVersion.programme_id == programme_id)
        .order_by(ProgrammeVersion.version.desc())
        .with_for_update()
    )
    return list(rows)


def programmes_statement(viewer: Viewer, status: str | None) -> Select[Any]:
    """Programmes for a list, keyed by id: HR sees all, others published ones."""
    statement = select(Programme.id, Programme).where(
        Programme.organisation_id == viewer.organisation_id
    )
    published = select(ProgrammeVersion.programme_id).where(
        ProgrammeVersion.status != VersionStatus.DRAFT.value,
        ProgrammeVersion.organisation_id == viewer.organisation_id,
    )
    if not sees_drafts(viewer):
        statement = statement.where(Programme.id.in_(published), Programme.archived_at.is_(None))
    if status == "ARCHIVED":
        statement = statement.where(Programme.archived_at.is_not(None))
    elif status == "PUBLISHED":
        statement = statement.where(Programme.archived_at.is_(None), Programme.id.in_(published))
    elif status == "DRAFT":
        statement = statement.where(Programme.archived_at.is_(None), Programme.id.not_in(published))
    return cast("Select[Any]", statement)  # as ``paginate`` takes it


async def existing_goal_ids(
    session: Session, organisation_id: int, goal_ids: Sequence[int]
) -> set[int]:
    rows = await session.scalars(
        select(OrganisationGoal.id).where(
            OrganisationGoal.id.in_(goal_ids), OrganisationGoal.organisation_id == organisation_id
        )
    )
    return set(rows)


async def version_titles(session: Session, version_ids: Sequence[int]) -> dict[int, str]:
    rows = await session.execute(
        select(ProgrammeVersion.id, ProgrammeVersion.title).where(
            ProgrammeVersion.id.in_(version_ids)
        )
    )
    return {row[0]: row[1] for row in rows}


async def goals_of_versions(
    session: Session, version_ids: Sequence[int]
) -> list[tuple[int, OrganisationGoal]]:
    rows = await session.execute(
        select(ProgrammeVersionGoal.version_id, OrganisationGoal)
        .join(OrganisationGoal, OrganisationGoal.id == ProgrammeVersionGoal.goal_id)
        .where(ProgrammeVersionGoal.version_id.in_(version_ids))
        .order_by(ProgrammeVersionGoal.version_id, ProgrammeVersionGoal.position)
    )
    return [(row[0], row[1]) for row in rows]


async def goals_by_id(
    session: Session, organisation_id: int, goal_ids: Sequence[int]
) -> list[OrganisationGoal]:
    return list(
        await session.scalars(
            select(OrganisationGoal).where(
                OrganisationGoal.id.in_(goal_ids),
                OrganisationGoal.organisation_id == organisation_id,
            )
        )
    )


async def clear_version_content(session: Session, version_id: int) -> None:
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
    session: Session, version_ids: Sequence[int]
) -> list[ProgrammeModule]:
    rows = await session.scalars(
        select(ProgrammeModule)
        .where(ProgrammeModule.version_id.in_(version_ids))
        .order_by(ProgrammeModule.version_id, ProgrammeModule.position)
    )
    return list(rows)


async def activities_of_versions(
    session: Session, version_ids: Sequence[int]
) -> list[ProgrammeActivity]:
    """Activities in programme order: module position, then activity position."""
    rows = await session.scalars(_activities_of_versions(), {"versions": list(version_ids)})
    return list(rows)


@dataclass(frozen=True, slots=True)
class ActivityRow:
    """A programme activity as read, not an ORM object: home reads ~30 a
    request, and mapping each into the session (identity map, ``InstanceState``)
    cost more CPU than the statement (bench/NOTES.md, "plain rows"). The fields
    are the table's columns in the table's order (the statement is the same as
    ``activities_of_versions``'s, which the bench's floor repeats)."""

    organisation_id: int
    version_id: int
    module_id: int
    position: int
    kind: str
    title: str
    body: str
    media: list[dict[str, Any]]
    estimated_minutes: int
    due_offset_days: int
    id: int  # last: ``IdMixin``'s column comes after the class's own


async def activity_rows_of_versions(
    session: Session, version_ids: Sequence[int]
) -> list[ActivityRow]:
    """``activities_of_versions`` as plain rows, for reads: the same statement."""
    result = await session.execute(_activity_rows_of_versions(), {"versions": list(version_ids)})
    return [ActivityRow(*row) for row in result]


@cache
def _activity_rows_of_versions() -> Select[tuple[Any, ...]]:
    """Built once; ``ActivityRow``'s fields, named, so a row unpacks into it."""
    columns = ProgrammeActivity.__table__.c
    return (
        select(*(columns[f.name] for f in fields(ActivityRow)))
        .join(ProgrammeModule, ProgrammeModule.id == ProgrammeActivity.module_id)
        .where(one_of_parameter(ProgrammeActivity.version_id, "versions"))
        .order_by(
            ProgrammeActivity.version_id, ProgrammeModule.position, ProgrammeActivity.position
        )
    )


@cache
def _activities_of_versions() -> Select[ProgrammeActivity]:
    """Built once: home reads them on every request."""
    return (
        select(ProgrammeActivity)
        .join(ProgrammeModule, ProgrammeModule.id == ProgrammeActivity.module_id)
        .where(one_of_parameter(ProgrammeActivity.version_id, "versions"))
        .order_by(
            ProgrammeActivity.version_id, ProgrammeModule.position, ProgrammeActivity.position
        )
    )


# --- people --------------------------------------------------------------------------


async def membership_in(
    session: Session, organisation_id: int, membership_id: int
) -> Membership | None:
    return await session.scalar(
        select(Membership).where(
            Membership.id == membership_id,
            Membership.organisation_id == organisation_id,
            Membership.is_active.is_(True),
        )
    )


async def people_of_memberships(
    session: Session, organisation_id: int, membership_ids: Sequence[int]
) -> list[tuple[Membership, Person]]:
    rows = await session.execute(
        _people_of_memberships(),
        {"memberships": list(membership_ids), "organisation": organisation_id},
    )
    return [(row[0], row[1]) for row in rows]


@cache
def _people_of_memberships() -> Select[Membership, Person]:
    """Built once: home reads the leaders of the checkpoints to hold on every request."""
    return (
        select(Membership, Person)
        .join(Person, Person.id == Membership.person_id)
        .where(
            one_of_parameter(Membership.id, "memberships"),
            Membership.organisation_id == bindparam("organisation", type_=Id),
        )
    )


async def new_leaders(session: Session, organisation_id: int, since: date) -> list[Membership]:
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
