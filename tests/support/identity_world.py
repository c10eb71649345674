"""An organisation with every kind of person in it (the identity tests'
world), and the test password for signing in."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from backend.api.relay import to_global_id
from backend.db import utcnow
from backend.identity.models import (
    FoundationPrinciple,
    LeadershipFoundation,
    Membership,
    Organisation,
    OrganisationGoal,
    Person,
    Unit,
)
from backend.identity.signin.service import hash_password
from backend.settings import Settings
from tests.support.factories import make_organisation, make_person, make_unit, token_for, unique

PASSWORD = "korrekt-hest-batteri-haefteklamme"


@lru_cache
def password_hash() -> str:
    return hash_password(PASSWORD)


async def give_password(session: AsyncSession, membership: Membership) -> str:
    """Give the person the test password; returns their e-mail."""
    person = await session.get(Person, membership.person_id)
    assert person is not None
    person.password_hash = password_hash()
    await session.commit()
    return person.email


@dataclass
class World:
    """One organisation: a director (leader of leaders) over a new leader
    with a staff member, a mentor, HR and an administrator; and a person of
    another organisation, HR and administrator there."""

    marker: str
    organisation: Organisation
    root: Unit
    area: Unit
    director: Membership
    new_leader: Membership
    staff: Membership
    mentor: Membership
    hr: Membership
    admin: Membership
    other: Membership
    goal: OrganisationGoal
    foundation: LeadershipFoundation
    tokens: dict[str, str] = field(default_factory=dict)

    def id(self, type_name: str, pk: int) -> str:
        return to_global_id(type_name, pk)

    def person_id(self, membership: Membership) -> str:
        return to_global_id("Person", membership.person_id)

    def our_ids(self) -> list[str]:
        people = [self.director, self.new_leader, self.staff, self.mentor, self.hr, self.admin]
        return [
            *(self.person_id(m) for m in people),
            *(to_global_id("Membership", m.id) for m in people),
            to_global_id("Unit", self.root.id),
            to_global_id("Unit", self.area.id),
            to_global_id("OrganisationGoal", self.goal.id),
            to_global_id("LeadershipFoundation", self.foundation.id),
            to_global_id("Organisation", self.organisation.id),
        ]


ROLES = (
    "new_leader",
    "leader_of_leaders",
    "mentor",
    "hr",
    "admin",
    "staff",
    "other_org",
    "anonymous",
)


async def build_world(session: AsyncSession, settings: Settings) -> World:
    marker = unique("Fjordby")
    organisation = await make_organisation(session, name=f"{marker} Kommune")
    root = await make_unit(session, organisation, f"{marker} Forvaltning")
    area = await make_unit(session, organisation, f"{marker} Område", parent=root)
    today = date.today()

    async def person(name: str, roles: list[str], **values: Any) -> Membership:
        return await make_person(
            session, organisation, roles=roles, name=f"{name} {marker}", **values
        )

    director = await person(
        "Direktør", ["LEADER", "MENTOR"], unit_id=root.id, leader_since=today - timedelta(days=3650)
    )
    new_leader = await person(
        "Ny Leder",
        ["LEADER"],
        manager=director,
        unit_id=area.id,
        leader_since=today - timedelta(days=180),
    )
    staff = await person("Medarbejder", [], manager=new_leader, unit_id=area.id)
    mentor = await person(
        "Mentor", ["MENTOR"], manager=director, leader_since=today - timedelta(days=4000)
    )
    hr = await person("HR", ["HR"])
    admin = await person("Admin", ["ADMIN"])
    other_organisation = await make_organisation(session, name=unique("Andenby"))
    other = await make_person(session, other_organisation, roles=["HR", "ADMIN"], name="Anden")
    goal = OrganisationGoal(organisation_id=organisation.id, title=f"Sygefravær {marker}")
    foundation = LeadershipFoundation(
        organisation_id=organisation.id,
        version=1,
        title=f"Grundlag {marker}",
        published_at=utcnow(),
    )
    session.add_all([goal, foundation])
    await session.flush()
    session.add(FoundationPrinciple(foundation_id=foundation.id, position=0, title="Tillid"))
    await session.commit()
    world = World(
        marker,
        organisation,
        root,
        area,
        director,
        new_leader,
        staff,
        mentor,
        hr,
        admin,
        other,
        goal,
        foundation,
    )
    for role, membership in {
        "new_leader": new_leader,
        "leader_of_leaders": director,
        "mentor": mentor,
        "hr": hr,
        "admin": admin,
        "staff": staff,
        "other_org": other,
    }.items():
        world.tokens[role] = token_for(membership, settings)
    return world
