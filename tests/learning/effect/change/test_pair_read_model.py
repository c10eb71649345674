"""The per-pair read models (``evaluation_competency_change`` and the rows of
``evaluation_leader_change``, written when the later cycle of a pair closes)
give exactly what the per-request computation gave before them: the same
figures, from the same leader's latest pair, chosen the same way: a report
withheld after the close, a latest pair that pairs no competency (no older
pair instead), a baseline that closes after its follow-up. And the migration's
backfill writes what closing the cycles writes."""

from __future__ import annotations

import asyncio
import importlib.util
import random
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from sqlalchemy import Select, and_, func, select, text, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from backend.db import Database
from backend.settings import ROOT, Settings
from feedback.evaluations import repository as evaluations
from feedback.evaluations import service as feedback
from feedback.evaluations.effect.expressions import RELEASED_STATUSES
from feedback.evaluations.effect.pairs import paired_means, pairing
from feedback.evaluations.models import (
    CompetencyChange,
    CyclePurpose,
    CycleStatus,
    Evaluation,
    EvaluationCycle,
    LeaderChange,
    RaterGroup,
    ReportStatus,
)
from feedback.frameworks.service import Competency
from tests.learning.effect.change.test_read_model import _items, _random_answers
from tests.support.effect_area import Area, build_area, raters, run_cycle


def _before_latest_pairs(organisation_id: int, leaders: Sequence[int]) -> Any:
    """How each leader's latest pair was chosen before the per-pair read
    model: a window over evaluation x cycle x baseline evaluation."""
    follow_up, baseline = aliased(Evaluation, name="fx_f"), aliased(Evaluation, name="fx_b")
    follow_cycle = aliased(EvaluationCycle, name="fx_fc")
    base_cycle = aliased(EvaluationCycle, name="fx_bc")
    ranked = (
        select(
            follow_up.leader_id.label("leader_id"),
            follow_up.id.label("follow_up_id"),
            baseline.id.label("baseline_id"),
            follow_cycle.closed_at.label("closed_at"),
            func.row_number()
            .over(
                partition_by=follow_up.leader_id,
                order_by=(follow_cycle.closed_at.desc(), follow_up.id.desc()),
            )
            .label("latest"),
        )
        .join(follow_cycle, follow_cycle.id == follow_up.cycle_id)
        .join(
            baseline,
            and_(
                baseline.cycle_id == follow_cycle.baseline_cycle_id,
                baseline.leader_id == follow_up.leader_id,
            ),
        )
        .join(base_cycle, base_cycle.id == baseline.cycle_id)
        .where(
            follow_up.organisation_id == organisation_id,
            follow_up.leader_id.in_(list(leaders)),
            follow_cycle.purpose == CyclePurpose.FOLLOW_UP.value,
            follow_cycle.status == CycleStatus.CLOSED.value,
            base_cycle.status == CycleStatus.CLOSED.value,
            follow_up.report_status.in_(RELEASED_STATUSES),
            baseline.report_status.in_(RELEASED_STATUSES),
        )
        .cte("fx_ranked")
    )
    return select(ranked).where(ranked.c.latest == 1).cte("fx_pairs")


def _before_statement(organisation_id: int, leaders: Sequence[int]) -> Select[Any]:
    """``competency_means_statement`` as it was: summing the sums per request."""
    pairs = _before_latest_pairs(organisation_id, leaders)
    after, before = paired_means(pairs)
    competency = aliased(Competency, name="fx_ac")
    return (
        select(
            pairs.c.leader_id.label("membership_id"),
            func.lower(competency.title_da).label("competency_key"),
            competency.title_da,
            competency.title_en,
            before.c.mean.label("baseline_mean"),
            after.c.mean.label("follow_up_mean"),
            before.c.raters.label("raters_baseline"),
            after.c.raters.label("raters_follow_up"),
            pairs.c.closed_at,
            pairs.c.follow_up_id,
        )
        .select_from(pairs)
        .join(after, after.c.evaluation_id == pairs.c.follow_up_id)
        .join(competency, competency.id == after.c.competency_id)
        .join(before, pairing(pairs, after, before))
    )


def _kinds(row: Any) -> tuple[Any, ...]:
    """A row with PostgreSQL's sums (Decimal) as the ints they are."""
    return (*row[:6], int(row[6]), int(row[7]), row[8], row[9])


