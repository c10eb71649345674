"""Every query of the identity package about organisations, units, members and
the reporting line (which ``policy`` and other slices walk too).

Reads by id go through ``TenantRepository`` (``UNITS``, ``MEMBERSHIPS``); the
others select the columns they need, and every query of a tenant's rows filters
on ``organisation_id`` in SQL. Each sub-package (``people``, ``goals``, ``reporting``,
``signin``, ``structure_import``) has its own ``repository.py``.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any, NamedTuple, TypeAlias

from sqlalchemy import (
    BigInteger,
    Row,
    Select,
    String,
    and_,
    bindparam,
    cast,
    exists,
    func,
    literal,
    or_,
    select,
)
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased
from sqlalchemy.sql.elements import BindParameter, ColumnElement

from backend.identity.models import Membership, Organisation, Person, Role, Unit
from backend.repository import TenantRepository

# A row of selected columns, read by name (``row.name``): what the GraphQL
# types and the loaders are made from.
AnyRow: TypeAlias = Row[*tuple[Any, ...]]
AnySelect: TypeAlias = Select[*tuple[Any, ...]]

UNITS = TenantRepository(Unit)
MEMBERSHIPS = TenantRepository(Membership)

# A member: a membership with its person's columns, the one row shape behind
# both the Person and the Membership GraphQL types.
MEMBER_COLUMNS = (
    Membership.id,
    Membership.organisation_id,
    Membership.person_id,
    Membership.unit_id,
    Membership.manager_id,
    Membership.job_title,
    Membership.leader_since,
    Membership.roles,
    Membership.is_active,
    Person.name,
    Person.email,
    Person.locale,
)
UNIT_COLUMNS = (Unit.id, Unit.organisation_id, Unit.parent_id, Unit.name)
# Recursion guard: reporting lines and unit trees are kept acyclic on every
# write, this only stops a corrupted row from looping forever.
MAX_DEPTH = 100


class Listing(NamedTuple):
    """A statement for ``paginate``: its leading columns are ``keys``."""

    statement: AnySelect
    keys: list[Any]  # column expressions


def has_role(role: Role, table: Any = Membership) -> ColumnElement[bool]:
    """Roles are a JSON list; as text it reads ``["HR", "LEADER"]`` on both
    SQLite and PostgreSQL, and no role name is part of another."""
    return cast(table.roles, String).like(f'%"{role.value}"%')


def members_statement() -> AnySelect:
    """Members: memberships with their person's columns (``MEMBER_COLUMNS``)."""
    return select(*MEMBER_COLUMNS).join(Person, Person.id == Membership.person_id)


# --- organisations --------------------------------------------------------------------


async def organisations_by_ids(session: AsyncSession, ids: Sequence[int]) -> list[AnyRow]:
    statement = select(Organisation.id, Organisation.slug, Organisation.name).where(
        Organisation.id.in_(ids)
    )
    return list((await session.execute(statement)).all())


async def has_password(session: AsyncSession, person_id: int) -> bool:
    statement = select(Person.password_hash.is_not(None)).where(Person.id == person_id)
    return bool(await session.scalar(statement))


async def organisations_of(session: AsyncSession, person_id: int) -> list[AnyRow]:
    """(id, slug, name, roles) of every organisation a person is an active member of."""
    statement = (
        select(Organisation.id, Organisation.slug, Organisation.name, Membership.roles)
        .join(Membership, Membership.organisation_id == Organisation.id)
        .where(Membership.person_id == person_id, Membership.is_active.is_(True))
        .order_by(Organisation.name)
    )
    return list((await session.execute(statement)).all())


# --- units ------------------------------------------------------------------------


def units_listing(organisation_id: int) -> Listing:
    """Every unit of an organisation, sorted by name."""
    statement = select(Unit.name.label("sort_name"), *UNIT_COLUMNS).where(
        Unit.organisation_id == organisation_id
    )
    return Listing(statement, [Unit.name, Unit.id])


