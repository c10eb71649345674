"""The phone's summary, and the whole view, cost a fixed number of SQL
statements: the same for an area of 3 leaders as for 30."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from backend.db import Database
from backend.settings import Settings
from learning.effect import service
from learning.programmes.models import ActivityKind
from tests.learning.effect.conftest import build_area, raters, run_cycle
from tests.support.factories import viewer_of
from tests.support.operations import operation
from tests.support.statements import count_statements


async def _area_with_everything(session: AsyncSession, settings: Settings, leaders: int) -> Any:
    area = await build_area(session, settings, leaders=leaders, staff=1)
    baseline = await run_cycle(
        session, area, {leader.id: raters(3, 3, 3) for leader in area.leaders}
    )
    await run_cycle(
        session,
        area,
        {leader.id: raters(3 + i % 2, 4, 3) for i, leader in enumerate(area.leaders)},
        baseline_id=baseline,
    )
    for leader in area.leaders:
        await service.rate_activity(
            session, viewer_of(leader), area.activities[ActivityKind.KNOWLEDGE].id, 4
        )
    await session.commit()
    return area


async def _count(api: Any, database: Database, area: Any, name: str) -> tuple[int, Any]:
    with count_statements(database.engine) as log:
        response = await api.execute(operation(name), token=area.token(area.director))
    assert response.errors == []
    return log.count, response.data


async def test_summary_costs_the_same_for_3_and_30_leaders(
    session: AsyncSession, settings: Settings, database: Database, api: Any
) -> None:
    small = await _area_with_everything(session, settings, 3)
    large = await _area_with_everything(session, settings, 30)
    small_count, small_data = await _count(api, database, small, "LearningEffectSummary")
    large_count, large_data = await _count(api, database, large, "LearningEffectSummary")
    assert small_data["learningEffectSummary"]["participation"]["enrolled"] == 3
    assert large_data["learningEffectSummary"]["participation"]["enrolled"] == 30
    assert large_data["learningEffectSummary"]["behaviourChange"]["leaders"] == 30
    assert small_count == large_count
    # Sign-in, policy, then enrolments, content, checkpoints, goals, 360, ratings, span;
    # for the release audit, whose goals, 360 change and ratings each figure sums, the
    # sets released before (one read), and per section that releases a new set its
    # record and the check under the organisation's lock (two, three on PostgreSQL).
    assert large_count <= 19, large_count

    small_full, _ = await _count(api, database, small, "LearningEffect")
    large_full, full = await _count(api, database, large, "LearningEffect")
    assert full["learningEffect"]["behaviourChange"]["overall"]["leaders"] == 30
    assert small_full == large_full
    assert large_full <= 19, large_full
