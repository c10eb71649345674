"""The 360 change's figures carry the key of the set of leaders each sums
(``changes(keyed=True)``, made by the database): it must be the key of
exactly the set ``units_of`` makes of the contributor rows, and a view opened
again must not read those rows."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from backend.privacy.release import contributors_key
from backend.settings import Settings
from learning.effect import service
from learning.effect.calculation.population import EffectFilter
from learning.effect.calculation.release import keys_of, units_of
from learning.effect.change import repository
from learning.effect.models import EffectScope
from tests.support.effect_area import Area, build_area, raters, run_cycle
from tests.support.factories import viewer_of

CHANGE_ONLY = """
query Change {
  learningEffect {
    behaviourChange {
      overall { leaders meanChange suppressed }
      competencies { key leaders meanChange suppressed }
    }
  }
}
"""


async def _four_leaders(session: AsyncSession, settings: Settings) -> Area:
    area = await build_area(session, settings, leaders=4)
    before = [(3, 3, 3), (2, 3, 4), (4, 4, 4), (3, 4, 2)]
    after = [(4, 4, 4), (3, 3, 4), (4, 3, 4), (5, 4, 3)]
    baseline = await run_cycle(
        session,
        area,
        {leader.id: raters(*v) for leader, v in zip(area.leaders, before, strict=True)},
    )
    await run_cycle(
        session,
        area,
        {leader.id: raters(*v) for leader, v in zip(area.leaders, after, strict=True)},
        baseline_id=baseline,
    )
    return area


@pytest.mark.parametrize("competencies", [True, False], ids=["per competency", "overall"])
async def test_the_database_keys_each_change_figure_as_the_audit_does(
    session: AsyncSession, settings: Settings, competencies: bool
) -> None:
    area = await _four_leaders(session, settings)
    effect = await service.effect_for(
        session, viewer_of(area.director), EffectScope.AREA, EffectFilter(), "da"
    )
    population = effect.population
    rows = await repository.changes(session, population, competencies=competencies)
    keyed = await repository.changes(session, population, competencies=competencies, keyed=True)
    units = units_of(rows.contributors)
    assert keyed.contributors == []
    assert keys_of(keyed.figures) == {
        where: contributors_key(members) for where, members in units.items()
    }
    # Overall, per competency (when asked), programme, module and kind.
    assert ("ALL", "") in units and len(units) >= (4 if competencies else 2), sorted(units)

    # The figures themselves are the same (PostgreSQL may add in another order).
    def figures(found: repository.ChangeRows) -> list[tuple[Any, ...]]:
        def same(value: Any) -> Any:
            return round(value, 9) if isinstance(value, float) else value

        return sorted(tuple(same(v) for v in tuple(row)[:-1]) for row in found.figures)

    assert figures(keyed) == figures(rows)


async def test_a_change_view_opened_again_reads_no_contributor_rows(
    session: AsyncSession, settings: Settings, api: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    area = await _four_leaders(session, settings)
    reads: list[bool] = []
    changes = repository.changes

    async def spy(*args: Any, **parts: Any) -> Any:
        reads.append(bool(parts.get("keyed")))
        return await changes(*args, **parts)

    monkeypatch.setattr(repository, "changes", spy)
    views = []
    for _ in range(2):
        reads.clear()
        response = await api.execute(CHANGE_ONLY, token=area.token(area.director))
        assert response.errors == []
        views.append((response.data, list(reads)))
    (first, first_reads), (again, again_reads) = views
    assert first["learningEffect"]["behaviourChange"]["overall"]["suppressed"] is False
    # First: the keys, then the rows of the sets not yet recorded; again: the keys only.
    assert first_reads == [True, False]
    assert again_reads == [True]
    assert again == first
