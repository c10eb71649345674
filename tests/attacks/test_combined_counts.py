"""Combined attacks on who answered: each output alone keeps a hidden group
hidden, but two outputs read side by side, or by two roles, must not give its
count back either (a count equal to the named invitations says who answered).

- The report (and its PDF and export) lists responses per group: a hidden
  group's count is a hidden figure like its mean.
- HR's response rates per cycle, minus the groups whose count HR knows exactly
  from elsewhere (a group invited at exactly its threshold that has enough
  answers; a closed cycle's pooled results with their n), leave the hidden
  groups.
- Erasing a rater must not say whether they were reminded (reminders go only to
  those who have not answered).

Everything is read through the API over HTTP, as the role named.
"""

from __future__ import annotations

import json
import re
from datetime import timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from backend.identity.models import Person
from backend.settings import Settings
from feedback.evaluations import repository, service
from feedback.evaluations.delivery import service as delivery
from feedback.evaluations.delivery.service import send_due_reminders
from feedback.evaluations.models import RaterGroup
from tests.attacks.combined import HR_CYCLE_VIEW, PEER, add_leader_with_peers, decline, submit
from tests.support.attack_tools import ask
from tests.support.evaluation_world import build
from tests.support.factories import token_for
from tests.support.graphql_client import GraphQLClient
from tests.support.operations import gid


def _without_ids(value: Any) -> Any:
    """A read with the ids taken out, to compare two organisations' reads."""
    if isinstance(value, dict):
        return {k: _without_ids(v) for k, v in value.items() if not k.endswith("Id") and k != "id"}
    if isinstance(value, list):
        return [_without_ids(v) for v in value]
    return value


async def test_a_report_does_not_say_how_many_of_a_hidden_group_answered(
    api: GraphQLClient, session: AsyncSession, settings: Settings
) -> None:
    """Two named peers and a report saying "peers: 2": both answered."""
    scenario = await build(session, peers=2, reports=3)
    for token in scenario.tokens_of(PEER) + scenario.tokens_of(RaterGroup.DIRECT_REPORT):
        await submit(api, scenario, token)
    await service.close_now(session, scenario.cycle_id)
    await session.commit()
    for who in (scenario.leader, scenario.manager):
        read = await ask(
            api,
            "EvaluationReport",
            token_for(who, settings),
            id=gid("Evaluation", scenario.evaluation_id),
        )
        figures = read.data["node"]["report"]["figures"]
        assert figures is not None
        assert "DIRECT_REPORT" in figures["shownGroups"]
        # The peers are left out of every figure, their count of answers included.
        assert PEER.value not in json.dumps(figures), figures["responses"]


async def test_hr_cannot_subtract_exactly_known_groups_from_the_cycles_response_rates(
    api: GraphQLClient, session: AsyncSession, settings: Settings
) -> None:
    """While the cycle is open: a leader's three peers invited at exactly the
    threshold with enough answers have all answered; the cycle's peer count
    minus those three is the other leader's hidden peers. Whatever HR reads must
    not move when the hidden peers answer."""
    scenario = await build(session, peers=2, reports=0)
    exact = await add_leader_with_peers(session, scenario, peers=3)
    for token in exact:
        await submit(api, scenario, token)
    hr = token_for(scenario.hr, settings)
    cycle = gid("EvaluationCycle", scenario.cycle_id)
    before = (await api.execute(HR_CYCLE_VIEW, {"id": cycle}, token=hr)).body
    for token in scenario.tokens_of(PEER):  # both hidden peers, named to HR
        await submit(api, scenario, token)
    after = (await api.execute(HR_CYCLE_VIEW, {"id": cycle}, token=hr)).body
    assert "errors" not in after, after
    assert after == before


