"""A cycle from nomination to report through the GraphQL API, as the app runs it."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.db import utcnow
from backend.jobs.models import OutboxMessage
from feedback.evaluations import service
from feedback.frameworks.service import write_framework
from tests.support.evaluation_world import small_framework
from tests.support.factories import make_organisation, make_person, token_for
from tests.support.graphql_client import GraphQLClient
from tests.support.operations import gid

CREATE = """mutation($input: CreateEvaluationCycleInput!) {
  createEvaluationCycle(input: $input) { errors { code field } cycle { id status } } }"""
EVALUATIONS = """{ myEvaluations { id nominationState reportStatus
  nominations { raterName group status invited }
  enoughAnswers progress { group invited minimum enoughAnswers }
  report { status figures { competencies { title figures { group mean count } } } } } }"""


async def test_cycle_from_nomination_to_report(
    session: AsyncSession, api: GraphQLClient, settings
) -> None:
    organisation = await make_organisation(session)
    hr = await make_person(session, organisation, roles=["HR"])
    manager = await make_person(session, organisation)
    leader = await make_person(session, organisation, manager=manager, name="Lea Leder")
    peers = [await make_person(session, organisation, manager=manager) for _ in range(3)]
    framework = await write_framework(session, organisation.id, small_framework(), publish=True)
    await session.commit()
    hr_token, leader_token = token_for(hr, settings), token_for(leader, settings)
    manager_token = token_for(manager, settings)

    base = {
        "name": "Runde 1",
        "frameworkId": gid("CompetencyFramework", framework.id),
        "opensAt": utcnow().isoformat(),
        "closesAt": (utcnow() + timedelta(days=9)).isoformat(),
        "leaderIds": [gid("Membership", leader.id)],
    }
    weak = await api.execute(CREATE, {"input": {**base, "peerMinimum": 2}}, token=hr_token)
    assert weak.data["createEvaluationCycle"]["errors"] == [
        {"code": "RULE_VIOLATED", "field": ["input", "peerMinimum"]}
    ]
    refused = await api.execute(CREATE, {"input": base}, token=leader_token)
    assert refused.data["createEvaluationCycle"]["errors"][0]["code"] == "FORBIDDEN"
    created = await api.execute(CREATE, {"input": base}, token=hr_token)
    cycle_id = created.data["createEvaluationCycle"]["cycle"]["id"]

    mine = (await api.execute(EVALUATIONS, token=leader_token)).data["myEvaluations"][0]
    assert mine["nominationState"] == "NOMINATING"
    nominated = await api.execute(
        """mutation($input: NominateRatersInput!) { nominateRaters(input: $input) {
             errors { code field } nominations { id status } } }""",
        {
            "input": {
                "evaluationId": mine["id"],
                "nominees": [
                    {"group": "PEER", "membershipId": gid("Membership", p.id)} for p in peers
                ],
            }
        },
        token=leader_token,
    )
    assert nominated.data["nominateRaters"]["errors"] == []
    await api.execute(
        """mutation($input: EvaluationIdInput!) { submitNominations(input: $input) {
        errors { code } } }""",
        {"input": {"evaluationId": mine["id"]}},
        token=leader_token,
    )
    tasks = await api.execute("{ myEvaluationTasks { kind leaderName } }", token=manager_token)
    assert {"kind": "APPROVE_NOMINATIONS", "leaderName": "Lea Leder"} in tasks.data[
        "myEvaluationTasks"
    ]
    approved = await api.execute(
        """mutation($input: ApproveNominationsInput!) { approveNominations(input: $input) {
             errors { code } evaluation { nominationState } } }""",
        {"input": {"evaluationId": mine["id"]}},
        token=manager_token,
    )
    assert approved.data["approveNominations"]["evaluation"]["nominationState"] == "APPROVED"
    opened = await api.execute(
        """mutation($input: EvaluationCycleIdInput!) { openEvaluationCycle(input: $input) {
             errors { code } cycle { status } } }""",
        {"input": {"cycleId": cycle_id}},
        token=hr_token,
    )
    assert opened.data["openEvaluationCycle"]["cycle"]["status"] == "OPEN"
    invite = await session.scalar(
        select(OutboxMessage)
        .where(OutboxMessage.task == "feedback.invite_raters")
        .order_by(OutboxMessage.id.desc())
    )
    assert invite is not None
    # What the invitation task does, then every rater answers through their link.
    await service.invite(session, invite.payload["cycle_id"])
    await session.commit()
    mails = list(
        await session.scalars(
            select(OutboxMessage).where(
                OutboxMessage.task == "mail.send", OutboxMessage.id > invite.id
            )
        )
    )
    links = [m.payload["context"]["url"].split("t=")[1].split("&")[0] for m in mails]
    assert len(links) == 5  # self, manager and three peers
    answers = [
        {"itemId": gid("CompetencyItem", i), "value": 4}
        for i in (await service.rater_form(session, links[0])).structure.items_by_id
    ]
    for link in links:
        done = await api.execute(
            """mutation($input: SubmitRaterResponseInput!) {
            submitRaterResponse(input: $input) { errors { code } state } }""",
            {"input": {"token": link, "answers": answers}},
        )
        assert done.data["submitRaterResponse"]["state"] == "SUBMITTED"
    following = (await api.execute(EVALUATIONS, token=leader_token)).data["myEvaluations"][0]
    assert {p["group"]: p["enoughAnswers"] for p in following["progress"]}["PEER"] is True
    assert following["report"]["figures"] is None  # no figures before the close
    closed = await api.execute(
        """mutation($input: EvaluationCycleIdInput!) {
        closeEvaluationCycle(input: $input) { errors { code } cycle { status } } }""",
        {"input": {"cycleId": cycle_id}},
        token=hr_token,
    )
    assert closed.data["closeEvaluationCycle"]["cycle"]["status"] == "CLOSED"
    final = (await api.execute(EVALUATIONS, token=leader_token)).data["myEvaluations"][0]
    groups = {f["group"] for c in final["report"]["figures"]["competencies"] for f in c["figures"]}
    assert groups == {"SELF", "MANAGER", "PEER", "ALL_OTHERS"}
    hr_view = await api.execute(
        """query($id: ID!) { node(id: $id) { ... on Evaluation {
             report { status } progress { enoughAnswers } } } }""",
        {"id": mine["id"]},
        token=hr_token,
    )
    assert hr_view.data["node"]["report"] is None  # HR: rates, never answers
