"""Queries of organisational goals and the leadership foundation."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.identity.models import (
    FoundationPrinciple,
    LeadershipFoundation,
    OrganisationGoal,
    OrganisationGoalUnit,
    Unit,
)
from backend.identity.repository import UNIT_COLUMNS, AnyRow, Listing
from backend.repository import TenantRepository

GOALS = TenantRepository(OrganisationGoal)
FOUNDATIONS = TenantRepository(LeadershipFoundation)

GOAL_COLUMNS = (
    OrganisationGoal.id,
    OrganisationGoal.organisation_id,
    OrganisationGoal.title,
    OrganisationGoal.description,
    OrganisationGoal.period_start,
    OrganisationGoal.period_end,
    OrganisationGoal.status,
)
FOUNDATION_COLUMNS = (
    LeadershipFoundation.id,
    LeadershipFoundation.organisation_id,
    LeadershipFoundation.version,
    LeadershipFoundation.title,
    LeadershipFoundation.introduction,
    LeadershipFoundation.published_at,
)
PRINCIPLE_COLUMNS = (
    FoundationPrinciple.id,
    FoundationPrinciple.foundation_id,
    FoundationPrinciple.position,
    FoundationPrinciple.kind,
    FoundationPrinciple.title,
    FoundationPrinciple.description,
)


# --- goals ------------------------------------------------------------------------


def goals_listing(organisation_id: int, status: str | None, unit_id: int | None) -> Listing:
    statement = select(OrganisationGoal.title.label("sort_title"), *GOAL_COLUMNS).where(
        OrganisationGoal.organisation_id == organisation_id
    )
    if status is not None:
        statement = statement.where(OrganisationGoal.status == status)
    if unit_id is not None:
        statement = statement.where(
            OrganisationGoal.id.in_(
                select(OrganisationGoalUnit.goal_id).where(OrganisationGoalUnit.unit_id == unit_id)
            )
        )
    return Listing(statement, [OrganisationGoal.title, OrganisationGoal.id])


async def goal_units(
    session: AsyncSession, organisation_id: int, goal_ids: Sequence[int]
) -> list[AnyRow]:
    """(goal id, unit columns…) for every unit the goals apply to."""
    statement = (
        select(OrganisationGoalUnit.goal_id, *UNIT_COLUMNS)
        .join(Unit, Unit.id == OrganisationGoalUnit.unit_id)
        .where(Unit.organisation_id == organisation_id, OrganisationGoalUnit.goal_id.in_(goal_ids))
        .order_by(Unit.name, Unit.id)
    )
    return list((await session.execute(statement)).all())


async def goal(
    session: AsyncSession, organisation_id: int, goal_id: int
) -> OrganisationGoal | None:
    return await GOALS.by_id(session, organisation_id, goal_id)


async def set_goal_units(session: AsyncSession, goal_id: int, unit_ids: Sequence[int]) -> None:
    existing = set(
        (
            await session.scalars(
                select(OrganisationGoalUnit.unit_id).where(OrganisationGoalUnit.goal_id == goal_id)
            )
        ).all()
    )
    wanted = set(unit_ids)
    for unit_id in wanted - existing:
        session.add(OrganisationGoalUnit(goal_id=goal_id, unit_id=unit_id))
    for unit_id in existing - wanted:
        await session.delete(await session.get(OrganisationGoalUnit, (goal_id, unit_id)))


# --- leadership foundation ------------------------------------------------------------


async def foundation(
    session: AsyncSession, organisation_id: int, version: int | None
) -> AnyRow | None:
    """A published version, the newest when ``version`` is None."""
    statement = select(*FOUNDATION_COLUMNS).where(
        LeadershipFoundation.organisation_id == organisation_id,
        LeadershipFoundation.published_at.is_not(None),
    )
    if version is not None:
        statement = statement.where(LeadershipFoundation.version == version)
    statement = statement.order_by(LeadershipFoundation.version.desc()).limit(1)
    return (await session.execute(statement)).first()


async def latest_foundation_version(session: AsyncSession, organisation_id: int) -> int:
    statement = select(func.max(LeadershipFoundation.version)).where(
        LeadershipFoundation.organisation_id == organisation_id
    )
    return int(await session.scalar(statement) or 0)


async def principles_by_foundations(
    session: AsyncSession, organisation_id: int, foundation_ids: Sequence[int]
) -> list[AnyRow]:
    statement = (
        select(*PRINCIPLE_COLUMNS)
        .join(LeadershipFoundation, LeadershipFoundation.id == FoundationPrinciple.foundation_id)
        .where(
            LeadershipFoundation.organisation_id == organisation_id,
            FoundationPrinciple.foundation_id.in_(foundation_ids),
        )
        .order_by(FoundationPrinciple.foundation_id, FoundationPrinciple.position)
    )
    return list((await session.execute(statement)).all())


async def principles_by_ids(
    session: AsyncSession, organisation_id: int, ids: Sequence[int]
) -> list[AnyRow]:
    statement = (
        select(*PRINCIPLE_COLUMNS)
        .join(LeadershipFoundation, LeadershipFoundation.id == FoundationPrinciple.foundation_id)
        .where(
            LeadershipFoundation.organisation_id == organisation_id,
            FoundationPrinciple.id.in_(ids),
        )
    )
    return list((await session.execute(statement)).all())
