"""Attack class 4, over time: the same set of leaders, new frozen figures.

A leader's 360 change is their baseline against their *latest* closed
follow-up. HR decides when cycles close, so HR can read the
organisation-wide figure, close a second follow-up for one leader only, and
read it again: the same leaders, so the same set for the release audit, but
the totals moved by that one leader's new follow-up alone. The difference of
the two follow-up totals is the leader's second follow-up mean minus their
first, a figure of one leader. The top leader, who sees the whole
organisation too, can read the second figure instead of HR (across roles).

A figure over the same leaders but on other frozen data (a newer follow-up
of any of them) must be treated as a new set: shown only if it cannot be
subtracted from what was shown before."""

from __future__ import annotations

from typing import Any

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from backend.db import Database
from backend.identity.models import Membership
from backend.settings import Settings
from learning.effect.export import service as exports
from learning.effect.models import EffectExport
from learning.effect.tasks import render_export
from tests.support.attack_tools import ask, csv_rows, run_task, stored
from tests.support.effect_area import Area, build_area, raters, run_cycle
from tests.support.factories import make_unit
from tests.support.operations import gid


async def _two_cycles(
    session: AsyncSession, settings: Settings, leaders: int = 5
) -> tuple[Area, int]:
    """Leaders with a baseline and a follow-up each; the director is the
    organisation's one top (HR and the colleague report to them)."""
    area = await build_area(session, settings, leaders=leaders, staff=2)
    await session.execute(
        update(Membership)
        .where(Membership.id.in_([area.hr.id, area.colleague.id]))
        .values(manager_id=area.director.id)
    )
    await session.commit()
    baseline = await run_cycle(session, area, {m.id: raters(2, 2, 2) for m in area.leaders})
    await run_cycle(
        session,
        area,
        {m.id: raters(3 + i % 2, 3, 3) for i, m in enumerate(area.leaders)},
        baseline_id=baseline,
    )
    return area, baseline


async def _organisation(api: Any, area: Area, who: Membership) -> Any:
    response = await ask(api, "OrganisationLearningEffect", area.token(who))
    assert response.errors == []
    return response.data["organisationLearningEffect"]["behaviourChange"]


def _shown(figure: dict[str, Any]) -> bool:
    return not figure["suppressed"]


def _totals(figure: dict[str, Any]) -> tuple[float, float]:
    n = figure["leaders"]
    return n * figure["followUpMean"], n * figure["meanChange"]


async def test_a_newer_follow_up_of_one_leader_is_not_a_difference_hr_can_read(
    session: AsyncSession, settings: Settings, api: Any
) -> None:
    area, baseline = await _two_cycles(session, settings)
    before = await _organisation(api, area, area.hr)
    assert _shown(before["overall"]) and before["overall"]["leaders"] == 5
    # HR closes a second follow-up for leader 0 alone: everyone answers 5.
    await run_cycle(session, area, {area.leaders[0].id: raters(5, 5, 5)}, baseline_id=baseline)
    after = await _organisation(api, area, area.hr)
    for old, new in [
        (before["overall"], after["overall"]),
        *zip(before["competencies"], after["competencies"], strict=True),
    ]:
        if _shown(old) and _shown(new):
            # Same leaders on both sides; the difference would be leader 0's own.
            (follow_old, change_old), (follow_new, change_new) = _totals(old), _totals(new)
            assert (old["leaders"], follow_old, change_old) == (
                new["leaders"],
                follow_new,
                change_new,
            ), "two figures of the same leaders on other frozen data were both shown"
    assert not _shown(after["overall"])


async def test_the_top_leader_cannot_complete_the_difference_hr_started(
    session: AsyncSession, settings: Settings, api: Any
) -> None:
    """HR reads before; the top leader (the director, one top of the reporting
    line) reads the whole organisation after: the release audit is one for
    the organisation, whoever reads."""
    area, baseline = await _two_cycles(session, settings)
    scopes = await ask(api, "LearningEffectScopes", area.token(area.director))
    assert "ORGANISATION" in scopes.data["learningEffectScopes"]
    before = await _organisation(api, area, area.hr)
    assert _shown(before["overall"])
    await run_cycle(session, area, {area.leaders[0].id: raters(5, 5, 5)}, baseline_id=baseline)
    after = await _organisation(api, area, area.director)
    assert not _shown(after["overall"])
    assert not any(_shown(c) for c in after["competencies"])


async def test_the_top_leader_cannot_difference_a_unit_and_the_subtree_below_it(
    session: AsyncSession, settings: Settings, api: Any
) -> None:
    """Eight leaders; a unit holds four of them, a unit below it three of
    those. The top leader reads the whole organisation (the phone's summary),
    the unit in the organisation view, then the unit below it in their area.
    Each figure leaves at least three leaders outside (so the complement rule
    alone would show them all), but the unit minus the unit below it is one
    leader: the release audit, one for the organisation whichever view and
    role reads, shows only the first of the two."""
    area, _ = await _two_cycles(session, settings, leaders=8)
    unit = await make_unit(session, area.organisation)
    below = await make_unit(session, area.organisation, parent=unit)
    for members, where in ((area.leaders[:1], unit), (area.leaders[1:4], below)):
        await session.execute(
            update(Membership)
            .where(Membership.id.in_([m.id for m in members]))
            .values(unit_id=where.id)
        )
    await session.commit()
    top = area.token(area.director)
    summary = await ask(api, "LearningEffectSummary", top, scope="ORGANISATION")
    assert summary.errors == []
    whole = summary.data["learningEffectSummary"]["behaviourChange"]
    assert not whole["suppressed"] and whole["leaders"] == 8
    in_unit = await ask(
        api, "OrganisationLearningEffect", top, filter={"unitId": gid("Unit", unit.id)}
    )
    figure = in_unit.data["organisationLearningEffect"]["behaviourChange"]["overall"]
    assert _shown(figure) and figure["leaders"] == 4
    in_area = await ask(api, "LearningEffect", top, filter={"unitId": gid("Unit", below.id)})
    assert in_area.errors == []
    figure = in_area.data["learningEffect"]["behaviourChange"]["overall"]
    assert not _shown(figure), "the unit minus the unit below it is one leader's change"


async def test_the_organisation_wide_csv_after_a_newer_follow_up_shows_no_change(
    session: AsyncSession, database: Database, settings: Settings, api: Any
) -> None:
    """HR reads the view; after one leader's newer follow-up the top leader
    exports the whole organisation as CSV (rendered by the worker): its
    behaviour rows must not be the other half of the subtraction."""
    area, baseline = await _two_cycles(session, settings)
    before = await _organisation(api, area, area.hr)
    assert _shown(before["overall"])
    await run_cycle(session, area, {area.leaders[0].id: raters(5, 5, 5)}, baseline_id=baseline)
    asked = await ask(
        api,
        "ExportLearningEffect",
        area.token(area.director),
        input={"scope": "ORGANISATION", "format": "CSV", "clientMutationId": "attack-later"},
    )
    assert asked.data["exportLearningEffect"]["errors"] == []
    export_id = await run_task(session, database, settings, exports.EXPORT_TASK, render_export)
    row = await session.get(EffectExport, export_id, populate_existing=True)
    assert row is not None and row.object_key is not None
    rows = csv_rows(await stored(settings, row.object_key))
    behaviour = [r for r in rows if r["level"] == "BEHAVIOUR"]
    assert behaviour and all(r["value"] == "" for r in behaviour), behaviour
