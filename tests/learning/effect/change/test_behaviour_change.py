"""Before/after 360 change: hand-computed figures, and no figure that leaks a
group or a leader under the threshold."""

from __future__ import annotations

import math
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from backend.db import utcnow
from backend.identity.models import Unit
from backend.settings import Settings
from feedback.evaluations import repository as evaluations
from feedback.evaluations import service as feedback
from feedback.evaluations.models import CyclePurpose, RaterGroup
from feedback.evaluations.reports.builder import ALL_OTHERS
from feedback.evaluations.reports.service import build_report
from learning.effect import service
from learning.effect.calculation.population import EffectFilter
from learning.effect.models import EffectScope
from tests.support.effect_area import Area, build_area, raters, run_cycle

QUERY = """
query Effect($filter: LearningEffectFilter) {
  learningEffect(filter: $filter) {
    behaviourChange {
      minimumLeaders
      overall { leaders meanChange spread effectSize confidenceInterval { low high } suppressed }
      competencies {
        key title kirkpatrickLevel leaders suppressed ratersBaseline ratersFollowUp
        baselineMean followUpMean meanChange meanChangeInterval { low high } spread
        effectSize confidenceInterval { low high }
      }
    }
  }
}
"""


async def _three_leaders(session: AsyncSession, area: Area) -> None:
    """Others rate A 3 → 4, B 19/7 → 22/7, C 4 → 25/7 on every item; every
    leader rates themselves 5, which must never count."""
    a, b, c = area.leaders[:3]
    baseline = await run_cycle(
        session, area, {a.id: raters(3, 3, 3), b.id: raters(2, 3, 4), c.id: raters(4, 4, 4)}
    )
    await run_cycle(
        session,
        area,
        {a.id: raters(4, 4, 4), b.id: raters(3, 3, 4), c.id: raters(4, 3, 4)},
        baseline_id=baseline,
    )


async def test_change_per_competency_matches_hand_computed_values(
    session: AsyncSession, area: Area, api: Any
) -> None:
    await _three_leaders(session, area)
    response = await api.execute(QUERY, token=area.token(area.director))
    assert response.errors == []
    change = response.data["learningEffect"]["behaviourChange"]
    # Changes per leader: 1, 3/7, −3/7 (B: (9+9+4)/7 − (6+9+4)/7; C: 25/7 − 4).
    mean = (1 + 3 / 7 - 3 / 7) / 3
    sd = math.sqrt(((1 - mean) ** 2 + (3 / 7 - mean) ** 2 + (-3 / 7 - mean) ** 2) / 2)
    assert sd == pytest.approx(math.sqrt(228) / 21, abs=1e-12)
    t = 4.302652729749464  # t(0.975, 2)
    assert change["minimumLeaders"] == 3
    assert [c["title"] for c in change["competencies"]] == ["Kompetence 1", "Kompetence 2"]
    for figure in [*change["competencies"]]:
        assert figure["kirkpatrickLevel"] == "BEHAVIOUR"
        assert figure["suppressed"] is False
        assert figure["leaders"] == 3
        assert (figure["ratersBaseline"], figure["ratersFollowUp"]) == (21, 21)  # 7 others each
        assert figure["baselineMean"] == pytest.approx((3 + 19 / 7 + 4) / 3, abs=1e-9)
        assert figure["followUpMean"] == pytest.approx((4 + 22 / 7 + 25 / 7) / 3, abs=1e-9)
        assert figure["meanChange"] == pytest.approx(1 / 3, abs=1e-9)
        assert figure["spread"] == pytest.approx(sd, abs=1e-9)
        assert figure["meanChangeInterval"]["low"] == pytest.approx(
            mean - t * sd / math.sqrt(3), abs=1e-6
        )
        assert figure["meanChangeInterval"]["high"] == pytest.approx(
            mean + t * sd / math.sqrt(3), abs=1e-6
        )
        assert figure["effectSize"] == pytest.approx(7 / math.sqrt(228), abs=1e-9)
        low, high = figure["confidenceInterval"]["low"], figure["confidenceInterval"]["high"]
        assert low < 0 < high  # the t test is far from significant with three leaders
    overall = change["overall"]
    assert overall["leaders"] == 3 and overall["meanChange"] == pytest.approx(1 / 3, abs=1e-9)


