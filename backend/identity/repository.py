"""Queries about people and reporting lines."""

from __future__ import annotations

from sqlalchemy import Select, and_, literal, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from backend.identity.models import Membership


def reports_below_statement(manager_membership_id: int, direct_only: bool = False) -> Select[tuple[int, int]]:
    """(membership id, depth) of everyone below a manager, at any depth, in
    one statement: a recursive CTE walking ``membership.manager_id``."""
    if direct_only:
        return select(Membership.id, literal(1)).where(
            Membership.manager_id == manager_membership_id, Membership.is_active.is_(True)
        )
    start = select(Membership.id.label("id"), literal(1).label("depth")).where(
        Membership.manager_id == manager_membership_id
    )
    below = start.cte("below", recursive=True)
    child = aliased(Membership)
    below = below.union_all(
        select(child.id, below.c.depth + 1).where(
            and_(child.manager_id == below.c.id, below.c.depth < 100)
        )
    )
    return select(below.c.id, below.c.depth)


async def reports_below(
    session: AsyncSession, manager_membership_id: int, direct_only: bool = False
) -> list[int]:
    rows = await session.execute(reports_below_statement(manager_membership_id, direct_only))
    return [row[0] for row in rows]


async def managers_above(session: AsyncSession, membership_id: int) -> list[int]:
    """The reporting line above a membership, nearest manager first, in one statement."""
    start = select(Membership.manager_id.label("id"), literal(1).label("depth")).where(
        Membership.id == membership_id, Membership.manager_id.is_not(None)
    )
    above = start.cte("above", recursive=True)
    parent = aliased(Membership)
    above = above.union_all(
        select(parent.manager_id, above.c.depth + 1).where(
            and_(parent.id == above.c.id, parent.manager_id.is_not(None), above.c.depth < 100)
        )
    )
    rows = await session.execute(select(above.c.id).order_by(above.c.depth))
    return [row[0] for row in rows]


async def membership(session: AsyncSession, membership_id: int) -> Membership | None:
    return await session.get(Membership, membership_id)