async def _closed_world(
    api: GraphQLClient, session: AsyncSession, settings: Settings, hidden_answering: int
) -> Any:
    """Four leaders in one closed cycle: three with three peers who all
    answered (their peers are pooled), one with two named peers of whom
    ``hidden_answering`` answered. What HR reads of the cycle, without ids."""
    scenario = await build(session, peers=2, reports=0)
    for _ in range(3):
        for token in await add_leader_with_peers(session, scenario, peers=3):
            await submit(api, scenario, token)
    for token in scenario.tokens_of(PEER)[:hidden_answering]:
        await submit(api, scenario, token)
    await service.close_now(session, scenario.cycle_id)
    await session.commit()
    hr = token_for(scenario.hr, settings)
    read = await api.execute(
        HR_CYCLE_VIEW, {"id": gid("EvaluationCycle", scenario.cycle_id)}, token=hr
    )
    assert "errors" not in read.body, read.body
    node = read.data["node"]
    # The pooled results are shown: the attack needs them, and HR has them.
    assert node["results"] is not None and PEER.value in node["results"]["shownGroups"]
    # Names differ between the two organisations; the shape of the invitations does not.
    for edge in node["evaluations"]["edges"]:
        for nomination in edge["node"]["nominations"]:
            nomination["raterName"] = re.sub(r"\d+", "#", nomination["raterName"])
    return _without_ids(node)


async def test_hr_cannot_subtract_pooled_results_from_a_closed_cycles_response_rates(
    api: GraphQLClient, session: AsyncSession, settings: Settings
) -> None:
    """After the close: the pooled results give the shown peers' n; the cycle's
    peer count minus it is the hidden peers'. HR reads the same whether both
    hidden peers answered or neither."""
    both = await _closed_world(api, session, settings, hidden_answering=2)
    neither = await _closed_world(api, session, settings, hidden_answering=0)
    assert both == neither


async def test_erasing_a_rater_does_not_say_whether_they_were_reminded(
    api: GraphQLClient, session: AsyncSession, settings: Settings
) -> None:
    """Reminders go only to raters who have not answered, each with a link of
    its own; the erasure's count of changed rows must not count them."""
    scenario = await build(session, peers=3, reports=3)
    await delivery.invite(session, scenario.cycle_id)
    await session.commit()
    answered, silent = (n.rater_id for n in scenario.nominations[PEER][:2])
    await submit(api, scenario, scenario.tokens_of(PEER)[0])
    cycle = await repository.cycle(session, scenario.cycle_id)
    assert cycle is not None
    days = (cycle.reminder_days_before_close or [2])[0]
    assert await send_due_reminders(session, cycle.closes_at - timedelta(days=days)) > 0
    await session.commit()
    hr = token_for(scenario.hr, settings)
    outcomes = []
    for rater_id in (answered, silent):
        assert rater_id is not None
        rater = scenario.raters[rater_id]
        person = await session.get(Person, rater.person_id)
        assert person is not None
        erased = await ask(
            api,
            "ErasePerson",
            hr,
            input={"personId": gid("Person", rater.person_id), "confirmEmail": person.email},
        )
        payload = erased.data["erasePerson"]
        assert payload["errors"] == []
        outcomes.append((payload["changedRows"], sorted(payload["tables"])))
    assert outcomes[0] == outcomes[1]


async def test_hr_cannot_count_a_hidden_groups_declines_by_their_reasons(
    api: GraphQLClient, session: AsyncSession, settings: Settings
) -> None:
    """A leader's four peers: three answer, one declines with a reason (HR's
    counts say one decline). The other leader's two named peers both decline
    with a reason: three reasons beside one counted decline would say that
    both hidden peers declined. Whatever HR reads must not move."""
    scenario = await build(session, peers=2, reports=0)
    shown = await add_leader_with_peers(session, scenario, peers=4)
    for token in shown[:3]:
        await submit(api, scenario, token)
    await decline(api, shown[3], "Har ikke tid")
    hr = token_for(scenario.hr, settings)
    cycle = gid("EvaluationCycle", scenario.cycle_id)
    before = (await api.execute(HR_CYCLE_VIEW, {"id": cycle}, token=hr)).body
    for token, reason in zip(scenario.tokens_of(PEER), ("Barsel", "Kender ikke Lea"), strict=True):
        await decline(api, token, reason)
    after = (await api.execute(HR_CYCLE_VIEW, {"id": cycle}, token=hr)).body
    assert "errors" not in after, after
    assert after == before
