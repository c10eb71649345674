"""A small organisation with one programme: HR, a director, a manager with a
new leader and a colleague, a mentor, another organisation's HR; goals and a
published programme with one module of each kind, and the leader enrolled.
The programmes tests' world, and the world of tests elsewhere that need a
leader following a programme."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from backend.api.relay import to_global_id
from backend.identity.models import Membership, Organisation
from backend.settings import Settings
from learning.programmes import repository, service
from learning.programmes.enrolments import service as enrolments
from learning.programmes.models import ActivityKind, ProgrammeActivity
from tests.support.factories import make_organisation, make_person, token_for, viewer_of
from tests.support.programme_content import content, make_goals


@dataclass
class World:
    organisation: Organisation
    hr: Membership
    director: Membership
    manager: Membership
    leader: Membership
    colleague: Membership
    mentor: Membership
    outsider_hr: Membership
    goal_ids: list[int]
    programme_id: int
    version_id: int
    enrolment_id: int
    activities: dict[ActivityKind, ProgrammeActivity]
    settings: Settings

    def token(self, who: Membership, locale: str = "da") -> str:
        return token_for(who, self.settings, locale)

    @property
    def enrolment_gid(self) -> str:
        return to_global_id("Enrolment", self.enrolment_id)

    def activity_gid(self, kind: ActivityKind) -> str:
        return to_global_id("Activity", self.activities[kind].id)

    def goal_gid(self, index: int = 0) -> str:
        return to_global_id("OrganisationGoal", self.goal_ids[index])


async def build_world(session: AsyncSession, settings: Settings) -> World:
    organisation = await make_organisation(session)
    hr = await make_person(session, organisation, roles=["HR"], name="Hanne HR")
    director = await make_person(session, organisation, roles=["LEADER"], name="Dorte Direktør")
    manager = await make_person(
        session, organisation, roles=["LEADER"], manager=director, name="Mads Manager"
    )
    leader = await make_person(
        session,
        organisation,
        roles=["LEADER"],
        manager=manager,
        name="Lise Leder",
        leader_since=date.today() - timedelta(days=60),
    )
    colleague = await make_person(
        session, organisation, roles=["LEADER"], manager=manager, name="Kim Kollega"
    )
    mentor = await make_person(
        session, organisation, roles=["LEADER", "MENTOR"], name="Mette Mentor"
    )
    outsider_hr = await make_person(session, roles=["HR"], name="Anden HR")
    goal_ids = await make_goals(session, organisation)
    hr_viewer = viewer_of(hr)
    programme, _ = await service.create_programme(session, hr_viewer, content(goal_ids), settings)
    _, version = await service.publish_programme(session, hr_viewer, programme.id)
    enrolment = await enrolments.enrol_leader(
        session,
        hr_viewer,
        enrolments.EnrolCommand(
            programme_id=programme.id,
            membership_id=leader.id,
            starts_on=date.today() - timedelta(days=10),
        ),
    )
    activities = await activities_by_kind(session, enrolment.version_id)
    await session.commit()
    return World(
        organisation=organisation,
        hr=hr,
        director=director,
        manager=manager,
        leader=leader,
        colleague=colleague,
        mentor=mentor,
        outsider_hr=outsider_hr,
        goal_ids=goal_ids,
        programme_id=programme.id,
        version_id=version.id,
        enrolment_id=enrolment.id,
        activities=activities,
        settings=settings,
    )


async def activities_by_kind(
    session: AsyncSession, version_id: int
) -> dict[ActivityKind, ProgrammeActivity]:
    """The first activity of each kind in a programme version."""
    found: dict[ActivityKind, ProgrammeActivity] = {}
    for row in await repository.activities_of_versions(session, [version_id]):
        found.setdefault(ActivityKind(row.kind), row)
    return found
