"""Demo people of mentoring: the organisation's leaders, a few demo people
where it has too few, and the demo municipality's mentor and mentees
(``backend.identity.seed``)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.identity import repository as identity
from backend.identity.models import Membership, Organisation, Person, Role

EXPERIENCED_DAYS = 3 * 365
NEW_LEADER_DAYS = 730
MAX_MENTORS = 8
MAX_MENTEES = 10

TAGS = [
    "svære samtaler",
    "forandringsledelse",
    "strategisk ledelse",
    "feedback",
    "faglig ledelse",
    "trivsel og arbejdsmiljø",
    "ledelse af ledere",
    "økonomistyring",
    "borgerinddragelse",
    "motivation",
]
AREAS = ["Børn og unge", "Ældre og sundhed", "Teknik og miljø", "Administration", "Beskæftigelse"]
PLACES = ["Rådhuset", "Nordbyen", "Sydhavnen"]
DEMO_MENTORS = [
    ("Birgitte Holm", "Centerchef"),
    ("Jens Kjær", "Skoleleder"),
    ("Mette Lund", "Områdeleder, ældreplejen"),
]
DEMO_MENTEES = [
    ("Sara Østergaard", "Afdelingsleder"),
    ("Ahmad Rahimi", "Teamleder"),
]


async def leaders(session: AsyncSession, organisation_id: int) -> list[Membership]:
    rows = await session.scalars(
        select(Membership)
        .where(Membership.organisation_id == organisation_id, Membership.is_active.is_(True))
        .order_by(Membership.id)
    )
    return [m for m in rows if Role.LEADER.value in (m.roles or [])]


async def demo_person(
    session: AsyncSession,
    organisation: Organisation,
    name: str,
    title: str,
    since: date,
    manager_id: int | None,
) -> Membership:
    slug = name.lower().replace(" ", ".").replace("ø", "oe").replace("å", "aa").replace("æ", "ae")
    email = f"{slug}@{organisation.slug}.demo.ledelyst.dk"
    person_id = await identity.person_id_by_email(session, email)
    if person_id is None:
        person = Person(email=email, name=name)
        session.add(person)
        await session.flush()
        person_id = person.id
    membership = Membership(
        organisation_id=organisation.id,
        person_id=person_id,
        job_title=title,
        leader_since=since,
        roles=[Role.LEADER.value],
        manager_id=manager_id,
    )
    session.add(membership)
    await session.flush()
    return membership


async def story(
    session: AsyncSession, organisation_id: int
) -> tuple[Membership, list[Membership]] | None:
    """The demo municipality's mentor and mentees (``backend.identity.seed``)."""
    from backend.identity.seed import DOMAIN

    wanted = [f"mentor@{DOMAIN}", f"ny.leder@{DOMAIN}", f"ny.leder2@{DOMAIN}"]
    rows = await session.execute(
        select(Person.email, Membership)
        .join(Membership, Membership.person_id == Person.id)
        .where(Membership.organisation_id == organisation_id, Person.email.in_(wanted))
    )
    found = {email: membership for email, membership in rows}
    if len(found) != len(wanted):
        return None
    return found[wanted[0]], [found[wanted[1]], found[wanted[2]]]
