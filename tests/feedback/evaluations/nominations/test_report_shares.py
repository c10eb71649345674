"""Whom a leader's 360 report is shared with (``Evaluation.sharedWith``): the
leader reads it, and the list follows ``shareEvaluationReport``; their
manager, HR, the person it is shared with, another leader and anyone of
another organisation get nothing; a list of evaluations reads it in a fixed
number of statements."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from backend.db import Database, utcnow
from backend.settings import Settings
from feedback.evaluations import repository, service
from tests.support.evaluation_world import Scenario, build
from tests.support.factories import make_person, token_for, viewer_of
from tests.support.graphql_client import GraphQLClient, error_codes, payload
from tests.support.operations import gid
from tests.support.statements import count_statements

SHARED_WITH = """
query S($id: ID!) {
  node(id: $id) { ... on Evaluation { id sharedWith { membershipId name } } }
}"""
SHARE = """
mutation Share($input: ShareEvaluationReportInput!) {
  shareEvaluationReport(input: $input) {
    errors { code field }
    evaluation { id sharedWith { membershipId name } }
  }
}"""
MINE = "{ myEvaluations { id sharedWith { membershipId name } } }"


def _share(scenario: Scenario, membership_id: int, shared: bool = True) -> dict[str, Any]:
    return {
        "input": {
            "evaluationId": gid("Evaluation", scenario.evaluation_id),
            "membershipId": gid("Membership", membership_id),
            "shared": shared,
        }
    }


async def _shared_with(
    api: GraphQLClient, scenario: Scenario, token: str
) -> list[dict[str, str]] | None | str:
    """The list as ``token`` reads it; ``"hidden"`` when the evaluation itself is not shown."""
    response = await api.execute(
        SHARED_WITH, {"id": gid("Evaluation", scenario.evaluation_id)}, token=token
    )
    assert response.errors == [], response.errors
    node = response.data["node"]
    if node is None:
        return "hidden"
    found: list[dict[str, str]] | None = node["sharedWith"]
    return found


async def test_the_leader_reads_whom_her_report_is_shared_with(
    session: AsyncSession, api: GraphQLClient, settings: Settings
) -> None:
    scenario = await build(session, peers=0, reports=0)
    mentor = await make_person(session, scenario.organisation, roles=["MENTOR"], name="Bo Mentor")
    colleague = await make_person(session, scenario.organisation, name="Alma Kollega")
    await session.commit()
    leader = token_for(scenario.leader, settings)
    assert await _shared_with(api, scenario, leader) == []

    shared = payload(
        await api.execute(SHARE, _share(scenario, mentor.id), token=leader),
        "shareEvaluationReport",
    )
    bo = {"membershipId": gid("Membership", mentor.id), "name": "Bo Mentor"}
    alma = {"membershipId": gid("Membership", colleague.id), "name": "Alma Kollega"}
    # The payload says it at once: the app shows only the button that applies.
    assert shared["evaluation"]["sharedWith"] == [bo]
    payload(
        await api.execute(SHARE, _share(scenario, colleague.id), token=leader),
        "shareEvaluationReport",
    )
    assert await _shared_with(api, scenario, leader) == [alma, bo]  # by name
    stopped = payload(
        await api.execute(SHARE, _share(scenario, mentor.id, shared=False), token=leader),
        "shareEvaluationReport",
    )
    assert stopped["evaluation"]["sharedWith"] == [alma]
    # Stopping twice changes nothing and is no error.
    payload(
        await api.execute(SHARE, _share(scenario, mentor.id, shared=False), token=leader),
        "shareEvaluationReport",
    )
    assert await _shared_with(api, scenario, leader) == [alma]


async def test_nobody_but_the_leader_reads_whom_the_report_is_shared_with(
    session: AsyncSession, api: GraphQLClient, settings: Settings
) -> None:
    scenario = await build(session, peers=0, reports=0)
    mentor = await make_person(session, scenario.organisation, roles=["MENTOR"])
    other_leader = await make_person(
        session, scenario.organisation, roles=["LEADER"], manager=scenario.manager
    )
    staff = await make_person(session, scenario.organisation, manager=scenario.leader)
    elsewhere = await build(session, peers=0, reports=0)
    await session.commit()
    await service.share_report(
        session, scenario.leader_viewer, scenario.evaluation_id, mentor.id, True
    )
    await session.commit()

    # The manager, HR and the mentor it is shared with see the evaluation
    # (the mentor reads the report), never the list.
    for who in (scenario.manager, scenario.hr, mentor):
        assert await _shared_with(api, scenario, token_for(who, settings)) is None
    # Another leader of the organisation, a member of her staff, and every
    # role of another organisation do not see the evaluation at all.
    outsiders = (other_leader, staff, elsewhere.leader, elsewhere.manager, elsewhere.hr)
    for who in outsiders:
        assert await _shared_with(api, scenario, token_for(who, settings)) == "hidden"
    # The service, asked directly, leaves out whatever the viewer may not read.
    for who in (scenario.manager, scenario.hr, mentor, *outsiders):
        found = await service.report_shared_with(session, viewer_of(who), [scenario.evaluation_id])
        assert found == {}
    assert await service.report_shared_with(session, None, [scenario.evaluation_id]) == {}
    # Another organisation's leader asking for her own and this one's ids
    # gets only her own.
    both = await service.report_shared_with(
        session, elsewhere.leader_viewer, [scenario.evaluation_id, elsewhere.evaluation_id]
    )
    assert both == {elsewhere.evaluation_id: []}


async def test_sharing_crosses_no_organisation(
    session: AsyncSession, api: GraphQLClient, settings: Settings
) -> None:
    scenario = await build(session, peers=0, reports=0)
    elsewhere = await build(session, peers=0, reports=0)
    stranger = await make_person(session, elsewhere.organisation, name="Fremmed Person")
    await session.commit()
    leader = token_for(scenario.leader, settings)
    # Another organisation's person: refused, and not listed.
    response = await api.execute(SHARE, _share(scenario, stranger.id), token=leader)
    assert error_codes(response, "shareEvaluationReport") == ["INVALID"]
    # Another organisation's evaluation: not found for its would-be sharer.
    response = await api.execute(SHARE, _share(elsewhere, scenario.manager.id), token=leader)
    assert error_codes(response, "shareEvaluationReport") == ["NOT_FOUND"]
    # Nor may the other organisation's leader share this one's report.
    response = await api.execute(
        SHARE, _share(scenario, elsewhere.manager.id), token=token_for(elsewhere.leader, settings)
    )
    assert error_codes(response, "shareEvaluationReport") == ["NOT_FOUND"]
    assert await _shared_with(api, scenario, leader) == []
    assert await _shared_with(api, elsewhere, token_for(elsewhere.leader, settings)) == []


async def _evaluations_shared(
    session: AsyncSession, scenario: Scenario, cycles: int, people: int
) -> None:
    """``cycles`` more evaluations of the scenario's leader, each of them (and
    the first) shared with ``people`` colleagues."""
    ids = [scenario.evaluation_id]
    for n in range(cycles):
        created = await service.write_cycle(
            session,
            scenario.organisation.id,
            scenario.hr.id,
            service.CycleCommand(
                name=f"Runde {n}",
                framework_id=scenario.cycle.framework_id,
                opens_at=utcnow() + timedelta(days=1),
                closes_at=utcnow() + timedelta(days=20),
                leader_ids=[scenario.leader.id],
            ),
        )
        evaluation = await repository.evaluation_of_leader(session, created.id, scenario.leader.id)
        assert evaluation is not None
        ids.append(evaluation.id)
    colleagues = [await make_person(session, scenario.organisation) for _ in range(people)]
    await session.commit()
    for evaluation_id in ids:
        for colleague in colleagues:
            await service.share_report(
                session, scenario.leader_viewer, evaluation_id, colleague.id, True
            )
    await session.commit()


async def test_a_list_of_evaluations_reads_whom_they_are_shared_with_at_a_fixed_cost(
    session: AsyncSession, api: GraphQLClient, settings: Settings, database: Database
) -> None:
    few, many = await build(session, peers=0, reports=0), await build(session, peers=0, reports=0)
    await _evaluations_shared(session, few, cycles=0, people=1)
    await _evaluations_shared(session, many, cycles=4, people=3)
    counts = []
    for scenario, evaluations, people in ((few, 1, 1), (many, 5, 3)):
        with count_statements(database.engine) as log:
            response = await api.execute(MINE, token=token_for(scenario.leader, settings))
        assert response.errors == [], response.errors
        found = response.data["myEvaluations"]
        assert [len(e["sharedWith"]) for e in found] == [people] * evaluations
        counts.append(log.count)
    assert counts[0] == counts[1], counts
