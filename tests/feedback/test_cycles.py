"""Cycles: thresholds, bulk invitations, closing, reports, the demo seed."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.api.errors import DomainError, ErrorCode
from backend.db import Database, utcnow
from backend.jobs.models import OutboxMessage
from backend.jobs.outbox_task import handle_message
from backend.settings import Settings
from backend.storage import get_storage
from feedback.evaluations import repository, service
from feedback.evaluations.models import (
    CycleProfile,
    CyclePurpose,
    NominationStatus,
    RaterGroup,
    RaterToken,
    ReportStatus,
)
from feedback.evaluations.tasks import render_report
from feedback.frameworks.service import write_framework
from tests.feedback.scenario import answer, build, close, small_framework
from tests.support.factories import make_organisation, make_person
from tests.support.statements import count_statements


async def test_a_threshold_below_three_is_refused(session: AsyncSession) -> None:
    organisation = await make_organisation(session)
    framework = await write_framework(session, organisation.id, small_framework(), publish=True)
    for field, values in (
        ("minPeer", {"min_peer": 2}),
        ("minAllRaters", {"min_all_raters": 1}),
        ("minComments", {"min_comments": 2}),
    ):
        with pytest.raises(DomainError) as refused:
            await service.write_cycle(
                session,
                organisation.id,
                None,
                service.CycleCommand(
                    name="x",
                    framework_id=framework.id,
                    opens_at=utcnow(),
                    closes_at=utcnow() + timedelta(days=5),
                    **values,
                ),
            )
        assert (refused.value.code, refused.value.field) == (ErrorCode.RULE_VIOLATED, [field])
    with pytest.raises(DomainError) as reminders:
        await service.write_cycle(
            session,
            organisation.id,
            None,
            service.CycleCommand(
                name="x",
                framework_id=framework.id,
                opens_at=utcnow(),
                closes_at=utcnow() + timedelta(days=5),
                profile=CycleProfile.DANISH_PUBLIC_SECTOR,
                reminder_days_before_close=[7, 3, 1],
            ),
        )
    assert reminders.value.field == ["reminderDaysBeforeClose"]


async def _cohort(session: AsyncSession, leaders: int) -> int:
    organisation = await make_organisation(session)
    framework = await write_framework(session, organisation.id, small_framework(), publish=True)
    manager = await make_person(session, organisation)
    members = [await make_person(session, organisation, manager=manager) for _ in range(leaders)]
    cycle = await service.write_cycle(
        session,
        organisation.id,
        None,
        service.CycleCommand(
            name="Kohorte",
            framework_id=framework.id,
            opens_at=utcnow(),
            closes_at=utcnow() + timedelta(days=5),
            leader_ids=[m.id for m in members],
        ),
    )
    evaluations = await repository.evaluations_of_cycle(session, cycle.id)
    await repository.insert_nominations(
        session,
        [
            {
                "organisation_id": organisation.id,
                "evaluation_id": e.id,
                "rater_group": "PEER",
                "rater_id": None,
                "rater_name": f"Peer {i}",
                "rater_email": f"p{i}-{e.id}@example.dk",
                "locale": "da",
                "status": NominationStatus.APPROVED.value,
            }
            for e in evaluations
            for i in range(8)
        ],
    )
    await service.open_now(session, cycle)
    await session.commit()
    return cycle.id


async def test_inviting_a_cohort_is_a_few_statements_whatever_its_size(
    session: AsyncSession, database: Database
) -> None:
    counts = []
    for leaders in (2, 40):
        cycle_id = await _cohort(session, leaders)
        with count_statements(database.engine) as log:
            sent = await service.invite(session, cycle_id)
            await session.flush()
        await session.commit()
        assert sent.count == leaders * 10  # self, manager and 8 peers each
        counts.append(log.count)
        tokens = await session.scalar(
            select(func.count())
            .select_from(RaterToken)
            .join(repository.Nomination, repository.Nomination.id == RaterToken.nomination_id)
            .join(repository.Evaluation)
            .where(repository.Evaluation.cycle_id == cycle_id)
        )
        assert tokens == leaders * 10
    assert counts[0] == counts[1] and counts[1] <= 8, (
        counts,
        [x[:90] for x in log.statements][:30],
    )


async def test_closing_freezes_and_renders_the_report(
    session: AsyncSession, database: Database, settings: Settings
) -> None:
    scenario = await build(session, peers=3, reports=5)
    for group in (RaterGroup.SELF, RaterGroup.MANAGER, RaterGroup.PEER, RaterGroup.DIRECT_REPORT):
        for token in scenario.tokens_of(group):
            await answer(session, scenario, token, 4, comment=f"{group.value} siger noget")
    await close(session, scenario)
    message = await session.scalar(
        select(OutboxMessage).where(
            OutboxMessage.task == "feedback.render_report",
            OutboxMessage.payload["evaluation_id"].as_integer() == scenario.evaluation_id,
        )
    )
    assert message is not None
    outcome = await handle_message(database, settings, message.id, render_report)
    assert outcome.value == "done"
    session.expire_all()
    evaluation = await repository.evaluation(session, scenario.evaluation_id)
    assert evaluation.report_status == ReportStatus.READY.value
    pdf = await get_storage(settings).get(evaluation.report_object_key)
    assert pdf.startswith(b"%PDF") and len(pdf) > 10_000
    url = await service.download_url(
        session, scenario.leader_viewer, scenario.evaluation_id, settings
    )
    assert url.startswith("http")


async def test_no_individual_report_below_five_employees_in_the_danish_profile(
    session: AsyncSession,
) -> None:
    scenario = await build(session, peers=3, reports=4, profile=CycleProfile.DANISH_PUBLIC_SECTOR)
    for token in scenario.tokens_of(RaterGroup.DIRECT_REPORT):
        await answer(session, scenario, token, 4)
    await close(session, scenario)
    view = await service.report_for_viewer(
        session, scenario.leader_viewer, scenario.evaluation_id, "da"
    )
    assert view.status == ReportStatus.WITHHELD and view.data is None
    evaluation = await repository.evaluation(session, scenario.evaluation_id)
    # The answers still count where thresholds are met (the cycle's pooled results).
    assert evaluation.frozen_results["responses"]["DIRECT_REPORT"] == 4


async def test_follow_up_compares_with_its_baseline(session: AsyncSession) -> None:
    baseline = await build(session, peers=4, reports=0)
    for token in baseline.tokens_of(RaterGroup.PEER):
        await answer(session, baseline, token, 2)
    await close(session, baseline)
    cycle = await service.write_cycle(
        session,
        baseline.organisation.id,
        None,
        service.CycleCommand(
            name="Opfølgning",
            framework_id=baseline.cycle.framework_id,
            opens_at=utcnow(),
            closes_at=utcnow() + timedelta(days=5),
            purpose=CyclePurpose.FOLLOW_UP,
            baseline_cycle_id=baseline.cycle_id,
            leader_ids=[baseline.leader_viewer.membership_id],
        ),
    )
    evaluation = await repository.evaluation_of_leader(
        session, cycle.id, baseline.leader_viewer.membership_id
    )
    await repository.insert_nominations(
        session,
        [
            {
                "organisation_id": baseline.organisation.id,
                "evaluation_id": evaluation.id,
                "rater_group": "PEER",
                "rater_id": None,
                "rater_name": f"P{i}",
                "rater_email": f"fu{i}-{evaluation.id}@example.dk",
                "locale": "da",
                "status": "APPROVED",
            }
            for i in range(4)
        ],
    )
    await service.open_now(session, cycle)
    from feedback.evaluations.delivery import issue_token

    for nomination in (await repository.nominations_by_evaluation(session, [evaluation.id]))[
        evaluation.id
    ]:
        if nomination.rater_group == "PEER":
            token = await issue_token(session, nomination.id, cycle.closes_at)
            await service.submit_response(session, token, {i: 4 for i in baseline.item_ids}, {})
    await service.close_now(session, cycle.id)
    view = await service.report_for_viewer(session, baseline.leader_viewer, evaluation.id, "da")
    changes = {(c.title, c.group): c.change for c in view.data.baseline}
    assert changes[("Kompetence 1", "ALL_OTHERS")] == 2.0


async def test_the_demo_seed_runs_a_cycle_end_to_end(
    session: AsyncSession, settings: Settings
) -> None:
    from feedback.seed import seed_feedback

    organisation = await make_organisation(session)
    seeded = await seed_feedback(session, organisation.id)
    await session.commit()
    assert seeded is not None and seeded.report_key is not None
    assert (await get_storage(settings).get(seeded.report_key)).startswith(b"%PDF")
    assert await seed_feedback(session, organisation.id) is None  # once per organisation


async def test_the_questionnaire_locks_at_the_first_answer(session: AsyncSession) -> None:
    scenario = await build(session, peers=3, reports=0)
    stricter = service.QuestionnaireChange(min_peer=4, min_comments=5)
    cycle = await service.change_questionnaire(
        session, scenario.hr_viewer, scenario.cycle_id, stricter
    )
    assert (cycle.min_peer, cycle.min_comments) == (4, 5)
    with pytest.raises(DomainError) as weaker:
        await service.change_questionnaire(
            session, scenario.hr_viewer, scenario.cycle_id, service.QuestionnaireChange(min_peer=2)
        )
    assert weaker.value.field == ["minPeer"]
    await session.commit()
    token = scenario.tokens_of(RaterGroup.PEER)[0]
    await service.save(session, token, {scenario.item_ids[0]: 3}, {})  # a draft is enough
    await session.commit()
    with pytest.raises(DomainError) as locked:
        await service.change_questionnaire(session, scenario.hr_viewer, scenario.cycle_id, stricter)
    assert locked.value.message_key == "feedback.cycle.locked"
