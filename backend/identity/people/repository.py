"""Queries of the organisation's people (members: memberships with their
person; ``backend.identity.repository`` reads them by id)."""

from __future__ import annotations

from sqlalchemy import select

from backend.identity.models import Membership, Person, Role
from backend.identity.repository import MEMBER_COLUMNS, Listing, has_role


def people_listing(
    organisation_id: int,
    search: str | None = None,
    unit_id: int | None = None,
    role: Role | None = None,
    include_inactive: bool = False,
) -> Listing:
    """The members of an organisation, sorted by name."""
    statement = (
        select(Person.name.label("sort_name"), *MEMBER_COLUMNS)
        .join(Person, Person.id == Membership.person_id)
        .where(Membership.organisation_id == organisation_id)
    )
    if not include_inactive:
        statement = statement.where(Membership.is_active.is_(True))
    if search:
        statement = statement.where(
            Person.name.icontains(search, autoescape=True)
            | Person.email.icontains(search, autoescape=True)
            | Membership.job_title.icontains(search, autoescape=True)
        )
    if unit_id is not None:
        statement = statement.where(Membership.unit_id == unit_id)
    if role is not None:
        statement = statement.where(has_role(role))
    return Listing(statement, [Person.name, Membership.id])
