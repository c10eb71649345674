"""Reporting lines: reports below a person at any depth in one statement,
span of control, leaders of leaders, new leaders."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.identity import repository
from backend.identity.models import Membership, Organisation
from tests.support.factories import make_organisation, make_person, token_for
from tests.support.identity_world import World
from tests.support.statements import count_statements

REPORTS = """
query R($id: ID!, $direct: Boolean!) {
  reports(personId: $id, direct: $direct, first: 100) {
    person { name } spanOfControl totalCount
    people { edges { node { name membership {
      jobTitle isNewLeader isLeaderOfLeaders unit { name } manager { person { name } }
    } } } }
  }
}
"""
SPANS = """
query { spansOfControl(first: 100) { edges { node { directReports leader { person { name } } } } } }
"""


async def chain(session: AsyncSession, organisation: Organisation, depth: int) -> list[Membership]:
    """A line of ``depth`` + 1 leaders, each with two staff members beside the next."""
    line = [await make_person(session, organisation, roles=["LEADER"], name="Leder 0")]
    for level in range(1, depth + 1):
        above = line[-1]
        for n in range(2):
            await make_person(session, organisation, manager=above, name=f"Medarbejder {level}.{n}")
        line.append(
            await make_person(
                session, organisation, roles=["LEADER"], manager=above, name=f"Leder {level}"
            )
        )
    await session.commit()
    return line


async def test_reports_below_at_depth_six_are_one_statement(session, database) -> None:
    organisation = await make_organisation(session)
    line = await chain(session, organisation, 6)
    with count_statements(database.engine) as log:
        below = await repository.reports_below(session, line[0].id)
    assert log.count == 1
    assert len(below) == 6 * 3  # two staff and the next leader on each of six levels
    assert set(below) >= {m.id for m in line[1:]}
    direct = await repository.reports_below(session, line[0].id, direct_only=True)
    assert len(direct) == 3


async def test_the_reports_query_costs_the_same_at_any_depth(
    client, session, database, settings, record_property
) -> None:
    counts = []
    for depth in (2, 6):
        organisation = await make_organisation(session)
        line = await chain(session, organisation, depth)
        hr = await make_person(session, organisation, roles=["HR"])
        await session.commit()
        token = token_for(hr, settings)
        with count_statements(database.engine) as log:
            response = await client.execute(
                REPORTS, {"id": _person_id(line[0]), "direct": False}, token=token
            )
        assert response.errors == []
        assert response.data["reports"]["totalCount"] == depth * 3
        assert len(response.data["reports"]["people"]["edges"]) == depth * 3
        counts.append(log.count)
    record_property("statements_at_depth_2_and_6", counts)
    assert counts[0] == counts[1]


def _person_id(membership: Membership) -> str:
    from backend.api.relay import to_global_id

    return to_global_id("Person", membership.person_id)


async def test_direct_reports_and_span_of_control(client, session, world: World) -> None:
    # One of the director's reports has left: not counted.
    await make_person(session, world.organisation, manager=world.director, is_active=False)
    await session.commit()
    direct = await client.execute(
        REPORTS, {"id": world.person_id(world.director), "direct": True}, token=world.tokens["hr"]
    )
    data = direct.data["reports"]
    assert data["spanOfControl"] == 2 and data["totalCount"] == 2
    names = {e["node"]["name"].split()[0] for e in data["people"]["edges"]}
    assert names == {"Ny", "Mentor"}
    everyone = await client.execute(
        REPORTS, {"id": world.person_id(world.director), "direct": False}, token=world.tokens["hr"]
    )
    assert everyone.data["reports"]["spanOfControl"] == 2
    assert everyone.data["reports"]["totalCount"] == 3


async def test_spans_of_control_for_hr_and_for_a_leader_of_leaders(
    client, session, world: World
) -> None:
    for _ in range(3):
        await make_person(session, world.organisation, manager=world.new_leader)
    # A leader with nobody to lead yet: a span of 0.
    await make_person(
        session, world.organisation, roles=["LEADER"], manager=world.director, name="Tom"
    )
    await session.commit()

    def spans(response: Any) -> list[tuple[str, int]]:
        return [
            (e["node"]["leader"]["person"]["name"].split()[0], e["node"]["directReports"])
            for e in response.data["spansOfControl"]["edges"]
        ]

    as_hr = await client.execute(SPANS, token=world.tokens["hr"])
    assert spans(as_hr) == [("Ny", 4), ("Direktør", 3), ("Tom", 0)]
    as_director = await client.execute(SPANS, token=world.tokens["leader_of_leaders"])
    assert spans(as_director) == [("Ny", 4), ("Tom", 0)]
    as_new_leader = await client.execute(SPANS, token=world.tokens["new_leader"])
    assert as_new_leader.codes == ["FORBIDDEN"]


async def test_leaders_of_leaders_and_new_leaders(make_client, session, world: World) -> None:
    # A manager without the LEADER role above one with it, below the director.
    middle = await make_person(session, world.organisation, manager=world.director, name="Mellem")
    await make_person(
        session,
        world.organisation,
        roles=["LEADER"],
        manager=middle,
        name="Under",
        leader_since=date.today() - timedelta(days=800),
    )
    await session.commit()
    query = """
    query { people(first: 100) { edges { node {
      name membership { isNewLeader isLeaderOfLeaders }
    } } } }
    """

    async def flags(client: Any) -> dict[str, tuple[bool, bool]]:
        response = await client.execute(query, token=world.tokens["hr"])
        return {
            e["node"]["name"].split()[0]: (
                e["node"]["membership"]["isNewLeader"],
                e["node"]["membership"]["isLeaderOfLeaders"],
            )
            for e in response.data["people"]["edges"]
        }

    default = await flags(make_client())
    assert default["Direktør"] == (False, True)
    assert default["Mellem"] == (False, True)
    assert default["Ny"] == (True, False)
    assert default["Under"] == (False, False)  # 800 days > 24 months
    assert default["Medarbejder"] == (False, False)
    longer = await flags(make_client(new_leader_months=36))
    assert longer["Under"] == (True, False)
    shorter = await flags(make_client(new_leader_months=3))
    assert shorter["Ny"] == (False, False)


async def test_one_leader_of_leaders_check_agrees_with_the_walk_over_every_member(
    session, database
) -> None:
    organisation = await make_organisation(session)
    other = await make_organisation(session)
    line = await chain(session, organisation, 3)
    # A leader whose leader is two levels down, under a manager without the LEADER
    # role: only the walk finds them (no leader reports to them directly).
    top = await make_person(session, organisation, roles=["LEADER"], name="Øverst")
    middle = await make_person(session, organisation, manager=top, name="Mellem")
    await make_person(session, organisation, roles=["LEADER"], manager=middle, name="Nederst")
    # An inactive leader below counts for nothing; a leader of another organisation
    # reporting to a membership id here neither.
    idle = await make_person(session, organisation, roles=["LEADER"], name="Uden aktive")
    gone = await make_person(session, organisation, roles=["LEADER"], manager=idle, name="Gået")
    gone.is_active = False
    await make_person(session, other, roles=["LEADER"], manager=idle, name="Udefra")
    await session.commit()
    members = list(
        await session.scalars(
            select(Membership.id).where(Membership.organisation_id == organisation.id)
        )
    )
    walked = await repository.leaders_of_leaders(session, organisation.id, members)
    assert walked >= {line[0].id, line[2].id, top.id, middle.id}
    assert idle.id not in walked
    with count_statements(database.engine) as log:
        one_by_one = {
            member
            for member in members
            if await repository.is_leader_of_leaders(session, organisation.id, member)
        }
    assert one_by_one == walked
    assert log.count == len(members)
