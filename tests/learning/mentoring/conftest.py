"""An organisation for each test: HR, a director above a manager, new leaders
below the manager, and mentors, one of them the director (in the new
leaders' reporting line), with profiles and needs."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from backend.identity.models import Membership, Organisation
from backend.settings import Settings
from learning.mentoring.models import (
    AreaPreference,
    MatchProposal,
    MentoringNeed,
    MentorProfile,
    Mentorship,
    MentorshipStatus,
    ProposalSource,
    ProposalStatus,
)
from tests.support.factories import make_organisation, make_person, token_for


@dataclass
class World:
    organisation: Organisation
    hr: Membership
    director: Membership
    manager: Membership
    new_leaders: list[Membership]
    mentors: list[Membership]
    settings: Settings
    profiles: dict[int, MentorProfile] = field(default_factory=dict)

    def token(self, who: Membership, locale: str = "da") -> str:
        return token_for(who, self.settings, locale)


async def add_profile(
    session: AsyncSession,
    mentor: Membership,
    capacity: int = 2,
    tags: list[str] | None = None,
    areas: list[str] | None = None,
    languages: list[str] | None = None,
    location: str = "Aarhus",
) -> MentorProfile:
    profile = MentorProfile(
        organisation_id=mentor.organisation_id,
        membership_id=mentor.id,
        capacity=capacity,
        competency_ids=[],
        tags=tags if tags is not None else ["feedback", "svære samtaler"],
        areas=areas if areas is not None else ["Ældre og sundhed"],
        languages=languages or ["da"],
        location=location,
        availability="",
    )
    session.add(profile)
    await session.flush()
    return profile


async def add_need(
    session: AsyncSession,
    mentee: Membership,
    tags: list[str] | None = None,
    area: str = "Ældre og sundhed",
    preference: AreaPreference = AreaPreference.ANY,
    language: str = "da",
    location: str = "Aarhus",
) -> MentoringNeed:
    need = MentoringNeed(
        organisation_id=mentee.organisation_id,
        membership_id=mentee.id,
        competency_ids=[],
        tags=tags if tags is not None else ["feedback", "svære samtaler"],
        area=area,
        area_preference=preference.value,
        language=language,
        location=location,
        notes="",
    )
    session.add(need)
    await session.flush()
    return need


async def add_mentorship(
    session: AsyncSession,
    mentor: Membership,
    mentee: Membership,
    profile: MentorProfile | None = None,
    status: MentorshipStatus = MentorshipStatus.ACTIVE,
) -> Mentorship:
    mentorship = Mentorship(
        organisation_id=mentee.organisation_id,
        mentor_id=mentor.id,
        mentee_id=mentee.id,
        mentor_profile_id=profile.id if profile else None,
        status=status.value,
        starts_on=date.today() - timedelta(days=10),
        ends_on=date.today() + timedelta(days=100),
    )
    session.add(mentorship)
    await session.flush()
    return mentorship


async def add_proposal(
    session: AsyncSession,
    world: World,
    mentee: Membership,
    mentor: Membership | None = None,
    status: ProposalStatus = ProposalStatus.PROPOSED,
    source: ProposalSource = ProposalSource.RUN,
) -> MatchProposal:
    """A proposal of ``mentor`` (the world's first mentor unless given, on
    their profile) for ``mentee``, as a matching run writes one (``source``
    REQUEST: as the new leader's own request writes one)."""
    mentor = mentor or world.mentors[0]
    proposal = MatchProposal(
        organisation_id=world.organisation.id,
        mentee_id=mentee.id,
        mentor_id=mentor.id,
        mentor_profile_id=world.profiles[mentor.id].id,
        fit=0.8,
        explanation={"focusMatched": 1, "focusTotal": 2},
        source=source.value,
        status=status.value,
    )
    session.add(proposal)
    await session.flush()
    return proposal


async def build_world(
    session: AsyncSession, settings: Settings, new_leaders: int = 2, mentors: int = 2
) -> World:
    organisation = await make_organisation(session)
    hr = await make_person(session, organisation, roles=["HR"], name="Hanne HR")
    director = await make_person(
        session,
        organisation,
        roles=["LEADER"],
        name="Dorte Direktør",
        leader_since=date.today() - timedelta(days=20 * 365),
    )
    manager = await make_person(
        session,
        organisation,
        roles=["LEADER"],
        manager=director,
        name="Mads Manager",
        leader_since=date.today() - timedelta(days=8 * 365),
    )
    leaders = [
        await make_person(
            session,
            organisation,
            roles=["LEADER"],
            manager=manager,
            name=f"Ny Leder {i}",
            leader_since=date.today() - timedelta(days=60),
        )
        for i in range(new_leaders)
    ]
    others = [
        await make_person(
            session,
            organisation,
            roles=["LEADER", "MENTOR"],
            name=f"Mentor {i}",
            leader_since=date.today() - timedelta(days=(5 + i) * 365),
        )
        for i in range(mentors)
    ]
    world = World(organisation, hr, director, manager, leaders, others, settings)
    # The director is the best fit on paper, but above every new leader.
    world.profiles[director.id] = await add_profile(
        session, director, capacity=5, tags=["feedback", "svære samtaler", "strategi"]
    )
    for mentor in others:
        world.profiles[mentor.id] = await add_profile(
            session, mentor, capacity=1, tags=["feedback"]
        )
    for leader in leaders:
        await add_need(session, leader)
    await session.commit()
    return world


@pytest.fixture
async def world(session: AsyncSession, settings: Settings) -> World:
    return await build_world(session, settings)
