"""SCIM Groups: a group is a unit (members join it; a rename renames the
unit), or, when named in ``scim_role_groups``, a Ledelyst role."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from backend.identity.models import Membership, Unit
from backend.identity.scim.models import ScimEvent, ScimUser
from tests.backend.identity.scim.conftest import PATCH, user
from tests.support.factories import unique
from tests.support.identity_world import World

GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group"


async def provision(client: Any) -> str:
    response = await client.post("/Users", json=user(f"{unique('g')}@fjordby.dk"))
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


async def membership(session: Any, scim_id: str) -> Membership:
    row = await session.get(ScimUser, int(scim_id), populate_existing=True)
    return await session.get(Membership, row.membership_id, populate_existing=True)


def group(name: str, members: list[str]) -> dict[str, Any]:
    return {
        "schemas": [GROUP],
        "displayName": name,
        "members": [{"value": m} for m in members],
    }


async def test_a_group_is_a_unit_its_members_join_and_a_rename_renames_it(
    scim_for, session, world: World
) -> None:
    client = await scim_for(world.organisation.id)
    ann, bo, cy = [await provision(client) for _ in range(3)]
    name = unique("Ældreplejen")
    created = await client.post("/Groups", json=group(name, [ann, bo]))
    assert created.status_code == 201, created.text
    group_id = created.json()["id"]
    unit_id = (await membership(session, ann)).unit_id
    unit = await session.get(Unit, unit_id)
    assert (unit.organisation_id, unit.name) == (world.organisation.id, name)
    assert (await membership(session, bo)).unit_id == unit_id
    # Entra's member PATCH: add one, remove another.
    change = {
        "schemas": [PATCH],
        "Operations": [
            {"op": "Add", "path": "members", "value": [{"value": cy}]},
            {"op": "Remove", "path": f'members[value eq "{ann}"]'},
        ],
    }
    patched = await client.patch(f"/Groups/{group_id}", json=change)
    assert patched.status_code == 200, patched.text
    assert (await membership(session, cy)).unit_id == unit_id
    assert (await membership(session, ann)).unit_id is None
    rename = {
        "schemas": [PATCH],
        "Operations": [{"op": "Replace", "path": "displayName", "value": f"{name} Nord"}],
    }
    assert (await client.patch(f"/Groups/{group_id}", json=rename)).status_code == 200
    assert (await session.get(Unit, unit_id, populate_existing=True)).name == f"{name} Nord"
    found = await client.get("/Groups", params={"filter": f'displayName eq "{name} Nord"'})
    assert [g["id"] for g in found.json()["Resources"]] == [group_id]
    # Deleting the group keeps the unit, and takes it from the members.
    assert (await client.delete(f"/Groups/{group_id}")).status_code == 204
    assert (await client.get(f"/Groups/{group_id}")).status_code == 404
    assert await session.get(Unit, unit_id, populate_existing=True) is not None
    assert (await membership(session, cy)).unit_id is None


async def test_a_role_group_gives_and_takes_the_role(
    make_client, settings, database, session, world: World
) -> None:
    import httpx

    from backend.app import create_app
    from tests.backend.identity.scim.conftest import SCIM_JSON, issue

    configured = settings.model_copy(update={"scim_role_groups": {"Ledelyst HR": "HR"}})
    app = create_app(configured, database=database)
    token = await issue(database, world.organisation.id)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app),
        base_url="http://testserver/scim/v2",
        headers={"authorization": f"Bearer {token}", "content-type": SCIM_JSON},
    ) as client:
        ann, bo = await provision(client), await provision(client)
        created = await client.post("/Groups", json=group("Ledelyst HR", [ann]))
        assert created.status_code == 201, created.text
        assert (await membership(session, ann)).roles == ["HR"]
        assert (await membership(session, ann)).unit_id is None  # a role, not a unit
        replaced = await client.put(
            f"/Groups/{created.json()['id']}", json=group("Ledelyst HR", [bo])
        )
        assert replaced.status_code == 200
        assert (await membership(session, ann)).roles == []
        assert (await membership(session, bo)).roles == ["HR"]
        units = await session.scalar(select(Unit.id).where(Unit.name == "Ledelyst HR"))
        assert units is None


async def test_bad_groups_are_refused(scim_for, world: World) -> None:
    client = await scim_for(world.organisation.id)
    unknown = await client.post("/Groups", json=group(unique("x"), ["999999"]))
    assert unknown.status_code == 400 and unknown.json()["scimType"] == "invalidValue"
    name = unique("dup")
    assert (await client.post("/Groups", json=group(name, []))).status_code == 201
    again = await client.post("/Groups", json=group(name.upper(), []))
    assert again.status_code == 409 and again.json()["scimType"] == "uniqueness"
    nameless = await client.post("/Groups", json={"schemas": [GROUP]})
    assert nameless.status_code == 400


async def test_a_members_display_string_is_their_personal_data_exported_and_erased(
    scim_for, session, world: World
) -> None:
    """A directory sends each member's display string, often the person's
    name, and SCIM clients expect it back: it is declared personal data, in
    the person's export, and gone from the group when they are erased."""
    from backend.identity.scim.models import ScimGroup
    from backend.privacy.registry import Subject, personal_tables

    client = await scim_for(world.organisation.id)
    ann, bo = await provision(client), await provision(client)
    body = group(unique("Rengøring"), [])
    body["members"] = [{"value": ann, "display": "Ann Andersen"}, {"value": bo, "display": "Bo"}]
    created = await client.post("/Groups", json=body)
    assert created.status_code == 201, created.text
    member = await membership(session, ann)
    subject = Subject(member.person_id, member.id, member.organisation_id, "", whole_person=True)
    handlers = personal_tables()["scim_group"]

    exported = await handlers.export(session, subject)
    assert [row["member"].get("display") for row in exported] == ["Ann Andersen"]
    assert await handlers.erase(session, subject) == 1
    await session.commit()
    stored = await session.get(ScimGroup, int(created.json()["id"]), populate_existing=True)
    assert "Ann Andersen" not in str(stored.document) and "Bo" in str(stored.document)
    shown = await client.get(f"/Groups/{created.json()['id']}")
    assert sorted(m["value"] for m in shown.json()["members"]) == sorted([ann, bo])


