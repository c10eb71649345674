"""The demo municipality: realistic, usable at once, and seeded only once."""

from __future__ import annotations

from backend.identity.seed import DEMO_PASSWORD, seed_demo
from tests.backend.identity.signin.test_sign_in import sign_in

# One root field a request: see the report on concurrent root fields on PostgreSQL.
OVERVIEW = [
    "query { viewer { roles person { name } } }",
    "query { people(first: 100, role: LEADER) { edges { node { membership {"
    " isNewLeader isLeaderOfLeaders } } } } }",
    "query { goals { edges { node { title units { name } } } } }",
    "query { leadershipFoundation { principles { title } values { title } } }",
    "query { organisation { rootUnits { name children { name children { name } } } } }",
]


async def test_the_demo_municipality_is_seeded_once_and_its_people_can_sign_in(
    client, session
) -> None:
    first = await seed_demo(session)
    await session.commit()
    again = await seed_demo(session)
    assert again.created is False
    assert (again.people, again.leaders) == (first.people, first.leaders)
    assert 250 <= first.people <= 350 and 35 <= first.leaders <= 45
    assert 8 <= first.new_leaders <= 14
    assert {login.who for login in first.logins} == {
        "Leder af ledere",
        "HR",
        "Administrator",
        "Ny leder",
        "Nærmeste leder",
        "Mentor",
        "Mentee 2 (ny leder)",
        "Medarbejder",
    }
    assert any("fjordby.dk" in line for line in first.lines())

    tokens = {}
    for login in first.logins:
        payload = await sign_in(client, login.email, DEMO_PASSWORD)
        assert payload["errors"] == [], login
        tokens[login.who] = payload["accessToken"]
    data = {}
    for query in OVERVIEW:
        response = await client.execute(query, token=tokens["HR"])
        assert response.errors == [], query
        data.update(response.data)
    assert data["viewer"]["roles"] == ["HR"]
    flags = [e["node"]["membership"] for e in data["people"]["edges"]]
    assert sum(f["isLeaderOfLeaders"] for f in flags) >= 15
    assert sum(f["isNewLeader"] for f in flags) == first.new_leaders
    titles = {e["node"]["title"] for e in data["goals"]["edges"]}
    assert {"Nedbringe sygefraværet", "Sammenhængende borgerforløb"} <= titles
    foundation = data["leadershipFoundation"]
    assert foundation["principles"][0]["title"] == "Vi sætter borgerne først"
    assert [v["title"] for v in foundation["values"]] == [
        "Tillid",
        "Faglighed",
        "Ordentlighed",
        "Mod",
    ]
    (root,) = data["organisation"]["rootUnits"]
    assert root["name"] == "Fjordby Kommune" and len(root["children"]) == 6
    admin = await client.execute("query { viewer { roles } }", token=tokens["Administrator"])
    assert admin.data["viewer"]["roles"] == ["ADMIN"]
