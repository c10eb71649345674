"""Queries of cohorts, enrolments and development goals, and who follows or
sees an enrolment.

Who may see an enrolment is decided here, in SQL (``enrolment_visible_to``),
so a list, a node lookup and a loader all apply the same rule; the other
sub-packages read what hangs off an enrolment through ``of_enrolments``.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any, TypeVar, cast

from sqlalchemy import ColumnElement, Select, and_, bindparam, false, func, or_, select, true
from sqlalchemy.sql.elements import BindParameter

from backend.auth.viewer import Viewer
from backend.db import Id, Session
from backend.identity.models import Membership
from backend.identity.policy import is_hr
from backend.identity.repository import reports_below_statement
from backend.repository import TenantRepository, one_of_parameter
from learning.programmes import hooks
from learning.programmes.models import (
    ActionEvidence,
    Cohort,
    DevelopmentGoal,
    Enrolment,
    EnrolmentStatus,
    ManagerCheckpoint,
    ProgrammeVersion,
    Reflection,
)

cohorts = TenantRepository(Cohort)
enrolments = TenantRepository(Enrolment)

# What is kept per enrolment, and read with conditions on the enrolment.
PerEnrolment = TypeVar(
    "PerEnrolment", Reflection, ActionEvidence, ManagerCheckpoint, DevelopmentGoal
)

# --- who sees what -----------------------------------------------------------------


def reports_below_ids(manager_membership_id: int | BindParameter[int]) -> Select[int]:
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


# The viewer as bound parameters, for statements built once (``followed_by_viewer``).
VIEWER_ORGANISATION = bindparam("viewer_organisation_id", type_=Id)
VIEWER_MEMBERSHIP = bindparam("viewer_membership_id", type_=Id)


def viewer_parameters(viewer: Viewer) -> dict[str, Any]:
    return {
        VIEWER_ORGANISATION.key: viewer.organisation_id,
        VIEWER_MEMBERSHIP.key: viewer.membership_id,
    }


def followed_by_viewer(everyone: bool) -> ColumnElement[bool]:
    """``enrolment_followed_by`` with the viewer as parameters (``viewer_parameters``),
    for a statement built once: the recursive reporting line is most of the cost
    of building it (~3 % of home's CPU a statement, before). ``everyone``: the
    viewer is HR. The same SQL as ``enrolment_followed_by``."""
    return and_(
        Enrolment.organisation_id == VIEWER_ORGANISATION,
        or_(
            true() if everyone else false(),
            Enrolment.membership_id == VIEWER_MEMBERSHIP,
            Enrolment.membership_id.in_(reports_below_ids(VIEWER_MEMBERSHIP)),
        ),
    )


def mentees_of(viewer: Viewer) -> Select[Any]:
    """The memberships the viewer mentors now (the mentoring slice's subquery,
    wired at start-up)."""
    mentees: Select[Any] = hooks.registry.mentees_of(viewer.membership_id)
    return mentees


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


async def of_enrolments(
    session: Session,
    kept: type[PerEnrolment],
    *conditions: ColumnElement[bool],
    order_by: Sequence[Any] = (),
) -> list[PerEnrolment]:
    """The rows of ``kept`` that meet ``conditions``, which may name their
    enrolment (who follows or sees it, its leader, its status)."""
    rows = await session.scalars(of_enrolments_statement(kept, *conditions, order_by=order_by))
    return list(rows)


def of_enrolments_statement(
    kept: type[PerEnrolment],
    *conditions: ColumnElement[bool],
    order_by: Sequence[Any] = (),
) -> Select[PerEnrolment]:
    """``of_enrolments``' statement, for one built once with parameters."""
    return (
        select(kept)
        .join(Enrolment, Enrolment.id == kept.enrolment_id)
        .where(*conditions)
        .order_by(*order_by)
    )


# --- enrolments ------------------------------------------------------------------------


async def enrolments_visible(
    session: Session, viewer: Viewer, ids: Sequence[int]
) -> list[Enrolment]:
    statement = _enrolments_visible(is_hr(viewer), hooks.registry.mentees_of)
    rows = await session.scalars(
        statement, {"enrolment_ids": list(ids), **viewer_parameters(viewer)}
    )
    return list(rows)


@cache
def _enrolments_visible(everyone: bool, mentees: hooks.MenteesOf) -> Select[Enrolment]:
    """``enrolment_visible_to`` built once per kind of viewer and wiring of the
    mentees' subquery, the viewer as parameters: home reads the enrolments of the
    checkpoints to hold on every request."""
    return select(Enrolment).where(
        one_of_parameter(Enrolment.id, "enrolment_ids"),
        or_(
            followed_by_viewer(everyone),
            and_(
                Enrolment.organisation_id == VIEWER_ORGANISATION,
                Enrolment.membership_id.in_(mentees(VIEWER_MEMBERSHIP)),
            ),
        ),
    )


async def enrolment_for_update(session: Session, organisation_id: int, pk: int) -> Enrolment | None:
    return await enrolments.by_id(session, organisation_id, pk, for_update=True)


async def enrolments_of_leader(
    session: Session, membership_id: int, *, active_only: bool = True
) -> list[Enrolment]:
    rows = await session.scalars(_enrolments_of_leader(active_only), {"leader": membership_id})
    return list(rows)


@cache
def _enrolments_of_leader(active_only: bool) -> Select[Enrolment]:
    """Built once (the leader a parameter): home reads them on every request."""
    statement = select(Enrolment).where(Enrolment.membership_id == bindparam("leader", type_=Id))
    if active_only:
        statement = statement.where(Enrolment.status == EnrolmentStatus.ACTIVE.value)
    return statement.order_by(Enrolment.starts_on, Enrolment.id)


async def enrolments_of_leader_as_shown(
    session: Session, organisation_id: int, membership_id: int
) -> list[tuple[Enrolment, ProgrammeVersion | None, Cohort | None]]:
    """A leader's enrolments (withdrawn ones too) with their version and cohort, in
    one statement: home showed each enrolment's programme and cohort through two
    more reads (``versions.by_ids``, ``cohorts.by_ids``), each a round trip and a
    pass through the session (bench/NOTES.md, "Eighth round: home, plain rows").
    The version and cohort only of the organisation, as ``by_ids`` reads them."""
    rows = await session.execute(
        _enrolments_of_leader_as_shown(),
        {"leader": membership_id, "organisation": organisation_id},
    )
    return [(row[0], row[1], row[2]) for row in rows]


@cache
def _enrolments_of_leader_as_shown() -> Select[Enrolment, ProgrammeVersion, Cohort]:
    """Built once (the leader and organisation parameters)."""
    organisation = bindparam("organisation", type_=Id)
    return (
        select(Enrolment, ProgrammeVersion, Cohort)
        .outerjoin(
            ProgrammeVersion,
            and_(
                ProgrammeVersion.id == Enrolment.version_id,
                ProgrammeVersion.organisation_id == organisation,
            ),
        )
        .outerjoin(
            Cohort, and_(Cohort.id == Enrolment.cohort_id, Cohort.organisation_id == organisation)
        )
        .where(Enrolment.membership_id == bindparam("leader", type_=Id))
        .order_by(Enrolment.starts_on, Enrolment.id)
    )


async def enrolment_of(session: Session, membership_id: int, programme_id: int) -> int | None:
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
) -> Select[Any]:
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
    return cast("Select[Any]", statement)  # as ``paginate`` takes it


