"""SCIM Users as Entra ID and Okta provision them: create, read, filter, page,
replace, PATCH in both dialects, ETags, deactivate and delete without losing
a person, and every refusal with its SCIM status and scimType."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from backend.identity.models import Membership, Person, Unit
from backend.identity.scim.models import ScimEvent, ScimToken
from tests.backend.identity.scim.conftest import ENTERPRISE, PATCH, user
from tests.support.factories import make_organisation, unique
from tests.support.identity_world import World


def address() -> str:
    return f"{unique('scim')}@fjordby.dk"


async def membership_of(session: Any, scim_id: str) -> Membership:
    from backend.identity.scim.models import ScimUser

    row = await session.get(ScimUser, int(scim_id), populate_existing=True)
    return await session.get(Membership, row.membership_id, populate_existing=True)


async def test_without_a_valid_token_nothing_is_answered(scim_for, world: World) -> None:
    client = await scim_for(world.organisation.id, token="not-a-token")
    for path in ("/Users", "/ServiceProviderConfig", "/Schemas"):
        response = await client.get(path)
        assert response.status_code == 401, path
        assert response.json()["schemas"] == ["urn:ietf:params:scim:api:messages:2.0:Error"]
        assert response.headers["www-authenticate"].startswith("Bearer")


async def test_the_token_is_stored_hashed_and_a_new_one_revokes_the_old(
    scim_for, session, world: World
) -> None:
    first = await scim_for(world.organisation.id)
    token = first.headers["authorization"].removeprefix("Bearer ")
    stored = (await session.scalars(select(ScimToken.token_hash))).all()
    assert token not in stored
    assert (await first.get("/Users")).status_code == 200
    await scim_for(world.organisation.id)  # issues another
    assert (await first.get("/Users")).status_code == 401


async def test_a_created_user_is_a_person_with_unit_and_manager(
    scim_for, session, world: World
) -> None:
    client = await scim_for(world.organisation.id)
    boss = await client.post("/Users", json=user(address(), title="Direktør"))
    assert boss.status_code == 201, boss.text
    boss_id = boss.json()["id"]
    email = address()
    created = await client.post(
        "/Users",
        json=user(
            email,
            externalId="hr-42",
            title="Afdelingsleder",
            enterprise={"department": "Skole og Dagtilbud", "manager": {"value": boss_id}},
        ),
    )
    assert created.status_code == 201, created.text
    body = created.json()
    assert body["meta"]["version"] == created.headers["etag"]
    assert body["meta"]["location"].endswith(f"/scim/v2/Users/{body['id']}")
    assert body[ENTERPRISE]["department"] == "Skole og Dagtilbud"
    membership = await membership_of(session, body["id"])
    person = await session.get(Person, membership.person_id)
    assert person.email == email and person.name == f"Ada {email.split('@')[0]}"
    assert membership.job_title == "Afdelingsleder"
    assert membership.manager_id == (await membership_of(session, boss_id)).id
    unit = await session.get(Unit, membership.unit_id)
    assert (unit.organisation_id, unit.name) == (world.organisation.id, "Skole og Dagtilbud")
    again = await client.post("/Users", json=user(email))
    assert again.status_code == 409 and again.json()["scimType"] == "uniqueness"


async def test_oktas_manager_by_its_own_id_or_login_sets_the_reporting_line(
    scim_for, session, world: World
) -> None:
    """Okta sends ``managerId``, the manager's id in Okta (which it sent as
    the manager's ``externalId``) or their login, never our SCIM id."""
    client = await scim_for(world.organisation.id)
    boss_login = address()
    boss = await client.post("/Users", json=user(boss_login, externalId="00u1okta9boss"))
    assert boss.status_code == 201, boss.text
    boss_membership = (await membership_of(session, boss.json()["id"])).id
    for reference in ("00u1okta9boss", boss_login.upper()):
        created = await client.post(
            "/Users", json=user(address(), enterprise={"manager": {"value": reference}})
        )
        assert created.status_code == 201, created.text
        membership = await membership_of(session, created.json()["id"])
        assert membership.manager_id == boss_membership


async def test_bad_users_are_refused_with_their_scim_type(scim_for, world: World) -> None:
    client = await scim_for(world.organisation.id)
    no_email = user("not-an-address", emails=[])
    cases = {
        "no e-mail anywhere": (no_email, 400, "invalidValue"),
        "no userName": ({"schemas": user("x@y.dk")["schemas"]}, 400, "invalidValue"),
        "unknown manager": (
            user(address(), enterprise={"manager": {"value": "999999"}}),
            400,
            "invalidValue",
        ),
    }
    for name, (body, status, scim_type) in cases.items():
        response = await client.post("/Users", json=body)
        assert response.status_code == status, (name, response.text)
        assert response.json()["scimType"] == scim_type, name
    garbage = await client.post("/Users", content=b"{nope")
    assert garbage.status_code == 400 and garbage.json()["scimType"] == "invalidSyntax"
    english = await client.post("/Users", json=no_email, headers={"accept-language": "en"})
    assert "e-mail" in english.json()["detail"]


