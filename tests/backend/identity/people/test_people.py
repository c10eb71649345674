"""The people directory, and HR shaping people, memberships and reporting lines."""

from __future__ import annotations

from typing import Any

import pytest

from backend.api.relay import to_global_id
from backend.identity.models import Membership, Person
from tests.support.factories import make_organisation, make_person, make_unit, token_for, unique
from tests.support.identity_world import World
from tests.support.statements import count_statements

PEOPLE = """
query P($first: Int, $after: String, $search: String, $role: Role, $unitId: ID) {
  people(first: $first, after: $after, search: $search, role: $role, unitId: $unitId) {
    pageInfo { hasNextPage endCursor }
    edges { node { id name email membership {
      jobTitle roles isNewLeader isLeaderOfLeaders
      unit { name parent { name } }
      manager { person { name } unit { name } }
      organisation { name }
    } } }
  }
}
"""
CREATE_PERSON = """
mutation C($input: CreatePersonInput!) {
  createPerson(input: $input) {
    person { id name email membership { roles jobTitle manager { person { name } } } }
    errors { code field message }
  }
}
"""
UPDATE_PERSON = """
mutation U($input: UpdatePersonInput!) {
  updatePerson(input: $input) { person { name email locale } errors { code field } }
}
"""
UPDATE_MEMBERSHIP = """
mutation M($input: UpdateMembershipInput!) {
  updateMembership(input: $input) {
    person { membership { roles jobTitle unit { name } } } errors { code field }
  }
}
"""
SET_LINE = """
mutation S($input: SetReportingLineInput!) {
  setReportingLine(input: $input) {
    person { membership { manager { person { name } } } } errors { code field }
  }
}
"""


def names(response: Any) -> list[str]:
    return [e["node"]["name"] for e in response.data["people"]["edges"]]


async def test_a_list_of_people_costs_the_same_statements_for_5_as_for_50(
    client, session, database, settings, record_property
) -> None:
    organisation = await make_organisation(session)
    top = await make_unit(session, organisation, "Forvaltning")
    units = [await make_unit(session, organisation, f"Enhed {n}", parent=top) for n in range(5)]
    boss = await make_person(session, organisation, roles=["LEADER", "HR"], name="AAA Chef")
    leaders = [
        await make_person(session, organisation, roles=["LEADER"], manager=boss, unit_id=unit.id)
        for unit in units
    ]
    for n in range(50):
        await make_person(
            session, organisation, manager=leaders[n % 5], unit_id=units[n % 5].id, name=f"P {n:02}"
        )
    await session.commit()
    token = token_for(boss, settings)
    counts = {}
    for size in (5, 50):
        with count_statements(database.engine) as log:
            response = await client.execute(PEOPLE, {"first": size}, token=token)
        assert response.errors == [] and len(names(response)) == size
        counts[size] = log.count
    record_property("statements_by_page_size", counts)
    assert counts[5] == counts[50], counts
    assert counts[50] <= 6, counts


async def test_people_are_searched_filtered_and_paged(client, session, world: World) -> None:
    token = world.tokens["staff"]
    first = await client.execute(PEOPLE, {"first": 2}, token=token)
    assert len(names(first)) == 2 and first.data["people"]["pageInfo"]["hasNextPage"]
    rest = await client.execute(
        PEOPLE, {"first": 10, "after": first.data["people"]["pageInfo"]["endCursor"]}, token=token
    )
    assert len(names(first) + names(rest)) == 6  # everyone of the organisation, once
    assert all(world.marker in name for name in names(first) + names(rest))
    assert names(await client.execute(PEOPLE, {"search": "ny led"}, token=token)) == [
        f"Ny Leder {world.marker}"
    ]
    leaders = await client.execute(PEOPLE, {"role": "LEADER"}, token=token)
    assert sorted(n.split()[0] for n in names(leaders)) == ["Direktør", "Ny"]
    area = to_global_id("Unit", world.area.id)
    in_area = await client.execute(PEOPLE, {"unitId": area}, token=token)
    assert sorted(n.split()[0] for n in names(in_area)) == ["Medarbejder", "Ny"]
    odd = await client.execute(PEOPLE, {"search": "%_'\""}, token=token)
    assert odd.errors == [] and names(odd) == []


