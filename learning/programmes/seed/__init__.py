"""Demo data: the programme "Ny som leder" for an organisation's new leaders.

``seed_programmes(session, organisation_id)`` uses the organisation's active
goals (or makes the two of ``content`` when it has none), publishes the
programme, starts a cohort three weeks ago, enrols the leaders who became
leaders within two years (``Membership.leader_since``) with development
goals, and gives the first of them some progress: a knowledge activity done,
a reflection shared with the manager, an action with evidence, and the
BEFORE checkpoint held by their manager. Running it again changes nothing.
The caller commits.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.auth.viewer import Viewer
from backend.identity.models import GoalStatus, Membership, OrganisationGoal
from backend.settings import get_settings
from learning.programmes import hooks, service
from learning.programmes import repository as repo
from learning.programmes.checkpoints import service as checkpoints
from learning.programmes.enrolments import service as enrolments
from learning.programmes.models import (
    ActivityKind,
    CheckpointKind,
    ProgrammeVersion,
    ProgressEventType,
)
from learning.programmes.progress import service as progress_service
from learning.programmes.progress.service import ProgressEventCommand, ShareTarget
from learning.programmes.seed import content as text

NEW_LEADER_DAYS = 730
MAX_ENROLMENTS = 12


@dataclass
class SeededProgramme:
    programme_id: int
    version_id: int
    cohort_id: int | None
    enrolment_ids: list[int] = field(default_factory=list)
    created: bool = True


async def seed_programmes(session: AsyncSession, organisation_id: int) -> SeededProgramme:
    existing = await session.scalar(
        select(ProgrammeVersion).where(
            ProgrammeVersion.organisation_id == organisation_id,
            ProgrammeVersion.title == text.TITLE,
        )
    )
    if existing is not None:
        return SeededProgramme(existing.programme_id, existing.id, None, created=False)
    members = list(
        await session.scalars(
            select(Membership)
            .where(Membership.organisation_id == organisation_id, Membership.is_active.is_(True))
            .order_by(Membership.id)
        )
    )
    hr_member = next((m for m in members if {"HR", "ADMIN"} & set(m.roles or [])), None)
    author = hr_member or (members[0] if members else None)
    hr = Viewer(
        person_id=author.person_id if author else 0,
        organisation_id=organisation_id,
        membership_id=author.id if author else 0,
        roles=frozenset({"HR"}),
    )
    goal_ids = await _goals(session, organisation_id)
    modules = [
        service.ModuleDraft(
            title=title,
            introduction=introduction,
            activities=[service.ActivityDraft(*activity) for activity in activities],
        )
        for title, introduction, activities in text.MODULES
    ]
    content = service.ProgrammeContent(
        title=text.TITLE, goal_ids=goal_ids, modules=modules, description=text.DESCRIPTION
    )
    settings = get_settings()
    programme, _ = await service.create_programme(session, hr, content, settings)
    _, version = await service.publish_programme(session, hr, programme.id)
    starts_on = date.today() - timedelta(days=21)
    cohort = await enrolments.create_cohort(
        session, hr, programme.id, f"Nye ledere {starts_on.year}", starts_on
    )
    seeded = SeededProgramme(programme.id, version.id, cohort.id)
    leaders = await repo.new_leaders(
        session, organisation_id, date.today() - timedelta(days=NEW_LEADER_DAYS)
    )
    # The demo's two mentees first (``backend.identity.seed``), when present.
    story = await _story_ids(session, organisation_id)
    leaders.sort(key=lambda m: story.index(m.id) if m.id in story else len(story))
    for leader in leaders[:MAX_ENROLMENTS]:
        goals = [
            enrolments.GoalDraft(title=title, organisation_goal_id=goal_ids[i % len(goal_ids)])
            for title, i in text.DEVELOPMENT_GOALS
        ]
        enrolment = await enrolments.enrol_leader(
            session,
            hr,
            enrolments.EnrolCommand(programme.id, leader.id, cohort_id=cohort.id, goals=goals),
        )
        seeded.enrolment_ids.append(enrolment.id)
    if leaders:
        await _progress(session, leaders[0], seeded.enrolment_ids[0], version.id, starts_on)
    if len(leaders) > 1 and leaders[1].id in story:
        await _started(session, leaders[1], seeded.enrolment_ids[1], version.id, starts_on)
    return seeded


async def _story_ids(session: AsyncSession, organisation_id: int) -> list[int]:
    from backend.identity.models import Person
    from backend.identity.seed import DOMAIN

    wanted = [f"ny.leder@{DOMAIN}", f"ny.leder2@{DOMAIN}"]
    rows = await session.execute(
        select(Person.email, Membership.id)
        .join(Membership, Membership.person_id == Person.id)
        .where(Membership.organisation_id == organisation_id, Person.email.in_(wanted))
    )
    found = dict(rows.tuples().all())
    return [found[email] for email in wanted if email in found]


async def _started(
    session: AsyncSession, leader: Membership, enrolment_id: int, version_id: int, start: date
) -> None:
    """The demo's second mentee: the first activity done, a reflection for the mentor."""
    activities = await repo.activities_of_versions(session, [version_id])
    first = {ActivityKind(a.kind): a for a in activities[:3]}
    when = datetime.combine(start, time(9), UTC)
    viewer = Viewer(leader.person_id, leader.organisation_id, leader.id, roles=frozenset())
    events = [
        ProgressEventCommand(
            enrolment_id,
            first[ActivityKind.KNOWLEDGE].id,
            ProgressEventType.COMPLETED,
            occurred_at=when + timedelta(days=2),
            client_event_id="seed-2-COMPLETED",
        ),
        ProgressEventCommand(
            enrolment_id,
            first[ActivityKind.REFLECTION].id,
            ProgressEventType.REFLECTION_SAVED,
            occurred_at=when + timedelta(days=5),
            client_event_id="seed-5-REFLECTION_SAVED",
            text=text.SECOND_REFLECTION_TEXT,
            shared_with=frozenset({ShareTarget.MENTOR}),
        ),
    ]
    await progress_service.apply_events(session, viewer, events, get_settings())


