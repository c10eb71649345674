"""Learning effect and the 360 report's baseline pair a competency with its
predecessor by lineage (the line a competency continues through a framework's
versions), never by title: a renamed competency HR says continues another
still pairs; two unrelated competencies that share a title do not."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy.ext.asyncio import AsyncSession

from backend.settings import Settings
from feedback.evaluations import repository as evaluations
from feedback.evaluations import service as feedback
from feedback.evaluations.reports.builder import ALL_OTHERS
from feedback.evaluations.reports.service import build_report
from feedback.frameworks.service import FrameworkCommand, write_framework
from tests.support.effect_area import Area, build_area, raters, run_cycle
from tests.support.evaluation_world import small_framework


async def _switch_framework(session: AsyncSession, area: Area, command: FrameworkCommand) -> None:
    framework = await write_framework(session, area.organisation.id, command, publish=True)
    area.structure = await feedback.rater_form_structure(session, framework.id)
    await session.commit()


async def _baseline_and_follow_up(
    session: AsyncSession, area: Area, next_framework: FrameworkCommand
) -> tuple[int, int]:
    everyone = {leader.id: raters(peer=2, report=2, manager=2) for leader in area.leaders}
    baseline = await run_cycle(session, area, everyone)
    await _switch_framework(session, area, next_framework)
    later = {leader.id: raters(peer=4, report=4, manager=4) for leader in area.leaders}
    follow_up = await run_cycle(session, area, later, baseline_id=baseline)
    return baseline, follow_up


async def _report_baseline(session: AsyncSession, cycle_id: int, leader_id: int) -> set[str]:
    evaluation = await evaluations.evaluation_of_leader(session, cycle_id, leader_id)
    cycle = await evaluations.cycle(session, cycle_id)
    assert evaluation is not None and cycle is not None
    report = await build_report(session, evaluation, cycle, "da")
    assert report is not None
    return {change.title for change in report.baseline if change.group == ALL_OTHERS}


def _next_version_renaming_the_first(area: Area) -> FrameworkCommand:
    """The next version of the area's framework: its first competency renamed
    and said to continue the old one, its second replaced by a new one that
    happens to keep the old title but continues nothing."""
    assert area.structure is not None
    old = area.structure.competencies
    command = small_framework()
    first, second = command.competencies
    return replace(
        command,
        family=area.structure.framework.family,
        competencies=[
            replace(first, title_da="Retning og mening", title_en="Direction", continues=old[0].id),
            replace(second, title_da="Kompetence 1", title_en="Competency 1"),
        ],
    )


async def test_renamed_competency_pairs_with_its_predecessor(
    session: AsyncSession, settings: Settings
) -> None:
    area = await build_area(session, settings, leaders=1, staff=1)
    await run_cycle(session, area, {area.leaders[0].id: raters(peer=3, report=3, manager=3)})
    assert area.structure is not None and area.structure.competencies[0].title_da == "Kompetence 1"
    _, follow_up = await _baseline_and_follow_up(
        session, area, _next_version_renaming_the_first(area)
    )
    found = await feedback.competency_means_for_leaders(
        session, area.organisation.id, [area.leaders[0].id]
    )
    # The renamed one pairs; "Kompetence 1" of the new version is new (it
    # continues nothing), even though its title is the old first competency's.
    assert [(m.title_da, m.baseline_mean, m.follow_up_mean) for m in found] == [
        ("Retning og mening", 2.0, 4.0)
    ]
    assert await _report_baseline(session, follow_up, area.leaders[0].id) == {"Retning og mening"}


async def test_unrelated_competencies_with_the_same_title_do_not_pair(
    session: AsyncSession, settings: Settings
) -> None:
    area = await build_area(session, settings, leaders=1, staff=1)
    # Another framework (another family) with the very same titles.
    _, follow_up = await _baseline_and_follow_up(session, area, small_framework())
    found = await feedback.competency_means_for_leaders(
        session, area.organisation.id, [area.leaders[0].id]
    )
    assert found == []
    assert await _report_baseline(session, follow_up, area.leaders[0].id) == set()


async def test_a_copied_version_continues_every_competency(
    session: AsyncSession, settings: Settings
) -> None:
    area = await build_area(session, settings, leaders=1, staff=1)
    await run_cycle(session, area, {area.leaders[0].id: raters(peer=3, report=3, manager=3)})
    assert area.structure is not None
    command = replace(
        small_framework(),
        family=area.structure.framework.family,
        competencies=[
            replace(c, continues=old.id)
            for c, old in zip(
                small_framework().competencies, area.structure.competencies, strict=True
            )
        ],
    )
    _, follow_up = await _baseline_and_follow_up(session, area, command)
    found = await feedback.competency_means_for_leaders(
        session, area.organisation.id, [area.leaders[0].id]
    )
    assert [m.title_da for m in found] == ["Kompetence 1", "Kompetence 2"]
    assert await _report_baseline(session, follow_up, area.leaders[0].id) == {
        "Kompetence 1",
        "Kompetence 2",
    }
