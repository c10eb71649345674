"""The world the authorization matrix runs in: the demo municipality from
``ledelyst seed-demo`` in a database of its own (the matrix's mutations must
not disturb other tests), plus what the seed leaves out: an open 360 cycle
whose raters hold known link secrets, a published philosophy of the new
leader with two versions, a mentoring meeting, a learning-effect export, and
a person of another organisation.

The roles are people of the seed, chosen by their relations rather than by
id: the new leader is the mentee of the seed's active mentorship, the mentor
is their mentor (outside the reporting line), the leader of leaders is the
new leader's manager, staff is a person with no role who reports to the new
leader (the demo's new leader leads a kindergarten: her staff).
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.api.relay import to_global_id
from backend.app import create_app
from backend.db import Database, utcnow
from backend.identity.models import (
    LeadershipFoundation,
    Membership,
    Organisation,
    OrganisationGoal,
    Person,
    Unit,
)
from backend.seed import seed_demo
from backend.settings import Settings, get_settings
from feedback.evaluations import repository, service
from feedback.evaluations.delivery import service as delivery
from feedback.evaluations.models import Evaluation, NominationState, NominationStatus, RaterGroup
from feedback.evaluations.nominations import repository as nomination_repository
from feedback.frameworks.models import CompetencyFramework
from feedback.notes.models import FeedbackNote
from learning.mentoring.models import MatchProposal, MentorProfile, Mentorship
from learning.programmes.models import (
    Cohort,
    DevelopmentGoal,
    Enrolment,
    Programme,
    ProgrammeActivity,
    Reflection,
)
from tests.api.authorization_world_api import through_api
from tests.support.demo_template import copy_demo
from tests.support.factories import make_organisation, make_person, token_for, unique
from tests.support.graphql_client import GraphQLClient

ROLES = (
    "anonymous",
    "rater",
    "other_org",
    "staff",
    "mentor",
    "new_leader",
    "leader_of_leaders",
    "hr",
    "admin",
)
# The rater-token fields take the rater's link secret as an argument; the
# other roles hold no such secret and try their own credential instead.
RATER_TOKEN_ROWS = (
    "raterForm",
    "saveRaterAnswers",
    "submitRaterResponse",
    "declineRaterInvitation",
)


@dataclass
class World:
    settings: Settings
    database: Database
    members: dict[str, Membership]
    tokens: dict[str, str]
    ids: dict[str, Any] = field(default_factory=dict)
    rater_secrets: dict[str, str] = field(default_factory=dict)
    # Texts only our organisation holds: none may reach another one.
    secrets: list[str] = field(default_factory=list)

    def person(self, role: str) -> str:
        return to_global_id("Person", self.members[role].person_id)

    def membership(self, role: str) -> str:
        return to_global_id("Membership", self.members[role].id)

    def __getitem__(self, name: str) -> Any:
        return self.ids[name]


async def _one(session: AsyncSession, statement: Any) -> Any:
    value = (await session.execute(statement)).scalars().first()
    assert value is not None, str(statement)
    return value


async def _roles(session: AsyncSession, settings: Settings) -> dict[str, Membership]:
    mentorship = await _one(
        session, select(Mentorship).where(Mentorship.status == "ACTIVE").order_by(Mentorship.id)
    )
    new_leader = await session.get(Membership, mentorship.mentee_id)
    mentor = await session.get(Membership, mentorship.mentor_id)
    assert new_leader is not None and mentor is not None
    manager = await session.get(Membership, new_leader.manager_id)
    below = await session.scalars(
        select(Membership).where(Membership.manager_id == new_leader.id).order_by(Membership.id)
    )
    # roles is JSON: compared in Python, the same on SQLite and PostgreSQL.
    staff = next(m for m in below if not m.roles)

    async def by_email(email: str) -> Membership:
        return await _one(
            session,
            select(Membership)
            .join(Person, Person.id == Membership.person_id)
            .where(Person.email == email),
        )

    other_organisation = await make_organisation(session, name=unique("Andenby"))
    other = await make_person(session, other_organisation, roles=["HR", "ADMIN"], name="Anden")
    await session.commit()
    assert manager is not None
    return {
        "new_leader": new_leader,
        "leader_of_leaders": manager,
        "mentor": mentor,
        "staff": staff,
        "hr": await by_email("hr@fjordby.dk"),
        "admin": await by_email("admin@fjordby.dk"),
        "other_org": other,
    }


async def _private_reflection(
    session: AsyncSession, leader: Membership, enrolment_id: int, activities: Any
) -> Reflection:
    """The demo's new leader shares her first reflection with her manager and
    mentor; the matrix's "private" row needs one she keeps to herself."""
    from learning.programmes.models import ProgressEventType
    from learning.programmes.progress import service as progress_service
    from tests.support.factories import viewer_of

    last = [pk for pk, kind in activities if kind == "REFLECTION"][-1]
    event = progress_service.ProgressEventCommand(
        enrolment_id, last, ProgressEventType.REFLECTION_SAVED, text="Kun til mig selv."
    )
    [result] = await progress_service.apply_events(
        session, viewer_of(leader), [event], get_settings()
    )
    assert result.reflection is not None, result.error
    await session.commit()
    return result.reflection


