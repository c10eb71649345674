"""``ledelyst seed-demo``: Fjordby Kommune, a Danish municipality to try Ledelyst on.

Five forvaltninger with their områder and institutions, about 300 people,
40 leaders (10 of them new), leaders of leaders, mentors, HR and an
administrator; organisational goals and a leadership foundation. People
and reporting lines go in through the same code as an HR system's CSV.
Every person signs in with the demo password; ``make run`` prints the
people the journeys follow (``_story``). Running it again changes nothing.
The texts (structure, names, goals, the foundation) are in ``story.py``.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from backend.auth.viewer import Viewer
from backend.identity.goals import service as goals_service
from backend.identity.goals.service import GoalChanges, PrincipleText
from backend.identity.models import Membership, Organisation, Person, Role, Unit
from backend.identity.seed.story import (
    FIRST_NAMES,
    FOUNDATION_INTRODUCTION,
    FOUNDATION_TITLE,
    GOALS,
    LAST_NAMES,
    PRINCIPLES,
    STRUCTURE,
    VALUES,
)
from backend.identity.signin.service import hash_password
from backend.identity.structure_import.rows import COLUMNS, ImportRow, ParsedFile
from backend.identity.structure_import.service import import_structure

SLUG = "fjordby"
NAME = "Fjordby Kommune"
DOMAIN = "fjordby.dk"
DEMO_PASSWORD = "Fjordby-demo-2025"

_ASCII = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa"})


@dataclass
class DemoLogin:
    who: str
    name: str
    email: str


@dataclass
class DemoSummary:
    organisation: str
    created: bool
    people: int = 0
    leaders: int = 0
    new_leaders: int = 0
    password: str = DEMO_PASSWORD
    logins: list[DemoLogin] = field(default_factory=list)
    # What the domains' seeds add to the banner (an open rater link, say).
    extra: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        """How to sign in as each demo person, for ``make run`` to print."""
        lines = [
            f"{self.organisation}: {self.people} people, {self.leaders} leaders "
            f"({self.new_leaders} new). Everyone signs in (signIn) with password "
            f"{self.password!r}; the demo's journeys follow:"
        ]
        lines += [f"  {login.who:<22} {login.email:<34} {login.name}" for login in self.logins]
        return lines + self.extra

    def email_of(self, who: str) -> str:
        return next(login.email for login in self.logins if login.who == who)


class _People:
    """Rows of the demo file, with Danish names and unique e-mails."""

    def __init__(self) -> None:
        self.random = random.Random(1970)
        self.rows: list[ImportRow] = []
        self.emails: set[str] = set()

    def add(
        self,
        unit: tuple[str, ...],
        title: str,
        manager: str | None,
        roles: frozenset[str] = frozenset(),
        leader_since: date | None = None,
        email: str | None = None,
    ) -> str:
        name = f"{self.random.choice(FIRST_NAMES)} {self.random.choice(LAST_NAMES)}"
        if email is None:
            base = name.lower().translate(_ASCII).replace(" ", ".")
            email, n = f"{base}@{DOMAIN}", 1
            while email in self.emails:
                n += 1
                email = f"{base}{n}@{DOMAIN}"
        self.emails.add(email)
        self.rows.append(
            ImportRow(
                line=len(self.rows) + 2,
                email=email,
                name=name,
                unit_path=unit,
                manager_email=manager,
                job_title=title,
                leader_since=leader_since,
                roles=roles,
            )
        )
        return email


def _demo_rows(today: date) -> tuple[list[ImportRow], dict[str, str]]:
    """The people of Fjordby, and the demo logins: who -> e-mail."""
    people = _People()
    leader = frozenset({Role.LEADER.value})
    mentor = frozenset({Role.LEADER.value, Role.MENTOR.value})

    def years_ago(years: float) -> date:
        return today - timedelta(days=int(years * 365))

    def leading_since() -> date:
        # Most leaders are experienced; every fourth is new (under 24 months).
        if people.random.random() < 0.3:
            return today - timedelta(days=people.random.randint(60, 660))
        return years_ago(people.random.uniform(3, 22))

    root = ("Fjordby Kommune",)
    logins = {}
    director = people.add(
        (*root, "Direktionen"),
        "Kommunaldirektør",
        None,
        mentor,
        years_ago(18),
        f"kommunaldirektor@{DOMAIN}",
    )
    logins["Leder af ledere"] = director
    for _ in range(2):
        people.add((*root, "Direktionen"), "Direktionssekretær", director)
    for f_index, (forvaltning, areas) in enumerate(STRUCTURE.items()):
        unit = (*root, forvaltning)
        head = people.add(
            unit, "Direktør", director, mentor if f_index % 2 else leader, years_ago(8 + f_index)
        )
        for a_index, (area, institutions) in enumerate(areas.items()):
            area_unit = (*unit, area)
            area_roles = mentor if (f_index + a_index) % 3 == 0 else leader
            chief = people.add(area_unit, "Områdechef", head, area_roles, leading_since())
            for institution, title, staff_titles in institutions:
                place = (*area_unit, institution)
                manager = people.add(place, title, chief, leader, leading_since())
                for n in range(people.random.randint(8, 13)):
                    people.add(place, staff_titles[n % len(staff_titles)], manager)
            if area == "HR og Udvikling":
                logins["HR"] = people.add(
                    area_unit,
                    "HR-konsulent",
                    chief,
                    frozenset({Role.HR.value}),
                    email=f"hr@{DOMAIN}",
                )
                for _ in range(4):
                    people.add(area_unit, "HR-konsulent", chief, frozenset({Role.HR.value}))
            elif area == "Økonomi og Digitalisering":
                logins["Administrator"] = people.add(
                    area_unit, "Systemadministrator", chief, email=f"admin@{DOMAIN}"
                )
                for n in range(6):
                    people.add(area_unit, ("Økonomikonsulent", "IT-konsulent")[n % 2], chief)
    logins.update(_story(people.rows, today))
    return people.rows, logins


def _story(rows: list[ImportRow], today: date) -> dict[str, str]:
    """The people the demo's journeys follow (see ``DEMO_STORY``): a new
    kindergarten leader whose manager (the area chief) and mentor (a chief of
    another directorate) are different people; the mentor's second mentee, a
    new nursing-home leader; one of the kindergarten's pædagoger."""

    def place(institution: str) -> ImportRow:
        return next(r for r in rows if r.unit_path[-1:] == (institution,) and r.roles)

    def chief(area: str) -> ImportRow:
        return next(r for r in rows if r.unit_path[-1:] == (area,) and r.job_title == "Områdechef")

    new_leader, second = place("Børnehaven Havørnen"), place("Plejecenter Egely")
    manager, mentor = chief("Dagtilbud"), chief("Kultur og Fritid")
    new_leader.leader_since = today - timedelta(days=150)
    second.leader_since = today - timedelta(days=200)
    manager.leader_since = today - timedelta(days=9 * 365)
    manager.roles = frozenset({Role.LEADER.value})
    mentor.leader_since = today - timedelta(days=12 * 365)
    mentor.roles = frozenset({Role.LEADER.value, Role.MENTOR.value})
    staff = next(r for r in rows if r.unit_path == new_leader.unit_path and not r.roles)
    story = {
        "Ny leder": (new_leader, f"ny.leder@{DOMAIN}"),
        "Nærmeste leder": (manager, f"leder@{DOMAIN}"),
        "Mentor": (mentor, f"mentor@{DOMAIN}"),
        "Mentee 2 (ny leder)": (second, f"ny.leder2@{DOMAIN}"),
        "Medarbejder": (staff, f"medarbejder@{DOMAIN}"),
    }
    for row, email in story.values():
        _rename(rows, row, email)
    return {who: email for who, (_row, email) in story.items()}


