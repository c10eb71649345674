"""Queries of the reporting lines: the members below a manager and the span of
control of each leader (``backend.identity.repository`` walks the line)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.identity.models import Membership, Person, Role
from backend.identity.repository import (
    MEMBER_COLUMNS,
    Listing,
    has_role,
    reports_below_statement,
)


def reports_listing(manager_membership_id: int, direct_only: bool) -> Listing:
    """The active members below a manager, sorted by name: still one
    statement, the CTE joined to the members."""
    below = reports_below_statement(manager_membership_id, direct_only).subquery("below")
    statement = (
        select(Person.name.label("sort_name"), *MEMBER_COLUMNS, below.c.depth)
        .join(Person, Person.id == Membership.person_id)
        .join(below, below.c.id == Membership.id)
        .where(Membership.is_active.is_(True))
    )
    return Listing(statement, [Person.name, Membership.id])


async def count_reports(
    session: AsyncSession, manager_membership_id: int, direct_only: bool
) -> int:
    below = reports_below_statement(manager_membership_id, direct_only).subquery("below")
    statement = (
        select(func.count())
        .select_from(below)
        .join(Membership, Membership.id == below.c.id)
        .where(Membership.is_active.is_(True))
    )
    return int(await session.scalar(statement) or 0)


def spans_listing(organisation_id: int, below_membership_id: int | None) -> Listing:
    """Span of control: direct active reports per leader (a LEADER, or anyone
    with reports), for a page sorted largest first; only those below a
    manager when one is given."""
    counts = (
        select(Membership.manager_id.label("id"), func.count().label("span"))
        .where(
            Membership.organisation_id == organisation_id,
            Membership.is_active.is_(True),
            Membership.manager_id.is_not(None),
        )
        .group_by(Membership.manager_id)
        .subquery("counts")
    )
    span = func.coalesce(counts.c.span, 0)
    statement = (
        select((-span).label("sort_span"), Membership.id.label("id"), span.label("span"))
        .outerjoin(counts, counts.c.id == Membership.id)
        .where(
            Membership.organisation_id == organisation_id,
            Membership.is_active.is_(True),
            has_role(Role.LEADER) | counts.c.span.is_not(None),
        )
    )
    if below_membership_id is not None:
        below = reports_below_statement(below_membership_id).subquery("below")
        statement = statement.where(Membership.id.in_(select(below.c.id)))
    return Listing(statement, [-span, Membership.id])