async def test_hr_creates_a_person_in_the_reporting_line(client, world: World) -> None:
    email = f"{unique('Ny')}@Fjordby.dk"
    response = await client.execute(
        CREATE_PERSON,
        {
            "input": {
                "email": email,
                "name": " Karen Jensen ",
                "jobTitle": "Pædagog",
                "managerId": world.person_id(world.new_leader),
                "unitId": to_global_id("Unit", world.area.id),
                "roles": ["MENTOR"],
            }
        },
        token=world.tokens["hr"],
    )
    payload = response.data["createPerson"]
    assert payload["errors"] == []
    person = payload["person"]
    assert person["name"] == "Karen Jensen" and person["email"] == email.lower()
    assert person["membership"]["manager"]["person"]["name"].startswith("Ny Leder")


async def test_bad_person_input_gets_every_error_in_the_payload(
    client, session, world: World
) -> None:
    hr = world.tokens["hr"]

    async def create(**fields: Any) -> list[dict[str, Any]]:
        values = {"email": f"{unique('p')}@fjordby.dk", "name": "Navn", **fields}
        response = await client.execute(CREATE_PERSON, {"input": values}, token=hr)
        assert response.errors == []
        return response.data["createPerson"]["errors"]

    other_email = (await session.get(Person, world.other.person_id)).email
    assert [e["code"] for e in await create(email=other_email)] == ["DUPLICATE"]
    both = await create(email="ikke en mail", name="  ")
    assert {(e["code"], tuple(e["field"])) for e in both} == {
        ("INVALID", ("input", "email")),
        ("REQUIRED", ("input", "name")),
    }
    foreign_manager = world.person_id(world.other)
    assert await create(managerId=foreign_manager) == [
        {
            "code": "NOT_FOUND",
            "field": ["input", "managerId"],
            "message": "Lederen findes ikke i organisationen.",
        }
    ]
    wrong_type = await create(managerId=to_global_id("Unit", world.area.id))
    assert wrong_type[0]["code"] == "INVALID" and wrong_type[0]["field"] == ["input", "managerId"]
    unknown_role = await client.execute(
        CREATE_PERSON, {"input": {"email": "a@b.dk", "name": "A", "roles": ["KING"]}}, token=hr
    )
    assert unknown_role.codes == ["BAD_USER_INPUT"]


async def test_only_an_administrator_grants_the_administrator_role(client, world: World) -> None:
    values = {"input": {"personId": world.person_id(world.staff), "roles": ["ADMIN"]}}
    by_hr = await client.execute(UPDATE_MEMBERSHIP, values, token=world.tokens["hr"])
    assert by_hr.data["updateMembership"]["errors"] == [
        {"code": "FORBIDDEN", "field": ["input", "roles"]}
    ]
    by_admin = await client.execute(UPDATE_MEMBERSHIP, values, token=world.tokens["admin"])
    assert by_admin.data["updateMembership"]["errors"] == []
    assert by_admin.data["updateMembership"]["person"]["membership"]["roles"] == ["ADMIN"]


async def test_a_person_shared_with_another_organisation_keeps_their_name(
    client, session, world: World
) -> None:
    session.add(
        Membership(organisation_id=world.other.organisation_id, person_id=world.staff.person_id)
    )
    await session.commit()
    response = await client.execute(
        UPDATE_PERSON,
        {"input": {"id": world.person_id(world.staff), "email": "overtaget@evil.dk"}},
        token=world.tokens["hr"],
    )
    assert response.data["updatePerson"]["errors"] == [
        {"code": "FORBIDDEN", "field": ["input", "id"]}
    ]


async def test_hr_changes_a_person_and_duplicate_emails_are_refused(
    client, session, world: World
) -> None:
    hr = world.tokens["hr"]
    changed = await client.execute(
        UPDATE_PERSON,
        {"input": {"id": world.person_id(world.staff), "name": "Nyt Navn", "locale": "EN"}},
        token=hr,
    )
    assert changed.data["updatePerson"] == {
        "person": {
            "name": "Nyt Navn",
            "email": changed.data["updatePerson"]["person"]["email"],
            "locale": "EN",
        },
        "errors": [],
    }
    director_email = (await client.execute(PEOPLE, {"search": "Direktør"}, token=hr)).data[
        "people"
    ]["edges"][0]["node"]["email"]
    duplicate = await client.execute(
        UPDATE_PERSON,
        {"input": {"id": world.person_id(world.staff), "email": director_email}},
        token=hr,
    )
    assert duplicate.data["updatePerson"]["errors"] == [
        {"code": "DUPLICATE", "field": ["input", "email"]}
    ]