def _rename(rows: list[ImportRow], row: ImportRow, email: str) -> None:
    for other in rows:
        if other.manager_email == row.email:
            other.manager_email = email
    row.email = email


async def seed_demo(session: AsyncSession) -> DemoSummary:
    """Create Fjordby Kommune unless it exists; the caller commits."""
    existing = await session.scalar(select(Organisation.id).where(Organisation.slug == SLUG))
    rows, logins = _demo_rows(date.today())
    organisation_id = existing if existing is not None else await _create(session, rows, logins)
    return await _summary(session, organisation_id, existing is None, logins)


async def _create(session: AsyncSession, rows: list[ImportRow], logins: dict[str, str]) -> int:
    organisation = Organisation(slug=SLUG, name=NAME)
    session.add(organisation)
    await session.flush()
    outcome = await import_structure(
        session, organisation.id, ParsedFile(rows=rows, rejections=[], columns=frozenset(COLUMNS))
    )
    assert not outcome.rejected, outcome.rejected
    admin = await _membership(session, organisation.id, logins["Administrator"])
    await session.execute(
        update(Membership).where(Membership.id == admin.id).values(roles=[Role.ADMIN.value])
    )
    await demo_passwords(session, organisation.id)
    viewer = Viewer(
        person_id=admin.person_id,
        organisation_id=organisation.id,
        membership_id=admin.id,
        roles=frozenset({Role.ADMIN.value}),
    )
    await _goals(session, viewer)
    await goals_service.publish_leadership_foundation(
        session,
        viewer,
        FOUNDATION_TITLE,
        FOUNDATION_INTRODUCTION,
        [PrincipleText("PRINCIPLE", t, d) for t, d in PRINCIPLES]
        + [PrincipleText("VALUE", t, d) for t, d in VALUES],
    )
    return organisation.id


