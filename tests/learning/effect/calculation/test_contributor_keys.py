"""The release audit knows a figure released before by the key of its
contributors, made by the database: it must be the key of exactly the set
``units_of`` makes of the rows per rating (on either dialect), and the rows
per rating are read only when the audit has not recorded that key."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from backend.db import Database
from backend.privacy.release import contributors_key
from backend.settings import Settings
from learning.effect import service
from learning.effect.calculation import repository
from learning.effect.calculation.population import EffectFilter
from learning.effect.calculation.release import keys_of, units_of
from learning.effect.models import EffectScope
from learning.effect.ratings import repository as ratings_repository
from learning.effect.ratings import service as ratings
from tests.support.attack_tools import rate_goals
from tests.support.effect_area import Area, build_area
from tests.support.factories import viewer_of
from tests.support.operations import operation


async def _rated_area(session: AsyncSession, settings: Settings, *, uneven: bool) -> Area:
    """Five leaders who rate their goals and activities; ``uneven``: each
    rates another number of activities (sets that overlap in many ways, and
    a part of the total the audit refuses), otherwise every one of them."""
    area = await build_area(session, settings, leaders=5)
    for index, leader in enumerate(area.leaders):
        await rate_goals(session, area.enrolment_ids[leader.id], 2 + index % 3)
        rated = 1 + index % 3 if uneven else len(area.activities)
        for activity in list(area.activities.values())[:rated]:
            await ratings.rate_activity(session, viewer_of(leader), activity.id, 1 + index % 5)
    await session.commit()
    return area


async def test_the_database_keys_each_figures_contributors_as_the_audit_does(
    session: AsyncSession, settings: Settings
) -> None:
    area = await _rated_area(session, settings, uneven=True)
    effect = await service.effect_for(
        session, viewer_of(area.director), EffectScope.AREA, EffectFilter(), "da"
    )
    for query in (repository.goal_contributors, ratings_repository.reaction_contributors):
        units = units_of(await query(session, effect.population))
        keys = keys_of(await query(session, effect.population, keyed=True))
        assert keys == {where: contributors_key(members) for where, members in units.items()}
        # Overall, per programme, module and kind (and per goal): several figures.
        assert ("ALL", "") in keys and len(keys) >= 4, sorted(keys)


Read = Callable[..., Awaitable[Any]]


def _spy(monkeypatch: pytest.MonkeyPatch, module: Any, name: str, calls: list[str]) -> None:
    query: Read = getattr(module, name)

    async def spy(*args: Any, **parts: Any) -> Any:
        calls.append(f"{name}:{'keys' if parts.get('keyed') else 'rows'}")
        return await query(*args, **parts)

    spy.__name__ = name
    monkeypatch.setattr(module, name, spy)


async def test_a_view_opened_again_reads_no_rating_per_contributor(
    session: AsyncSession,
    settings: Settings,
    database: Database,
    api: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    area = await _rated_area(session, settings, uneven=False)
    calls: list[str] = []
    _spy(monkeypatch, repository, "goal_contributors", calls)
    _spy(monkeypatch, ratings_repository, "reaction_contributors", calls)
    views = []
    for name in ("LearningEffect", "LearningEffect", "LearningEffectSummary"):
        calls.clear()
        response = await api.execute(operation(name), token=area.token(area.director))
        assert response.errors == []
        views.append((response.data, sorted(calls)))
    (first, first_calls), (again, again_calls), (_, summary_calls) = views
    # First: new sets, read per rating and recorded; their figures shown.
    effect = first["learningEffect"]
    assert not effect["goalAttainment"]["overall"]["suppressed"]
    assert not effect["reaction"]["suppressed"]
    assert "goal_contributors:rows" in first_calls
    assert "reaction_contributors:rows" in first_calls
    # Again, and the summary of the same figures: the keys only, the same figures.
    assert again == first
    assert again_calls == ["goal_contributors:keys", "reaction_contributors:keys"]
    assert summary_calls == ["goal_contributors:keys", "reaction_contributors:keys"]
