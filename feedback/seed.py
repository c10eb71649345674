"""Demo data of the feedback domain: the Danish framework on the Leadership
Commission's seven messages, and one BASELINE cycle run end to end, from
nominations through submitted responses to a frozen, rendered report.

``ledelyst seed-demo`` calls ``await seed_feedback(session, organisation_id)``
and commits. Running it again for the same organisation does nothing.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.auth.viewer import Viewer
from backend.db import utcnow
from backend.identity import repository as identity_repository
from backend.identity.models import Membership, Person
from backend.settings import get_settings
from feedback.evaluations import repository, service
from feedback.evaluations.delivery import repository as delivery_repository
from feedback.evaluations.delivery import service as delivery
from feedback.evaluations.models import (
    CycleProfile,
    Evaluation,
    EvaluationCycle,
    NominationState,
    NominationStatus,
    RaterGroup,
)
from feedback.evaluations.nominations import repository as nomination_repository
from feedback.frameworks.danish import FAMILY, danish_framework
from feedback.frameworks.models import CompetencyFramework
from feedback.frameworks.service import write_framework

CYCLE_NAME = "Ledelsesevaluering 2025 (udgangspunkt)"
OPEN_CYCLE_NAME = "Ledelsesevaluering for nye ledere"
COMMENTS = [
    "Er god til at forklare, hvorfor vi gør, som vi gør.",
    "Kunne følge mere op på de aftaler, vi laver.",
    "Tager borgernes perspektiv med ind i alle møder.",
    "Må gerne gribe hurtigere ind, når noget går skævt.",
    "Er synlig og let at komme i kontakt med.",
    "Inddrager os i planlægningen, det betyder meget.",
]
# How each group tends to rate in the demo: (mean, spread).
TENDENCY = {
    RaterGroup.SELF: (3.6, 0.6),
    RaterGroup.MANAGER: (3.8, 0.6),
    RaterGroup.PEER: (3.9, 0.7),
    RaterGroup.DIRECT_REPORT: (3.5, 0.9),
    RaterGroup.EXTERNAL: (4.1, 0.6),
}


@dataclass(frozen=True)
class SeededFeedback:
    framework_id: int
    cycle_id: int
    evaluation_id: int
    report_key: str | None


async def seed_feedback(session: AsyncSession, organisation_id: int) -> SeededFeedback | None:
    existing = await session.scalar(
        select(CompetencyFramework.id).where(
            CompetencyFramework.organisation_id == organisation_id,
            CompetencyFramework.family == FAMILY,
        )
    )
    if existing is not None:
        return None
    framework = await write_framework(session, organisation_id, danish_framework(), publish=True)
    people = await _people(session, organisation_id)
    now = utcnow()
    cycle = await service.write_cycle(
        session,
        organisation_id,
        None,
        service.CycleCommand(
            name=CYCLE_NAME,
            framework_id=framework.id,
            opens_at=now - timedelta(days=14),
            closes_at=now + timedelta(days=7),
            leader_ids=[people["leader"].id],
            profile=CycleProfile.DANISH_PUBLIC_SECTOR,
            reminder_days_before_close=[5, 2],
        ),
    )
    evaluation = await repository.evaluation_of_leader(session, cycle.id, people["leader"].id)
    assert evaluation is not None
    await _nominate(session, evaluation, people)
    await service.open_now(session, cycle)
    await service.invite(session, cycle.id)
    await _respond(session, cycle, evaluation, random.Random(organisation_id))
    await service.close_now(session, cycle.id)
    key = await service.render(session, get_settings(), evaluation.id)
    await _open_cycle(session, organisation_id, framework.id)
    return SeededFeedback(framework.id, cycle.id, evaluation.id, key)


# --- the open cycle of the demo's story -----------------------------------------------------


async def _story(session: AsyncSession, organisation_id: int) -> dict[str, Membership] | None:
    """The demo municipality's people of ``backend.identity.seed._story``."""
    from backend.identity.seed import DOMAIN

    wanted = {
        "leader": f"ny.leder@{DOMAIN}",
        "second": f"ny.leder2@{DOMAIN}",
        "manager": f"leder@{DOMAIN}",
        "staff": f"medarbejder@{DOMAIN}",
    }
    rows = await session.execute(
        select(Person.email, Membership)
        .join(Membership, Membership.person_id == Person.id)
        .where(
            Membership.organisation_id == organisation_id,
            Person.email.in_(list(wanted.values())),
        )
    )
    by_email = {email: membership for email, membership in rows}
    if len(by_email) != len(wanted):
        return None
    return {key: by_email[email] for key, email in wanted.items()}


