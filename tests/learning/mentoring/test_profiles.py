"""Mentor profiles through saveMentorProfile: a mentor writes their own, and
HR changes anyone's in the organisation (capacity, whether they take new
mentees, the description of their availability) without touching what the
mentor wrote; nobody else writes another's, and HR of another organisation
finds no one."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from backend.identity.models import Membership
from feedback.frameworks.service import published_structure, write_framework
from tests.learning.mentoring.conftest import World
from tests.support.evaluation_world import small_framework
from tests.support.factories import make_person
from tests.support.graphql_client import GraphQLClient, error_codes, payload
from tests.support.operations import gid, operation


async def _save(
    api: GraphQLClient, world: World, who: Membership, locale: str = "da", **fields: Any
) -> dict[str, Any]:
    response = await api.execute(
        operation("SaveMentorProfile"),
        {"input": {"capacity": 2, **fields}},
        token=world.token(who, locale),
    )
    return payload(response, "saveMentorProfile")


async def _own_profile_with_strengths(
    api: GraphQLClient, session: AsyncSession, world: World, mentor: Membership
) -> list[str]:
    framework = await write_framework(
        session, world.organisation.id, small_framework(), publish=True
    )
    structure = await published_structure(session, world.organisation.id, framework.id)
    await session.commit()
    strengths = [gid("Competency", c.id) for c in structure.competencies]
    saved = await _save(
        api,
        world,
        mentor,
        capacity=1,
        frameworkId=gid("CompetencyFramework", framework.id),
        competencyIds=strengths,
        tags=["feedback"],
        areas=["Ældre og sundhed"],
        location="Aarhus",
        availability="Tirsdage",
    )
    assert saved["errors"] == []
    return strengths


async def test_hr_changes_a_mentors_capacity_and_availability_and_keeps_the_rest(
    api: GraphQLClient, session: AsyncSession, world: World
) -> None:
    mentor = world.mentors[0]
    strengths = await _own_profile_with_strengths(api, session, world, mentor)

    saved = await _save(
        api,
        world,
        world.hr,
        membershipId=gid("Membership", mentor.id),
        capacity=3,
        isAvailable=False,
        availability="På orlov til marts",
        competencyIds=strengths,  # sent back as they are: no framework needed
        tags=["feedback"],
        areas=["Ældre og sundhed"],
        location="Aarhus",
    )

    assert saved["errors"] == []
    profile = saved["profile"]
    assert profile["person"]["membershipId"] == gid("Membership", mentor.id)
    assert (profile["capacity"], profile["isAvailable"], profile["availability"]) == (
        3,
        False,
        "På orlov til marts",
    )
    assert profile["competencyIds"] == strengths
    assert (profile["tags"], profile["location"]) == (["feedback"], "Aarhus")


async def test_a_new_strength_still_needs_its_framework(
    api: GraphQLClient, session: AsyncSession, world: World
) -> None:
    mentor = world.mentors[0]
    strengths = await _own_profile_with_strengths(api, session, world, mentor)

    saved = await _save(
        api,
        world,
        world.hr,
        membershipId=gid("Membership", mentor.id),
        competencyIds=[*strengths, gid("Competency", 987654)],
    )

    assert [(e["code"], e["field"]) for e in saved["errors"]] == [
        ("REQUIRED", ["input", "frameworkId"])
    ]


async def test_hr_gets_errors_in_the_viewers_language(api: GraphQLClient, world: World) -> None:
    mentor = world.mentors[1]
    target: dict[str, Any] = {"membershipId": gid("Membership", mentor.id), "capacity": 0}

    danish = await _save(api, world, world.hr, **target)
    english = await _save(api, world, world.hr, "en", **target)

    assert [e["field"] for e in danish["errors"]] == [["input", "capacity"]]
    assert danish["errors"][0]["message"] != english["errors"][0]["message"]
    assert "10" in english["errors"][0]["message"]


async def test_a_leader_cannot_change_another_leaders_profile(
    api: GraphQLClient, world: World
) -> None:
    response = await api.execute(
        operation("SaveMentorProfile"),
        {"input": {"capacity": 5, "membershipId": gid("Membership", world.mentors[0].id)}},
        token=world.token(world.director),
    )

    assert error_codes(response, "saveMentorProfile") == ["FORBIDDEN"]


async def test_hr_of_another_organisation_finds_no_one(
    api: GraphQLClient, session: AsyncSession, world: World
) -> None:
    outsider = await make_person(session, roles=["HR"], name="Anden HR")
    await session.commit()

    response = await api.execute(
        operation("SaveMentorProfile"),
        {"input": {"capacity": 5, "membershipId": gid("Membership", world.mentors[0].id)}},
        token=world.token(outsider),
    )

    assert error_codes(response, "saveMentorProfile") == ["NOT_FOUND"]


async def test_hr_cannot_make_a_mentor_of_someone_who_is_no_leader(
    api: GraphQLClient, session: AsyncSession, world: World
) -> None:
    employee = await make_person(session, world.organisation, roles=[], name="Eva Employee")
    await session.commit()

    response = await api.execute(
        operation("SaveMentorProfile"),
        {"input": {"capacity": 1, "membershipId": gid("Membership", employee.id)}},
        token=world.token(world.hr),
    )

    assert error_codes(response, "saveMentorProfile") == ["FORBIDDEN"]
