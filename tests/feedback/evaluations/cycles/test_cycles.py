"""Cycles: thresholds, bulk invitations, closing, reports, the demo seed."""

from __future__ import annotations

from datetime import timedelta
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.api.errors import DomainError, ErrorCode
from backend.auth.tokens import hash_secret
from backend.db import Database, utcnow
from backend.jobs.models import OutboxMessage
from backend.jobs.outbox_task import handle_message
from backend.settings import Settings
from backend.storage import get_storage
from feedback.evaluations import repository, service
from feedback.evaluations.delivery.service import rater_url
from feedback.evaluations.models import (
    CycleProfile,
    NominationStatus,
    RaterGroup,
    RaterToken,
    ReportStatus,
)
from feedback.evaluations.nominations import repository as nomination_repository
from feedback.evaluations.tasks import render_report
from feedback.frameworks.service import write_framework
from learning.programmes.enrolments import service as enrolments
from tests.conftest import TEST_DATABASE_URL
from tests.support.evaluation_world import answer, build, close, follow_up, small_framework
from tests.support.factories import make_organisation, make_person, viewer_of
from tests.support.programme_world import build_world
from tests.support.statements import count_statements


async def test_a_threshold_below_three_is_refused(session: AsyncSession) -> None:
    organisation = await make_organisation(session)
    framework = await write_framework(session, organisation.id, small_framework(), publish=True)
    below_three: list[tuple[str, dict[str, Any]]] = [
        ("peerMinimum", {"min_peer": 2}),
        ("allRatersMinimum", {"min_all_raters": 1}),
        ("commentMinimum", {"min_comments": 2}),
    ]
    for field, values in below_three:
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


