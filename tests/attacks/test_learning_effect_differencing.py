"""Attack class 4: learning effect narrowed to one leader by subtraction.
Two overlapping filters (a unit with and without a date bound, a unit and a
unit within a programme), or the same figure asked for by two roles, must
never both be shown when they differ by one or two leaders; goal attainment
and reaction have a leader minimum like every other figure, in the CSV too."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from backend.db import Database
from backend.identity.models import Membership
from backend.settings import Settings
from learning.effect.calculation.periods import quarter_start
from learning.effect.export import service as exports
from learning.effect.models import EffectExport
from learning.effect.ratings import service as ratings
from learning.effect.tasks import render_export
from learning.programmes.models import ActivityKind
from tests.support.attack_tools import (
    ask,
    csv_rows,
    rate_goals,
    run_task,
    start_enrolment_on,
    stored,
)
from tests.support.effect_area import Area, build_area, raters, run_cycle
from tests.support.factories import make_unit, viewer_of
from tests.support.operations import gid

LATE = date.today() - timedelta(days=5)


async def _with_change(session: AsyncSession, area: Area) -> None:
    """Baseline and follow-up for every leader, each changing by a different amount."""
    leaders = area.leaders
    baseline = await run_cycle(session, area, {m.id: raters(2, 2, 2) for m in leaders})
    await run_cycle(
        session,
        area,
        {m.id: raters(2 + i % 3, 3 + i % 2, 2) for i, m in enumerate(leaders)},
        baseline_id=baseline,
    )


def _change(effect_data: Any) -> tuple[bool, int | None, float | None]:
    overall = effect_data["behaviourChange"]["overall"]
    return overall["suppressed"], overall["leaders"], overall["meanChange"]


async def _hr(api: Any, area: Area, **wanted: Any) -> Any:
    response = await ask(
        api, "OrganisationLearningEffect", area.token(area.hr), filter=wanted or None
    )
    assert response.errors == []
    return response.data["organisationLearningEffect"]


async def _director(api: Any, area: Area, **wanted: Any) -> Any:
    response = await ask(api, "LearningEffect", area.token(area.director), filter=wanted or None)
    assert response.errors == []
    return response.data["learningEffect"]


def _both_shown_apart_by_fewer_than_three(first: Any, second: Any) -> bool:
    (hidden_a, n_a, _), (hidden_b, n_b, _) = _change(first), _change(second)
    return not hidden_a and not hidden_b and n_a != n_b and abs((n_a or 0) - (n_b or 0)) < 3


async def _unit_of_four(session: AsyncSession, settings: Settings) -> tuple[Area, str]:
    """Seven leaders, four of them in one unit; the fourth started late.
    Outside any filter below are at least three leaders, so the complement
    rule (one or two outside) alone would show every figure."""
    area = await build_area(session, settings, leaders=7, staff=5)
    await _with_change(session, area)
    unit = await make_unit(session, area.organisation)
    await session.execute(
        update(Membership)
        .where(Membership.id.in_([m.id for m in area.leaders[:4]]))
        .values(unit_id=unit.id)
    )
    await session.commit()
    await start_enrolment_on(session, area.enrolment_ids[area.leaders[3].id], LATE)
    # Periods are whole quarters: the three early ones started the quarter before.
    for leader in area.leaders[:3]:
        await start_enrolment_on(session, area.enrolment_ids[leader.id], BEFORE)
    return area, gid("Unit", unit.id)


BEFORE = quarter_start(LATE) - timedelta(days=1)
EARLY = BEFORE.isoformat()
EARLY_QUARTER = {"year": BEFORE.year, "quarter": (BEFORE.month - 1) // 3 + 1}


async def test_a_unit_with_and_without_a_date_bound_does_not_single_out_a_leader(
    session: AsyncSession, settings: Settings, api: Any
) -> None:
    area, unit = await _unit_of_four(session, settings)
    in_unit = await _hr(api, area, unitId=unit)
    assert _change(in_unit)[:2] == (False, 4)  # the unit is shown...
    bounded = await _hr(api, area, unitId=unit, startsUntil=EARLY)
    # ...so its three who started early are not: their difference is leader 3's change.
    assert not _both_shown_apart_by_fewer_than_three(in_unit, bounded)
    assert _change(bounded)[0] is True
    # Explained, never shown.
    reason = bounded["behaviourChange"]["overall"]["suppressedReason"]
    assert reason.startswith("Skjult for at beskytte anonymiteten")
    assert in_unit["behaviourChange"]["overall"]["suppressedReason"] is None


async def test_a_unit_with_and_without_a_fixed_period_does_not_single_out_a_leader(
    session: AsyncSession, settings: Settings, api: Any
) -> None:
    """The same with the period filter (a whole quarter), and a day bound is
    only ever its whole quarter: a bound the day before the late leader's
    start, in the same quarter, still counts that leader."""
    area, unit = await _unit_of_four(session, settings)
    in_unit = await _hr(api, area, unitId=unit)
    assert _change(in_unit)[:2] == (False, 4)
    quarter = await _hr(api, area, unitId=unit, period=EARLY_QUARTER)
    assert _change(quarter)[0] is True
    if quarter_start(LATE) < LATE:
        day_before = (LATE - timedelta(days=1)).isoformat()
        widened = await _hr(api, area, unitId=unit, startsUntil=day_before)
        assert _change(widened)[:2] == (False, 4)


async def test_a_unit_and_the_unit_within_a_programme_do_not_single_out_a_leader(
    session: AsyncSession, settings: Settings, api: Any
) -> None:
    area, unit = await _unit_of_four(session, settings)
    narrower = await _hr(
        api, area, unitId=unit, programmeId=gid("Programme", area.programme_id), startsUntil=EARLY
    )
    in_unit = await _hr(api, area, unitId=unit)
    assert not _both_shown_apart_by_fewer_than_three(narrower, in_unit)
    # Whichever came first is shown; the one that would single someone out is not.
    assert _change(narrower)[:2] == (False, 3) and _change(in_unit)[0] is True


async def test_what_hr_was_shown_holds_against_the_director_too(
    session: AsyncSession, settings: Settings, api: Any
) -> None:
    """The audit is per organisation, not per person: two roles cannot pool
    their views to subtract one leader."""
    area, unit = await _unit_of_four(session, settings)
    by_hr = await _hr(api, area, unitId=unit)
    by_director = await _director(api, area, unitId=unit, startsUntil=EARLY)
    assert not _both_shown_apart_by_fewer_than_three(by_hr, by_director)
    # Asked again, by either, the bounded view stays hidden.
    again = await _hr(api, area, unitId=unit, startsUntil=EARLY)
    assert _change(again)[0] is True


async def test_breakdown_by_programme_does_not_single_out_the_leader_outside_it(
    session: AsyncSession, settings: Settings, api: Any
) -> None:
    """A programme's row in the breakdown is part of the overall figure: the
    same audit holds between them (each leader's mean change, one measure)."""
    area, unit = await _unit_of_four(session, settings)
    whole = await _hr(api, area, unitId=unit)
    bounded = await _hr(api, area, unitId=unit, startsUntil=EARLY)
    shown = [
        row["behaviourChange"]
        for view in (whole, bounded)
        for row in view["breakdowns"]["byProgramme"]
        if not row["behaviourChange"]["suppressed"] and row["behaviourChange"]["leaders"]
    ]
    counts = {c["leaders"] for c in shown} | {
        _change(v)[1] for v in (whole, bounded) if not _change(v)[0]
    }
    assert not any(0 < abs(a - b) < 3 for a in counts for b in counts if a and b)


async def test_one_leaders_goal_attainment_is_suppressed_in_the_view_and_the_csv(
    session: AsyncSession, database: Database, settings: Settings, area: Area, api: Any
) -> None:
    await rate_goals(session, area.enrolment_ids[area.leaders[0].id], 2)
    view = await _director(api, area)
    goals = view["goalAttainment"]
    assert goals["overall"]["suppressed"] and goals["overall"]["mean"] is None
    assert all(g["attainment"]["mean"] is None for g in goals["goals"])

    asked = await ask(
        api,
        "ExportLearningEffect",
        area.token(area.director),
        input={"format": "CSV", "clientMutationId": "attack-goals"},
    )
    assert asked.data["exportLearningEffect"]["errors"] == []
    export_id = await run_task(session, database, settings, exports.EXPORT_TASK, render_export)
    row = await session.get(EffectExport, export_id, populate_existing=True)
    assert row is not None and row.object_key is not None
    results = [
        r for r in csv_rows(await stored(settings, row.object_key)) if r["level"] == "RESULTS"
    ]
    assert results and all(r["value"] == "" for r in results)


async def test_reactions_of_two_leaders_are_suppressed_overall_and_per_programme(
    session: AsyncSession, area: Area, api: Any
) -> None:
    activity = area.activities[ActivityKind.KNOWLEDGE].id
    for leader in area.leaders[:2]:
        await ratings.rate_activity(session, viewer_of(leader), activity, 5)
    await session.commit()
    view = await _director(api, area)
    assert view["reaction"]["mean"] is None
    for row in view["breakdowns"]["byProgramme"] + view["breakdowns"]["byActivityKind"]:
        assert row["reaction"]["mean"] is None
