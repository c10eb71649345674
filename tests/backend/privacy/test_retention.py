"""Retention: raw 360 answers are deleted once their cycle has been closed
longer than LEDELYST_RAW_ANSWER_RETENTION_DAYS; the frozen results and the
reports built from them stay, and the run logs what it removed."""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from backend.db import Database, utcnow
from backend.jobs.celery_app import beat_schedule
from backend.privacy import service
from backend.privacy.models import PersonalDataExport
from backend.privacy.retention import run_retention
from backend.privacy.tasks import RETENTION_TASK
from backend.settings import Settings
from backend.storage import get_storage, new_object_key
from feedback.evaluations.models import (
    Evaluation,
    EvaluationCycle,
    EvaluationResponse,
    ResponseAnswer,
    ResponseComment,
)
from feedback.evaluations.reports import service as reports
from tests.support import evaluation_world as three_sixty
from tests.support.factories import make_person, viewer_of


async def _cycle(session: AsyncSession, *, closed_days_ago: int | None) -> three_sixty.Scenario:
    """A cycle with six answered responses, closed that many days ago (None: still open)."""
    found = await three_sixty.build(session, peers=3, reports=3)
    groups = (three_sixty.RaterGroup.PEER, three_sixty.RaterGroup.DIRECT_REPORT)
    for token in [t for group in groups for t in found.tokens_of(group)]:
        await three_sixty.answer(session, found, token, 3, comment="Godt samarbejde")
    if closed_days_ago is not None:
        await three_sixty.close(session, found)
        await session.execute(
            update(EvaluationCycle)
            .where(EvaluationCycle.id == found.cycle_id)
            .values(closed_at=utcnow() - timedelta(days=closed_days_ago))
        )
        await session.commit()
    return found


async def _answers(
    session: AsyncSession,
    evaluation_id: int,
    model: type[ResponseAnswer] | type[ResponseComment] = ResponseAnswer,
) -> int:
    return int(
        await session.scalar(
            select(func.count())
            .select_from(model)
            .join(EvaluationResponse, EvaluationResponse.id == model.response_id)
            .where(EvaluationResponse.evaluation_id == evaluation_id)
        )
        or 0
    )


async def test_answers_of_cycles_closed_longer_ago_than_the_setting_are_deleted(
    session: AsyncSession,
    database: Database,
    settings: Settings,
    caplog: pytest.LogCaptureFixture,
) -> None:
    old = await _cycle(session, closed_days_ago=400)
    recent = await _cycle(session, closed_days_ago=10)
    still_open = await _cycle(session, closed_days_ago=None)
    frozen = (await session.get_one(Evaluation, old.evaluation_id)).frozen_results
    report_before = await reports.report_for_viewer(
        session, old.leader_viewer, old.evaluation_id, "da"
    )
    counts = {
        s.evaluation_id: await _answers(session, s.evaluation_id) for s in (recent, still_open)
    }
    assert await _answers(session, old.evaluation_id) > 0
    await session.commit()

    with caplog.at_level(logging.INFO, logger="ledelyst.privacy.retention"):
        removed = await run_retention(database, settings)

    assert settings.raw_answer_retention_days == 365
    assert removed["feedback.raw_answers"] >= 6 * len(old.item_ids)
    assert await _answers(session, old.evaluation_id) == 0
    for evaluation_id, count in counts.items():
        assert await _answers(session, evaluation_id) == count
    # Frozen results, the comments the report shows, and the report itself stay.
    session.expire_all()
    evaluation = await session.get(Evaluation, old.evaluation_id)
    assert evaluation is not None and evaluation.frozen_results == frozen
    assert await _answers(session, old.evaluation_id, ResponseComment) == 6
    report_after = await reports.report_for_viewer(
        session, old.leader_viewer, old.evaluation_id, "da"
    )
    assert report_after.data == report_before.data
    logged = [r.getMessage() for r in caplog.records]
    assert any("feedback.raw_answers removed" in line for line in logged)

    # A second run finds nothing more of these cycles.
    again = await run_retention(database, settings)
    assert await _answers(session, old.evaluation_id) == 0
    assert again["feedback.raw_answers"] < removed["feedback.raw_answers"]


async def test_a_shorter_retention_reaches_more_recent_cycles(
    session: AsyncSession, database: Database, settings: Settings
) -> None:
    recent = await _cycle(session, closed_days_ago=10)
    shorter = settings.model_copy(update={"raw_answer_retention_days": 5})
    await run_retention(database, shorter)
    assert await _answers(session, recent.evaluation_id) == 0


def test_the_scheduler_runs_retention_nightly() -> None:
    schedule = beat_schedule(Settings())
    assert any(entry["task"] == RETENTION_TASK for entry in schedule.values())


async def test_export_files_are_deleted_after_their_days(
    session: AsyncSession, database: Database, settings: Settings
) -> None:
    member = await make_person(session)
    export = await service.request_export(session, viewer_of(member), None)
    key = new_object_key("privacy/exports/t", "personal-data.json", organisation_id=1)
    await get_storage(settings).put(key, b"{}", "application/json")
    export.status, export.object_key = "READY", key
    export.created_at = utcnow() - timedelta(days=settings.personal_data_export_days + 1)
    fresh = await service.request_export(session, viewer_of(await make_person(session)), None)
    await session.commit()

    removed = await run_retention(database, settings)

    assert removed["privacy.exports"] >= 1
    assert not await get_storage(settings).exists(key)
    assert await session.get(PersonalDataExport, export.id, populate_existing=True) is None
    assert await session.get(PersonalDataExport, fresh.id, populate_existing=True) is not None
