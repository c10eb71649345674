"""Organisational goals and the versioned leadership foundation."""

from __future__ import annotations

from typing import Any

from backend.api.relay import to_global_id
from tests.support.identity_world import World

CREATE_GOAL = """
mutation G($input: CreateGoalInput!) {
  createGoal(input: $input) {
    goal { id title status periodStart units { name } } errors { code field }
  }
}
"""
UPDATE_GOAL = """
mutation G($input: UpdateGoalInput!) {
  updateGoal(input: $input) { goal { title status periodEnd units { name } } errors { code field } }
}
"""
GOALS = """
query Q($status: GoalStatus, $unitId: ID) {
  goals(status: $status, unitId: $unitId) { edges { node { title } } }
}
"""
PUBLISH = """
mutation P($input: PublishLeadershipFoundationInput!) {
  publishLeadershipFoundation(input: $input) {
    leadershipFoundation { version } errors { code field }
  }
}
"""
FOUNDATION = """
query F($version: Int) { leadershipFoundation(version: $version) {
  version title introduction publishedAt
  principles { kind position title description } values { title }
} }
"""


async def test_goals_apply_to_units_and_are_filtered(client, world: World) -> None:
    hr = world.tokens["hr"]
    area = to_global_id("Unit", world.area.id)
    created = await client.execute(
        CREATE_GOAL,
        {
            "input": {
                "title": "Sammenhængende borgerforløb",
                "periodStart": "2025-01-01",
                "periodEnd": "2026-12-31",
                "unitIds": [area],
                "status": "DRAFT",
            }
        },
        token=hr,
    )
    goal = created.data["createGoal"]["goal"]
    assert goal["units"] == [{"name": world.area.name}] and goal["status"] == "DRAFT"
    backwards = await client.execute(
        UPDATE_GOAL, {"input": {"id": goal["id"], "periodEnd": "2024-01-01"}}, token=hr
    )
    assert backwards.data["updateGoal"]["errors"] == [
        {"code": "INVALID", "field": ["input", "periodEnd"]}
    ]
    foreign_unit = await client.execute(
        UPDATE_GOAL,
        {"input": {"id": goal["id"], "unitIds": [to_global_id("Unit", 10**12)]}},
        token=hr,
    )
    assert foreign_unit.data["updateGoal"]["errors"] == [
        {"code": "NOT_FOUND", "field": ["input", "unitIds"]}
    ]
    updated = await client.execute(
        UPDATE_GOAL, {"input": {"id": goal["id"], "status": "ACTIVE", "unitIds": []}}, token=hr
    )
    assert updated.data["updateGoal"]["goal"]["units"] == []

    async def titles(**variables: Any) -> list[str]:
        response = await client.execute(GOALS, variables, token=world.tokens["staff"])
        return [e["node"]["title"] for e in response.data["goals"]["edges"]]

    assert await titles() == ["Sammenhængende borgerforløb", world.goal.title]
    assert await titles(status="DRAFT") == []
    await client.execute(UPDATE_GOAL, {"input": {"id": goal["id"], "unitIds": [area]}}, token=hr)
    assert await titles(unitId=area) == ["Sammenhængende borgerforløb"]


async def test_the_foundation_is_versioned_and_the_newest_is_current(client, world: World) -> None:
    hr = world.tokens["hr"]
    principles = [
        {"kind": "PRINCIPLE", "title": "Vi sætter borgerne først", "description": "Altid."},
        {"kind": "VALUE", "title": "Tillid"},
        {"kind": "PRINCIPLE", "title": "Vi sætter retning"},
    ]
    published = await client.execute(
        PUBLISH, {"input": {"title": "Ledelsesgrundlag 2025", "principles": principles}}, token=hr
    )
    assert published.data["publishLeadershipFoundation"] == {
        "leadershipFoundation": {"version": 2},
        "errors": [],
    }
    current = (await client.execute(FOUNDATION, token=world.tokens["staff"])).data
    foundation = current["leadershipFoundation"]
    assert foundation["version"] == 2 and foundation["publishedAt"]
    assert [p["title"] for p in foundation["principles"]] == [
        "Vi sætter borgerne først",
        "Vi sætter retning",
    ]
    assert [p["position"] for p in foundation["principles"]] == [0, 2]
    assert foundation["values"] == [{"title": "Tillid"}]
    first = await client.execute(FOUNDATION, {"version": 1}, token=world.tokens["staff"])
    assert first.data["leadershipFoundation"]["title"] == world.foundation.title
    empty = await client.execute(PUBLISH, {"input": {"title": "Tom", "principles": []}}, token=hr)
    assert empty.data["publishLeadershipFoundation"]["errors"] == [
        {"code": "REQUIRED", "field": ["input", "principles"]}
    ]


async def test_a_blank_principle_is_named_by_its_place_in_the_list(client, world: World) -> None:
    principles = [
        {"kind": "PRINCIPLE", "title": "Vi sætter retning"},
        {"kind": "VALUE", "title": "   "},
        {"kind": "VALUE", "title": "Tillid", "description": "x" * 10_001},
    ]
    blank = await client.execute(
        PUBLISH,
        {"input": {"title": "Grundlag", "principles": principles}},
        token=world.tokens["hr"],
    )
    assert blank.data["publishLeadershipFoundation"]["errors"] == [
        {"code": "REQUIRED", "field": ["input", "principles", "1", "title"]}
    ]
    too_long = await client.execute(
        PUBLISH,
        {"input": {"title": "Grundlag", "principles": [principles[0], principles[2]]}},
        token=world.tokens["hr"],
    )
    assert too_long.data["publishLeadershipFoundation"]["errors"] == [
        {"code": "TOO_LONG", "field": ["input", "principles", "1", "description"]}
    ]