async def test_group_changes_are_audited_idempotent_versioned_and_paged(
    scim_for, session, world: World
) -> None:
    client = await scim_for(world.organisation.id)
    ann, bo = [await provision(client) for _ in range(2)]
    name = unique("Skoler")
    created = await client.post("/Groups", json=group(name, [ann]))
    group_id, etag = created.json()["id"], created.headers["etag"]
    add_bo = {
        "schemas": [PATCH],
        "Operations": [{"op": "Add", "path": "members", "value": [{"value": bo}]}],
    }
    stale = await client.patch(f"/Groups/{group_id}", json=add_bo, headers={"if-match": 'W/"99"'})
    assert stale.status_code == 412
    added = await client.patch(f"/Groups/{group_id}", json=add_bo, headers={"if-match": etag})
    assert added.status_code == 200 and added.headers["etag"] != etag
    # The directory sends the same change again: nothing changes.
    again = await client.patch(f"/Groups/{group_id}", json=add_bo)
    assert again.headers["etag"] == added.headers["etag"]
    assert sorted(m["value"] for m in again.json()["members"]) == sorted([ann, bo])
    events = (
        await session.execute(
            select(ScimEvent.operation, ScimEvent.changed)
            .where(ScimEvent.organisation_id == world.organisation.id)
            .order_by(ScimEvent.id)
        )
    ).all()
    audited = [operation for operation, changed in events if f"group:{group_id}" in changed]
    assert audited == ["GROUP_CREATE", "GROUP_PATCH"]
    for n in range(3):
        await client.post("/Groups", json=group(f"{name} {n}", []))
    page = (await client.get("/Groups", params={"startIndex": 2, "count": 2})).json()
    assert page["startIndex"] == 2 and page["itemsPerPage"] == 2 and page["totalResults"] >= 4
    every = (await client.get("/Groups", params={"count": 200})).json()["Resources"]
    assert [g["id"] for g in page["Resources"]] == [g["id"] for g in every[1:3]]
