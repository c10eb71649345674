"""The phone's summary, and the whole view, cost a fixed number of SQL
statements: the same for an area of 3 leaders as for 30. The breakdowns by
programme, module and activity kind are read only when a query asks for them."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.db import Database, utcnow
from backend.privacy.models import ReleasedFigure
from backend.privacy.release import contributors_key
from backend.settings import Settings
from learning.effect import service
from learning.effect.calculation.population import EffectFilter
from learning.effect.models import EffectScope
from learning.effect.summary.models import EffectSummarySnapshot
from tests.support.effect_area import area_with_everything
from tests.support.factories import viewer_of
from tests.support.operations import operation
from tests.support.statements import count_statements


async def _count(api: Any, database: Database, area: Any, name: str) -> tuple[int, Any]:
    count, data, _ = await _run(api, database, area, operation(name))
    return count, data


async def _run(api: Any, database: Database, area: Any, query: str) -> tuple[int, Any, list[str]]:
    with count_statements(database.engine) as log:
        response = await api.execute(query, token=area.token(area.director))
    assert response.errors == []
    return log.count, response.data, log.statements


async def test_summary_costs_the_same_for_3_and_30_leaders(
    session: AsyncSession, settings: Settings, database: Database, api: Any
) -> None:
    small = await area_with_everything(session, settings, 3)
    large = await area_with_everything(session, settings, 30)
    small_count, small_data = await _count(api, database, small, "LearningEffectSummary")
    large_count, large_data = await _count(api, database, large, "LearningEffectSummary")
    assert small_data["learningEffectSummary"]["participation"]["enrolled"] == 3
    assert large_data["learningEffectSummary"]["participation"]["enrolled"] == 30
    assert large_data["learningEffectSummary"]["behaviourChange"]["leaders"] == 30
    assert small_count == large_count
    # Sign-in, policy, then enrolments, content, checkpoints, goals, 360, ratings, span;
    # for the release audit, the keys of whose goals and ratings each figure sums
    # (made by the database) and whose 360 change, the keys of the sets released
    # before (one read), per measure with a set not released before that measure's
    # sets (one read each: here the 360 change and the reactions), per read of keys
    # with such a set its rows per contributor (here the 360 change's and the
    # reactions'), and per section that
    # releases a new set its record and the check under the organisation's lock (two,
    # three on PostgreSQL); and the kept summary looked for, then kept. Opened again,
    # the summary is read from what was kept (tests/learning/effect/summary), the
    # whole view reads the keys only
    # (test_a_view_opened_again_reads_no_contributor_list..., test_contributor_keys).
    assert large_count <= 24, large_count

    small_full, _ = await _count(api, database, small, "LearningEffect")
    large_full, full = await _count(api, database, large, "LearningEffect")
    assert full["learningEffect"]["behaviourChange"]["overall"]["leaders"] == 30
    assert small_full == large_full
    assert large_full <= 19, large_full


OVERALL = """
    participation { enrolled }
    goalAttainment { overall { leaders count mean suppressed } }
    behaviourChange {
      overall { leaders meanChange effectSize suppressed }
      competencies { key leaders meanChange suppressed }
    }
    reaction { leaders count mean suppressed }
"""
WITHOUT_BREAKDOWNS = "query Overall { learningEffect {" + OVERALL + "} }"
WITH_BREAKDOWNS = (
    "query OverallAndBreakdowns { learningEffect {"
    + OVERALL
    + """ ...Breakdowns } }