async def _seeded_ids(session: AsyncSession, world: World) -> None:
    leader = world.members["new_leader"]
    organisation_id = leader.organisation_id
    gid = to_global_id
    enrolment = await _one(
        session,
        select(Enrolment)
        .where(Enrolment.membership_id == leader.id, Enrolment.status == "ACTIVE")
        .order_by(Enrolment.id),
    )
    programme = await session.get(Programme, enrolment.programme_id)
    assert programme is not None
    activities = (
        (
            await session.execute(
                select(ProgrammeActivity.id, ProgrammeActivity.kind)
                .where(ProgrammeActivity.version_id == enrolment.version_id)
                .order_by(ProgrammeActivity.id)
            )
        )
        .tuples()
        .all()
    )
    reflection = await _private_reflection(session, leader, enrolment.id, activities)
    cohort = await _one(session, select(Cohort).where(Cohort.programme_id == programme.id))
    development_goal = await _one(
        session, select(DevelopmentGoal).where(DevelopmentGoal.enrolment_id == enrolment.id)
    )
    goal = await session.get(OrganisationGoal, development_goal.organisation_goal_id)
    assert goal is not None
    unit = await _one(session, select(Unit).where(Unit.organisation_id == organisation_id))
    framework = await _one(
        session,
        select(CompetencyFramework).where(CompetencyFramework.organisation_id == organisation_id),
    )
    mentorship = await _one(session, select(Mentorship).where(Mentorship.mentee_id == leader.id))
    profile = await _one(
        session, select(MentorProfile).where(MentorProfile.membership_id == mentorship.mentor_id)
    )
    proposals = (
        await session.scalars(
            select(MatchProposal.id)
            .where(MatchProposal.status == "PROPOSED", MatchProposal.mentee_id != leader.id)
            .order_by(MatchProposal.id)
        )
    ).all()
    closed = await _one(
        session,
        select(Evaluation.id).where(Evaluation.leader_id == leader.id).order_by(Evaluation.id),
    )
    note = await _one(session, select(FeedbackNote.id).where(FeedbackNote.leader_id == leader.id))
    organisation = await session.get(Organisation, organisation_id)
    assert organisation is not None
    foundation = await _one(
        session,
        select(LeadershipFoundation.id).where(
            LeadershipFoundation.organisation_id == organisation_id
        ),
    )
    world.ids.update(
        organisation=gid("Organisation", organisation_id),
        foundation=gid("LeadershipFoundation", foundation),
        proposals=[gid("MatchProposal", pk) for pk in proposals[:2]],
        closed_evaluation=gid("Evaluation", closed),
        note=gid("FeedbackNote", note),
        development_goal_pk=development_goal.id,
    )
    world.secrets += [organisation.name, gid("Organisation", organisation_id)]
    world.ids.update(
        programme=gid("Programme", programme.id),
        programme_pk=programme.id,
        enrolment=gid("Enrolment", enrolment.id),
        activity=gid("Activity", activities[0][0]),
        activities={kind: gid("Activity", pk) for pk, kind in reversed(activities)},
        reflection=gid("Reflection", reflection.id),
        cohort=gid("Cohort", cohort.id),
        goal=gid("OrganisationGoal", goal.id),
        development_goal=gid("DevelopmentGoal", development_goal.id),
        unit=gid("Unit", unit.id),
        framework=gid("CompetencyFramework", framework.id),
        framework_pk=framework.id,
        mentorship=gid("Mentorship", mentorship.id),
        mentor_profile=gid("MentorProfile", profile.id),
    )
    world.secrets += [world.ids[k] for k in ("programme", "enrolment", "reflection", "mentorship")]