async def cohorts_of_programmes(
    session: Session, organisation_id: int, programme_ids: Sequence[int]
) -> list[Cohort]:
    """The cohorts of programmes, by start date (latest first)."""
    rows = await session.scalars(
        select(Cohort)
        .where(Cohort.organisation_id == organisation_id, Cohort.programme_id.in_(programme_ids))
        .order_by(Cohort.programme_id, Cohort.starts_on.desc(), Cohort.id.desc())
    )
    return list(rows)


async def enrolled_counts(
    session: Session, organisation_id: int, cohort_ids: Sequence[int]
) -> dict[int, int]:
    """The leaders enrolled (not withdrawn) in each cohort."""
    rows = await session.execute(
        select(Enrolment.cohort_id, func.count(Enrolment.id))
        .where(
            Enrolment.organisation_id == organisation_id,
            Enrolment.cohort_id.in_(cohort_ids),
            Enrolment.status != EnrolmentStatus.WITHDRAWN.value,
        )
        .group_by(Enrolment.cohort_id)
    )
    return {cohort_id: count for cohort_id, count in rows.tuples() if cohort_id is not None}


async def cohort_member_ids(
    session: Session, organisation_id: int, cohort_id: int
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


# --- development goals ---------------------------------------------------------------


async def development_goals_of(
    session: Session, enrolment_ids: Sequence[int]
) -> list[DevelopmentGoal]:
    rows = await session.scalars(
        select(DevelopmentGoal)
        .where(DevelopmentGoal.enrolment_id.in_(enrolment_ids))
        .order_by(DevelopmentGoal.enrolment_id, DevelopmentGoal.position, DevelopmentGoal.id)
    )
    return list(rows)


async def development_goals_visible(
    session: Session, viewer: Viewer, ids: Sequence[int]
) -> list[DevelopmentGoal]:
    return await of_enrolments(
        session, DevelopmentGoal, DevelopmentGoal.id.in_(ids), enrolment_followed_by(viewer)
    )


async def development_goals_followed(
    session: Session, viewer: Viewer, enrolment_ids: Sequence[int]
) -> list[DevelopmentGoal]:
    """The goals of enrolments the viewer follows (a mentor sees none)."""
    rows = await session.scalars(
        _goals_followed_statement(is_hr(viewer)),
        {"enrolment_ids": list(enrolment_ids), **viewer_parameters(viewer)},
    )
    return list(rows)


@cache
def _goals_followed_statement(everyone: bool) -> Select[DevelopmentGoal]:
    """Built once per kind of viewer (HR or not): home reads goals on every request."""
    return (
        select(DevelopmentGoal)
        .join(Enrolment, Enrolment.id == DevelopmentGoal.enrolment_id)
        .where(
            one_of_parameter(DevelopmentGoal.enrolment_id, "enrolment_ids"),
            followed_by_viewer(everyone),
        )
        .order_by(DevelopmentGoal.enrolment_id, DevelopmentGoal.position, DevelopmentGoal.id)
    )
