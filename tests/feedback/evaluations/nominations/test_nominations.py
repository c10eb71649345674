"""Nominations: the leader nominates, the manager approves, HR's limits hold."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.api.errors import DomainError, DomainErrors, ErrorCode
from backend.api.relay import to_global_id
from backend.db import Database
from backend.jobs.models import OutboxMessage
from backend.settings import Settings
from feedback.evaluations import service
from feedback.evaluations.models import RaterGroup
from feedback.evaluations.service import NomineeCommand, TaskKind
from tests.support.evaluation_world import build
from tests.support.factories import make_person, token_for
from tests.support.graphql_client import GraphQLClient
from tests.support.operations import operation
from tests.support.statements import count_statements


async def test_nominating_oneself_as_a_peer_is_refused(session: AsyncSession) -> None:
    scenario = await build(session, peers=0, reports=0, open_cycle=False)
    with pytest.raises(DomainErrors) as refused:
        await service.nominate(
            session,
            scenario.leader_viewer,
            scenario.evaluation_id,
            [NomineeCommand(RaterGroup.PEER, membership_id=scenario.leader_viewer.membership_id)],
        )
    error = refused.value.errors[0]
    assert (error.code, error.field) == (ErrorCode.RULE_VIOLATED, ["nominees", "0", "membershipId"])
    with pytest.raises(DomainErrors):
        await service.nominate(
            session,
            scenario.leader_viewer,
            scenario.evaluation_id,
            [NomineeCommand(RaterGroup.SELF, name="Me", email="me@example.dk")],
        )


async def test_limits_duplicates_and_approval(session: AsyncSession) -> None:
    scenario = await build(
        session,
        peers=0,
        reports=0,
        open_cycle=True,
        nomination_limits={RaterGroup.PEER: (3, 4)},
    )
    colleagues = [(await make_person(session, scenario.organisation)).id for _ in range(5)]
    await session.commit()
    leader = scenario.leader_viewer
    with pytest.raises(DomainErrors) as too_many:
        await service.nominate(
            session,
            leader,
            scenario.evaluation_id,
            [NomineeCommand(RaterGroup.PEER, membership_id=c) for c in colleagues],
        )
    assert [e.message_key for e in too_many.value.errors] == ["feedback.nomination.too_many"]
    await session.rollback()
    await service.nominate(
        session,
        leader,
        scenario.evaluation_id,
        [NomineeCommand(RaterGroup.PEER, membership_id=c) for c in colleagues[:2]]
        + [NomineeCommand(RaterGroup.EXTERNAL, name="Borger", email="borger@example.org")],
    )
    with pytest.raises(DomainErrors) as duplicate:
        await service.nominate(
            session,
            leader,
            scenario.evaluation_id,
            [NomineeCommand(RaterGroup.PEER, membership_id=colleagues[0])],
        )
    assert duplicate.value.errors[0].code == ErrorCode.DUPLICATE
    with pytest.raises(DomainErrors) as too_few:
        await service.submit(session, leader, scenario.evaluation_id)
    assert too_few.value.errors[0].message_key == "feedback.nomination.too_few"
    await service.nominate(
        session,
        leader,
        scenario.evaluation_id,
        [NomineeCommand(RaterGroup.PEER, membership_id=colleagues[2])],
    )
    tasks = await service.open_evaluation_tasks(session, leader)
    assert {t.kind for t in tasks} >= {TaskKind.NOMINATE_RATERS, TaskKind.GIVE_SELF_ASSESSMENT}
    await service.submit(session, leader, scenario.evaluation_id)
    with pytest.raises(DomainError):
        await service.approve(session, leader, scenario.evaluation_id, [])  # not their own
    manager_tasks = await service.open_evaluation_tasks(session, scenario.manager_viewer)
    assert TaskKind.APPROVE_NOMINATIONS in {t.kind for t in manager_tasks}
    before = set(await session.scalars(select(OutboxMessage.id)))
    await service.approve(session, scenario.manager_viewer, scenario.evaluation_id, [])
    mails = list(
        await session.scalars(
            select(OutboxMessage).where(
                OutboxMessage.id > max(before, default=0), OutboxMessage.task == "mail.send"
            )
        )
    )
    # Three peers and the external rater, invited at once (with the leader's own
    # and the manager's invitations, which this scenario had not sent yet).
    assert len(mails) == 6
    assert all(m.payload["context"]["url"].startswith("http://testserver/rate?t=") for m in mails)
    assert all(len(m.payload["context"]["url"].split("t=")[1].split("&")[0]) >= 22 for m in mails)


async def test_home_page_lists_open_360_tasks(session: AsyncSession) -> None:
    from feedback.evaluations.home.service import pending_360_tasks

    scenario = await build(session, peers=0, reports=0)
    tasks = await pending_360_tasks(session, scenario.leader_viewer)
    titles = sorted(t.title for t in tasks)
    assert titles == ["Giv din selvevaluering: Test cycle", "Nominér bedømmere: Test cycle"]
    manager = await pending_360_tasks(session, scenario.manager_viewer)
    assert [t.title for t in manager] == ["Giv Lea Leder feedback som leder: Test cycle"]


async def test_each_home_task_has_its_own_id_and_kind_and_the_self_assessment_opens_in_the_app(
    session: AsyncSession, api: GraphQLClient, settings: Settings
) -> None:
    scenario = await build(session, peers=0, reports=0)
    await session.commit()
    token = token_for(scenario.leader, settings)
    home = (await api.execute(operation("Home"), token=token)).data["home"]
    tasks = {t["kind"]: t for t in home["pending360Tasks"]}
    assert sorted(tasks) == ["GIVE_SELF_ASSESSMENT", "NOMINATE_RATERS"]
    assert len({t["id"] for t in tasks.values()}) == 2  # one evaluation, two tasks
    evaluation = to_global_id("Evaluation", scenario.evaluation_id)
    assert {t["evaluationId"] for t in tasks.values()} == {evaluation}

    opened = await api.execute(
        operation("OpenMyRaterForm"), {"input": {"evaluationId": evaluation}}, token=token
    )
    result = opened.data["openMyRaterForm"]
    assert result["errors"] == [] and result["raterGroup"] == "SELF"
    assert result["url"].startswith("http://testserver/rate?t=")
    form = await api.execute(operation("RaterForm"), {"token": result["token"]})
    assert form.data["raterForm"]["state"] == "OPEN"
    assert form.data["raterForm"]["raterGroup"] == "SELF"
    # Nobody else opens the leader's own form.
    other = await api.execute(
        operation("OpenMyRaterForm"),
        {"input": {"evaluationId": evaluation}},
        token=token_for(scenario.hr, settings),
    )
    assert [e["code"] for e in other.data["openMyRaterForm"]["errors"]] == ["NOT_FOUND"]


async def test_home_tasks_do_not_load_the_frozen_results(
    session: AsyncSession, database: Database
) -> None:
    """Home lists tasks, never results: the stored result documents (tens of kB
    an evaluation) are not read for it."""
    from feedback.evaluations.home.service import pending_360_tasks

    scenario = await build(session, peers=0, reports=0)
    session.expunge_all()
    with count_statements(database.engine) as log:
        leader = await pending_360_tasks(session, scenario.leader_viewer)
        manager = await pending_360_tasks(session, scenario.manager_viewer)
    assert len(leader) == 2 and len(manager) == 1
    assert log.selects()
    assert not [s for s in log.selects() if "frozen_results" in s]
