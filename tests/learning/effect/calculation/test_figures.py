"""Participation, progress, goal attainment, reaction, breakdowns and span
of control on a small dataset built through the programmes' services.

Four leaders start the same programme 30 days ago (every activity past due):
A completes knowledge and reflection; B completes all three and their
manager holds every checkpoint, rating B's goals 4 and 2; C withdraws; D
does nothing yet. Ratings: knowledge A 4, B 5, D 3; reflection A 5, B 3;
action B 4.
"""

from __future__ import annotations

import math
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.api.relay import to_global_id
from backend.db import utcnow
from backend.settings import Settings
from learning.effect import service
from learning.effect.calculation.population import EffectFilter
from learning.effect.models import EffectScope
from learning.effect.ratings import service as rating_service
from learning.programmes import service as programmes
from learning.programmes.checkpoints import service as checkpoints
from learning.programmes.enrolments import repository as enrolments_repository
from learning.programmes.enrolments import service as enrolments
from learning.programmes.models import (
    ActivityKind,
    ActivityProgress,
    CheckpointKind,
    EnrolmentStatus,
    ProgrammeActivity,
    ProgrammeVersion,
    ProgressEventType,
)
from learning.programmes.progress import service as progress_service
from tests.support.effect_area import Area, build_area
from tests.support.factories import viewer_of
from tests.support.operations import operation
from tests.support.programme_content import content

K, R, A = ActivityKind.KNOWLEDGE, ActivityKind.REFLECTION, ActivityKind.ACTION


async def _complete(session: AsyncSession, area: Area, leader: Any, kinds: list[Any]) -> None:
    """A reflection is written and evidence recorded before they are completed."""
    events = []
    for kind in kinds:
        enrolment_id, activity_id = area.enrolment_ids[leader.id], area.activities[kind].id
        written = {
            R: (ProgressEventType.REFLECTION_SAVED, "Jeg lærte noget."),
            A: (ProgressEventType.EVIDENCE_SAVED, "Jeg prøvede det."),
        }.get(kind)
        if written is not None:
            events.append(
                progress_service.ProgressEventCommand(
                    enrolment_id, activity_id, written[0], text=written[1]
                )
            )
        events.append(
            progress_service.ProgressEventCommand(
                enrolment_id, activity_id, ProgressEventType.COMPLETED
            )
        )
    results = await progress_service.apply_events(session, viewer_of(leader), events, area.settings)
    assert all(r.status == progress_service.EventStatus.APPLIED for r in results), results


async def _rate(session: AsyncSession, area: Area, leader: Any, ratings: dict[Any, int]) -> None:
    for kind, value in ratings.items():
        await rating_service.rate_activity(
            session, viewer_of(leader), area.activities[kind].id, value, "Godt"
        )


@pytest.fixture
async def built(session: AsyncSession, settings: Settings) -> Area:
    area = await build_area(session, settings, leaders=4)
    a, b, c, d = area.leaders
    await _complete(session, area, a, [K, R])
    await _complete(session, area, b, [K, R, A])
    director = viewer_of(area.director)
    goals = await enrolments_repository.development_goals_of(session, [area.enrolment_ids[b.id]])
    by_goal = {g.organisation_goal_id: g.id for g in goals}
    for kind, (practice, notes, feedback) in (
        (CheckpointKind.BEFORE, ("Øv på fredagsmødet.", "", "")),
        (CheckpointKind.DURING, ("", "Godt på vej.", "")),
        (CheckpointKind.AFTER, ("", "", "Flot.")),
    ):
        await checkpoints.complete_checkpoint(
            session,
            director,
            checkpoints.CheckpointCommand(
                enrolment_id=area.enrolment_ids[b.id],
                kind=kind,
                ratings={by_goal[area.goal_ids[0]]: 4, by_goal[area.goal_ids[1]]: 2}
                if kind == CheckpointKind.AFTER
                else {},
                practice_agreed=practice,
                notes=notes,
                feedback=feedback,
            ),
        )
    await _rate(session, area, a, {K: 4, R: 5})
    await _rate(session, area, b, {K: 5, R: 3, A: 4})
    await _rate(session, area, d, {K: 3})
    withdrawn = await enrolments_repository.enrolment_for_update(
        session, area.organisation.id, area.enrolment_ids[c.id]
    )
    assert withdrawn is not None
    withdrawn.status = EnrolmentStatus.WITHDRAWN.value
    await session.commit()
    return area


