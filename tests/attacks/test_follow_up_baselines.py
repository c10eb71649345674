"""Attack class 3: a follow-up report's baseline. It compares only with
figures the baseline report released; a withheld baseline gives nothing."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from backend.settings import Settings
from feedback.evaluations import repository
from feedback.evaluations.models import CycleProfile, RaterGroup
from tests.support.attack_tools import ask
from tests.support.effect_area import build_area, raters, run_cycle
from tests.support.operations import gid


async def _baseline_changes(api: Any, token: str, evaluation_id: int) -> list[Any]:
    response = await ask(api, "EvaluationReport", token, id=gid("Evaluation", evaluation_id))
    report = response.data["node"]["report"]
    assert report["status"] in ("RENDERING", "READY")
    return list(report["figures"]["baselineChanges"])


async def test_baseline_of_a_withheld_report_is_never_compared(
    session: AsyncSession, settings: Settings, api: Any
) -> None:
    area = await build_area(session, settings, leaders=1, staff=3)
    leader = area.leaders[0]
    withheld = await run_cycle(
        session,
        area,
        {leader.id: raters(1, 1, 1)},
        profile=CycleProfile.DANISH_PUBLIC_SECTOR,
    )
    follow_up = await run_cycle(session, area, {leader.id: raters(4, 4, 4)}, baseline_id=withheld)
    evaluation = await repository.evaluation_of_leader(session, follow_up, leader.id)
    assert evaluation is not None
    assert await _baseline_changes(api, area.token(leader), evaluation.id) == []


async def test_baseline_compares_only_figures_the_baseline_report_showed(
    session: AsyncSession, settings: Settings, api: Any
) -> None:
    area = await build_area(session, settings, leaders=1, staff=5)
    leader = area.leaders[0]
    # At the baseline only the leader and two peers answered: "all others" was hidden.
    baseline = await run_cycle(
        session, area, {leader.id: {RaterGroup.SELF: [2], RaterGroup.PEER: [1, 1]}}
    )
    follow_up = await run_cycle(session, area, {leader.id: raters(4, 4, 4)}, baseline_id=baseline)
    evaluation = await repository.evaluation_of_leader(session, follow_up, leader.id)
    assert evaluation is not None
    changes = await _baseline_changes(api, area.token(leader), evaluation.id)
    assert changes and {c["group"] for c in changes} == {"SELF"}