async def test_group_under_its_threshold_contributes_nothing(
    session: AsyncSession, settings: Settings
) -> None:
    area = await build_area(session, settings, leaders=1)
    (leader,) = area.leaders
    # Two peers only (1 and 1): left out of every figure, "all others" included.
    baseline = await run_cycle(session, area, {leader.id: raters(1, 3, 3, own=5, peers=2)})
    await run_cycle(
        session, area, {leader.id: raters(5, 4, 4, own=1, peers=2)}, baseline_id=baseline
    )
    (first, second) = await feedback.competency_means_for_leaders(
        session, area.organisation.id, [leader.id]
    )
    for means in (first, second):
        assert (means.baseline_mean, means.follow_up_mean) == (3.0, 4.0)
        assert (means.raters_baseline, means.raters_follow_up) == (4, 4)  # 3 reports + manager


async def test_leader_under_the_all_raters_threshold_is_left_out(
    session: AsyncSession, settings: Settings
) -> None:
    area = await build_area(session, settings, leaders=2)
    shown, hidden = area.leaders
    # Three direct reports and no manager: 3 answers an item, under "all raters" (4).
    baseline = await run_cycle(
        session, area, {shown.id: raters(3, 3, 3), hidden.id: raters(3, 3, None, peers=0)}
    )
    await run_cycle(
        session,
        area,
        {shown.id: raters(4, 4, 4), hidden.id: raters(5, 5, None, peers=0)},
        baseline_id=baseline,
    )
    found = await feedback.competency_means_for_leaders(
        session, area.organisation.id, [shown.id, hidden.id]
    )
    assert {m.membership_id for m in found} == {shown.id}


async def test_means_are_the_reports_all_others_figures(
    session: AsyncSession, settings: Settings
) -> None:
    """Per item answers and a peer who cannot judge one item: the SQL over the
    frozen results gives what the leader's own report shows."""
    area = await build_area(session, settings, leaders=1)
    (leader,) = area.leaders
    baseline = await run_cycle(session, area, {leader.id: raters(3, 3, 3)})
    assert area.structure is not None
    items = [i.id for c in area.structure.competencies for i in c.items]
    answers: dict[RaterGroup, list[Any]] = {
        RaterGroup.PEER: [
            {items[0]: None, items[1]: 5, items[2]: 4, items[3]: 2},
            {items[0]: 2, items[1]: 4, items[2]: 3, items[3]: 5},
            {items[0]: 1, items[1]: 3, items[2]: 5, items[3]: 4},
        ],
        RaterGroup.DIRECT_REPORT: [
            {items[0]: 4, items[1]: 4, items[2]: 2, items[3]: 3},
            {items[0]: 5, items[1]: 2, items[2]: 4, items[3]: 4},
            {items[0]: 3, items[1]: 5, items[2]: 1, items[3]: None},
            {items[0]: 4, items[1]: 3, items[2]: 3, items[3]: 5},
        ],
        RaterGroup.MANAGER: [{items[0]: 2, items[1]: 5, items[2]: 4, items[3]: 3}],
        RaterGroup.SELF: [dict.fromkeys(items, 1)],
    }
    follow_up = await run_cycle(session, area, {leader.id: answers}, baseline_id=baseline)
    evaluation = await evaluations.evaluation_of_leader(session, follow_up, leader.id)
    cycle = await evaluations.cycle(session, follow_up)
    assert evaluation is not None and cycle is not None
    report = await build_report(session, evaluation, cycle, "da")
    assert report is not None
    shown = {c.title: c.figure(ALL_OTHERS) for c in report.competencies}
    found = await feedback.competency_means_for_leaders(session, area.organisation.id, [leader.id])
    assert len(found) == 2
    for means in found:
        figure = shown[means.title_da]
        assert figure is not None
        assert round(means.follow_up_mean, 2) == figure.mean
        assert means.baseline_mean == 3.0