async def _effect(session: AsyncSession, area: Area, **wanted: Any) -> Any:
    return await service.effect_for(
        session, viewer_of(area.director), EffectScope.AREA, EffectFilter(**wanted), "da"
    )


async def test_participation_and_progress(session: AsyncSession, built: Area) -> None:
    p = await (await _effect(session, built)).participation()
    assert (p.leaders, p.enrolled, p.active, p.completed, p.withdrawn, p.overdue) == (
        3,
        3,
        2,
        1,
        1,
        2,
    )
    assert p.level.value == "LEARNING"
    assert [(k.kind, k.assigned, k.completed) for k in p.activities] == [
        (K, 3, 2),
        (R, 3, 2),
        (A, 3, 1),
    ]
    assert p.activities[0].rate == pytest.approx(2 / 3)
    held = {c.kind: (c.total, c.held, c.overdue) for c in p.checkpoints}
    assert held == {kind: (3, 1, 2) for kind in CheckpointKind}


async def test_progress_on_an_activity_of_another_version_is_not_counted(
    session: AsyncSession, built: Area
) -> None:
    """Counted from the completed progress rows, not from every pair a leader is
    given: a row for another programme's activity (the services never write
    one) must not count as done in this one."""
    hr = viewer_of(built.hr)
    other, _ = await programmes.create_programme(
        session, hr, content(built.goal_ids, title="Andet forløb"), built.settings
    )
    foreign = await session.scalar(
        select(ProgrammeActivity)
        .join(ProgrammeVersion, ProgrammeVersion.id == ProgrammeActivity.version_id)
        .where(ProgrammeVersion.programme_id == other.id, ProgrammeActivity.kind == K.value)
        .limit(1)
    )
    assert foreign is not None
    d = built.leaders[3]
    session.add(
        ActivityProgress(
            organisation_id=built.organisation.id,
            enrolment_id=built.enrolment_ids[d.id],
            activity_id=foreign.id,
            started_at=utcnow(),
            completed_at=utcnow(),
        )
    )
    await session.commit()
    p = await (await _effect(session, built)).participation()
    assert [(k.kind, k.assigned, k.completed) for k in p.activities] == [
        (K, 3, 2),
        (R, 3, 2),
        (A, 3, 1),
    ]


async def test_goal_attainment_of_one_leader_is_suppressed_overall_and_per_goal(
    session: AsyncSession, built: Area
) -> None:
    # One leader's goals are rated: their manager's ratings of them are theirs alone.
    g = await (await _effect(session, built)).goal_attainment()
    assert g.level.value == "RESULTS"
    overall = g.overall
    assert (overall.suppressed, overall.leaders, overall.count, overall.mean) == (
        True,
        None,
        None,
        None,
    )
    assert {goal.goal_id for goal in g.goals} == set(built.goal_ids[:2])
    assert all(goal.attainment.suppressed and goal.attainment.mean is None for goal in g.goals)


def test_goal_attainment_rolls_up_to_organisational_goals_from_three_leaders() -> None:
    from types import SimpleNamespace as Row

    from learning.effect.calculation.figures import goal_attainment

    rows = [
        Row(dimension="ALL", key=None, label=None, leaders=3, n=4, total=12, total_sq=40),
        Row(dimension="GOAL", key="7", label="Trivsel", leaders=3, n=3, total=12, total_sq=50),
        Row(dimension="GOAL", key="8", label="Drift", leaders=1, n=1, total=2, total_sq=4),
    ]
    g = goal_attainment(rows)
    assert (g.overall.leaders, g.overall.count, g.overall.mean) == (3, 4, 3.0)
    assert g.overall.spread == pytest.approx(math.sqrt((40 - 144 / 4) / 3))
    by_goal = {goal.goal_id: goal.attainment for goal in g.goals}
    assert by_goal[7].mean == 4.0 and by_goal[7].count == 3
    assert by_goal[8].suppressed and by_goal[8].mean is None