async def _same_as_before(session: AsyncSession, area: Area) -> list[Any]:
    """The rows of the read now and as before, equal to the last bit; the rows."""
    org, ids = area.organisation.id, [leader.id for leader in area.leaders]
    order = ("membership_id", "competency_key")
    now = await session.execute(feedback.competency_means_statement(org, ids).order_by(*order))
    was = (await session.execute(_before_statement(org, ids).order_by(*order))).all()
    rows = [_kinds(r) for r in now.all()]
    assert rows == [_kinds(r) for r in was]
    # Each leader's row of the per-leader read: their competencies averaged.
    read = {
        r.membership_id: r
        for r in await session.execute(feedback.leader_changes_statement(org, ids))
    }
    assert set(read) == {r[0] for r in rows}
    for leader_id, row in read.items():
        mine = [r for r in rows if r[0] == leader_id]
        n = len(mine)
        assert row.follow_up_id == mine[0][9]
        assert row.change == pytest.approx(sum(r[5] - r[4] for r in mine) / n, rel=1e-12)
        assert row.baseline_mean == pytest.approx(sum(r[4] for r in mine) / n, rel=1e-12)
        assert row.follow_up_mean == pytest.approx(sum(r[5] for r in mine) / n, rel=1e-12)
        assert row.raters_baseline == max(r[6] for r in mine)
        assert row.raters_follow_up == max(r[7] for r in mine)
    return rows


async def _evaluation(session: AsyncSession, cycle_id: int, leader_id: int) -> int:
    found = await evaluations.evaluation_of_leader(session, cycle_id, leader_id)
    assert found is not None
    return found.id


async def _withhold(session: AsyncSession, evaluation_id: int) -> None:
    await session.execute(
        update(Evaluation)
        .where(Evaluation.id == evaluation_id)
        .values(report_status=ReportStatus.WITHHELD.value)
    )
    await session.commit()


@pytest.mark.parametrize("seed", [6, 7])
async def test_random_answers_give_the_figures_of_the_sums(
    session: AsyncSession, settings: Settings, seed: int
) -> None:
    """Two follow-ups of one baseline, random answers (groups often under
    their minimum): the latest is read, with the figures to the last bit."""
    rng = random.Random(seed)
    area = await build_area(session, settings, leaders=6, staff=1)
    await run_cycle(session, area, {leader.id: {RaterGroup.SELF: [3]} for leader in area.leaders})
    items = await _items(session, area)

    def answers() -> dict[int, Any]:
        return {leader.id: _random_answers(rng, items) for leader in area.leaders}

    baseline = await run_cycle(session, area, answers())
    await run_cycle(session, area, answers(), baseline_id=baseline)
    latest = await run_cycle(session, area, answers(), baseline_id=baseline)
    rows = await _same_as_before(session, area)
    assert rows
    latest_ids = {await _evaluation(session, latest, leader.id) for leader in area.leaders}
    assert {r[9] for r in rows} <= latest_ids


async def test_a_report_withheld_after_the_close_leaves_its_pair_out(
    session: AsyncSession, area: Area
) -> None:
    a, b, c = area.leaders
    everyone = {leader.id: raters(3, 3, 3) for leader in area.leaders}
    baseline = await run_cycle(session, area, everyone)
    first = await run_cycle(
        session, area, {leader.id: raters(4, 4, 4) for leader in area.leaders}, baseline_id=baseline
    )
    second = await run_cycle(
        session, area, {leader.id: raters(5, 5, 5) for leader in area.leaders}, baseline_id=baseline
    )
    # A's latest follow-up is withheld: A's earlier one counts; B's baseline is: B has none.
    await _withhold(session, await _evaluation(session, second, a.id))
    await _withhold(session, await _evaluation(session, baseline, b.id))
    rows = await _same_as_before(session, area)
    follow_ups = {r[0]: r[9] for r in rows}
    assert follow_ups == {
        a.id: await _evaluation(session, first, a.id),
        c.id: await _evaluation(session, second, c.id),
    }


async def test_a_latest_pair_pairing_no_competency_gives_no_change(
    session: AsyncSession, area: Area
) -> None:
    """A's latest follow-up has only two peers (under their minimum) and A's
    own ratings: no competency pairs, and A's earlier pair is not read."""
    a, b, c = area.leaders
    everyone = {leader.id: raters(3, 3, 3) for leader in area.leaders}
    baseline = await run_cycle(session, area, everyone)
    await run_cycle(
        session, area, {leader.id: raters(4, 4, 4) for leader in area.leaders}, baseline_id=baseline
    )
    nothing_paired = {RaterGroup.PEER: [5, 5], RaterGroup.SELF: [5]}
    latest = await run_cycle(
        session,
        area,
        {a.id: nothing_paired, b.id: raters(5, 5, 5), c.id: raters(5, 5, 5)},
        baseline_id=baseline,
    )
    rows = await _same_as_before(session, area)
    assert {r[0] for r in rows} == {b.id, c.id}
    stored = await session.get(
        LeaderChange,
        (await _evaluation(session, latest, a.id), await _evaluation(session, baseline, a.id)),
    )
    assert stored is not None and stored.competencies == 0 and stored.change is None