async def demo_passwords(session: AsyncSession, organisation_id: int) -> None:
    """Everyone of the demo without a password gets the demo password (one
    hash for all: argon2 for each of 300 people would take most of a minute).
    ``backend.seed`` calls it again after the domains' seeds added people."""
    await session.execute(
        update(Person)
        .where(
            Person.id.in_(
                select(Membership.person_id).where(Membership.organisation_id == organisation_id)
            ),
            Person.password_hash.is_(None),
        )
        .values(password_hash=hash_password(DEMO_PASSWORD))
        .execution_options(synchronize_session=False)
    )


async def _membership(session: AsyncSession, organisation_id: int, email: str) -> Membership:
    found = await session.scalar(
        select(Membership)
        .join(Person, Person.id == Membership.person_id)
        .where(Membership.organisation_id == organisation_id, Person.email == email)
    )
    assert found is not None
    return found


async def _goals(session: AsyncSession, viewer: Viewer) -> None:
    units = {
        name: unit_id
        for unit_id, name in await session.execute(
            select(Unit.id, Unit.name).where(Unit.organisation_id == viewer.organisation_id)
        )
    }
    for title, description, start, end, status, unit_names in GOALS:
        await goals_service.create_goal(
            session,
            viewer,
            GoalChanges(
                title=title,
                description=description,
                period_start=start,
                period_end=end,
                status=status,
                unit_ids=[units[name] for name in unit_names],
            ),
        )


async def _summary(
    session: AsyncSession, organisation_id: int, created: bool, logins: dict[str, str]
) -> DemoSummary:
    rows = (
        await session.execute(
            select(Person.name, Person.email, Membership.roles, Membership.leader_since)
            .join(Membership, Membership.person_id == Person.id)
            .where(Membership.organisation_id == organisation_id)
        )
    ).all()
    names = {row.email: row.name for row in rows}
    cutoff = date.today() - timedelta(days=730)
    leaders = [row for row in rows if Role.LEADER.value in (row.roles or [])]
    return DemoSummary(
        organisation=NAME,
        created=created,
        people=len(rows),
        leaders=len(leaders),
        new_leaders=sum(1 for row in leaders if row.leader_since and row.leader_since > cutoff),
        logins=[DemoLogin(who, names.get(email, "?"), email) for who, email in logins.items()],
    )
