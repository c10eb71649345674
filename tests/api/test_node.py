"""Global IDs and node(id)."""

from __future__ import annotations

import base64
import re

from backend.api.relay import from_global_id, to_global_id
from backend.api.schema import build_schema
from backend.settings import Settings
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


def _legacy_global_id(type_name: str, pk: int) -> str:
    """The encoding before strawberry's relay: URL-safe base64, padded."""
    return base64.urlsafe_b64encode(f"{type_name}:{pk}".encode()).decode()


def test_global_ids_stay_byte_identical_for_every_node_type(settings: Settings) -> None:
    built = build_schema(settings)
    # strawberry's GlobalID is published as the ID scalar, not as "GlobalID".
    assert built.config.relay_use_legacy_global_id is False
    schema = built.as_str()
    assert "scalar GlobalID" not in schema and "interface Node {\n" in schema
    node_types = re.findall(r"^type (\w+) implements [^{]*\bNode\b", schema, re.M)
    assert len(node_types) >= 38, node_types
    for type_name in node_types:
        for pk in (1, 42, 255, 4095, 65535, 10**9 + 7, 10**18 - 1):
            global_id = to_global_id(type_name, pk)
            assert global_id == _legacy_global_id(type_name, pk), (type_name, pk)
            assert from_global_id(global_id) == (type_name, pk)
    assert to_global_id("Programme", 42) == "UHJvZ3JhbW1lOjQy"
    assert to_global_id("Unit", 7) == "VW5pdDo3"


async def test_node_ids_are_the_ones_clients_hold_and_may_lack_their_padding(client) -> None:
    slug = unique("node")
    created = await client.execute(CREATE, {"input": {"slug": slug, "name": "N"}})
    global_id = created.data["createShellOrganisation"]["organisation"]["id"]
    _type, pk = from_global_id(global_id)
    assert global_id == _legacy_global_id("ShellOrganisation", pk)
    for sent in {global_id, global_id.rstrip("=")}:
        found = await client.execute(NODE, {"id": sent})
        assert found.data["node"] == {"id": global_id, "slug": slug}, sent


async def test_ids_of_no_node_type_or_with_a_key_that_is_no_number(client) -> None:
    for unknown in (to_global_id("Query", 1), to_global_id("PageInfo", 1)):
        response = await client.execute(NODE, {"id": unknown})
        assert response.errors == [] and response.data == {"node": None}, unknown
    for bad in ("ShellOrganisation:x1", "ShellOrganisation:", ":1", "ShellOrganisation:-1"):
        response = await client.execute(NODE, {"id": base64.b64encode(bad.encode()).decode()})
        assert response.codes == ["INVALID"], bad
