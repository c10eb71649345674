"""Queries of the manager's checkpoints: those of the enrolments the viewer
follows (``enrolment_followed_by``: never the mentor), the leader's open
ones, and those a manager must hold."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import cache

from sqlalchemy import Date, Select, bindparam, select

from backend.auth.viewer import Viewer
from backend.db import Id, Session
from backend.identity.models import Membership
from learning.programmes.enrolments.repository import (
    enrolment_followed_by,
    of_enrolments,
    of_enrolments_statement,
)
from learning.programmes.models import Enrolment, EnrolmentStatus, ManagerCheckpoint


async def checkpoints_of(session: Session, enrolment_ids: Sequence[int]) -> list[ManagerCheckpoint]:
    rows = await session.scalars(
        select(ManagerCheckpoint)
        .where(ManagerCheckpoint.enrolment_id.in_(enrolment_ids))
        .order_by(ManagerCheckpoint.enrolment_id, ManagerCheckpoint.due_on)
    )
    return list(rows)


async def checkpoints_visible_by_id(
    session: Session, viewer: Viewer, ids: Sequence[int]
) -> list[ManagerCheckpoint]:
    return await of_enrolments(
        session, ManagerCheckpoint, ManagerCheckpoint.id.in_(ids), enrolment_followed_by(viewer)
    )


async def checkpoints_followed(
    session: Session, viewer: Viewer, enrolment_ids: Sequence[int]
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
    session: Session, membership_id: int
) -> list[ManagerCheckpoint]:
    rows = await session.scalars(_open_checkpoints_of_leader(), {"leader": membership_id})
    return list(rows)


@cache
def _open_checkpoints_of_leader() -> Select[ManagerCheckpoint]:
    """Built once (the leader a parameter): home reads them on every request."""
    return of_enrolments_statement(
        ManagerCheckpoint,
        Enrolment.membership_id == bindparam("leader", type_=Id),
        Enrolment.status == EnrolmentStatus.ACTIVE.value,
        ManagerCheckpoint.completed_at.is_(None),
        order_by=(ManagerCheckpoint.due_on, ManagerCheckpoint.id),
    )


async def checkpoints_to_hold(
    session: Session, manager_membership_id: int, until: date
) -> list[ManagerCheckpoint]:
    """Open checkpoints of the manager's direct reports, due by ``until``."""
    rows = await session.scalars(
        _checkpoints_to_hold(), {"manager": manager_membership_id, "until": until}
    )
    return list(rows)


@cache
def _checkpoints_to_hold() -> Select[ManagerCheckpoint]:
    """Built once (manager and date parameters): home reads them on every request."""
    direct = select(Membership.id).where(Membership.manager_id == bindparam("manager", type_=Id))
    return of_enrolments_statement(
        ManagerCheckpoint,
        Enrolment.membership_id.in_(direct),
        Enrolment.status == EnrolmentStatus.ACTIVE.value,
        ManagerCheckpoint.completed_at.is_(None),
        ManagerCheckpoint.due_on <= bindparam("until", type_=Date),
        order_by=(ManagerCheckpoint.due_on, ManagerCheckpoint.id),
    )


async def checkpoints_of_enrolment_for_update(
    session: Session, enrolment_id: int
) -> list[ManagerCheckpoint]:
    rows = await session.scalars(
        select(ManagerCheckpoint)
        .where(ManagerCheckpoint.enrolment_id == enrolment_id)
        .with_for_update()
    )
    return list(rows)