def _as(member: Membership) -> Viewer:
    return Viewer(
        person_id=member.person_id,
        organisation_id=member.organisation_id,
        membership_id=member.id,
        roles=frozenset(member.roles or []),
    )


async def _open_cycle(session: AsyncSession, organisation_id: int, framework_id: int) -> None:
    """An OPEN cycle for the demo's two new leaders: the first has her raters
    (peers, her staff, a partner) approved by her manager and invited, and two
    peers have answered; her self-assessment, her manager's assessment and her
    staff member's invitation are open. The second still nominates."""
    story = await _story(session, organisation_id)
    if story is None:
        return
    leader, manager = story["leader"], story["manager"]
    now = utcnow()
    cycle = await service.write_cycle(
        session,
        organisation_id,
        None,
        service.CycleCommand(
            name=OPEN_CYCLE_NAME,
            framework_id=framework_id,
            opens_at=now - timedelta(days=3),
            closes_at=now + timedelta(days=21),
            leader_ids=[leader.id, story["second"].id],
            profile=CycleProfile.DANISH_PUBLIC_SECTOR,
            reminder_days_before_close=[7, 2],
        ),
    )
    evaluation = await repository.evaluation_of_leader(session, cycle.id, leader.id)
    assert evaluation is not None
    peers = await session.scalars(
        select(Membership.id)
        .where(Membership.manager_id == manager.id, Membership.id != leader.id)
        .order_by(Membership.id)
    )
    # Her direct reports (the staff member among them) are raters by the
    # reporting lines from the cycle's start: she nominates only peers and a
    # partner outside the directory.
    nominees = [service.NomineeCommand(RaterGroup.PEER, m) for m in peers]
    nominees += [
        service.NomineeCommand(
            RaterGroup.EXTERNAL,
            name="Karin Forælder",
            email=f"demo360-{organisation_id}-foraelder@ledelyst.local",
        )
    ]
    await service.nominate(session, _as(leader), evaluation.id, nominees)
    await service.submit(session, _as(leader), evaluation.id)
    await service.approve(session, _as(manager), evaluation.id, [])
    await service.open_now(session, cycle)
    await service.invite(session, cycle.id)
    await _respond_peers(session, cycle, evaluation, 2, random.Random(organisation_id + 1))


async def _respond_peers(
    session: AsyncSession,
    cycle: EvaluationCycle,
    evaluation: Evaluation,
    count: int,
    rng: random.Random,
) -> None:
    nominations = (await nomination_repository.nominations_by_evaluation(session, [evaluation.id]))[
        evaluation.id
    ]
    structure = await service.rater_form_structure(session, cycle.framework_id)
    peers = [n for n in nominations if n.rater_group == RaterGroup.PEER.value][:count]
    for nomination in peers:
        token = await delivery.issue_token(session, nomination.id, cycle.closes_at)
        mean, spread = TENDENCY[RaterGroup.PEER]
        answers: dict[int, int | None] = {
            item_id: max(1, min(5, round(rng.gauss(mean, spread))))
            for item_id in structure.items_by_id
        }
        await service.submit_response(session, token, answers, {})


async def demo_lines(session: AsyncSession, organisation_id: int) -> list[str]:
    """For the start banner: a working link of an open invitation (the demo's
    staff member rates her new leader). A fresh secret each start: only the
    hash is stored, and the mail's link keeps working."""
    link = await open_invitation_link(session, organisation_id)
    if link is None:
        return []
    return [f"  {'Bedømmer (360-link)':<22} {link}"]


async def open_invitation_link(session: AsyncSession, organisation_id: int) -> str | None:
    story = await _story(session, organisation_id)
    if story is None:
        return None
    row = await delivery_repository.open_invitation_of(session, story["staff"].id)
    if row is None:
        return None
    nomination, cycle = row
    secret = await delivery.issue_token(session, nomination.id, cycle.closes_at)
    return delivery.rater_url(secret, nomination.locale)