async def test_a_baseline_closing_after_its_follow_up_writes_the_pair(
    session: AsyncSession, area: Area
) -> None:
    everyone = {leader.id: raters(3, 3, 4) for leader in area.leaders}
    baseline = await run_cycle(session, area, everyone, close=False)
    await run_cycle(
        session, area, {leader.id: raters(4, 3, 4) for leader in area.leaders}, baseline_id=baseline
    )
    # The follow-up is closed, its baseline open: no pair yet, now as before.
    assert await _same_as_before(session, area) == []
    await feedback.close_now(session, baseline)
    await session.commit()
    rows = await _same_as_before(session, area)
    assert {r[0] for r in rows} == {leader.id for leader in area.leaders}


async def test_a_baseline_and_its_follow_up_closed_at_once_write_the_pair(
    session: AsyncSession, area: Area, database: Database
) -> None:
    """Two closes at the same moment in two transactions: the second waits for
    the first (``repository.lock_pairs_of``), so it sees the other cycle closed
    and writes the pair. Without the wait neither saw the other closed and the
    pair, and with it every leader's change, was never written."""
    everyone = {leader.id: raters(3, 3, 4) for leader in area.leaders}
    baseline = await run_cycle(session, area, everyone, close=False)
    later = {leader.id: raters(4, 3, 4) for leader in area.leaders}
    follow_up = await run_cycle(session, area, later, baseline_id=baseline, close=False)
    async with database.session() as first, database.session() as second:
        await feedback.close_now(first, follow_up)

        async def close_the_baseline() -> None:
            await feedback.close_now(second, baseline)
            await second.commit()

        closing = asyncio.create_task(close_the_baseline())
        await asyncio.sleep(0.5)
        assert not closing.done()  # waiting for the follow-up's close to end
        await first.commit()
        await asyncio.wait_for(closing, timeout=60)
    rows = await _same_as_before(session, area)
    assert {r[0] for r in rows} == {leader.id for leader in area.leaders}


def _migration() -> ModuleType:
    path = ROOT / "backend/migrations/versions/0007_effect_pair_read_models.py"
    spec = importlib.util.spec_from_file_location("migration_0007", Path(path))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _mine(rows: Any, follow_ups: set[int]) -> list[tuple[Any, ...]]:
    return sorted(tuple(r) for r in rows if r[0] in follow_ups)


async def test_the_migrations_backfill_writes_what_closing_writes(
    session: AsyncSession, settings: Settings
) -> None:
    rng = random.Random(8)
    area = await build_area(session, settings, leaders=5, staff=1)
    await run_cycle(session, area, {leader.id: {RaterGroup.SELF: [3]} for leader in area.leaders})
    items = await _items(session, area)
    answers = {leader.id: _random_answers(rng, items) for leader in area.leaders}
    baseline = await run_cycle(session, area, answers)
    later = {leader.id: _random_answers(rng, items) for leader in area.leaders}
    follow_up = await run_cycle(session, area, later, baseline_id=baseline)
    mine = {await _evaluation(session, follow_up, leader.id) for leader in area.leaders}
    competencies = _mine(await session.execute(select(CompetencyChange.__table__)), mine)
    leaders = _mine(await session.execute(select(LeaderChange.__table__)), mine)
    assert competencies and len(leaders) == len(area.leaders)
    migration = _migration()
    # Its SELECTs, over the same sums.
    backfilled = _mine(await session.execute(text(migration.COMPETENCY_ROWS)), mine)
    assert backfilled == competencies
    backfilled = _mine(await session.execute(text(migration.LEADER_ROWS)), mine)
    # (SQLite gives the text of the timestamp: it is checked against the cycle's.)
    assert [r[:4] + r[5:6] + r[9:] for r in backfilled] == [r[:4] + r[5:6] + r[9:] for r in leaders]
    for theirs, stored in zip(backfilled, leaders, strict=True):
        if stored[5] == 0:  # no competency paired: no figures
            assert theirs[6:9] == stored[6:9] == (None, None, None)
        else:
            assert theirs[6:9] == pytest.approx(stored[6:9], rel=1e-12)
    cycle = await evaluations.cycle(session, follow_up)
    assert cycle is not None and {r[4] for r in leaders} == {cycle.closed_at}
