"""Attack 5: a leader plants sock-puppet raters.

With any address accepted as a PEER, a leader nominates a plus-alias of their
own address beside two real peers; the manager approves; the puppet lifts the
peer group to the threshold, and subtracting its known answers gives the two
real peers' answers. Everything here goes through the API over HTTP as the
leader and as the manager.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from backend.db import utcnow
from backend.identity.models import Membership, Organisation
from backend.settings import Settings
from feedback.evaluations import repository, service
from feedback.frameworks.service import write_framework
from tests.support.evaluation_world import small_framework
from tests.support.factories import make_organisation, make_person, token_for, unique
from tests.support.graphql_client import GraphQLClient
from tests.support.operations import gid

NOMINATE = """mutation($input: NominateRatersInput!) { nominateRaters(input: $input) {
  errors { code field message } nominations { id group raterEmail outsideDirectory } } }"""
NOMINATIONS = """query($id: ID!) { node(id: $id) { ... on Evaluation {
  nominations { group raterName status outsideDirectory } } } }"""


@dataclass
class Team:
    organisation: Organisation
    leader: Membership
    leader_email: str
    manager: Membership
    peers: list[Membership]
    reports: list[Membership]
    other_organisation: Membership
    evaluation_gid: str
    settings: Settings

    def token(self, who: Membership, locale: str = "da") -> str:
        return token_for(who, self.settings, locale)


async def _team(session: AsyncSession, settings: Settings) -> Team:
    organisation = await make_organisation(session)
    hr = await make_person(session, organisation, roles=["HR"])
    manager = await make_person(session, organisation, roles=["LEADER"])
    leader_email = f"{unique('lea')}@kommune.dk"
    leader = await make_person(
        session, organisation, manager=manager, roles=["LEADER"], email=leader_email
    )
    peers = [await make_person(session, organisation, manager=manager) for _ in range(3)]
    reports = [await make_person(session, organisation, manager=leader) for _ in range(3)]
    other = await make_person(session, roles=["LEADER"])
    framework = await write_framework(session, organisation.id, small_framework(), publish=True)
    cycle = await service.write_cycle(
        session,
        organisation.id,
        hr.id,
        service.CycleCommand(
            name="Runde",
            framework_id=framework.id,
            opens_at=utcnow() + timedelta(days=1),
            closes_at=utcnow() + timedelta(days=10),
            leader_ids=[leader.id],
        ),
    )
    evaluation = await repository.evaluation_of_leader(session, cycle.id, leader.id)
    assert evaluation is not None
    await session.commit()
    return Team(
        organisation,
        leader,
        leader_email,
        manager,
        peers,
        reports,
        other,
        gid("Evaluation", evaluation.id),
        settings,
    )


async def _nominate(
    api: GraphQLClient, team: Team, nominees: list[dict[str, Any]], locale: str = "da"
) -> dict[str, Any]:
    response = await api.execute(
        NOMINATE,
        {"input": {"evaluationId": team.evaluation_gid, "nominees": nominees}},
        token=team.token(team.leader, locale),
    )
    assert response.errors == [], response.errors
    payload: dict[str, Any] = response.data["nominateRaters"]
    return payload


async def test_a_free_address_is_refused_as_a_peer_or_direct_report(
    api: GraphQLClient, session: AsyncSession, settings: Settings
) -> None:
    team = await _team(session, settings)
    local, domain = team.leader_email.split("@")
    for group in ("PEER", "DIRECT_REPORT"):
        for address in (f"{local}+puppet@{domain}", "ven@gmail.com"):
            refused = await _nominate(
                api, team, [{"group": group, "name": "Puppet", "email": address}]
            )
            assert refused["nominations"] == []
            [error] = refused["errors"]
            assert error["code"] == "RULE_VIOLATED"
            assert error["field"] == ["input", "nominees", "0", "membershipId"]
            assert "organisation" in error["message"]
    english = await _nominate(
        api, team, [{"group": "PEER", "name": "P", "email": "p@gmail.com"}], locale="en"
    )
    assert "organisation's people" in english["errors"][0]["message"]


async def test_direct_reports_come_from_the_reporting_lines(
    api: GraphQLClient, session: AsyncSession, settings: Settings
) -> None:
    team = await _team(session, settings)
    # The leader's direct reports are raters with the cycle, not by choice:
    # already there, approved, and not the leader's to withdraw.
    seen = await api.execute(
        NOMINATIONS, {"id": team.evaluation_gid}, token=team.token(team.leader)
    )
    reports = [n for n in seen.data["node"]["nominations"] if n["group"] == "DIRECT_REPORT"]
    assert sorted(n["raterName"] for n in reports) == sorted(["Test Person"] * 3)
    assert {(n["status"], n["outsideDirectory"]) for n in reports} == {("APPROVED", False)}
    first_report = gid("Membership", team.reports[0].id)
    again = await _nominate(api, team, [{"group": "DIRECT_REPORT", "membershipId": first_report}])
    assert again["errors"][0]["code"] == "DUPLICATE"
    # A peer (reports to the leader's manager) or someone from another
    # organisation is not the leader's direct report.
    for impostor in (team.peers[0], team.other_organisation):
        refused = await _nominate(
            api, team, [{"group": "DIRECT_REPORT", "membershipId": gid("Membership", impostor.id)}]
        )
        [error] = refused["errors"]
        assert error["field"] == ["input", "nominees", "0", "membershipId"]
        assert error["code"] in {"RULE_VIOLATED", "INVALID"}
    # Someone who joined the team after the cycle was made: by the reporting lines, yes.
    newcomer = await make_person(session, team.organisation, manager=team.leader)
    await session.commit()
    accepted = await _nominate(
        api, team, [{"group": "DIRECT_REPORT", "membershipId": gid("Membership", newcomer.id)}]
    )
    assert accepted["errors"] == []
    assert [n["group"] for n in accepted["nominations"]] == ["DIRECT_REPORT"]


async def test_the_subjects_own_address_is_refused_after_normalisation(
    api: GraphQLClient, session: AsyncSession, settings: Settings
) -> None:
    team = await _team(session, settings)
    local, domain = team.leader_email.split("@")
    for address in (
        f"  {local.upper()}@{domain.upper()} ",
        f"{local}+ekstern@{domain}",
        f"{local.title()}+x+y@{domain}",
    ):
        refused = await _nominate(
            api, team, [{"group": "EXTERNAL", "name": "Borger", "email": address}]
        )
        [error] = refused["errors"]
        assert (error["code"], error["field"]) == (
            "RULE_VIOLATED",
            ["input", "nominees", "0", "email"],
        ), address


async def test_the_same_external_address_cannot_be_nominated_twice_by_alias(
    api: GraphQLClient, session: AsyncSession, settings: Settings
) -> None:
    team = await _team(session, settings)
    first = await _nominate(
        api, team, [{"group": "EXTERNAL", "name": "Borger", "email": "borger@example.org"}]
    )
    assert first["errors"] == []
    again = await _nominate(
        api, team, [{"group": "EXTERNAL", "name": "Borger 2", "email": " Borger+2@Example.org"}]
    )
    assert again["errors"][0]["code"] == "DUPLICATE"


async def test_the_approving_manager_sees_who_is_outside_the_directory(
    api: GraphQLClient, session: AsyncSession, settings: Settings
) -> None:
    team = await _team(session, settings)
    nominated = await _nominate(
        api,
        team,
        [{"group": "PEER", "membershipId": gid("Membership", p.id)} for p in team.peers]
        + [{"group": "EXTERNAL", "name": "Karin Borger", "email": "karin@example.org"}],
    )
    assert nominated["errors"] == []
    seen = await api.execute(
        NOMINATIONS, {"id": team.evaluation_gid}, token=team.token(team.manager)
    )
    rows = {(n["group"], n["raterName"]): n for n in seen.data["node"]["nominations"]}
    assert rows[("EXTERNAL", "Karin Borger")]["outsideDirectory"] is True
    assert all(n["outsideDirectory"] is False for (g, _), n in rows.items() if g != "EXTERNAL")


async def test_a_sock_puppet_cannot_lift_the_peer_group(
    api: GraphQLClient, session: AsyncSession, settings: Settings
) -> None:
    """The attack end to end: two real peers and a puppet; the puppet can only
    go into EXTERNAL, which has its own threshold, so the peer group stays at 2."""
    team = await _team(session, settings)
    local, domain = team.leader_email.split("@")
    attempt = await _nominate(
        api,
        team,
        [{"group": "PEER", "membershipId": gid("Membership", p.id)} for p in team.peers[:2]]
        + [{"group": "PEER", "name": "Ven", "email": f"{local}+peer@{domain}"}],
    )
    assert [e["code"] for e in attempt["errors"]] == ["RULE_VIOLATED"]
    assert attempt["nominations"] == []  # all or nothing
    seen = await api.execute(
        NOMINATIONS, {"id": team.evaluation_gid}, token=team.token(team.leader)
    )
    assert [n for n in seen.data["node"]["nominations"] if n["group"] == "PEER"] == []
