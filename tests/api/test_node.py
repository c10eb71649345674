"""Global IDs and node(id)."""

from __future__ import annotations

from backend.api.relay import from_global_id, to_global_id
from tests.api.test_unit_of_work import CREATE
from tests.support.factories import unique

NODE = "query N($id: ID!) { node(id: $id) { id ... on ShellOrganisation { slug } } }"


def test_global_id_round_trips() -> None:
    assert from_global_id(to_global_id("Programme", 42)) == ("Programme", 42)


async def test_node_finds_an_object_by_its_global_id(client) -> None:
    slug = unique("node")
    created = await client.execute(CREATE, {"input": {"slug": slug, "name": "N"}})
    global_id = created.data["createShellOrganisation"]["organisation"]["id"]
    found = await client.execute(NODE, {"id": global_id})
    assert found.data["node"] == {"id": global_id, "slug": slug}


async def test_malformed_global_id_is_refused_with_a_code(client) -> None:
    for bad in ("", "%%%", "bm90aGluZw==", to_global_id("Nope", 1) + "x"):
        response = await client.execute(NODE, {"id": bad})
        assert response.codes == ["INVALID"], bad


async def test_unknown_type_or_row_is_null_not_an_error(client) -> None:
    for unknown in (to_global_id("Nope", 1), to_global_id("ShellOrganisation", 987654321)):
        response = await client.execute(NODE, {"id": unknown})
        assert response.errors == [] and response.data == {"node": None}