fragment Breakdowns on LearningEffect {
  ... on LearningEffect {
    breakdowns {
      byProgramme { label reaction { mean suppressed } behaviourChange { leaders } }
      byModule { label reaction { mean suppressed } behaviourChange { leaders } }
      byActivityKind { label reaction { mean suppressed } behaviourChange { leaders } }
    }
  }
}"""
)
# Subqueries that only the breakdowns' parts of the 360 statements build.
BY_CONTENT = ("fx_took_module", "fx_took_kind")


def _rounded(value: Any) -> Any:
    """Figures to 9 decimals: PostgreSQL may add the same values in another
    order in another statement, which moves the last bits of a float."""
    if isinstance(value, float):
        return round(value, 9)
    if isinstance(value, dict):
        return {k: _rounded(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_rounded(v) for v in value]
    return value


def _without_time(data: Any) -> Any:
    """Figures rounded (``_rounded``), without when the summary was computed."""
    summary = data.get("learningEffectSummary")
    if summary is not None:
        data = {"learningEffectSummary": {**summary, "computedAt": None}}
    return _rounded(data)


def _by_content(statements: list[str]) -> list[str]:
    return [s for s in statements if any(name in s for name in BY_CONTENT)]


async def test_breakdowns_are_read_only_when_the_query_asks_for_them(
    session: AsyncSession, settings: Settings, database: Database, api: Any
) -> None:
    plain = await area_with_everything(session, settings, 4)
    broken_down = await area_with_everything(session, settings, 4)

    count, data, statements = await _run(api, database, plain, WITHOUT_BREAKDOWNS)
    full_count, full, full_statements = await _run(api, database, broken_down, WITH_BREAKDOWNS)

    # The same figures, with and without the breakdowns beside them.
    without = {k: v for k, v in full["learningEffect"].items() if k != "breakdowns"}
    assert _rounded(without) == _rounded(data["learningEffect"])
    assert data["learningEffect"]["behaviourChange"]["overall"]["leaders"] == 4
    assert full["learningEffect"]["breakdowns"]["byActivityKind"]
    # Without them, no statement groups anything by programme, module or kind,
    # and the programmes' enrolments and names are not read.
    assert _by_content(statements) == []
    assert _by_content(full_statements)
    assert count < full_count, (count, full_count)


async def test_breakdowns_asked_for_later_are_read_then(
    session: AsyncSession, settings: Settings
) -> None:
    """An ``Effect`` told that no breakdowns would be asked for still makes
    them right when they are: in statements of their own."""
    area = await area_with_everything(session, settings, 4)
    viewer = viewer_of(area.director)
    expected = await (
        await service.effect_for(session, viewer, EffectScope.AREA, EffectFilter(), "da")
    ).breakdowns()
    late = await service.effect_for(
        session, viewer, EffectScope.AREA, EffectFilter(), "da", breakdowns=False
    )
    await late.behaviour_change()
    assert await late.breakdowns() == expected
    assert expected.by_programme[0].behaviour_change.leaders == 4


async def test_the_summary_neither_reads_nor_releases_the_change_per_competency(
    session: AsyncSession, settings: Settings, database: Database, api: Any
) -> None:
    """The phone shows the change averaged over competencies only: the figure
    per competency is not computed, so the release audit records none."""
    area = await area_with_everything(session, settings, 4)
    _, summary = await _count(api, database, area, "LearningEffectSummary")
    assert await _released_measures(session, area) == {"effect.change:ALL"}

    _, full = await _count(api, database, area, "LearningEffect")
    overall = full["learningEffect"]["behaviourChange"]["overall"]
    shown = summary["learningEffectSummary"]["behaviourChange"]
    assert shown["leaders"] == overall["leaders"] == 4
    assert _rounded(shown["meanChange"]) == _rounded(overall["meanChange"])
    assert "effect.change:COMPETENCY:" in " ".join(await _released_measures(session, area))


async def _released_measures(session: AsyncSession, area: Any) -> set[str]:
    rows = await session.scalars(
        select(ReleasedFigure.measure).where(
            ReleasedFigure.organisation_id == area.organisation.id,
            ReleasedFigure.measure.startswith("effect.change:"),
        )
    )
    return set(rows)


async def test_the_summary_costs_the_same_for_1_10_and_100_leaders(
    session: AsyncSession, settings: Settings, database: Database, api: Any
) -> None:
    """The phone's summary reads each leader's change from the per-leader read
    model written at close (one row per leader), never the rows per
    competency and rater group: its statements do not grow with the leaders."""
    counts = []
    for leaders in (1, 10, 100):
        area = await area_with_everything(session, settings, leaders)
        count, data, statements = await _run(
            api, database, area, operation("LearningEffectSummary")
        )
        summary = data["learningEffectSummary"]
        assert summary["participation"]["enrolled"] == leaders
        # One leader is under the minimum: suppressed, read all the same.
        assert summary["behaviourChange"]["leaders"] == (None if leaders == 1 else leaders)
        assert any("evaluation_leader_change" in s for s in statements)
        assert not any("evaluation_competency_sums" in s for s in statements)
        counts.append(count)
    # One leader's figures are all under the minimum, suppressed before the
    # release audit, whose statements (the sets released before, the record)
    # are then not needed: fewer, never more.
    assert counts[0] <= counts[1] == counts[2], counts


async def test_an_area_walks_the_reporting_line_once_per_request_on_postgresql(
    session: AsyncSession, settings: Settings, database: Database, api: Any
) -> None:
    """Everyone below a leader of leaders is read once, in the request's first
    statement, and bound as one array in every aggregate after it: PostgreSQL
    cannot know how many rows a recursive CTE gives, guessed far too few, and
    joined the area's activities and 360 changes in nested loops whose cost
    grew with the square of the area. SQLite, without arrays, walks it in
    each statement. The figures are the same either way (the other tests run
    on both)."""
    area = await area_with_everything(session, settings, 4)
    _, data, statements = await _run(api, database, area, operation("LearningEffect"))
    assert data["learningEffect"]["behaviourChange"]["overall"]["leaders"] == 4
    walks = [i for i, s in enumerate(statements) if "WITH RECURSIVE below" in s]
    aggregates = [i for i, s in enumerate(statements) if "fx_" in s and i not in walks]
    assert aggregates
    if database.engine.dialect.name == "postgresql":
        assert len(walks) == 1, walks
        assert walks[0] < aggregates[0]
    else:
        assert len(walks) > 1, walks


async def test_a_view_opened_again_reads_no_contributor_list_however_large_the_ledger(
    session: AsyncSession, settings: Settings, database: Database, api: Any
) -> None:
    """The common case: people open the same view again and again. Its figures
    were released before, so the release audit reads only which sets were
    released (their keys), never the sets themselves; and what it costs does
    not grow with the sets released for other populations or measures."""
    area = await area_with_everything(session, settings, 4)

    async def computed(name: str) -> tuple[int, Any, list[str]]:
        # The summary is computed anew, as once its kept figures are too old.
        await session.execute(
            delete(EffectSummarySnapshot).where(
                EffectSummarySnapshot.organisation_id == area.organisation.id
            )
        )
        await session.commit()
        return await _run(api, database, area, operation(name))

    for step, name in enumerate(("LearningEffectSummary", "LearningEffect")):
        _, first, _ = await computed(name)
        count, again, statements = await computed(name)
        assert _without_time(again) == _without_time(first)
        assert not [s for s in statements if _CONTRIBUTORS.search(s)], name

        await _pad_ledger(session, area.organisation.id, start=step * 40)
        padded_count, padded, padded_statements = await computed(name)
        assert _without_time(padded) == _without_time(first)
        assert padded_count == count, (padded_count, count)
        assert not [s for s in padded_statements if _CONTRIBUTORS.search(s)], name
    overall = first["learningEffect"]["behaviourChange"]["overall"]
    assert overall["leaders"] == 4 and not overall["suppressed"]


# A statement that reads released contributor lists (not their key).
_CONTRIBUTORS = re.compile(r"released_figure\.contributors(?!_key)")


async def _pad_ledger(session: AsyncSession, organisation_id: int, start: int) -> None:
    """Sets released for other populations (people outside the area) of the
    same measures, and for other measures, as the ledger stores them."""
    measures = (
        "effect.change:ALL",
        "effect.goals",
        "effect.reaction",
        "effect.change:COMPETENCY:x",
    )
    for index in range(start, start + 40):
        members = sorted(f"m{900_000 + index * 200 + j}" for j in range(200))
        session.add(
            ReleasedFigure(
                organisation_id=organisation_id,
                measure=measures[index % len(measures)],
                contributors_key=contributors_key(members),
                contributors=members,
                at=utcnow(),
            )
        )
    await session.commit()
