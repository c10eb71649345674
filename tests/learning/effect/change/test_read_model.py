"""The learning-effect read model (``evaluation_competency_sums``, written when
a cycle closes) gives the same figures as the reports built from the raw
answers, on random data, and holds nothing a report would not show."""

from __future__ import annotations

import random
from collections.abc import Mapping

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.settings import Settings
from feedback.evaluations import repository as evaluations
from feedback.evaluations import service as feedback
from feedback.evaluations.models import CompetencySums, RaterGroup
from feedback.evaluations.reports.builder import ALL_OTHERS
from feedback.evaluations.reports.service import build_report
from tests.support.effect_area import Answers, Area, build_area, run_cycle

GROUPS = (RaterGroup.PEER, RaterGroup.DIRECT_REPORT, RaterGroup.MANAGER, RaterGroup.SELF)


def _random_answers(
    rng: random.Random, items: list[int]
) -> dict[RaterGroup, list[dict[int, int | None]]]:
    """0-5 raters a group (often under the minimum), each answering a random
    subset of the items with 1-5 or "cannot judge"."""
    found: dict[RaterGroup, list[dict[int, int | None]]] = {}
    for group in GROUPS:
        found[group] = [
            {item: rng.choice([None, 1, 2, 3, 4, 5, 5]) for item in items if rng.random() < 0.85}
            for _ in range(rng.randint(0, 1 if group == RaterGroup.SELF else 5))
        ]
    return found


async def _report_means(session: AsyncSession, cycle_id: int, leader_id: int) -> dict[str, float]:
    evaluation = await evaluations.evaluation_of_leader(session, cycle_id, leader_id)
    cycle = await evaluations.cycle(session, cycle_id)
    assert evaluation is not None and cycle is not None
    report = await build_report(session, evaluation, cycle, "da")
    assert report is not None
    return {
        c.title: figure.mean
        for c in report.competencies
        if (figure := c.figure(ALL_OTHERS)) is not None
    }


async def _items(session: AsyncSession, area: Area) -> list[int]:
    assert area.structure is not None
    return [item.id for c in area.structure.competencies for item in c.items]


@pytest.mark.parametrize("seed", [1, 2, 3])
async def test_read_model_figures_equal_the_reports_from_raw_answers(
    session: AsyncSession, settings: Settings, seed: int
) -> None:
    rng = random.Random(seed)
    area = await build_area(session, settings, leaders=6, staff=1)
    # The first cycle creates the framework; its structure then gives the items.
    first = {leader.id: {RaterGroup.SELF: [3]} for leader in area.leaders}
    await run_cycle(session, area, first)
    items = await _items(session, area)
    answers: Mapping[int, Answers] = {
        leader.id: _random_answers(rng, items) for leader in area.leaders
    }
    baseline = await run_cycle(session, area, answers)
    later = {leader.id: _random_answers(rng, items) for leader in area.leaders}
    follow_up = await run_cycle(session, area, later, baseline_id=baseline)
    found = await feedback.competency_means_for_leaders(
        session, area.organisation.id, [leader.id for leader in area.leaders]
    )
    compared = 0
    for leader in area.leaders:
        before = await _report_means(session, baseline, leader.id)
        after = await _report_means(session, follow_up, leader.id)
        expected = {t for t in after if t in before}
        mine = [m for m in found if m.membership_id == leader.id]
        assert {m.title_da for m in mine} == expected
        for means in mine:
            assert round(means.baseline_mean, 2) == before[means.title_da]
            assert round(means.follow_up_mean, 2) == after[means.title_da]
            compared += 1
    assert compared > 0


async def test_rater_group_under_threshold_has_no_row_in_the_read_model(
    session: AsyncSession, settings: Settings
) -> None:
    area = await build_area(session, settings, leaders=1, staff=1)
    leader = area.leaders[0]
    two_peers = {
        RaterGroup.PEER: [4, 4],
        RaterGroup.DIRECT_REPORT: [3] * 5,
        RaterGroup.MANAGER: [3],
    }
    cycle_id = await run_cycle(session, area, {leader.id: two_peers})
    evaluation = await evaluations.evaluation_of_leader(session, cycle_id, leader.id)
    assert evaluation is not None
    rows = (
        (
            await session.execute(
                select(CompetencySums).where(CompetencySums.evaluation_id == evaluation.id)
            )
        )
        .scalars()
        .all()
    )
    assert rows
    # Two peers are under the minimum of three: they add nothing, not even a zero.
    groups = {row.rater_group for row in rows}
    assert groups == {RaterGroup.DIRECT_REPORT.value, RaterGroup.MANAGER.value}
    assert all(row.answers > 0 and row.total == 3 * row.answers for row in rows)
    assert all(row.total_sq == 9 * row.answers for row in rows)


@pytest.mark.parametrize("seed", [4, 5])
async def test_each_leaders_change_is_their_competencies_averaged(
    session: AsyncSession, settings: Settings, seed: int
) -> None:
    """The per-leader read model, written when the follow-up closes, holds what
    averaging the leader's competencies gives (random answers, groups often
    under their minimum), and no row for a leader with no competency paired."""
    rng = random.Random(seed)
    area = await build_area(session, settings, leaders=6, staff=1)
    first = {leader.id: {RaterGroup.SELF: [3]} for leader in area.leaders}
    await run_cycle(session, area, first)
    items = await _items(session, area)
    answers = {leader.id: _random_answers(rng, items) for leader in area.leaders}
    baseline = await run_cycle(session, area, answers)
    later = {leader.id: _random_answers(rng, items) for leader in area.leaders}
    await run_cycle(session, area, later, baseline_id=baseline)
    ids = [leader.id for leader in area.leaders]
    means = await feedback.competency_means_for_leaders(session, area.organisation.id, ids)
    read = {
        row.membership_id: row
        for row in await session.execute(
            feedback.leader_changes_statement(area.organisation.id, ids)
        )
    }
    assert read
    for leader_id in ids:
        mine = [m for m in means if m.membership_id == leader_id]
        if not mine:
            assert leader_id not in read
            continue
        row = read[leader_id]
        n = len(mine)
        assert row.change == pytest.approx(
            sum(m.follow_up_mean - m.baseline_mean for m in mine) / n
        )
        assert row.baseline_mean == pytest.approx(sum(m.baseline_mean for m in mine) / n)
        assert row.follow_up_mean == pytest.approx(sum(m.follow_up_mean for m in mine) / n)
        assert row.raters_baseline == max(m.raters_baseline for m in mine)
        assert row.raters_follow_up == max(m.raters_follow_up for m in mine)
