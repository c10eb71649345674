"""The organisation's units tree."""

from __future__ import annotations

from backend.api.relay import to_global_id
from tests.support.identity_world import World

TREE = """
query { organisation { name
  rootUnits { name children { name parent { name } children { name } } }
  units(first: 100) { edges { node { name } } }
} }
"""
CREATE_UNIT = """
mutation C($input: CreateUnitInput!) {
  createUnit(input: $input) { unit { id name parent { name } } errors { code field } }
}
"""
UPDATE_UNIT = """
mutation U($input: UpdateUnitInput!) {
  updateUnit(input: $input) { unit { name parent { name } } errors { code field } }
}
"""


async def test_the_units_tree_is_built_and_kept_acyclic(client, world: World) -> None:
    hr = world.tokens["hr"]
    created = await client.execute(
        CREATE_UNIT,
        {"input": {"name": "Dagtilbud Nord", "parentId": to_global_id("Unit", world.area.id)}},
        token=hr,
    )
    unit = created.data["createUnit"]["unit"]
    assert unit["parent"]["name"] == world.area.name
    tree = (await client.execute(TREE, token=world.tokens["staff"])).data["organisation"]
    assert tree["rootUnits"] == [
        {
            "name": world.root.name,
            "children": [
                {
                    "name": world.area.name,
                    "parent": {"name": world.root.name},
                    "children": [{"name": "Dagtilbud Nord"}],
                }
            ],
        }
    ]
    assert len(tree["units"]["edges"]) == 3
    cycle = await client.execute(
        UPDATE_UNIT,
        {"input": {"id": to_global_id("Unit", world.root.id), "parentId": unit["id"]}},
        token=hr,
    )
    assert cycle.data["updateUnit"]["errors"] == [
        {"code": "RULE_VIOLATED", "field": ["input", "parentId"]}
    ]
    onto_itself = await client.execute(
        UPDATE_UNIT, {"input": {"id": unit["id"], "parentId": unit["id"]}}, token=hr
    )
    assert onto_itself.data["updateUnit"]["errors"][0]["code"] == "RULE_VIOLATED"
    to_top = await client.execute(
        UPDATE_UNIT, {"input": {"id": unit["id"], "parentId": None, "name": "Dagtilbud"}}, token=hr
    )
    assert to_top.data["updateUnit"] == {
        "unit": {"name": "Dagtilbud", "parent": None},
        "errors": [],
    }
    renamed_only = await client.execute(
        UPDATE_UNIT, {"input": {"id": unit["id"], "name": "D"}}, token=hr
    )
    assert renamed_only.data["updateUnit"]["unit"] == {"name": "D", "parent": None}
    blank = await client.execute(UPDATE_UNIT, {"input": {"id": unit["id"], "name": " "}}, token=hr)
    assert blank.data["updateUnit"]["errors"] == [{"code": "REQUIRED", "field": ["input", "name"]}]
