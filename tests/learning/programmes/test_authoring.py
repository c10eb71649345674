"""HR builds programmes: goals required, every module knowledge + reflection +
action, published versions immutable, enrolments keep their version."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from backend.api.relay import to_global_id
from learning.programmes.models import Programme, ProgrammeActivity
from tests.support.graphql_client import GraphQLClient, payload
from tests.support.programme_world import World

CREATE = """
mutation C($input: CreateProgrammeInput!) {
  createProgramme(input: $input) {
    errors { code field message }
    programme { id status }
    version {
      id version status title goals { id title }
      modules { title activities { kind title } }
    }
  }
}"""
UPDATE = """
mutation U($input: UpdateProgrammeInput!) {
  updateProgramme(input: $input) {
    errors { code field message }
    version { id version status title }
  }
}"""
PUBLISH = """
mutation P($input: ProgrammeIdInput!) {
  publishProgramme(input: $input) {
    errors { code field message }
    programme { status currentVersion { version title } }
    version { id version status }
  }
}"""
ENROL = """
mutation E($input: EnrolLeaderInput!) {
  enrolLeader(input: $input) {
    errors { code field message }
    enrolment { id programme { id version title } checkpoints { kind dueOn } }
  }
}"""
VERSION = "query V($id: ID!) { node(id: $id) { ... on ProgrammeVersion { title status version } } }"


def module(
    title: str, kinds: tuple[str, ...] = ("KNOWLEDGE", "REFLECTION", "ACTION")
) -> dict[str, Any]:
    return {
        "title": title,
        "activities": [{"kind": k, "title": f"{title} {k.lower()}"} for k in kinds],
    }


def programme_input(world: World, **overrides: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "title": "Ledelse af ledere",
        "description": "Forløb for ledere af ledere.",
        "audience": "LEADERS_OF_LEADERS",
        "goalIds": [world.goal_gid(0)],
        "modules": [module("Sæt holdet")],
    }
    values.update(overrides)
    return values


async def _count_programmes(session: Any, world: World) -> int:
    return int(
        await session.scalar(
            select(func.count())
            .select_from(Programme)
            .where(Programme.organisation_id == world.organisation.id)
        )
    )


async def test_hr_creates_a_draft_programme(api: GraphQLClient, world: World) -> None:
    response = await api.execute(
        CREATE, {"input": programme_input(world)}, token=world.token(world.hr)
    )
    result = payload(response, "createProgramme")
    assert result["errors"] == []
    assert result["programme"]["status"] == "DRAFT"
    assert result["version"]["goals"][0]["title"] == "Borgeren i centrum"
    assert [a["kind"] for a in result["version"]["modules"][0]["activities"]] == [
        "KNOWLEDGE",
        "REFLECTION",
        "ACTION",
    ]


async def test_programme_without_a_goal_is_refused_and_nothing_saved(
    api: GraphQLClient, world: World, session: Any
) -> None:
    before = await _count_programmes(session, world)
    response = await api.execute(
        CREATE, {"input": programme_input(world, goalIds=[])}, token=world.token(world.hr)
    )
    errors = payload(response, "createProgramme")["errors"]
    assert [(e["code"], e["field"]) for e in errors] == [("REQUIRED", ["input", "goalIds"])]
    assert "personalegode" in errors[0]["message"]
    assert await _count_programmes(session, world) == before


async def test_module_missing_a_kind_is_refused_with_the_kinds_named(
    api: GraphQLClient, world: World, session: Any
) -> None:
    before = await _count_programmes(session, world)
    modules = [module("Komplet"), module("Kun viden", ("KNOWLEDGE",))]
    response = await api.execute(
        CREATE,
        {"input": programme_input(world, modules=modules)},
        token=world.token(world.hr, "en"),
    )
    errors = payload(response, "createProgramme")["errors"]
    assert [(e["code"], e["field"]) for e in errors] == [
        ("RULE_VIOLATED", ["input", "modules", "1", "activities"])
    ]
    assert "REFLECTION, ACTION" in errors[0]["message"]
    assert await _count_programmes(session, world) == before


async def test_a_goal_of_another_organisation_is_refused(api: GraphQLClient, world: World) -> None:
    foreign = to_global_id("OrganisationGoal", 10**9)
    response = await api.execute(
        CREATE, {"input": programme_input(world, goalIds=[foreign])}, token=world.token(world.hr)
    )
    assert payload(response, "createProgramme")["errors"][0]["code"] == "INVALID"


async def test_only_hr_builds_programmes(api: GraphQLClient, world: World) -> None:
    response = await api.execute(
        CREATE, {"input": programme_input(world)}, token=world.token(world.manager)
    )
    assert payload(response, "createProgramme")["errors"][0]["code"] == "FORBIDDEN"


async def test_editing_a_published_programme_makes_a_new_version_and_enrolments_keep_theirs(
    api: GraphQLClient, world: World, session: Any
) -> None:
    hr = world.token(world.hr)
    programme = to_global_id("Programme", world.programme_id)
    changed = programme_input(world, title="Ny som leder 2.0", modules=[module("Ny modul")])
    draft = payload(
        await api.execute(UPDATE, {"input": {"programmeId": programme, **changed}}, token=hr),
        "updateProgramme",
    )
    assert draft["errors"] == []
    assert (draft["version"]["version"], draft["version"]["status"]) == (2, "DRAFT")
    # Saving the draft again rewrites it: still version 2.
    again = payload(
        await api.execute(UPDATE, {"input": {"programmeId": programme, **changed}}, token=hr),
        "updateProgramme",
    )
    assert again["version"]["id"] == draft["version"]["id"]

    # The published version the leader follows is untouched.
    v1 = to_global_id("ProgrammeVersion", world.version_id)
    seen = await api.execute(VERSION, {"id": v1}, token=world.token(world.leader))
    assert seen.data["node"] == {"title": "Ny som leder", "status": "PUBLISHED", "version": 1}
    activities = await session.scalar(
        select(func.count())
        .select_from(ProgrammeActivity)
        .where(ProgrammeActivity.version_id == world.version_id)
    )
    assert activities == 3
    # Leaders do not see drafts.
    hidden = await api.execute(
        VERSION, {"id": draft["version"]["id"]}, token=world.token(world.leader)
    )
    assert hidden.data["node"] is None

    published = payload(
        await api.execute(PUBLISH, {"input": {"programmeId": programme}}, token=hr),
        "publishProgramme",
    )
    assert published["programme"]["currentVersion"] == {"version": 2, "title": "Ny som leder 2.0"}
    old = await api.execute(VERSION, {"id": v1}, token=world.token(world.leader))
    assert old.data["node"]["status"] == "SUPERSEDED"

    enrolled = payload(
        await api.execute(
            ENROL,
            {
                "input": {
                    "programmeId": programme,
                    "leaderId": to_global_id("Membership", world.colleague.id),
                }
            },
            token=hr,
        ),
        "enrolLeader",
    )
    assert enrolled["enrolment"]["programme"]["version"] == 2
    assert [c["kind"] for c in enrolled["enrolment"]["checkpoints"]] == [
        "BEFORE",
        "DURING",
        "AFTER",
    ]
    mine = await api.execute(
        "query E($id: ID!) { node(id: $id) { ... on Enrolment { programme { version } } } }",
        {"id": world.enrolment_gid},
        token=world.token(world.leader),
    )
    assert mine.data["node"]["programme"]["version"] == 1


async def test_publishing_without_a_draft_is_refused(api: GraphQLClient, world: World) -> None:
    programme = to_global_id("Programme", world.programme_id)
    response = await api.execute(
        PUBLISH, {"input": {"programmeId": programme}}, token=world.token(world.hr)
    )
    assert payload(response, "publishProgramme")["errors"][0]["code"] == "RULE_VIOLATED"


async def test_a_leader_is_enrolled_once(api: GraphQLClient, world: World) -> None:
    programme = to_global_id("Programme", world.programme_id)
    leader = to_global_id("Membership", world.leader.id)
    response = await api.execute(
        ENROL,
        {"input": {"programmeId": programme, "leaderId": leader}},
        token=world.token(world.hr),
    )
    assert payload(response, "enrolLeader")["errors"][0]["code"] == "DUPLICATE"


async def test_leaders_list_published_programmes_and_hr_sees_drafts(
    api: GraphQLClient, world: World
) -> None:
    hr = world.token(world.hr)
    await api.execute(CREATE, {"input": programme_input(world, title="Kladde")}, token=hr)
    query = """
    query L($s: ProgrammeStatus) {
      programmes(status: $s, first: 50) { nodes { status currentVersion { title } } }
    }"""

    async def titles(token: str, status: str | None = None) -> list[str]:
        response = await api.execute(query, {"s": status}, token=token)
        assert response.errors == []
        return [p["currentVersion"]["title"] for p in response.data["programmes"]["nodes"]]

    assert await titles(world.token(world.leader)) == ["Ny som leder"]
    assert await titles(hr) == ["Ny som leder", "Kladde"]
    assert await titles(hr, "DRAFT") == ["Kladde"]
