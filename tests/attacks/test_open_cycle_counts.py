"""Attack 6: who answered, while the cycle is open and after.

Beside the named nominations, a count per group that moves at each
submission ("peers 2 of 2") says who answered. So: whatever the subject, the
manager or HR can read must not change when a rater of a group under its
threshold answers or declines; no one may read, by name, who answered or
declined (HR through a rater's personal-data export neither); decline
reasons are kept without the rater. Everything through the API over HTTP.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.ext.asyncio import AsyncSession

from backend.db import Database
from backend.settings import Settings
from feedback.evaluations import repository, service
from feedback.evaluations.delivery import service as delivery
from feedback.evaluations.models import DeclineReason, Nomination, RaterGroup
from feedback.evaluations.nominations import repository as nomination_repository
from tests.backend.privacy.operations import exported_document, run_export_task
from tests.support.evaluation_world import Scenario, build
from tests.support.factories import make_person, token_for
from tests.support.graphql_client import GraphQLClient
from tests.support.operations import gid, operation

EVALUATION_FIELDS = """
  id nominationState reportStatus enoughAnswers
  nominations { id group raterName raterEmail status invited outsideDirectory }
  progress { group invited minimum enoughAnswers }
"""
LEADER_VIEW = f"{{ myEvaluations {{ {EVALUATION_FIELDS} }} myEvaluationTasks {{ kind }} }}"
EVALUATION_VIEW = (
    f"query($id: ID!) {{ node(id: $id) {{ ... on Evaluation {{ {EVALUATION_FIELDS} }} }} }}"
)
NOMINATION_FIELDS = "id group raterName raterEmail status invited outsideDirectory"


def nomination_view(ids: list[str]) -> str:
    """Each invitation read by node(id), as a prober would."""
    fields = " ".join(
        f'n{i}: node(id: "{pk}") {{ ... on Nomination {{ {NOMINATION_FIELDS} }} }}'
        for i, pk in enumerate(ids)
    )
    return f"{{ {fields} }}"


CYCLE_VIEW = (
    """query($id: ID!) { node(id: $id) { ... on EvaluationCycle {
  status
  responseRates { invited answered declined
    groups { group invited answered declined } }
  declineReasons
  evaluations { edges { node { """
    + EVALUATION_FIELDS
    + """ } } } } } }"""
)
SUBMIT = operation("SubmitRaterResponse")
DECLINE = operation("DeclineRaterInvitation")

REASONS = ["Jeg er på barsel til marts", "Kender ikke Lea godt nok", "Har ikke tid lige nu"]


async def _read(api: GraphQLClient, query: str, token: str, **variables: Any) -> Any:
    response = await api.execute(query, variables or None, token=token)
    assert response.errors == [], response.errors
    return response.data


async def _submit(api: GraphQLClient, scenario: Scenario, token: str) -> None:
    answers = [{"itemId": gid("CompetencyItem", i), "value": 4} for i in scenario.item_ids]
    response = await api.execute(SUBMIT, {"input": {"token": token, "answers": answers}})
    assert response.data["submitRaterResponse"]["errors"] == []


async def _decline(api: GraphQLClient, token: str, reason: str) -> None:
    response = await api.execute(DECLINE, {"input": {"token": token, "reason": reason}})
    assert response.data["declineRaterInvitation"]["errors"] == []


class Views:
    """Everything the leader, the manager and HR can read about one evaluation."""

    def __init__(self, api: GraphQLClient, scenario: Scenario, settings: Settings) -> None:
        self.api, self.scenario = api, scenario
        self.leader = token_for(scenario.leader, settings)
        self.manager = token_for(scenario.manager, settings)
        self.hr = token_for(scenario.hr, settings)
        self.evaluation = gid("Evaluation", scenario.evaluation_id)
        self.cycle = gid("EvaluationCycle", scenario.cycle_id)
        self.nominations = [
            gid("Nomination", n.id) for rows in scenario.nominations.values() for n in rows
        ]

    async def leader_view(self) -> Any:
        return (
            await _read(self.api, LEADER_VIEW, self.leader),
            await _read(self.api, nomination_view(self.nominations), self.leader),
        )

    async def manager_view(self) -> Any:
        return (
            await _read(self.api, EVALUATION_VIEW, self.manager, id=self.evaluation),
            await _read(self.api, nomination_view(self.nominations), self.manager),
        )

    async def hr_view(self) -> Any:
        cycle = await _read(self.api, CYCLE_VIEW, self.hr, id=self.cycle)
        rates = cycle["node"]["responseRates"]
        # The cycle's own totals are HR's aggregate; everything else must not move.
        totals = {k: rates.pop(k) for k in ("invited", "answered", "declined")}
        return (
            cycle,
            await _read(self.api, EVALUATION_VIEW, self.hr, id=self.evaluation),
            await _read(self.api, nomination_view(self.nominations), self.hr),
        ), totals


async def test_nothing_the_subject_manager_or_hr_reads_moves_when_a_hidden_group_answers(
    api: GraphQLClient, session: AsyncSession, settings: Settings
) -> None:
    scenario = await build(session, peers=2, reports=4)
    views = Views(api, scenario, settings)
    peers = scenario.tokens_of(RaterGroup.PEER)
    reports = scenario.tokens_of(RaterGroup.DIRECT_REPORT)
    before = (await views.leader_view(), await views.manager_view(), (await views.hr_view())[0])

    await _submit(api, scenario, peers[0])
    await _decline(api, peers[1], REASONS[0])
    await _submit(api, scenario, reports[0])
    await _decline(api, reports[1], REASONS[1])
    [manager_token] = scenario.tokens_of(RaterGroup.MANAGER)
    await _submit(api, scenario, manager_token)

    after = (await views.leader_view(), await views.manager_view(), (await views.hr_view())[0])
    assert after == before
    progress = {p["group"]: p for p in after[0][0]["myEvaluations"][0]["progress"]}
    # Only the anonymous groups, and no count but the invitations the leader made.
    assert set(progress) == {"PEER", "DIRECT_REPORT", "EXTERNAL"}
    mine = after[0][0]["myEvaluations"][0]
    sent = sum(1 for n in mine["nominations"] if n["group"] == "PEER" and n["invited"])
    assert progress["PEER"] == {
        "group": "PEER",
        "invited": sent,
        "minimum": 3,
        "enoughAnswers": False,
    }


async def test_a_group_shows_enough_answers_only_at_its_threshold(
    api: GraphQLClient, session: AsyncSession, settings: Settings
) -> None:
    scenario = await build(session, peers=2, reports=4)
    views = Views(api, scenario, settings)
    reports = scenario.tokens_of(RaterGroup.DIRECT_REPORT)
    for token in reports[:2]:
        await _submit(api, scenario, token)
    leader, _ = await views.leader_view()
    assert {p["group"]: p["enoughAnswers"] for p in leader["myEvaluations"][0]["progress"]} == {
        "PEER": False,
        "DIRECT_REPORT": False,
        "EXTERNAL": False,
    }
    await _submit(api, scenario, reports[2])
    leader, _ = await views.leader_view()
    enough = {p["group"]: p["enoughAnswers"] for p in leader["myEvaluations"][0]["progress"]}
    assert enough["DIRECT_REPORT"] is True and enough["PEER"] is False

    (cycle, _, _), totals = await views.hr_view()
    groups = {g["group"]: g for g in cycle["node"]["responseRates"]["groups"]}
    # Direct reports reached their threshold: their counts show; peers' never.
    assert (groups["DIRECT_REPORT"]["answered"], groups["DIRECT_REPORT"]["declined"]) == (3, 0)
    assert (groups["PEER"]["answered"], groups["PEER"]["declined"]) == (None, None)
    assert totals["answered"] == 3
    hidden = [g for g in groups.values() if g["answered"] is None and g["invited"]]
    # Never exactly one hidden group beside the total: the total minus the shown
    # groups would give it back.
    assert len(hidden) != 1


async def test_decline_reasons_are_kept_without_the_rater(
    api: GraphQLClient, session: AsyncSession, settings: Settings
) -> None:
    scenario = await build(session, peers=6, reports=3)
    views = Views(api, scenario, settings)
    tokens = scenario.tokens_of(RaterGroup.PEER)
    # The peers reach their threshold: only declines of a group with enough
    # answers are counted, and never more reasons are shown than declines
    # counted (tests/attacks/test_combined_counts.py).
    for token in tokens[3:]:
        await _submit(api, scenario, token)
    for token, reason in zip(tokens[:2], REASONS, strict=False):
        await _decline(api, token, reason)
    (cycle, _, _), _ = await views.hr_view()
    # Two reasons of one leader's raters: under the comment threshold, not shown.
    assert cycle["node"]["declineReasons"] == []
    await _decline(api, tokens[2], REASONS[2])
    (cycle, _, _), _ = await views.hr_view()
    assert cycle["node"]["declineReasons"] == sorted(REASONS, key=str.casefold)
    # The reason lives apart from the invitation: no column of the invitation
    # holds it, and nothing of the reason points at an invitation or a leader.
    assert "decline_reason" not in {c.name for c in inspect(Nomination).columns}
    reason_columns = {c.name for c in inspect(DeclineReason).columns}
    assert not reason_columns & {"nomination_id", "evaluation_id", "rater_id", "created_at"}
    for role in (views.leader, views.manager):
        seen = await api.execute(CYCLE_VIEW, {"id": views.cycle}, token=role)
        assert not any(reason in json.dumps(seen.body) for reason in REASONS)


async def test_a_raters_export_does_not_say_what_they_answered_or_declined(
    api: GraphQLClient, session: AsyncSession, database: Database, settings: Settings
) -> None:
    scenario = await build(session, peers=3, reports=3)
    answered, declined = scenario.tokens_of(RaterGroup.PEER)[:2]
    await _submit(api, scenario, answered)
    await _decline(api, declined, REASONS[0])
    declined_rater = scenario.nominations[RaterGroup.PEER][1].rater_id
    assert declined_rater is not None
    rater = scenario.raters[declined_rater]
    hr = token_for(scenario.hr, settings)
    for token, variables in (
        (token_for(rater, settings), {}),
        (hr, {"personId": gid("Person", rater.person_id)}),
    ):
        requested = await api.execute(
            operation("RequestPersonalDataExport"), {"input": variables}, token=token
        )
        assert requested.data["requestPersonalDataExport"]["errors"] == []
        export_id = await run_export_task(session, database, settings)
        document = await exported_document(session, settings, export_id)
        invitations = document["slices"]["feedback.evaluations"]["nomination"]
        assert len(invitations) == 1  # the invitation itself is the rater's data
        for row in invitations:
            assert not set(row) & {
                "responded",
                "declined",
                "decline_reason",
                "reminders_sent",
                "last_reminded_on",
            }
        assert REASONS[0] not in json.dumps(document)


async def _links(session: AsyncSession, scenario: Scenario, group: RaterGroup) -> list[str]:
    """A link for every approved rater of ``group`` in the whole cycle."""
    evaluations = await repository.evaluations_of_cycle(session, scenario.cycle_id)
    found = await nomination_repository.nominations_by_evaluation(
        session, [e.id for e in evaluations]
    )
    links = [
        await delivery.issue_token(session, n.id, scenario.cycle.closes_at)
        for rows in found.values()
        for n in rows
        if n.rater_group == group.value
    ]
    await session.commit()
    return links


async def test_one_hidden_group_is_never_left_alone_beside_the_cycle_totals(
    api: GraphQLClient, session: AsyncSession, settings: Settings
) -> None:
    """Three leaders' self and manager answers and three direct reports reach
    their thresholds; one of two peers answers. With only the peers hidden,
    the cycle's total minus the shown groups would be the peers' count: so the
    smallest shown group is hidden too."""
    scenario = await build(session, peers=2, reports=3)
    others = [
        await make_person(session, scenario.organisation, manager=scenario.manager)
        for _ in range(2)
    ]
    await service.add_leaders(session, scenario.cycle, [m.id for m in others])
    await session.commit()
    for group in (RaterGroup.SELF, RaterGroup.MANAGER, RaterGroup.DIRECT_REPORT):
        for link in await _links(session, scenario, group):
            await _submit(api, scenario, link)
    await _submit(api, scenario, scenario.tokens_of(RaterGroup.PEER)[0])

    (cycle, _, _), totals = await Views(api, scenario, settings).hr_view()
    groups = {g["group"]: g for g in cycle["node"]["responseRates"]["groups"]}
    hidden = {g for g, row in groups.items() if row["invited"] and row["answered"] is None}
    assert hidden == {"PEER", "DIRECT_REPORT"}  # the peers, and the smallest shown group
    assert (groups["SELF"]["answered"], groups["MANAGER"]["answered"]) == (3, 3)
    # The one peer's answer is not counted while the leader's peers are under
    # their threshold (tests/attacks/test_combined_counts.py).
    assert totals["answered"] == 3 + 3 + 3
    shown = sum(row["answered"] or 0 for row in groups.values())
    # What subtraction gives is the hidden groups together, never the peers alone.
    assert totals["answered"] - shown == 3
