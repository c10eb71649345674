"""Demo data: one leader's personal leadership philosophy, in Danish, published.

``seed_philosophy(session, organisation_id)`` picks a leader with a manager
(preferring one with staff), writes their philosophy in the first person and
about behaviour (what I deliver, what I expect, what I am less good at and
work on), citing principles of the organisation's current leadership
foundation and an organisational goal, publishes it as PUBLIC (rendered at
once, through the publication task's own function, so no worker is needed),
and adds a staff member's comment and the leader's reply. It makes a demo
foundation, goal or people only where the organisation has none. Running it
again changes nothing. The caller commits.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.auth.viewer import Viewer
from backend.i18n import Locale
from backend.identity.goals import service as goals_service
from backend.identity.models import GoalStatus, Membership, OrganisationGoal, Person, Role
from backend.settings import Settings, get_settings
from learning.philosophy import repository as repo
from learning.philosophy.comments import service as comments
from learning.philosophy.drafting import service as drafting
from learning.philosophy.models import LeadershipPhilosophy, SectionKind, Visibility
from learning.philosophy.publishing import addresses
from learning.philosophy.publishing import service as publishing

FOUNDATION = (
    "Fælles ledelsesgrundlag",
    "Sådan leder vi: tæt på kerneopgaven, med tillid og med borgeren for øje.",
    (
        ("PRINCIPLE", "Vi leder med tillid og tydelighed"),
        ("PRINCIPLE", "Vi sætter retning sammen med medarbejderne"),
        ("PRINCIPLE", "Vi lærer af borgernes erfaringer"),
        ("VALUE", "Ordentlighed"),
        ("VALUE", "Mod"),
    ),
)
GOAL = ("Borgeren i centrum", "Værdiskabelsen for borgerne er omdrejningspunktet i alle enheder.")
SUMMARY = "Første version af mit ledelsesgrundlag."
COMMENT = (
    "Tak for et ærligt grundlag. Det betyder meget, at du skriver, at du vil blive bedre til at "
    "lade os træffe beslutningerne selv. Må vi minde dig om det, når du glemmer det?"
)
REPLY = (
    "Ja, meget gerne! Sig det direkte til mig, også på personalemødet. Jeg tager det med i "
    "næste version, hvordan vi følger op på det sammen."
)


def _sections(
    principles: list[tuple[int, str]], values: list[tuple[int, str]], goal: tuple[int, str]
) -> list[drafting.SectionDraft]:
    first, second = principles[0][1], principles[min(1, len(principles) - 1)][1]
    names = [title.lower() for _, title in values] or ["ordentlighed", "mod"]
    value_names = " og ".join([", ".join(names[:-1]), names[-1]]) if len(names) > 1 else names[0]
    foundation = f"""Vores ledelsesgrundlag siger: *{first}*. For mig betyder det i praksis:

- **Det kan du forvente af mig:** Jeg er til stede på gangen og til møderne, og du får et svar
  fra mig inden for to arbejdsdage. Jeg siger det højt, når jeg ikke ved noget endnu.
- **Det forventer jeg af dig:** At du siger til, når noget ikke virker, også når det handler om
  mig. Og at du tager ansvar for de opgaver, vi har aftalt, at du ejer.
- **Det er jeg mindre god til:** Jeg griber for hurtigt ind og løser selv sagen, når der er travlt.
  Det vil jeg blive bedre til: Jeg spørger først »hvad tænker du?«, før jeg siger, hvad jeg mener.

*{second}* betyder, at jeg inddrager jer, før retningen er lagt fast, ikke bagefter."""
    strategy = f"""Organisationens mål **{goal[1]}** skal kunne mærkes i vores hverdag.

1. Jeg oversætter målet til to-tre konkrete prioriteter for vores afdeling, og jeg forklarer,
   hvorfor netop de er vigtige for borgerne.
2. Når vi prioriterer en travl uge, siger jeg tydeligt, hvad der er vigtigst, og hvad der må vente.
3. Jeg fortæller, hvad der bliver besluttet i ledergruppen, og hvorfor, så I kan se sammenhængen
   mellem strategien og jeres opgaver.

Jeg er mindre god til at følge op, når en plan er sat i gang. Derfor sætter jeg opfølgningen i
kalenderen, samme dag som vi beslutter noget."""
    values_text = f"""Min ledelse hviler på {value_names}.

