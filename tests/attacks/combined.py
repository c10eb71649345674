"""What the combined attacks share: HR's whole view of a cycle in one query,
a rater answering or declining through the rater API, and another leader with
peers of the organisation added to an open cycle (as setup, through the
services)."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from feedback.evaluations import repository, service
from feedback.evaluations.delivery import service as delivery
from feedback.evaluations.models import NominationStatus, RaterGroup
from feedback.evaluations.nominations import repository as nomination_repository
from tests.support.evaluation_world import Scenario
from tests.support.factories import make_person, unique
from tests.support.graphql_client import GraphQLClient
from tests.support.operations import gid, operation

PEER = RaterGroup.PEER
EVALUATION_FIELDS = "id progress { group invited minimum enoughAnswers } enoughAnswers"
HR_CYCLE_VIEW = (
    """query($id: ID!) { node(id: $id) { ... on EvaluationCycle {
  status
  responseRates { invited answered declined groups { group invited answered declined } }
  declineReasons
  results { responses { group count } shownGroups
    competencies { figures { group count mean spread }
      items { figures { group count mean spread } } } }
  evaluations { edges { node { """
    + EVALUATION_FIELDS
    + """ nominations { group raterName status invited } } } } } } }"""
)


async def submit(api: GraphQLClient, scenario: Scenario, token: str, value: int = 4) -> None:
    answers = [{"itemId": gid("CompetencyItem", i), "value": value} for i in scenario.item_ids]
    response = await api.execute(
        operation("SubmitRaterResponse"), {"input": {"token": token, "answers": answers}}
    )
    assert response.data["submitRaterResponse"]["errors"] == []


async def add_leader_with_peers(session: AsyncSession, scenario: Scenario, peers: int) -> list[str]:
    """Another leader in the same cycle (below the same manager), with
    ``peers`` colleagues of the organisation as approved peers; their links."""
    leader = await make_person(
        session, scenario.organisation, manager=scenario.manager, roles=["LEADER"]
    )
    cycle = await repository.cycle(session, scenario.cycle_id)
    assert cycle is not None
    await service.add_leaders(session, cycle, [leader.id])
    evaluation = await repository.evaluation_of_leader(session, scenario.cycle_id, leader.id)
    assert evaluation is not None
    colleagues = [
        await make_person(session, scenario.organisation, manager=scenario.manager)
        for _ in range(peers)
    ]
    await nomination_repository.insert_nominations(
        session,
        [
            {
                "organisation_id": scenario.organisation.id,
                "evaluation_id": evaluation.id,
                "rater_group": PEER.value,
                "rater_id": colleague.id,
                "rater_name": f"Kollega {n}",
                "rater_email": f"{unique('p')}@example.dk",
                "locale": "da",
                "status": NominationStatus.APPROVED.value,
            }
            for n, colleague in enumerate(colleagues)
        ],
    )
    rows = await nomination_repository.nominations_by_evaluation(session, [evaluation.id])
    links = [
        await delivery.issue_token(session, n.id, cycle.closes_at)
        for n in rows[evaluation.id]
        if n.rater_group == PEER.value
    ]
    await session.commit()
    return links


async def decline(api: GraphQLClient, token: str, reason: str) -> None:
    response = await api.execute(
        operation("DeclineRaterInvitation"), {"input": {"token": token, "reason": reason}}
    )
    assert response.data["declineRaterInvitation"]["errors"] == []