async def test_filter_by_user_name_or_external_id_and_page(scim_for, world: World) -> None:
    client = await scim_for(world.organisation.id)
    names = [address() for _ in range(5)]
    for n, name in enumerate(names):
        assert (
            await client.post("/Users", json=user(name, externalId=f"x-{n}"))
        ).status_code == 201
    found = (
        await client.get("/Users", params={"filter": f'userName eq "{names[2].upper()}"'})
    ).json()
    assert found["totalResults"] == 1 and found["Resources"][0]["userName"] == names[2]
    by_external = (await client.get("/Users", params={"filter": 'externalId eq "x-4"'})).json()
    assert [r["userName"] for r in by_external["Resources"]] == [names[4]]
    nobody = (await client.get("/Users", params={"filter": 'userName eq "nobody@x.dk"'})).json()
    assert nobody["totalResults"] == 0 and nobody["Resources"] == []
    page = (await client.get("/Users", params={"startIndex": 2, "count": 2})).json()
    assert page["startIndex"] == 2 and page["itemsPerPage"] == 2 and page["totalResults"] >= 5
    everyone = (await client.get("/Users", params={"count": 200})).json()["Resources"]
    assert [r["id"] for r in page["Resources"]] == [r["id"] for r in everyone[1:3]]
    unsupported = await client.get("/Users", params={"filter": 'title co "x"'})
    assert unsupported.status_code == 400 and unsupported.json()["scimType"] == "invalidFilter"


async def test_another_organisations_users_are_invisible(scim_for, session, world: World) -> None:
    ours = await scim_for(world.organisation.id)
    created = (await ours.post("/Users", json=user(address()))).json()
    other = await make_organisation(session)
    await session.commit()
    theirs = await scim_for(other.id)
    assert (await theirs.get(f"/Users/{created['id']}")).status_code == 404
    assert (await theirs.delete(f"/Users/{created['id']}")).status_code == 404
    listed = await theirs.get("/Users", params={"filter": f'userName eq "{created["userName"]}"'})
    assert listed.json()["totalResults"] == 0


async def test_replace_and_if_match(scim_for, session, world: World) -> None:
    client = await scim_for(world.organisation.id)
    email = address()
    created = await client.post("/Users", json=user(email))
    scim_id, etag = created.json()["id"], created.headers["etag"]
    renamed = user(email, displayName="Ada Lovelace", title="Leder")
    stale = await client.put(f"/Users/{scim_id}", json=renamed, headers={"if-match": 'W/"99"'})
    assert stale.status_code == 412
    replaced = await client.put(f"/Users/{scim_id}", json=renamed, headers={"if-match": etag})
    assert replaced.status_code == 200 and replaced.headers["etag"] != etag
    again = await client.put(f"/Users/{scim_id}", json=renamed)
    assert again.headers["etag"] == replaced.headers["etag"]  # nothing changed: idempotent
    membership = await membership_of(session, scim_id)
    assert (await session.get(Person, membership.person_id, populate_existing=True)).name == (
        "Ada Lovelace"
    )
    events = (
        await session.scalars(
            select(ScimEvent.operation)
            .where(ScimEvent.scim_user_id == int(scim_id))
            .order_by(ScimEvent.id)
        )
    ).all()
    assert events == ["CREATE", "REPLACE"]


async def test_entra_and_okta_patches_deactivate_and_move(scim_for, session, world: World) -> None:
    client = await scim_for(world.organisation.id)
    boss = (await client.post("/Users", json=user(address()))).json()["id"]
    scim_id = (await client.post("/Users", json=user(address()))).json()["id"]
    entra = {
        "schemas": [PATCH],
        "Operations": [
            {"op": "Replace", "path": "active", "value": "False"},
            {"op": "Add", "path": f"{ENTERPRISE}:manager", "value": boss},
            {"op": "Add", "path": f"{ENTERPRISE}:department", "value": "Teknik"},
        ],
    }
    patched = await client.patch(f"/Users/{scim_id}", json=entra)
    assert patched.status_code == 200, patched.text
    membership = await membership_of(session, scim_id)
    assert membership.is_active is False
    assert membership.manager_id == (await membership_of(session, boss)).id
    okta = {
        "schemas": [PATCH],
        "Operations": [{"op": "replace", "value": {"active": True, "displayName": "Ny Chef"}}],
    }
    assert (await client.patch(f"/Users/{scim_id}", json=okta)).status_code == 200
    membership = await membership_of(session, scim_id)
    assert membership.is_active is True
    circular = {
        "schemas": [PATCH],
        "Operations": [{"op": "replace", "path": f"{ENTERPRISE}:manager", "value": scim_id}],
    }
    refused = await client.patch(f"/Users/{boss}", json=circular)
    assert refused.status_code == 400 and refused.json()["scimType"] == "invalidValue"