- Jeg behandler alle ens, og jeg holder, hvad jeg lover. Kan jeg ikke, siger jeg det selv.
- Jeg siger min mening, også når den er upopulær, og jeg vil gerne høre din.
- Fejl er til at lære af. Jeg fortæller om mine egne, så du tør fortælle om dine."""
    return [
        drafting.SectionDraft(
            SectionKind.FOUNDATION, foundation, principle_ids=[p for p, _ in principles[:2]]
        ),
        drafting.SectionDraft(SectionKind.STRATEGY, strategy, goal_ids=[goal[0]]),
        drafting.SectionDraft(
            SectionKind.VALUES, values_text, principle_ids=[v for v, _ in values]
        ),
    ]


@dataclass(frozen=True)
class SeededPhilosophy:
    philosophy_id: int
    version_id: int
    address: str
    comment_id: int | None
    reply_id: int | None
    created: bool = True


def _viewer(member: Membership, *roles: str) -> Viewer:
    return Viewer(
        person_id=member.person_id,
        organisation_id=member.organisation_id,
        membership_id=member.id,
        locale=Locale.DA,
        roles=frozenset(member.roles or []) | set(roles),
    )


async def _foundation(
    session: AsyncSession, organisation_id: int, author: Membership
) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    ids = await repo.current_principle_ids(session, organisation_id)
    if not ids:
        title, introduction, principles = FOUNDATION
        await goals_service.publish_leadership_foundation(
            session,
            _viewer(author, Role.HR.value),
            title,
            introduction,
            [goals_service.PrincipleText(kind, text) for kind, text in principles],
        )
        ids = await repo.current_principle_ids(session, organisation_id)
    rows = sorted(
        await repo.principles_by_ids(session, organisation_id, sorted(ids)),
        key=lambda row: row.position,
    )
    principles_ = [(r.id, r.title) for r in rows if r.kind == "PRINCIPLE"]
    values = [(r.id, r.title) for r in rows if r.kind == "VALUE"]
    if not principles_:
        principles_, values = [(r.id, r.title) for r in rows], []
    return principles_, values[:3]


async def _goal(session: AsyncSession, organisation_id: int) -> tuple[int, str]:
    found = (
        await session.execute(
            select(OrganisationGoal.id, OrganisationGoal.title)
            .where(
                OrganisationGoal.organisation_id == organisation_id,
                OrganisationGoal.status == GoalStatus.ACTIVE.value,
            )
            .order_by(OrganisationGoal.id)
            .limit(1)
        )
    ).first()
    if found is not None:
        return found[0], found[1]
    goal = OrganisationGoal(organisation_id=organisation_id, title=GOAL[0], description=GOAL[1])
    session.add(goal)
    await session.flush()
    return goal.id, goal.title


async def _person(
    session: AsyncSession, organisation_id: int, key: str, name: str, manager: Membership | None
) -> Membership:
    email = f"demo-grundlag-{organisation_id}-{key}@ledelyst.local"
    person = Person(email=email, name=name, locale="da")
    session.add(person)
    await session.flush()
    member = Membership(
        organisation_id=organisation_id,
        person_id=person.id,
        manager_id=manager.id if manager else None,
        roles=[Role.LEADER.value] if key != "medarbejder" else [],
        job_title={"chef": "Direktør", "leder": "Afdelingsleder"}.get(key, "Socialrådgiver"),
    )
    session.add(member)
    await session.flush()
    return member


async def _people(session: AsyncSession, organisation_id: int) -> tuple[Membership, Membership]:
    """(the leader, a member of staff who comments)."""
    members = list(
        await session.scalars(
            select(Membership)
            .where(Membership.organisation_id == organisation_id, Membership.is_active.is_(True))
            .order_by(Membership.id)
        )
    )
    leaders = [m for m in members if Role.LEADER.value in (m.roles or []) and m.manager_id]
    # The newest leader with staff: the commission asks new leaders to publish first.
    leaders.sort(key=lambda m: m.leader_since or date.min, reverse=True)
    with_staff = [m for m in leaders if any(s.manager_id == m.id for s in members)]
    leader: Membership | None = next(iter(with_staff or leaders), None)
    if leader is None:
        manager = await _person(session, organisation_id, "chef", "Birgitte Holm", None)
        leader = await _person(session, organisation_id, "leder", "Jonas Kragh", manager)
    staff = next((m for m in members if m.manager_id == leader.id), None)
    staff = staff or next((m for m in members if m.id not in (leader.id, leader.manager_id)), None)
    if staff is None:
        staff = await _person(session, organisation_id, "medarbejder", "Anne Nielsen", leader)
    return leader, staff


async def seed_philosophy(
    session: AsyncSession, organisation_id: int, settings: Settings | None = None
) -> SeededPhilosophy:
    settings = settings or get_settings()
    organisation = await repo.organisation(session, organisation_id)
    existing = await session.scalar(
        select(LeadershipPhilosophy).where(
            LeadershipPhilosophy.organisation_id == organisation_id,
            LeadershipPhilosophy.current_version_id.is_not(None),
        )
    )
    if existing is not None:
        return SeededPhilosophy(
            existing.id,
            existing.current_version_id or 0,
            addresses.page_address(settings, organisation.slug, existing.slug),
            None,
            None,
            created=False,
        )
    leader, staff = await _people(session, organisation_id)
    principles, values = await _foundation(session, organisation_id, leader)
    goal = await _goal(session, organisation_id)
    as_leader = _viewer(leader, Role.LEADER.value)
    philosophy, draft = await drafting.save_draft(
        session,
        as_leader,
        settings,
        drafting.DraftCommand(sections=_sections(principles, values, goal)),
    )
    await publishing.request_publication(
        session,
        as_leader,
        settings,
        publishing.PublishCommand(philosophy.id, SUMMARY, Visibility.PUBLIC),
    )
    # Rendered now, as the task would; the task's outbox message then finds it done.
    await publishing.complete_publication(session, settings, draft.id)
    note = await comments.comment(session, _viewer(staff), draft.id, COMMENT)
    answer = await comments.reply(session, as_leader, note.id, REPLY)
    return SeededPhilosophy(
        philosophy.id,
        draft.id,
        addresses.page_address(settings, organisation.slug, philosophy.slug),
        note.id,
        answer.id,
    )


# Picked up by ``ledelyst seed-demo`` (backend.seed).
SEED_ORDER = 40
seed_demo = seed_philosophy