async def _cohort(session: AsyncSession, leaders: int, peers: int = 8) -> int:
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
    await nomination_repository.insert_nominations(
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
            for i in range(peers)
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


async def test_each_invitation_links_to_its_own_rater_and_held_nominations_show_the_invite(
    session: AsyncSession,
) -> None:
    cycle_id = await _cohort(session, leaders=2, peers=3)
    held = list(
        (
            await session.scalars(
                select(repository.Nomination)
                .join(repository.Evaluation)
                .where(repository.Evaluation.cycle_id == cycle_id)
            )
        ).all()
    )
    before = await session.scalar(select(func.coalesce(func.max(OutboxMessage.id), 0)))

    sent = await service.invite(session, cycle_id)
    await session.flush()

    assert sent.count == len(held) == 10
    assert all(n.invited_at is not None for n in held)  # no refresh: the session knows
    mails = (await session.scalars(select(OutboxMessage).where(OutboxMessage.id > before))).all()
    by_hash = {
        t.token_hash: t.nomination_id for t in (await session.scalars(select(RaterToken))).all()
    }
    emails = {n.id: n.rater_email for n in held}
    assert len(mails) == 10
    for mail in mails:
        url = mail.payload["context"]["url"]
        query = parse_qs(urlsplit(url).query)
        assert url == rater_url(query["t"][0], "da")
        assert mail.payload["to"].endswith(f"<{emails[by_hash[hash_secret(query['t'][0])]]}>")


@pytest.mark.skipif(not TEST_DATABASE_URL, reason="the limit is asyncpg's; this SQLite allows more")
async def test_a_cohort_larger_than_a_statements_parameter_limit_is_invited(
    session: AsyncSession,
) -> None:
    """asyncpg allows 32,767 bind parameters a statement and SQLite 32,766; the
    largest organisation's cohort has about 120,000 raters."""
    cycle_id = await _cohort(session, leaders=3, peers=11_000)
    before = await session.scalar(select(func.coalesce(func.max(OutboxMessage.id), 0)))

    sent = await service.invite(session, cycle_id)
    await session.commit()

    assert sent.count == 3 * 11_002  # self, manager and the peers of each leader
    uninvited = await session.scalar(
        select(func.count())
        .select_from(repository.Nomination)
        .join(repository.Evaluation)
        .where(
            repository.Evaluation.cycle_id == cycle_id,
            repository.Nomination.invited_at.is_(None),
        )
    )
    mails = await session.scalar(
        select(func.count()).select_from(OutboxMessage).where(OutboxMessage.id > before)
    )
    # Other tests list the whole outbox; 33,000 mails are this test's alone.
    await session.execute(delete(OutboxMessage).where(OutboxMessage.id > before))
    await session.commit()
    assert (uninvited, mails) == (0, sent.count)


async def test_creating_a_cycle_costs_the_same_statements_for_1_or_10_leaders(
    session: AsyncSession, database: Database
) -> None:
    counts = []
    for leaders in (1, 10):
        organisation = await make_organisation(session)
        framework = await write_framework(session, organisation.id, small_framework(), publish=True)
        manager = await make_person(session, organisation)
        members = [
            await make_person(session, organisation, manager=manager) for _ in range(leaders)
        ]
        await session.commit()
        command = service.CycleCommand(
            name="Kohorte",
            framework_id=framework.id,
            opens_at=utcnow(),
            closes_at=utcnow() + timedelta(days=5),
            leader_ids=[m.id for m in members],
        )
        with count_statements(database.engine) as log:
            cycle = await service.write_cycle(session, organisation.id, None, command)
            await session.flush()
        await session.commit()
        assert len(await repository.evaluations_of_cycle(session, cycle.id)) == leaders
        counts.append(log.count)
    assert counts[0] == counts[1], (counts, [x[:90] for x in log.statements])


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
    assert evaluation is not None
    assert evaluation.report_status == ReportStatus.READY.value
    assert evaluation.report_object_key is not None
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
    assert evaluation is not None and evaluation.frozen_results is not None
    # The answers still count where thresholds are met (the cycle's pooled results).
    assert evaluation.frozen_results["responses"]["DIRECT_REPORT"] == 4


async def test_follow_up_compares_with_its_baseline(session: AsyncSession) -> None:
    baseline = await build(session, peers=4, reports=0)
    for token in baseline.tokens_of(RaterGroup.PEER):
        await answer(session, baseline, token, 2)
    await close(session, baseline)
    evaluation_id = await follow_up(session, baseline, [4, 4, 4, 4])
    view = await service.report_for_viewer(session, baseline.leader_viewer, evaluation_id, "da")
    assert view.data is not None
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


async def test_the_questionnaire_locks_when_the_cycle_opens(session: AsyncSession) -> None:
    scenario = await build(session, peers=3, reports=0, open_cycle=False)
    stricter = service.QuestionnaireChange(min_peer=4, min_comments=5)
    cycle = await service.change_questionnaire(
        session, scenario.hr_viewer, scenario.cycle_id, stricter
    )
    assert (cycle.min_peer, cycle.min_comments) == (4, 5)
    with pytest.raises(DomainError) as weaker:
        await service.change_questionnaire(
            session, scenario.hr_viewer, scenario.cycle_id, service.QuestionnaireChange(min_peer=2)
        )
    assert weaker.value.field == ["peerMinimum"]
    await session.commit()
    # Open, before anyone answers: locked alike whatever raters have done
    # (tests/attacks/test_combined_oracles.py).
    await service.open_now(session, scenario.cycle)
    await session.commit()
    with pytest.raises(DomainError) as locked:
        await service.change_questionnaire(session, scenario.hr_viewer, scenario.cycle_id, stricter)
    assert locked.value.message_key == "feedback.cycle.locked"


async def test_a_cohort_cycle_evaluates_the_cohorts_enrolled_leaders(
    session: AsyncSession, settings: Settings
) -> None:
    world = await build_world(session, settings)
    hr = viewer_of(world.hr)
    cohort = await enrolments.create_cohort(
        session, hr, world.programme_id, "Hold forår", utcnow().date()
    )
    for member in (world.colleague, world.manager):
        await enrolments.enrol_leader(
            session,
            hr,
            enrolments.EnrolCommand(
                programme_id=world.programme_id, membership_id=member.id, cohort_id=cohort.id
            ),
        )
    framework = await write_framework(
        session, world.organisation.id, small_framework(), publish=True
    )
    command = service.CycleCommand(
        name="Holdets 360",
        framework_id=framework.id,
        opens_at=utcnow(),
        closes_at=utcnow() + timedelta(days=14),
        cohort_id=cohort.id,
    )

    cycle = await service.write_cycle(session, world.organisation.id, None, command)

    evaluated = await repository.leaders_in_cycle(session, cycle.id)
    assert set(evaluated) == {world.colleague.id, world.manager.id}
    other_organisation = await make_organisation(session)
    other_framework = await write_framework(
        session, other_organisation.id, small_framework(), publish=True
    )
    with pytest.raises(DomainError) as refused:
        await service.write_cycle(
            session,
            other_organisation.id,
            None,
            service.CycleCommand(**{**command.__dict__, "framework_id": other_framework.id}),
        )
    assert (refused.value.code, refused.value.field) == (ErrorCode.INVALID, ["cohortId"])
