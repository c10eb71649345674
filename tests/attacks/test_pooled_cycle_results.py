"""Attack class 2: HR's pooled results of a cycle. A group's figure rests on
at least three leaders whose own report shows that group; a self-assessment
alone, or a report the profile withheld, makes no leader count."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from backend.settings import Settings
from feedback.evaluations.models import CycleProfile, RaterGroup
from tests.support.attack_tools import ask
from tests.support.effect_area import Area, build_area, run_cycle
from tests.support.operations import gid

PEER, REPORT, SELF, MANAGER = (
    RaterGroup.PEER,
    RaterGroup.DIRECT_REPORT,
    RaterGroup.SELF,
    RaterGroup.MANAGER,
)


async def _results(api: Any, area: Area, cycle_id: int) -> Any:
    response = await ask(
        api, "EvaluationCycleResults", area.token(area.hr), id=gid("EvaluationCycle", cycle_id)
    )
    assert response.errors == []
    return response.data["node"]["results"]


def _groups(results: Any) -> set[str]:
    if results is None:
        return set()
    found = set(results["shownGroups"]) | {r["group"] for r in results["responses"]}
    for competency in results["competencies"]:
        found |= {f["group"] for f in competency["figures"]}
        for item in competency["items"]:
            found |= {f["group"] for f in item["figures"]}
    return found


async def test_one_leaders_direct_reports_are_not_shown_pooled_with_self_assessments(
    session: AsyncSession, area: Area, api: Any
) -> None:
    a, b, c, _ = area.leaders
    cycle = await run_cycle(
        session,
        area,
        {a.id: {REPORT: [1, 2, 5], SELF: [4]}, b.id: {SELF: [3]}, c.id: {SELF: [5]}},
    )
    results = await _results(api, area, cycle)
    assert REPORT.value not in _groups(results)


async def test_direct_reports_of_three_leaders_with_shown_groups_are_pooled(
    session: AsyncSession, area: Area, api: Any
) -> None:
    """The counterpart: the rule is not "never", it is "three shown leaders"."""
    a, b, c, _ = area.leaders
    cycle = await run_cycle(
        session,
        area,
        {
            a.id: {REPORT: [1, 2, 5], SELF: [4]},
            b.id: {REPORT: [3, 3, 3], SELF: [3]},
            c.id: {REPORT: [4, 4, 4], SELF: [5]},
        },
    )
    results = await _results(api, area, cycle)
    figure = next(f for f in results["competencies"][0]["figures"] if f["group"] == REPORT.value)
    assert figure["count"] == 9 * 2 and figure["mean"] == round(29 / 9, 2)


async def test_a_leader_whose_group_is_hidden_does_not_count_towards_three(
    session: AsyncSession, area: Area, api: Any
) -> None:
    a, b, c, d = area.leaders
    cycle = await run_cycle(
        session,
        area,
        {
            a.id: {PEER: [1, 2, 5]},
            b.id: {PEER: [3, 3, 3]},
            c.id: {PEER: [4, 4]},  # two peers: hidden in c's own report
            d.id: {PEER: [5]},
        },
    )
    assert PEER.value not in _groups(await _results(api, area, cycle))


async def test_reports_the_danish_profile_withheld_are_not_pooled(
    session: AsyncSession, settings: Settings, api: Any
) -> None:
    small = await build_area(session, settings, leaders=3, staff=2)
    cycle = await run_cycle(
        session,
        small,
        {leader.id: {REPORT: [1, 2], PEER: [3, 3, 3], SELF: [4]} for leader in small.leaders},
        profile=CycleProfile.DANISH_PUBLIC_SECTOR,
    )
    assert await _results(api, small, cycle) is None