async def units_by_parents(
    session: AsyncSession, organisation_id: int, parent_ids: Sequence[int | None]
) -> list[AnyRow]:
    """Children of the given units; ``None`` among them asks for the roots."""
    wanted = [p for p in parent_ids if p is not None]
    condition: ColumnElement[bool] = Unit.parent_id.in_(wanted)
    if None in parent_ids:
        condition = condition | Unit.parent_id.is_(None)
    statement = (
        select(*UNIT_COLUMNS)
        .where(Unit.organisation_id == organisation_id, condition)
        .order_by(Unit.name, Unit.id)
    )
    return list((await session.execute(statement)).all())


async def units_above(session: AsyncSession, unit_id: int) -> list[int]:
    """The unit and every unit above it, in one statement."""
    start = select(Unit.id.label("id"), Unit.parent_id.label("parent_id"), literal(0).label("d"))
    above = start.where(Unit.id == unit_id).cte("above", recursive=True)
    parent = aliased(Unit)
    above = above.union_all(
        select(parent.id, parent.parent_id, above.c.d + 1).where(
            parent.id == above.c.parent_id, above.c.d < MAX_DEPTH
        )
    )
    return list((await session.scalars(select(above.c.id))).all())


# --- people -----------------------------------------------------------------------


async def members_by_ids(
    session: AsyncSession, organisation_id: int, membership_ids: Sequence[int]
) -> list[AnyRow]:
    statement = members_statement().where(
        Membership.organisation_id == organisation_id, Membership.id.in_(membership_ids)
    )
    return list((await session.execute(statement)).all())


async def members_by_person_ids(
    session: AsyncSession, organisation_id: int, person_ids: Sequence[int]
) -> list[AnyRow]:
    statement = members_statement().where(
        Membership.organisation_id == organisation_id, Membership.person_id.in_(person_ids)
    )
    return list((await session.execute(statement)).all())


async def member(session: AsyncSession, organisation_id: int, person_id: int) -> AnyRow | None:
    found = await members_by_person_ids(session, organisation_id, [person_id])
    return found[0] if found else None


async def person_id_by_email(session: AsyncSession, email: str) -> int | None:
    return await session.scalar(select(Person.id).where(Person.email == email))


async def other_organisations_of(
    session: AsyncSession, person_id: int, organisation_id: int
) -> int:
    """How many other organisations the person belongs to."""
    statement = select(func.count()).where(
        Membership.person_id == person_id, Membership.organisation_id != organisation_id
    )
    return int(await session.scalar(statement) or 0)


# --- reporting lines ---------------------------------------------------------------


# Built once: an alias's column collection (a proxy per column of membership) was
# most of the cost of building the CTE, which home builds twice a request. It is
# anonymous, so it renders as ``membership_1`` (or the next free name) as before.
_REPORTS_CHILD = Membership.__table__.alias()


def reports_below_statement(
    manager_membership_id: int | BindParameter[int], direct_only: bool = False
) -> Select[int, int]:
    """(membership id, depth) of everyone below a manager, at any depth, in
    one statement: a recursive CTE walking ``membership.manager_id``."""
    membership = Membership.__table__
    start = select(membership.c.id.label("id"), literal(1).label("depth")).where(
        membership.c.manager_id == manager_membership_id
    )
    if direct_only:
        return start
    below = start.cte("below", recursive=True)
    child = _REPORTS_CHILD
    below = below.union_all(
        select(child.c.id, below.c.depth + 1).where(
            and_(child.c.manager_id == below.c.id, below.c.depth < MAX_DEPTH)
        )
    )
    return select(below.c.id, below.c.depth)


async def reports_below(
    session: AsyncSession, manager_membership_id: int, direct_only: bool = False
) -> list[int]:
    rows = await session.scalars(reports_below_statement(manager_membership_id, direct_only))
    return list(rows.all())


