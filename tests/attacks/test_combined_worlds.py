"""The differential attacker: two organisations alike in everything but what
one hidden group did. Whatever the leader, the manager and HR can read of a
closed cycle (the report, the leader's own personal-data export, the leader's
evaluations and tasks, home pages, the privacy audit log, the cycle's response
rates, decline reasons, pooled results, every evaluation's progress and
invitations) must be the same in
both; any difference is something an attacker learns about the hidden group,
however many outputs they combine."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from backend.db import Database
from backend.settings import Settings
from feedback.evaluations import service
from feedback.evaluations.models import RaterGroup
from tests.attacks.combined import HR_CYCLE_VIEW, add_leader_with_peers, decline, submit
from tests.backend.privacy.operations import exported_document, run_export_task
from tests.support.evaluation_world import build
from tests.support.factories import token_for
from tests.support.graphql_client import GraphQLClient
from tests.support.operations import gid, operation

# What differs between two organisations whatever the raters did.
_VOLATILE = re.compile(
    r"(^id$|Id$|_id$|^id_|name$|Name$|email|Email|At$|_at$|^at$|On$|_on$|url|Url|key$|^token"
    r"|[cC]ursor$)"
)


def _same_shape(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _same_shape(v) for k, v in value.items() if not _VOLATILE.search(k)}
    if isinstance(value, list):
        return [_same_shape(v) for v in value]
    if isinstance(value, str):
        return re.sub(r"\d+", "#", value)
    return value


async def _read(api: GraphQLClient, query: str, token: str, **variables: Any) -> Any:
    response = await api.execute(query, variables or None, token=token)
    assert response.status == 200 and response.errors == [], response.errors
    return response.data


async def _world(
    api: GraphQLClient,
    session: AsyncSession,
    database: Database,
    settings: Settings,
    hidden: str,
    closed: bool = True,
) -> Any:
    """Four leaders; three have three peers who answer; the fourth has two
    named peers (hidden) and three direct reports who answer. ``hidden``:
    what the two peers do ("answer", "decline" or "nothing")."""
    scenario = await build(session, peers=2, reports=3)
    for _ in range(3):
        links = await add_leader_with_peers(session, scenario, peers=3)
        for token in links:
            await submit(api, scenario, token)
    for token in scenario.tokens_of(RaterGroup.DIRECT_REPORT):
        await submit(api, scenario, token, value=3)
    for value, token in zip((1, 5), scenario.tokens_of(RaterGroup.PEER), strict=True):
        if hidden == "answer":
            await submit(api, scenario, token, value=value)
        elif hidden == "decline":
            await decline(api, token, f"Grund {value}")
    if closed:
        await service.close_now(session, scenario.cycle_id)
        await session.commit()

    leader = token_for(scenario.leader, settings)
    manager = token_for(scenario.manager, settings)
    hr = token_for(scenario.hr, settings)
    evaluation = gid("Evaluation", scenario.evaluation_id)
    report = operation("EvaluationReport")
    read = {
        "leader report": await _read(api, report, leader, id=evaluation),
        "manager report": await _read(api, report, manager, id=evaluation),
        "leader evaluations": await _read(api, operation("MyEvaluations"), leader),
        "leader tasks": await _read(api, operation("MyEvaluationTasks"), leader),
        "manager tasks": await _read(api, operation("MyEvaluationTasks"), manager),
        "hr cycle": await _read(
            api, HR_CYCLE_VIEW, hr, id=gid("EvaluationCycle", scenario.cycle_id)
        ),
        "hr evaluation": await _read(api, report, hr, id=evaluation),
        "leader home": await _read(api, operation("Home"), leader),
        "manager home": await _read(api, operation("Home"), manager),
        "hr audit log": await _read(api, operation("PrivacyAuditLog"), hr, first=50),
        "leader audit log": await _read(api, operation("PrivacyAuditLog"), leader, first=50),
    }
    if closed:  # the attack needs the figures shown, and they are
        assert read["leader report"]["node"]["report"]["figures"] is not None
        assert read["hr cycle"]["node"]["results"] is not None

    requested = await api.execute(
        operation("RequestPersonalDataExport"), {"input": {}}, token=leader
    )
    assert requested.data["requestPersonalDataExport"]["errors"] == []
    document = await exported_document(
        session, settings, await run_export_task(session, database, settings)
    )
    read["leader export"] = document["slices"]["feedback.evaluations"]
    return _same_shape(read)


async def test_nothing_anyone_reads_of_a_closed_cycle_depends_on_what_a_hidden_group_did(
    api: GraphQLClient, session: AsyncSession, database: Database, settings: Settings
) -> None:
    answered = await _world(api, session, database, settings, "answer")
    declined = await _world(api, session, database, settings, "decline")
    silent = await _world(api, session, database, settings, "nothing")
    for name in answered:
        assert answered[name] == silent[name], name
        assert declined[name] == silent[name], name


async def test_nothing_anyone_reads_while_the_cycle_is_open_depends_on_a_hidden_group(
    api: GraphQLClient, session: AsyncSession, database: Database, settings: Settings
) -> None:
    """The same while the cycle is open: HR's totals included."""
    answered = await _world(api, session, database, settings, "answer", closed=False)
    declined = await _world(api, session, database, settings, "decline", closed=False)
    silent = await _world(api, session, database, settings, "nothing", closed=False)
    for name in answered:
        assert answered[name] == silent[name], name
        assert declined[name] == silent[name], name


async def _report_of_three_peers(
    api: GraphQLClient, session: AsyncSession, settings: Settings, values: tuple[int, ...]
) -> Any:
    scenario = await build(session, peers=3, reports=0)
    for value, token in zip(values, scenario.tokens_of(RaterGroup.PEER), strict=True):
        await submit(api, scenario, token, value=value)
    await service.close_now(session, scenario.cycle_id)
    await session.commit()
    read = await _read(
        api,
        operation("EvaluationReport"),
        token_for(scenario.leader, settings),
        id=gid("Evaluation", scenario.evaluation_id),
    )
    assert read["node"]["report"]["figures"]["shownGroups"] == ["PEER"]
    return _same_shape(read)


async def test_a_group_of_three_does_not_say_whether_its_raters_agreed(
    api: GraphQLClient, session: AsyncSession, settings: Settings
) -> None:
    """Peers (4, 4, 4) and (3, 4, 5): the same mean. With the spread beside it,
    0 says that each of the three named peers answered 4; and a peer who tells
    the leader their own answer gives away the other two's."""
    agreed = await _report_of_three_peers(api, session, settings, (4, 4, 4))
    spread = await _report_of_three_peers(api, session, settings, (3, 4, 5))
    assert agreed == spread
