"""HR reminds the raters of an open cycle now (remindEvaluationRaters) and
changes its reminder days (changeEvaluationReminderDays). Only raters who
have not answered get a reminder, and the answer tells HR neither who nor
how many."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.db import utcnow
from backend.identity.models import Membership
from backend.jobs.models import OutboxMessage
from backend.settings import Settings
from feedback.evaluations import service
from feedback.evaluations.delivery.service import remind
from feedback.evaluations.models import CycleProfile, RaterGroup
from tests.support.evaluation_world import Scenario, answer, build, close
from tests.support.factories import token_for
from tests.support.graphql_client import GraphQLClient, GraphQLResponse, error_codes, payload
from tests.support.operations import gid, operation


async def _mails_since(session: AsyncSession, before: set[int]) -> list[str]:
    rows = await session.scalars(
        select(OutboxMessage).where(
            OutboxMessage.id > max(before, default=0), OutboxMessage.task == "mail.send"
        )
    )
    return [str(m.payload["to"]) for m in rows]


async def _outbox(session: AsyncSession) -> set[int]:
    return set(await session.scalars(select(OutboxMessage.id)))


async def _remind(
    api: GraphQLClient, scenario: Scenario, who: Membership, settings: Settings
) -> GraphQLResponse:
    return await api.execute(
        operation("RemindEvaluationRaters"),
        {"input": {"cycleId": gid("EvaluationCycle", scenario.cycle_id)}},
        token=token_for(who, settings),
    )


async def test_hr_reminds_only_raters_who_have_not_answered_and_learns_no_count(
    api: GraphQLClient, session: AsyncSession, settings: Settings
) -> None:
    scenario = await build(session, peers=3, reports=3)
    await service.invite(session, scenario.cycle_id)
    await session.commit()
    peers = scenario.nominations[RaterGroup.PEER]
    await answer(session, scenario, scenario.tokens[peers[0].id], 4)
    before = await _outbox(session)

    response = await _remind(api, scenario, scenario.hr, settings)

    result = payload(response, "remindEvaluationRaters")
    assert result["errors"] == []
    assert set(result) == {"errors", "clientMutationId", "cycle"}  # no count, no names
    recipients = await _mails_since(session, before)
    assert len(recipients) == 7  # self, manager, two peers, three direct reports
    assert not any(peers[0].rater_email in r for r in recipients)
    # Reminded today already: a second press sends nothing, and says the same.
    again = await _outbox(session)
    second = payload(await _remind(api, scenario, scenario.hr, settings), "remindEvaluationRaters")
    assert second == result
    assert await _mails_since(session, again) == []


async def test_the_danish_profile_reminds_a_rater_at_most_twice(
    api: GraphQLClient, session: AsyncSession, settings: Settings
) -> None:
    scenario = await build(session, peers=3, reports=0, profile=CycleProfile.DANISH_PUBLIC_SECTOR)
    await service.invite(session, scenario.cycle_id)
    await session.commit()
    today = utcnow().date()
    # Self, manager and three peers, reminded on the two days before today.
    assert (await remind(session, scenario.cycle_id, today - timedelta(days=2))).count == 5
    assert (await remind(session, scenario.cycle_id, today - timedelta(days=1))).count == 5
    await session.commit()
    before = await _outbox(session)

    response = await _remind(api, scenario, scenario.hr, settings)

    assert payload(response, "remindEvaluationRaters")["errors"] == []
    assert await _mails_since(session, before) == []


async def test_only_hr_reminds_and_only_an_open_cycle(
    api: GraphQLClient, session: AsyncSession, settings: Settings
) -> None:
    scenario = await build(session, peers=3, reports=3)

    refused = await _remind(api, scenario, scenario.leader, settings)
    assert error_codes(refused, "remindEvaluationRaters") == ["FORBIDDEN"]
    await close(session, scenario)
    closed = await _remind(api, scenario, scenario.hr, settings)
    assert error_codes(closed, "remindEvaluationRaters") == ["RULE_VIOLATED"]


async def test_hr_changes_the_reminder_days_until_the_cycle_closes(
    api: GraphQLClient, session: AsyncSession, settings: Settings
) -> None:
    scenario = await build(session, peers=3, reports=3)
    change = operation("ChangeEvaluationReminderDays")
    hr = token_for(scenario.hr, settings, "en")
    cycle_id = gid("EvaluationCycle", scenario.cycle_id)

    changed = await api.execute(
        change, {"input": {"cycleId": cycle_id, "reminderDaysBeforeClose": [1, 5, 5]}}, token=hr
    )
    too_many = await api.execute(
        change,
        {"input": {"cycleId": cycle_id, "reminderDaysBeforeClose": [1, 2, 3, 4, 5, 6]}},
        token=hr,
    )

    assert payload(changed, "changeEvaluationReminderDays")["cycle"]["reminderDaysBeforeClose"] == [
        5,
        1,
    ]
    errors = payload(too_many, "changeEvaluationReminderDays")["errors"]
    assert [(e["code"], e["field"]) for e in errors] == [
        ("INVALID", ["input", "reminderDaysBeforeClose"])
    ]
    assert errors[0]["message"] == "At most 5 reminders, each 0-60 days before the close."
    await close(session, scenario)
    closed = await api.execute(
        change, {"input": {"cycleId": cycle_id, "reminderDaysBeforeClose": [2]}}, token=hr
    )
    assert error_codes(closed, "changeEvaluationReminderDays") == ["RULE_VIOLATED"]