async def test_fewer_than_three_leaders_show_no_number(
    session: AsyncSession, settings: Settings, api: Any
) -> None:
    area = await build_area(session, settings, leaders=2)
    a, b = area.leaders
    baseline = await run_cycle(session, area, {a.id: raters(3, 3, 3), b.id: raters(2, 2, 2)})
    await run_cycle(
        session, area, {a.id: raters(4, 4, 4), b.id: raters(5, 5, 5)}, baseline_id=baseline
    )
    response = await api.execute(QUERY, token=area.token(area.director))
    assert response.errors == []
    change = response.data["learningEffect"]["behaviourChange"]
    for figure in [change["overall"], *change["competencies"]]:
        assert figure["suppressed"] is True
        numbers = {k: v for k, v in figure.items() if k not in ("suppressed", "key", "title")}
        assert all(v is None for k, v in numbers.items() if k != "kirkpatrickLevel"), figure


@pytest.mark.parametrize("breakdowns", [True, False], ids=["contributor rows", "keys"])
async def test_a_filter_leaving_one_or_two_leaders_outside_is_suppressed(
    session: AsyncSession, settings: Settings, breakdowns: bool
) -> None:
    """Four leaders in the area, three in a unit: the unit's figure minus the
    area's would be the fourth leader's own change. Without the breakdowns the
    audit knows the released sets by their keys (``changes(keyed=True)``)."""
    area = await build_area(session, settings, leaders=4)
    unit = Unit(organisation_id=area.organisation.id, name="Skoler")
    session.add(unit)
    await session.flush()
    for leader in area.leaders[:3]:
        leader.unit_id = unit.id
    values = [(3, 4), (2, 3), (4, 4), (3, 5)]
    baseline = await run_cycle(
        session,
        area,
        {
            leader.id: raters(v[0], v[0], v[0])
            for leader, v in zip(area.leaders, values, strict=True)
        },
    )
    await run_cycle(
        session,
        area,
        {
            leader.id: raters(v[1], v[1], v[1])
            for leader, v in zip(area.leaders, values, strict=True)
        },
        baseline_id=baseline,
    )
    director = area.viewer(area.director)
    whole = await service.effect_for(
        session, director, EffectScope.AREA, EffectFilter(), "da", breakdowns=breakdowns
    )
    assert (await whole.behaviour_change()).overall.leaders == 4
    narrowed = await service.effect_for(
        session,
        director,
        EffectScope.AREA,
        EffectFilter(unit_id=unit.id),
        "da",
        breakdowns=breakdowns,
    )
    change = await narrowed.behaviour_change()
    assert change.overall.suppressed and change.overall.mean_change is None
    assert all(c.suppressed and c.mean_change is None for c in change.competencies)


async def test_open_follow_up_counts_for_nothing(session: AsyncSession, area: Area) -> None:
    a, b, c = area.leaders
    baseline = await run_cycle(
        session, area, {a.id: raters(3, 3, 3), b.id: raters(3, 3, 3), c.id: raters(3, 3, 3)}
    )
    assert area.structure is not None
    cycle = await feedback.write_cycle(
        session,
        area.organisation.id,
        area.hr.id,
        feedback.CycleCommand(
            name="Åben opfølgning",
            framework_id=area.structure.framework.id,
            opens_at=utcnow() - timedelta(days=1),
            closes_at=utcnow() + timedelta(days=10),
            purpose=CyclePurpose.FOLLOW_UP,
            baseline_cycle_id=baseline,
            leader_ids=[a.id, b.id, c.id],
        ),
    )
    await feedback.open_now(session, cycle)
    await session.commit()
    found = await feedback.competency_means_for_leaders(
        session, area.organisation.id, [a.id, b.id, c.id]
    )
    assert found == []