async def _open_cycle(session: AsyncSession, world: World) -> None:
    """An open cycle for the new leader, with one approved nomination per
    rater-token row, each with a known secret."""
    leader = world.members["new_leader"]
    organisation_id = leader.organisation_id
    command = service.CycleCommand(
        name=unique("Åben runde"),
        framework_id=world["framework_pk"],
        opens_at=utcnow() - timedelta(days=1),
        closes_at=utcnow() + timedelta(days=20),
        leader_ids=[leader.id],
    )
    cycle = await service.write_cycle(session, organisation_id, world.members["hr"].id, command)
    evaluation = await repository.evaluation_of_leader(session, cycle.id, leader.id)
    assert evaluation is not None
    rows = [
        {
            "organisation_id": organisation_id,
            "evaluation_id": evaluation.id,
            # A typed-in address: only an external rater may be one.
            "rater_group": RaterGroup.EXTERNAL.value,
            "rater_id": None,
            "rater_name": f"Bedømmer {label}",
            "rater_email": f"{unique('rater')}@example.dk",
            "locale": "da",
            "status": NominationStatus.APPROVED.value,
        }
        for label in (*RATER_TOKEN_ROWS, "withdraw")
    ]
    await nomination_repository.insert_nominations(session, rows)
    evaluation.nomination_state = NominationState.APPROVED.value
    await service.open_now(session, cycle)
    nominations = (await nomination_repository.nominations_by_evaluation(session, [evaluation.id]))[
        evaluation.id
    ]
    by_name = {n.rater_name: n.id for n in nominations}
    for label in RATER_TOKEN_ROWS:
        nomination_id = by_name[f"Bedømmer {label}"]
        world.rater_secrets[label] = await delivery.issue_token(
            session, nomination_id, cycle.closes_at
        )
    structure = await service.rater_form_structure(session, world["framework_pk"])
    world.ids.update(
        cycle=to_global_id("EvaluationCycle", cycle.id),
        evaluation=to_global_id("Evaluation", evaluation.id),
        nomination=to_global_id("Nomination", by_name["Bedømmer withdraw"]),
        item=to_global_id("CompetencyItem", structure.competencies[0].items[0].id),
        question=to_global_id("OpenQuestion", structure.questions[0].id),
        competency=to_global_id("Competency", structure.competencies[0].id),
    )
    world.secrets += [world.ids["cycle"], world.ids["evaluation"]]
    await session.commit()


async def _extra_people(session: AsyncSession, world: World) -> None:
    """People HR's mutations may change without moving anyone of the roles."""
    organisation = await session.get(Organisation, world.members["new_leader"].organisation_id)
    assert organisation is not None
    target = await make_person(session, organisation, name=unique("Vikar"))
    await session.commit()
    world.ids["target_person"] = to_global_id("Person", target.person_id)
    person = await session.get(Person, target.person_id)
    assert person is not None
    world.ids["target_email"] = person.email


async def build_world(settings: Settings) -> AsyncIterator[tuple[World, GraphQLClient]]:
    """Seeds a database of its own, yields the world and a client, drops it."""
    from tests.conftest import TEST_DATABASE_URL, _create_postgres_database

    name = f"ledelyst_authz_{uuid.uuid4().hex[:8]}"
    copy = await asyncio.to_thread(
        copy_demo, settings.storage_folder.parent, name, settings.storage_folder
    )
    own = settings.model_copy(update={"database_url": copy.database_url})
    database = Database(own)
    client: GraphQLClient | None = None
    try:
        await seed_demo(database)
        async with database.session() as session:
            members = await _roles(session, own)
            world = World(
                own, database, members, {r: token_for(m, own) for r, m in members.items()}
            )
            await _seeded_ids(session, world)
            await _open_cycle(session, world)
            await _extra_people(session, world)
        client = GraphQLClient(create_app(own, database=database))
        await through_api(client, world)
        yield world, client
    finally:
        if client is not None:
            await client.close()
        await database.dispose()
        if copy.postgres_name:
            await _create_postgres_database(TEST_DATABASE_URL or "", name, drop=True)