async def managers_above(session: AsyncSession, membership_id: int) -> list[int]:
    """The reporting line above a membership, nearest manager first, in one statement."""
    start = select(Membership.manager_id.label("id"), literal(1).label("depth")).where(
        Membership.id == membership_id, Membership.manager_id.is_not(None)
    )
    above = start.cte("above", recursive=True)
    parent = aliased(Membership)
    above = above.union_all(
        select(parent.manager_id, above.c.depth + 1).where(
            and_(
                parent.id == above.c.id,
                parent.manager_id.is_not(None),
                above.c.depth < MAX_DEPTH,
            )
        )
    )
    rows = await session.execute(select(above.c.id).order_by(above.c.depth))
    return [row[0] for row in rows]


async def membership(session: AsyncSession, membership_id: int) -> Membership | None:
    return await session.get(Membership, membership_id)


async def tops_of_reporting_line(session: AsyncSession, organisation_id: int) -> list[int]:
    """The active memberships without a manager (at most two, as that is all a
    caller needs to tell one top from several)."""
    rows = await session.scalars(
        select(Membership.id)
        .where(
            Membership.organisation_id == organisation_id,
            Membership.is_active.is_(True),
            Membership.manager_id.is_(None),
        )
        .order_by(Membership.id)
        .limit(2)
    )
    return list(rows.all())


def _active_leader(organisation_id: int | BindParameter[int]) -> list[ColumnElement[bool]]:
    return [
        Membership.organisation_id == organisation_id,
        Membership.is_active.is_(True),
        Membership.manager_id.is_not(None),
        has_role(Role.LEADER),
    ]


def _managers_above_leaders(organisation_id: int | BindParameter[int]) -> Any:
    """Everyone above an active leader of the organisation, as a recursive CTE
    (``id``): walked up from every active leader (UNION, not UNION ALL, so
    each manager is visited once)."""
    start = select(Membership.manager_id.label("id")).where(*_active_leader(organisation_id))
    up = start.cte("up", recursive=True)
    parent = aliased(Membership)
    return up.union(
        select(parent.manager_id).where(parent.id == up.c.id, parent.manager_id.is_not(None))
    )


async def leaders_of_leaders(
    session: AsyncSession, organisation_id: int, membership_ids: Sequence[int]
) -> set[int]:
    """Those of ``membership_ids`` with a leader anywhere below them, in one
    statement."""
    up = _managers_above_leaders(organisation_id)
    rows = await session.scalars(select(up.c.id).where(up.c.id.in_(membership_ids)))
    return set(rows.all())


async def is_leader_of_leaders(
    session: AsyncSession, organisation_id: int, membership_id: int
) -> bool:
    """Whether one membership has a leader anywhere below it, in one statement.

    A leader reporting to them directly answers it from the manager index;
    only without one is the reporting line walked up from every leader of the
    organisation (``leaders_of_leaders``: 10-30 ms for 12,000 leaders, on every
    request of a leader of leaders' learning effect). The database evaluates
    each EXISTS when it is first needed, so the walk runs only when the first
    is false (EXPLAIN: "never executed")."""
    values = {"organisation_id": organisation_id, "membership_id": membership_id}
    return bool(await session.scalar(_leader_of_leaders_statement(), values))


@cache
def _leader_of_leaders_statement() -> AnySelect:
    """Built once with bind parameters: building the recursive walk and its
    cache key cost ~3 ms of CPU a request."""
    organisation_id = bindparam("organisation_id", type_=BigInteger)
    membership_id = bindparam("membership_id", type_=BigInteger)
    direct = exists().where(
        *_active_leader(organisation_id), Membership.manager_id == membership_id
    )
    up = _managers_above_leaders(organisation_id)
    anywhere = exists(select(up.c.id).where(up.c.id == membership_id))
    return select(or_(direct, anywhere))
