"""Oracles on who answered: an action whose outcome (an error, a mail) depends
on whether raters have answered tells the one who acts. HR trying to change a
cycle's questionnaire, and the notifications a submission causes, must not
depend on what any rater did. Through the API over HTTP.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.jobs.models import OutboxMessage
from backend.settings import Settings
from feedback.evaluations.models import RaterGroup
from tests.support.evaluation_world import Scenario, build
from tests.support.factories import token_for
from tests.support.graphql_client import GraphQLClient
from tests.support.operations import gid, operation

CHANGE_QUESTIONNAIRE = """
mutation($input: ChangeEvaluationQuestionnaireInput!) {
  changeEvaluationQuestionnaire(input: $input) { errors { code field message } }
}"""


async def _try_change(api: GraphQLClient, scenario: Scenario, settings: Settings) -> Any:
    """HR sets the peer minimum to what it is: a change that changes nothing."""
    response = await api.execute(
        CHANGE_QUESTIONNAIRE,
        {"input": {"cycleId": gid("EvaluationCycle", scenario.cycle_id), "peerMinimum": 3}},
        token=token_for(scenario.hr, settings),
    )
    assert response.errors == [], response.errors
    return response.data["changeEvaluationQuestionnaire"]["errors"]


async def test_the_questionnaire_lock_does_not_say_whether_a_lone_rater_has_started(
    api: GraphQLClient, session: AsyncSession, settings: Settings
) -> None:
    """One named peer, nobody else: the peers stay hidden and HR's counts say
    nothing. Were the questionnaire to lock at the first saved answer, HR's
    attempt to change it would say whether that one peer has started."""
    scenario = await build(session, peers=1, reports=0)
    before = await _try_change(api, scenario, settings)
    items = [{"itemId": gid("CompetencyItem", scenario.item_ids[0]), "value": 2}]
    saved = await api.execute(
        operation("SaveRaterAnswers"),
        {"input": {"token": scenario.tokens_of(RaterGroup.PEER)[0], "answers": items}},
    )
    assert saved.data["saveRaterAnswers"]["errors"] == []
    after = await _try_change(api, scenario, settings)
    assert after == before
    # Open cycles are locked for everyone alike, in Danish and English.
    assert [e["code"] for e in after] == ["RULE_VIOLATED"]


async def _outbox(session: AsyncSession) -> int:
    return int(await session.scalar(select(func.count(OutboxMessage.id))) or 0)


async def test_no_notification_follows_a_submission_or_a_group_reaching_its_threshold(
    api: GraphQLClient, session: AsyncSession
) -> None:
    """A mail (or any queued task) per submission would tell its reader when,
    and so who, answered; reaching the threshold neither."""
    scenario = await build(session, peers=3, reports=0)
    await session.commit()
    before = await _outbox(session)
    for token in scenario.tokens_of(RaterGroup.PEER):
        answers = [{"itemId": gid("CompetencyItem", i), "value": 3} for i in scenario.item_ids]
        response = await api.execute(
            operation("SubmitRaterResponse"), {"input": {"token": token, "answers": answers}}
        )
        assert response.data["submitRaterResponse"]["errors"] == []
        session.expire_all()
        assert await _outbox(session) == before