async def _person(
    session: AsyncSession, organisation_id: int, slug: str, name: str, manager: Membership | None
) -> Membership:
    person = Person(
        email=f"demo360-{organisation_id}-{slug}@ledelyst.local", name=name, locale="da"
    )
    session.add(person)
    await session.flush()
    membership = Membership(
        organisation_id=organisation_id,
        person_id=person.id,
        manager_id=manager.id if manager else None,
        roles=["LEADER"] if manager is None else [],
        job_title="",
    )
    session.add(membership)
    await session.flush()
    return membership


async def _people(session: AsyncSession, organisation_id: int) -> dict[str, Membership]:
    found: dict[str, Membership] = {}
    # She reports to the organisation's top (the kommunaldirektør), so the
    # reporting line keeps one top (``backend.identity.policy.is_top_leader``).
    tops = await identity_repository.tops_of_reporting_line(session, organisation_id)
    found["manager"] = await _person(session, organisation_id, "chef", "Birgitte Holm", None)
    if len(tops) == 1:
        found["manager"].manager_id = tops[0]
    found["leader"] = await _person(
        session, organisation_id, "leder", "Jonas Kragh", found["manager"]
    )
    found["leader"].roles = ["LEADER"]
    names = ["Anne", "Bo", "Camilla", "Dennis", "Eva", "Frederik"]
    for index, name in enumerate(names):
        found[f"report{index}"] = await _person(
            session, organisation_id, f"medarbejder{index}", f"{name} Nielsen", found["leader"]
        )
    for index, name in enumerate(["Gitte", "Hans", "Ida", "Jens"]):
        found[f"peer{index}"] = await _person(
            session, organisation_id, f"kollega{index}", f"{name} Larsen", found["manager"]
        )
    return found


async def _nominate(
    session: AsyncSession, evaluation: Evaluation, people: dict[str, Membership]
) -> None:
    persons = await repository.people(session, [m.id for m in people.values()])
    rows = []
    for key, membership in people.items():
        # Direct reports are nominated with the cycle, from the reporting lines.
        group = RaterGroup.PEER if key.startswith("peer") else None
        if group is None:
            continue
        person = persons[membership.id]
        rows.append(_row(evaluation, group, membership.id, person.name, person.email))
    for index, name in enumerate(["Karin Borger", "Lars Partner", "Mette Samarbejde"]):
        email = f"demo360-{evaluation.organisation_id}-ekstern{index}@ledelyst.local"
        rows.append(_row(evaluation, RaterGroup.EXTERNAL, None, name, email))
    await nomination_repository.insert_nominations(session, rows)
    evaluation.nomination_state = NominationState.APPROVED.value
    await session.flush()


def _row(
    evaluation: Evaluation, group: RaterGroup, rater_id: int | None, name: str, email: str
) -> dict[str, object]:
    return {
        "organisation_id": evaluation.organisation_id,
        "evaluation_id": evaluation.id,
        "rater_group": group.value,
        "rater_id": rater_id,
        "rater_name": name,
        "rater_email": email,
        "locale": "da",
        "status": NominationStatus.APPROVED.value,
    }


async def _respond(
    session: AsyncSession, cycle: EvaluationCycle, evaluation: Evaluation, rng: random.Random
) -> None:
    """Every demo rater but one peer answers, through the same path as the page."""
    nominations = (await nomination_repository.nominations_by_evaluation(session, [evaluation.id]))[
        evaluation.id
    ]
    structure = await service.rater_form_structure(session, cycle.framework_id)
    skipped_peer = False
    for nomination in nominations:
        group = RaterGroup(nomination.rater_group)
        if group == RaterGroup.PEER and not skipped_peer:
            skipped_peer = True
            continue
        if nomination.invited_at is None:  # answered means invited: the rates add up
            await delivery_repository.mark_invited(session, [nomination.id], utcnow())
        token = await delivery.issue_token(session, nomination.id, cycle.closes_at)
        mean, spread = TENDENCY[group]
        answers: dict[int, int | None] = {}
        for item_id in structure.items_by_id:
            if group == RaterGroup.EXTERNAL and rng.random() < 0.2:
                answers[item_id] = None  # "cannot judge"
            else:
                answers[item_id] = max(1, min(5, round(rng.gauss(mean, spread))))
        comments = {q.id: rng.choice(COMMENTS) for q in structure.questions if rng.random() < 0.7}
        await service.submit_response(session, token, answers, comments)


# Picked up by ``ledelyst seed-demo`` (backend.seed), after programmes.
SEED_ORDER = 20
seed_demo = seed_feedback