async def test_delete_deactivates_and_keeps_the_person(scim_for, session, world: World) -> None:
    client = await scim_for(world.organisation.id)
    created = (await client.post("/Users", json=user(address()))).json()
    membership = await membership_of(session, created["id"])
    assert (await client.delete(f"/Users/{created['id']}")).status_code == 204
    assert (await client.get(f"/Users/{created['id']}")).status_code == 404
    kept = await session.get(Membership, membership.id, populate_existing=True)
    assert kept is not None and kept.is_active is False
    assert await session.get(Person, membership.person_id) is not None


async def test_a_patched_attribute_reads_back(scim_for, world: World) -> None:
    client = await scim_for(world.organisation.id)
    scim_id = (await client.post("/Users", json=user(address()))).json()["id"]
    add = {
        "schemas": [PATCH],
        "Operations": [{"op": "add", "path": "nickName", "value": "Ada"}],
    }
    patched = await client.patch(f"/Users/{scim_id}", json=add)
    assert patched.json()["nickName"] == "Ada"
    assert (await client.get(f"/Users/{scim_id}")).json()["nickName"] == "Ada"


async def test_one_organisations_directory_cannot_change_the_address_of_anothers_person(
    scim_for, session, world: World
) -> None:
    """The attack: org B provisions a person of org A by their address, then
    changes it to its own, so A's magic links would go to B."""
    victim = await session.get(Person, world.new_leader.person_id)
    other = await make_organisation(session)
    await session.commit()
    attacker = await scim_for(other.id)
    created = await attacker.post("/Users", json=user(victim.email))
    assert created.status_code == 201
    hijack = user(victim.email, emails=[{"value": "attacker@evil.dk", "primary": True}])
    refused = await attacker.put(f"/Users/{created.json()['id']}", json=hijack)
    assert refused.status_code == 409 and refused.json()["scimType"] == "uniqueness"
    renamed = user(victim.email, displayName="Overtaget")
    assert (await attacker.put(f"/Users/{created.json()['id']}", json=renamed)).status_code == 200
    kept = await session.get(Person, victim.id, populate_existing=True)
    assert kept.email == victim.email and kept.name != "Overtaget"


async def test_an_oversized_body_is_refused_before_it_is_read(scim_for, world: World) -> None:
    client = await scim_for(world.organisation.id)
    huge = user(address(), displayName="x" * 300_000)
    response = await client.post("/Users", json=huge)
    assert response.status_code == 413


async def test_a_deleted_user_is_provisioned_again_and_its_user_name_is_free(
    scim_for, session, world: World
) -> None:
    """Someone leaves (the directory deletes the user) and is hired again with
    the same sign-in name: the directory creates the user again and finds it
    by its name, the same person and membership, active again with its
    history; a name a deleted user had is free for another person too."""
    client = await scim_for(world.organisation.id)
    email = address()
    first = (await client.post("/Users", json=user(email, externalId="object-1"))).json()
    left = await membership_of(session, first["id"])
    assert (await client.delete(f"/Users/{first['id']}")).status_code == 204
    again = await client.post("/Users", json=user(email, externalId="object-2"))
    assert again.status_code == 201, again.text
    back = await membership_of(session, again.json()["id"])
    assert back.id == left.id and back.is_active is True
    found = (await client.get("/Users", params={"filter": f'userName eq "{email}"'})).json()
    assert found["totalResults"] == 1 and found["Resources"][0]["externalId"] == "object-2"
    # The name of a deleted user, given to someone else by the directory.
    name = address()
    gone = (await client.post("/Users", json=user(name))).json()["id"]
    assert (await client.delete(f"/Users/{gone}")).status_code == 204
    newcomer = address()
    reused = user(name, emails=[{"value": newcomer, "type": "work", "primary": True}])
    created = await client.post("/Users", json=reused)
    assert created.status_code == 201, created.text
    person = await session.get(
        Person, (await membership_of(session, created.json()["id"])).person_id
    )
    assert person.email == newcomer
