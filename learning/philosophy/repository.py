"""Every query of the leadership philosophy slice.

Every read of a tenant's rows filters on ``organisation_id``; the page route
(``philosophy_at``) is the one lookup by address, and it joins in the
organisation so the slug pair can never reach into another tenant.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

from sqlalchemy import Row, case, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from backend.identity.models import (
    FoundationPrinciple,
    LeadershipFoundation,
    Membership,
    Organisation,
    OrganisationGoal,
    Person,
    Role,
)
from backend.identity.repository import MEMBER_COLUMNS, has_role, reports_below_statement
from backend.repository import TenantRepository
from learning.philosophy.models import (
    LeadershipPhilosophy,
    PhilosophyItem,
    PhilosophyVersion,
    VersionStatus,
)

AnyRow = Row[*tuple[Any, ...]]


PHILOSOPHIES = TenantRepository(LeadershipPhilosophy)
VERSIONS = TenantRepository(PhilosophyVersion)
ITEMS = TenantRepository(PhilosophyItem)


class Listing(NamedTuple):
    """A statement for ``paginate``: its leading columns are ``keys``."""

    statement: Any  # a Select of any columns
    keys: list[Any]  # column expressions


# --- philosophies ------------------------------------------------------------------------


async def philosophy_of_membership(
    session: AsyncSession, membership_id: int
) -> LeadershipPhilosophy | None:
    statement = select(LeadershipPhilosophy).where(
        LeadershipPhilosophy.membership_id == membership_id
    )
    return (await session.scalars(statement)).one_or_none()


async def philosophy(
    session: AsyncSession, organisation_id: int, philosophy_id: int
) -> LeadershipPhilosophy | None:
    return await PHILOSOPHIES.by_id(session, organisation_id, philosophy_id)


async def lock_philosophy(session: AsyncSession, philosophy_id: int) -> LeadershipPhilosophy:
    """The row, locked until the transaction ends (a no-op on SQLite, where a
    writing transaction holds the database)."""
    statement = (
        select(LeadershipPhilosophy)
        .where(LeadershipPhilosophy.id == philosophy_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    return (await session.scalars(statement)).one()


async def philosophies_of_memberships(
    session: AsyncSession, organisation_id: int, membership_ids: Sequence[int]
) -> list[LeadershipPhilosophy]:
    statement = select(LeadershipPhilosophy).where(
        LeadershipPhilosophy.organisation_id == organisation_id,
        LeadershipPhilosophy.membership_id.in_(list(membership_ids)),
    )
    return list((await session.scalars(statement)).all())


async def slugs_starting(session: AsyncSession, organisation_id: int, base: str) -> set[str]:
    statement = select(LeadershipPhilosophy.slug).where(
        LeadershipPhilosophy.organisation_id == organisation_id,
        LeadershipPhilosophy.slug.startswith(base, autoescape=True),
    )
    return set((await session.scalars(statement)).all())


class PageRow(NamedTuple):
    philosophy_id: int
    organisation_id: int
    visibility: str
    html_key: str | None
    pdf_key: str | None
    number: int | None


async def philosophy_at(session: AsyncSession, organisation_slug: str, slug: str) -> PageRow | None:
    """What ``/p/<organisation>/<slug>`` serves, in one statement."""
    statement = (
        select(
            LeadershipPhilosophy.id,
            LeadershipPhilosophy.organisation_id,
            LeadershipPhilosophy.visibility,
            PhilosophyVersion.html_key,
            PhilosophyVersion.pdf_key,
            PhilosophyVersion.number,
        )
        .join(Organisation, Organisation.id == LeadershipPhilosophy.organisation_id)
        .outerjoin(
            PhilosophyVersion, PhilosophyVersion.id == LeadershipPhilosophy.current_version_id
        )
        .where(Organisation.slug == organisation_slug, LeadershipPhilosophy.slug == slug)
    )
    row = (await session.execute(statement)).first()
    return PageRow(*row) if row is not None else None


async def organisation(session: AsyncSession, organisation_id: int) -> AnyRow:
    statement = select(Organisation.id, Organisation.slug, Organisation.name).where(
        Organisation.id == organisation_id
    )
    return (await session.execute(statement)).one()


# --- what a philosophy cites, and who wrote it (identity's tables, read-only) -------------


async def current_principle_ids(session: AsyncSession, organisation_id: int) -> set[int]:
    """The principles and values of the newest published leadership foundation."""
    newest = (
        select(LeadershipFoundation.id)
        .where(
            LeadershipFoundation.organisation_id == organisation_id,
            LeadershipFoundation.published_at.is_not(None),
        )
        .order_by(LeadershipFoundation.version.desc())
        .limit(1)
        .scalar_subquery()
    )
    statement = select(FoundationPrinciple.id).where(FoundationPrinciple.foundation_id == newest)
    return set((await session.scalars(statement)).all())


async def principles_by_ids(
    session: AsyncSession, organisation_id: int, ids: Sequence[int]
) -> list[AnyRow]:
    """Rows as ``backend.identity.goals.types.FoundationPrinciple.from_row`` reads them."""
    statement = (
        select(
            FoundationPrinciple.id,
            FoundationPrinciple.foundation_id,
            FoundationPrinciple.position,
            FoundationPrinciple.kind,
            FoundationPrinciple.title,
            FoundationPrinciple.description,
        )
        .join(LeadershipFoundation, LeadershipFoundation.id == FoundationPrinciple.foundation_id)
        .where(
            LeadershipFoundation.organisation_id == organisation_id,
            FoundationPrinciple.id.in_(list(ids)),
        )
    )
    return list((await session.execute(statement)).all())


async def goals_by_ids(
    session: AsyncSession, organisation_id: int, ids: Sequence[int]
) -> list[AnyRow]:
    """Rows as ``backend.identity.goals.types.OrganisationGoal.from_row`` reads them."""
    statement = select(
        OrganisationGoal.id,
        OrganisationGoal.organisation_id,
        OrganisationGoal.title,
        OrganisationGoal.description,
        OrganisationGoal.period_start,
        OrganisationGoal.period_end,
        OrganisationGoal.status,
    ).where(OrganisationGoal.organisation_id == organisation_id, OrganisationGoal.id.in_(list(ids)))
    return list((await session.execute(statement)).all())


async def members(
    session: AsyncSession, organisation_id: int, membership_ids: Sequence[int]
) -> dict[int, AnyRow]:
    """Name, mail, language, title, manager of members of the organisation."""
    statement = (
        select(
            Membership.id,
            Membership.manager_id,
            Membership.job_title,
            Membership.is_active,
            Person.name,
            Person.email,
            Person.locale,
        )
        .join(Person, Person.id == Membership.person_id)
        .where(
            Membership.organisation_id == organisation_id,
            Membership.id.in_(list(membership_ids)),
        )
    )
    return {row.id: row for row in await session.execute(statement)}


# --- versions ----------------------------------------------------------------------------


async def draft_of(session: AsyncSession, philosophy_id: int) -> PhilosophyVersion | None:
    statement = select(PhilosophyVersion).where(
        PhilosophyVersion.philosophy_id == philosophy_id,
        PhilosophyVersion.status == VersionStatus.DRAFT.value,
    )
    return (await session.scalars(statement)).first()


async def drafts_of(
    session: AsyncSession, philosophy_ids: Sequence[int]
) -> list[PhilosophyVersion]:
    statement = select(PhilosophyVersion).where(
        PhilosophyVersion.philosophy_id.in_(list(philosophy_ids)),
        PhilosophyVersion.status == VersionStatus.DRAFT.value,
    )
    return list((await session.scalars(statement)).all())


async def latest_version(session: AsyncSession, philosophy_id: int) -> PhilosophyVersion | None:
    statement = (
        select(PhilosophyVersion)
        .where(PhilosophyVersion.philosophy_id == philosophy_id)
        .order_by(PhilosophyVersion.number.desc())
        .limit(1)
    )
    return (await session.scalars(statement)).first()


async def version(
    session: AsyncSession, organisation_id: int, version_id: int
) -> PhilosophyVersion | None:
    return await VERSIONS.by_id(session, organisation_id, version_id)


async def lock_version(session: AsyncSession, version_id: int) -> PhilosophyVersion | None:
    statement = (
        select(PhilosophyVersion)
        .where(PhilosophyVersion.id == version_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    return (await session.scalars(statement)).one_or_none()


def versions_listing(philosophy_id: int, published_only: bool) -> Listing:
    """A philosophy's versions, newest first."""
    newest_first = -PhilosophyVersion.number
    statement = select(newest_first.label("sort"), PhilosophyVersion.id, PhilosophyVersion).where(
        PhilosophyVersion.philosophy_id == philosophy_id
    )
    if published_only:
        statement = statement.where(PhilosophyVersion.status == VersionStatus.PUBLISHED.value)
    return Listing(statement, [newest_first, PhilosophyVersion.id])


