"""The rater's operations in GraphQL (raterForm, saveRaterAnswers,
submitRaterResponse, declineRaterInvitation) and the bad input they refuse:
clear errors, nothing partial lost."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.api.relay import to_global_id
from backend.jobs.models import OutboxMessage
from feedback.evaluations import service
from feedback.evaluations.models import EvaluationResponse, RaterGroup
from tests.support.evaluation_world import Scenario, build, close
from tests.support.graphql_client import GraphQLClient

FORM = """
query Form($token: String!) {
  raterForm(token: $token) {
    state raterGroup anonymous anonymityNotice leaderName cycleName scaleLabels
    competencies { title items { id text required answer cannotJudge } }
    openQuestions { id text comment }
  }
}"""
SAVE = """
mutation Save($input: SaveRaterAnswersInput!) {
  saveRaterAnswers(input: $input) {
    errors { code field message }
    form { competencies { items { id answer cannotJudge } } openQuestions { comment } }
  }
}"""
SUBMIT = """
mutation Submit($input: SubmitRaterResponseInput!) {
  submitRaterResponse(input: $input) { errors { code field message } state }
}"""


def item(scenario: Scenario, index: int) -> str:
    return to_global_id("CompetencyItem", scenario.item_ids[index])


def full(scenario: Scenario, value: int = 4) -> list[dict[str, Any]]:
    return [
        {"itemId": to_global_id("CompetencyItem", i), "value": value} for i in scenario.item_ids
    ]


async def responses(session: AsyncSession, scenario: Scenario) -> int:
    return int(
        await session.scalar(
            select(func.count())
            .select_from(EvaluationResponse)
            .where(EvaluationResponse.evaluation_id == scenario.evaluation_id)
        )
        or 0
    )


async def test_rater_form_tells_who_is_evaluated_and_how_anonymity_works(
    session: AsyncSession, api: GraphQLClient
) -> None:
    scenario = await build(session)
    peer = scenario.tokens_of(RaterGroup.PEER)[0]
    result = await api.execute(FORM, {"token": peer}, headers={"accept-language": "en"})
    form = result.data["raterForm"]
    assert form["state"] == "OPEN" and form["raterGroup"] == "PEER" and form["anonymous"] is True
    assert form["leaderName"] == "Lea Leder"
    assert "at least 3" in form["anonymityNotice"]
    manager = scenario.tokens_of(RaterGroup.MANAGER)[0]
    named = (await api.execute(FORM, {"token": manager})).data["raterForm"]
    assert named["anonymous"] is False and "ikke anonymt" in named["anonymityNotice"]


async def test_a_partly_filled_form_is_still_there_when_the_rater_returns(
    session: AsyncSession, api: GraphQLClient
) -> None:
    scenario = await build(session)
    token = scenario.tokens_of(RaterGroup.PEER)[0]
    question = to_global_id("OpenQuestion", scenario.structure.questions[0].id)
    saved = await api.execute(
        SAVE,
        {
            "input": {
                "token": token,
                "answers": [
                    {"itemId": item(scenario, 0), "value": 2},
                    {"itemId": item(scenario, 1), "cannotJudge": True},
                ],
                "comments": [{"questionId": question, "text": "Godt arbejde"}],
            }
        },
    )
    assert saved.data["saveRaterAnswers"]["errors"] == []
    again = (await api.execute(FORM, {"token": token})).data["raterForm"]
    items = again["competencies"][0]["items"]
    assert (items[0]["answer"], items[1]["cannotJudge"]) == (2, True)
    assert again["openQuestions"][0]["comment"] == "Godt arbejde"


async def test_bad_input_gets_clear_errors_and_loses_nothing(
    session: AsyncSession, api: GraphQLClient
) -> None:
    scenario = await build(session)
    token = scenario.tokens_of(RaterGroup.PEER)[0]
    await api.execute(
        SAVE, {"input": {"token": token, "answers": [{"itemId": item(scenario, 0), "value": 3}]}}
    )

    outside = await api.execute(
        SAVE,
        {
            "input": {
                "token": token,
                "answers": [
                    {"itemId": item(scenario, 0), "value": 9},
                    {"itemId": item(scenario, 1), "value": 5},
                ],
            }
        },
    )
    errors = outside.data["saveRaterAnswers"]["errors"]
    assert [(e["code"], e["field"]) for e in errors] == [
        ("INVALID", ["input", "answers", "0", "value"])  # the index sent, not the item's key
    ]
    missing = await api.execute(SUBMIT, {"input": {"token": token}})
    codes = {e["code"] for e in missing.data["submitRaterResponse"]["errors"]}
    assert codes == {"REQUIRED"}
    assert len(missing.data["submitRaterResponse"]["errors"]) == len(scenario.item_ids) - 1
    kept = (await api.execute(FORM, {"token": token})).data["raterForm"]
    assert kept["competencies"][0]["items"][0]["answer"] == 3  # the draft survived both

    unknown = await api.execute(FORM, {"token": "not-a-real-token"})
    assert unknown.codes == ["NOT_FOUND"]
    submitted = await api.execute(SUBMIT, {"input": {"token": token, "answers": full(scenario)}})
    assert submitted.data["submitRaterResponse"] == {"errors": [], "state": "SUBMITTED"}
    second = await api.execute(SUBMIT, {"input": {"token": token, "answers": full(scenario, 1)}})
    assert [e["code"] for e in second.data["submitRaterResponse"]["errors"]] == ["CONFLICT"]
    assert await responses(session, scenario) == 1


async def test_an_expired_token_is_refused(session: AsyncSession, api: GraphQLClient) -> None:
    scenario = await build(session)
    token = scenario.tokens_of(RaterGroup.PEER)[0]
    await close(session, scenario)
    form = (await api.execute(FORM, {"token": token})).data["raterForm"]
    assert form["state"] == "CLOSED"
    refused = await api.execute(SUBMIT, {"input": {"token": token, "answers": full(scenario)}})
    assert [e["code"] for e in refused.data["submitRaterResponse"]["errors"]] == ["RULE_VIOLATED"]


async def test_opening_the_form_changes_nothing(session: AsyncSession, api: GraphQLClient) -> None:
    """Mail scanners open every link: reading, by GraphQL or by GET, writes nothing."""
    scenario = await build(session)
    token = scenario.tokens_of(RaterGroup.PEER)[0]

    async def snapshot() -> tuple[Any, ...]:
        form = await service.rater_form(session, token)
        outbox = await session.scalar(select(func.count()).select_from(OutboxMessage))
        await session.rollback()
        return form.state, form.answers, outbox, await responses(session, scenario)

    before = await snapshot()
    for _ in range(3):
        await api.execute(FORM, {"token": token})
        page = await api.http.get("/rate", params={"t": token})
        assert page.status_code == 200
    assert await snapshot() == before


async def test_a_rater_may_decline_with_a_reason(session: AsyncSession, api: GraphQLClient) -> None:
    scenario = await build(session)
    token = scenario.tokens_of(RaterGroup.PEER)[0]
    declined = await api.execute(
        """mutation($input: DeclineRaterInvitationInput!) {
             declineRaterInvitation(input: $input) { errors { code } state } }""",
        {"input": {"token": token, "reason": "Kender ikke lederen godt nok"}},
    )
    assert declined.data["declineRaterInvitation"] == {"errors": [], "state": "DECLINED"}
    refused = await api.execute(SUBMIT, {"input": {"token": token, "answers": full(scenario)}})
    assert [e["code"] for e in refused.data["submitRaterResponse"]["errors"]] == ["CONFLICT"]
