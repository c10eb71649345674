"""Small factories: each call makes rows with unique names, so tests sharing
one database never collide."""

from __future__ import annotations

import itertools
import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from backend.auth.tokens import issue_access_token
from backend.auth.viewer import Viewer
from backend.i18n import Locale
from backend.identity.models import Membership, Organisation, Person, Unit
from backend.settings import Settings

_counter = itertools.count(1)


def unique(prefix: str) -> str:
    return f"{prefix}-{next(_counter)}-{uuid.uuid4().hex[:6]}"


async def make_organisation(session: AsyncSession, **values: object) -> Organisation:
    slug = unique("org")
    organisation = Organisation(
        slug=str(values.pop("slug", slug)), name=str(values.pop("name", slug))
    )
    session.add(organisation)
    await session.flush()
    return organisation


async def make_person(
    session: AsyncSession,
    organisation: Organisation | None = None,
    roles: list[str] | None = None,
    manager: Membership | None = None,
    **values: object,
) -> Membership:
    organisation = organisation or await make_organisation(session)
    email = f"{unique('person')}@example.dk"
    person = Person(
        email=str(values.pop("email", email)), name=str(values.pop("name", "Test Person"))
    )
    session.add(person)
    await session.flush()
    membership = Membership(
        organisation_id=organisation.id,
        person_id=person.id,
        roles=roles or [],
        manager_id=manager.id if manager else None,
        **values,
    )
    session.add(membership)
    await session.flush()
    return membership


def token_for(membership: Membership, settings: Settings, locale: str = "da") -> str:
    """An access token for a membership, with the roles it has."""
    viewer = Viewer(
        person_id=membership.person_id,
        organisation_id=membership.organisation_id,
        membership_id=membership.id,
        locale=Locale(locale),
        roles=frozenset(membership.roles or []),
    )
    return issue_access_token(viewer, settings)


async def make_unit(
    session: AsyncSession,
    organisation: Organisation,
    name: str | None = None,
    parent: Unit | None = None,
) -> Unit:
    unit = Unit(
        organisation_id=organisation.id,
        name=name or unique("unit"),
        parent_id=parent.id if parent else None,
    )
    session.add(unit)
    await session.flush()
    return unit