async def _goals(session: AsyncSession, organisation_id: int) -> list[int]:
    found = list(
        await session.scalars(
            select(OrganisationGoal.id)
            .where(
                OrganisationGoal.organisation_id == organisation_id,
                OrganisationGoal.status == GoalStatus.ACTIVE.value,
            )
            .order_by(OrganisationGoal.id)
            .limit(2)
        )
    )
    if found:
        return found
    goals = [
        OrganisationGoal(organisation_id=organisation_id, title=title, description=description)
        for title, description in text.GOALS
    ]
    session.add_all(goals)
    await session.flush()
    return [g.id for g in goals]


async def _progress(
    session: AsyncSession, leader: Membership, enrolment_id: int, version_id: int, start: date
) -> None:
    """The first new leader is two modules in; their manager held BEFORE."""
    activities = await repo.activities_of_versions(session, [version_id])
    first = {ActivityKind(a.kind): a for a in activities[:3]}
    when = datetime.combine(start, time(9), UTC)
    viewer = Viewer(leader.person_id, leader.organisation_id, leader.id, roles=frozenset())
    has_mentor = await hooks.registry.mentor(session, viewer) is not None

    def event(
        n: int, kind: ActivityKind, type_: ProgressEventType, **values: object
    ) -> ProgressEventCommand:
        return ProgressEventCommand(
            enrolment_id=enrolment_id,
            activity_id=first[kind].id,
            type=type_,
            occurred_at=when + timedelta(days=n),
            client_event_id=f"seed-{n}-{type_.value}",
            **values,  # type: ignore[arg-type]
        )

    events = [
        event(1, ActivityKind.KNOWLEDGE, ProgressEventType.COMPLETED),
        event(
            3,
            ActivityKind.REFLECTION,
            ProgressEventType.REFLECTION_SAVED,
            text=text.REFLECTION_TEXT,
            # With an active mentor (the mentoring seed runs first) the reflection
            # goes to the mentor too.
            shared_with=frozenset({ShareTarget.MANAGER})
            | (frozenset({ShareTarget.MENTOR}) if has_mentor else frozenset()),
        ),
        event(4, ActivityKind.REFLECTION, ProgressEventType.COMPLETED),
        event(9, ActivityKind.ACTION, ProgressEventType.EVIDENCE_SAVED, text=text.EVIDENCE_TEXT),
        event(10, ActivityKind.ACTION, ProgressEventType.COMPLETED),
    ]
    await progress_service.apply_events(session, viewer, events, get_settings())
    if leader.manager_id is None:
        return
    manager = await repo.membership_in(session, leader.organisation_id, leader.manager_id)
    if manager is None:
        return
    await checkpoints.complete_checkpoint(
        session,
        Viewer(manager.person_id, manager.organisation_id, manager.id, roles=frozenset()),
        checkpoints.CheckpointCommand(
            enrolment_id=enrolment_id,
            kind=CheckpointKind.BEFORE,
            practice_agreed=(
                "Fredagsmødet er dit øvelsesrum: du leder det, og vi taler om det bagefter. "
                "Du har to timer om ugen til forløbet."
            ),
        ),
    )


# The name ``ledelyst seed-demo`` may look for in every slice's ``seed`` module.
# Picked up by ``ledelyst seed-demo`` (backend.seed), first after identity.
SEED_ORDER = 10
seed_demo = seed_programmes