# --- who has published -----------------------------------------------------------------


def _leaders(organisation_id: int, below: int | None, direct_only: bool) -> Any:
    current = aliased(PhilosophyVersion)
    statement = (
        select(
            Person.name.label("sort_name"),
            *MEMBER_COLUMNS,
            LeadershipPhilosophy.id.label("philosophy_id"),
            LeadershipPhilosophy.visibility.label("visibility"),
            current.number.label("version_number"),
            current.published_at.label("published_at"),
        )
        .join(Person, Person.id == Membership.person_id)
        .outerjoin(LeadershipPhilosophy, LeadershipPhilosophy.membership_id == Membership.id)
        .outerjoin(current, current.id == LeadershipPhilosophy.current_version_id)
        .where(
            Membership.organisation_id == organisation_id,
            Membership.is_active.is_(True),
            has_role(Role.LEADER),
        )
    )
    if below is not None:
        reports = reports_below_statement(below, direct_only).subquery("below")
        statement = statement.where(Membership.id.in_(select(reports.c.id)))
    return statement


def overview_listing(
    organisation_id: int, below: int | None, direct_only: bool, published: bool | None
) -> Listing:
    """Active leaders (everyone when ``below`` is None) with their newest
    publication, sorted by name: one statement per page."""
    statement = _leaders(organisation_id, below, direct_only)
    if published is not None:
        statement = statement.where(
            LeadershipPhilosophy.current_version_id.is_not(None)
            if published
            else LeadershipPhilosophy.current_version_id.is_(None)
        )
    return Listing(statement, [Person.name, Membership.id])