async def test_reaction_needs_three_leaders(session: AsyncSession, built: Area) -> None:
    effect = await _effect(session, built)
    overall = await effect.reaction()
    assert (overall.leaders, overall.count, overall.mean) == (3, 6, 4.0)
    kinds = {row.kind: row.reaction for row in (await effect.breakdowns()).by_activity_kind}
    assert kinds[R].suppressed and kinds[R].mean is None and kinds[R].leaders is None
    assert kinds[A].suppressed
    # Knowledge has three leaders, but the overall figure minus it would be the
    # other kinds' ratings of two leaders (a and b): it is suppressed as well.
    assert (kinds[K].leaders, kinds[K].mean, kinds[K].suppressed) == (None, None, True)


async def test_breakdowns_by_programme_module_and_kind(session: AsyncSession, built: Area) -> None:
    found = await (await _effect(session, built)).breakdowns()
    (programme,) = found.by_programme
    assert (programme.label, programme.enrolled, programme.completed_enrolments) == (
        "Ny som leder",
        3,
        1,
    )
    assert (programme.assigned, programme.completed) == (9, 5)
    # One leader's goals: suppressed here too.
    assert programme.goal_attainment is not None and programme.goal_attainment.suppressed
    (module,) = found.by_module
    assert (module.label, module.programme_title, module.assigned) == ("Modul 1", "Ny som leder", 9)
    assert [row.label for row in found.by_activity_kind] == ["Viden", "Refleksion", "Handling"]
    # No 360 in this area: an empty change reads as a suppressed one (no
    # "0 leaders" that, for a filter of one, would say what that leader did).
    change = programme.behaviour_change
    assert change.suppressed and change.leaders is None and change.mean_change is None


async def test_span_of_control_beside_it(session: AsyncSession, built: Area) -> None:
    span = await (await _effect(session, built)).span_of_control()
    assert (span.leaders, span.mean, span.largest, span.over_threshold) == (4, 2.0, 2, 0)
    assert span.threshold == 27
    assert span.buckets[0].leaders == 4


async def test_filters_narrow_every_figure(session: AsyncSession, built: Area) -> None:
    hr = viewer_of(built.hr)
    second, _ = await programmes.create_programme(
        session, hr, content(built.goal_ids, title="Ledelse af ledere"), built.settings
    )
    await programmes.publish_programme(session, hr, second.id)
    await enrolments.enrol_leader(
        session,
        hr,
        enrolments.EnrolCommand(programme_id=second.id, membership_id=built.leaders[0].id),
    )
    await session.commit()
    everything = await (await _effect(session, built)).participation()
    assert (everything.enrolled, everything.leaders) == (4, 3)
    only_second = await (await _effect(session, built, programme_id=second.id)).participation()
    assert (only_second.enrolled, only_second.leaders, only_second.completed) == (1, 1, 0)
    started = date.today() - timedelta(days=30)
    in_period = await (await _effect(session, built, start=started, end=started)).participation()
    assert in_period.enrolled == 3
    later = await (await _effect(session, built, start=started + timedelta(days=1))).participation()
    assert later.enrolled == 1  # the second programme started today


async def test_the_view_in_graphql(session: AsyncSession, built: Area, api: Any) -> None:
    response = await api.execute(
        operation("LearningEffect"),
        {"filter": {"programmeId": to_global_id("Programme", built.programme_id)}},
        token=built.token(built.director),
    )
    assert response.errors == []
    effect = response.data["learningEffect"]
    assert effect["participation"]["overdue"] == 2
    # One leader's goals are rated: suppressed, with no number.
    overall = effect["goalAttainment"]["overall"]
    assert (overall["suppressed"], overall["mean"]) == (True, None)
    assert effect["reaction"]["kirkpatrickLevel"] == "REACTION"
    assert len(effect["notes"]) == 7
    series = {s["key"]: s for s in effect["series"]}
    assert set(series) == {
        "behaviour_change",
        "effect_size",
        "activities",
        "checkpoints",
        "goal_attainment",
        "reaction",
        "span",
    }
    activity_points = [round(p["value"], 1) for p in series["activities"]["points"]]
    assert activity_points == [66.7, 66.7, 33.3]
    english = await api.execute(
        "query { learningEffect { notes } }", token=built.token(built.director, "en")
    )
    assert english.data["learningEffect"]["notes"][0].startswith("Small changes are expected")