async def test_reporting_lines_refuse_cycles_and_foreign_managers(client, world: World) -> None:
    hr = world.tokens["hr"]

    async def set_line(person: Membership, manager: str | None) -> list[dict[str, Any]]:
        response = await client.execute(
            SET_LINE,
            {"input": {"personId": world.person_id(person), "managerId": manager}},
            token=hr,
        )
        return response.data["setReportingLine"]["errors"]

    cycle = await set_line(world.director, world.person_id(world.staff))
    assert cycle == [{"code": "RULE_VIOLATED", "field": ["input", "managerId"]}]
    assert (await set_line(world.staff, world.person_id(world.staff)))[0]["code"] == "RULE_VIOLATED"
    foreign = await set_line(world.staff, world.person_id(world.other))
    assert foreign == [{"code": "NOT_FOUND", "field": ["input", "managerId"]}]
    assert await set_line(world.staff, world.person_id(world.director)) == []
    assert await set_line(world.director, None) == []


async def test_errors_are_in_the_viewers_language(client, session, world: World) -> None:
    english = token_for(world.hr, client.settings, locale="en")
    response = await client.execute(
        CREATE_PERSON, {"input": {"email": "x", "name": "X"}}, token=english
    )
    assert response.data["createPerson"]["errors"][0]["message"] == "Enter a valid e-mail address."


async def test_an_operator_bootstraps_an_administrator(client, session) -> None:
    from backend.api.errors import DomainError
    from backend.identity.people.service import bootstrap_admin
    from tests.backend.identity.signin.test_sign_in import VIEWER, sign_in

    slug, email = unique("kommune"), f"{unique('it')}@kommune.dk"
    done = await bootstrap_admin(session, slug, "Ny Kommune", email, "Ida IT", "et-langt-kodeord")
    await session.commit()
    assert done.startswith(f"created organisation {slug}; created {email}")
    again = await bootstrap_admin(session, slug, None, email, "Ida IT", "et-andet-langt-kodeord")
    await session.commit()
    assert again == f"{email} is an administrator of {slug}"
    token = (await sign_in(client, email, "et-andet-langt-kodeord"))["accessToken"]
    viewer = await client.execute(VIEWER, token=token)
    assert viewer.data["viewer"]["roles"] == ["ADMIN"]
    assert viewer.data["viewer"]["organisation"]["name"] == "Ny Kommune"
    with pytest.raises(DomainError, match="identity.password_too_short"):
        await bootstrap_admin(session, slug, None, email, "Ida IT", "kort")


SET_MY_LOCALE = """
mutation L($input: SetMyLocaleInput!) {
  setMyLocale(input: $input) { person { id locale } errors { code field } }
}
"""
VIEWER_LOCALE = "{ viewer { person { id locale } } }"


async def test_a_person_chooses_their_own_language_and_only_their_own(client, world: World) -> None:
    leader = world.tokens["new_leader"]
    chosen = await client.execute(SET_MY_LOCALE, {"input": {"locale": "EN"}}, token=leader)
    assert chosen.data["setMyLocale"] == {
        "person": {"id": world.person_id(world.new_leader), "locale": "EN"},
        "errors": [],
    }
    seen = await client.execute(VIEWER_LOCALE, token=leader)
    assert seen.data["viewer"]["person"]["locale"] == "EN"
    # Nobody else's language changed with it.
    staff = await client.execute(VIEWER_LOCALE, token=world.tokens["staff"])
    assert staff.data["viewer"]["person"]["locale"] == "DA"
    back = await client.execute(SET_MY_LOCALE, {"input": {"locale": "DA"}}, token=leader)
    assert back.data["setMyLocale"]["person"]["locale"] == "DA"
    anonymous = await client.execute(SET_MY_LOCALE, {"input": {"locale": "EN"}})
    assert anonymous.data["setMyLocale"] == {
        "person": None,
        "errors": [{"code": "UNAUTHENTICATED", "field": None}],
    }