async def overview_counts(
    session: AsyncSession, organisation_id: int, below: int | None, direct_only: bool
) -> tuple[int, int]:
    """(leaders, of whom published), in one statement."""
    leaders = _leaders(organisation_id, below, direct_only).subquery("leaders")
    statement = select(
        func.count(),
        func.coalesce(func.sum(case((leaders.c.published_at.is_not(None), 1), else_=0)), 0),
    ).select_from(leaders)
    total, published = (await session.execute(statement)).one()
    return int(total), int(published)


# --- items for the next version -----------------------------------------------------------


async def items_of(session: AsyncSession, philosophy_ids: Sequence[int]) -> list[PhilosophyItem]:
    statement = (
        select(PhilosophyItem)
        .where(PhilosophyItem.philosophy_id.in_(list(philosophy_ids)))
        .order_by(PhilosophyItem.done_at.is_not(None), PhilosophyItem.id)
    )
    return list((await session.scalars(statement)).all())


async def items_by_ids(
    session: AsyncSession, philosophy_id: int, ids: Sequence[int]
) -> list[PhilosophyItem]:
    """Those of ``ids`` that are items of the philosophy."""
    if not ids:
        return []
    statement = select(PhilosophyItem).where(
        PhilosophyItem.philosophy_id == philosophy_id, PhilosophyItem.id.in_(list(set(ids)))
    )
    return list(await session.scalars(statement.order_by(PhilosophyItem.id)))


async def item(session: AsyncSession, organisation_id: int, item_id: int) -> PhilosophyItem | None:
    return await ITEMS.by_id(session, organisation_id, item_id)
