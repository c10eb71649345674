"""Demo data for learning effect, so the view has numbers to show.

After the programmes seed (which enrols the new leaders on "Ny som leder")
and the feedback seed (which makes the Danish framework), this gives the
enrolled leaders progress of every depth through ``learning.programmes.facts.service``:
activities done, checkpoints held by their own manager (the AFTER one rating
each development goal), and ratings of the activities they did; then a 360
BASELINE a year ago and a FOLLOW_UP now for them, through
``feedback.evaluations.service.seed_effect_demo``, rated by their direct
reports, by the leaders beside them, by their manager and by themselves.

``ledelyst seed-demo`` picks it up by ``SEED_ORDER``; running it again
changes nothing (it stops when the organisation has activity ratings).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.auth.viewer import Viewer
from backend.db import utcnow
from backend.identity.models import Membership
from backend.settings import get_settings
from feedback.evaluations import service as feedback
from learning.effect.models import ActivityRating
from learning.effect.ratings import service
from learning.programmes.facts import service as programmes
from learning.programmes.facts.service import (
    ActivityKind,
    CheckpointKind,
    Enrolment,
    ProgressEventType,
    ProgressStep,
)

CYCLE_NAMES = ("Ledelsesevaluering 2024 (før forløbet)", "Ledelsesevaluering 2025 (efter forløbet)")
# Share of the programme each leader has done, in turn: all, two thirds, a third, a little.
DEPTHS = (1.0, 0.67, 0.34, 0.1)
MAX_PEERS = 4
# A reflection is written, and evidence recorded, before the activity is done.
WRITTEN_FIRST = {
    ActivityKind.REFLECTION: (ProgressEventType.REFLECTION_SAVED, "Det gav stof til eftertanke."),
    ActivityKind.ACTION: (ProgressEventType.EVIDENCE_SAVED, "Jeg prøvede det på personalemødet."),
}


@dataclass(frozen=True)
class SeededEffect:
    leaders: int
    cycles: tuple[int, int] | None


def _viewer(member: Membership) -> Viewer:
    return Viewer(member.person_id, member.organisation_id, member.id, roles=frozenset())


async def seed_effect(session: AsyncSession, organisation_id: int) -> SeededEffect | None:
    rated = await session.scalar(
        select(ActivityRating.id).where(ActivityRating.organisation_id == organisation_id).limit(1)
    )
    if rated is not None:
        return None
    enrolments = await programmes.enrolments_to_follow(session, organisation_id)
    if not enrolments:
        return None
    members = {
        m.id: m
        for m in await session.scalars(
            select(Membership).where(
                Membership.organisation_id == organisation_id, Membership.is_active.is_(True)
            )
        )
    }
    # Leaders the earlier seeds already started (the demo's story) keep their place.
    started = await programmes.started_enrolment_ids(session, [e.id for e in enrolments])
    depths = 0
    for enrolment in enrolments:
        leader = members.get(enrolment.membership_id)
        if leader is None:
            continue
        if enrolment.id in started:
            await _rate_first(session, enrolment, leader)
        else:
            await _progress(session, enrolment, leader, members, DEPTHS[depths % len(DEPTHS)])
            depths += 1
    leaders = [members[e.membership_id] for e in enrolments if e.membership_id in members]
    cycles = await feedback.seed_effect_demo(
        session,
        organisation_id,
        await _raters(session, organisation_id, leaders),
        names=CYCLE_NAMES,
    )
    return SeededEffect(len(leaders), cycles)


async def _rate_first(session: AsyncSession, enrolment: Enrolment, leader: Membership) -> None:
    """A started leader rates the first activity, which the seed had them do."""
    activities = await programmes.activities_in_order(session, enrolment.version_id)
    await service.rate_activity(session, _viewer(leader), activities[0].id, 4)


async def _progress(
    session: AsyncSession,
    enrolment: Enrolment,
    leader: Membership,
    members: dict[int, Membership],
    depth: float,
) -> None:
    activities = await programmes.activities_in_order(session, enrolment.version_id)
    done = activities[: max(1, round(depth * len(activities)))]
    start = datetime.combine(enrolment.starts_on, time(9), UTC)
    steps: list[ProgressStep] = []
    for day, activity in enumerate(done, start=1):
        when = min(start + timedelta(days=day), utcnow())
        kind = ActivityKind(activity.kind)
        if kind in WRITTEN_FIRST:
            type_, text = WRITTEN_FIRST[kind]
            steps.append(ProgressStep(activity.id, type_, when, f"effect-{day}-text", text))
        steps.append(
            ProgressStep(activity.id, ProgressEventType.COMPLETED, when, f"effect-{day}-done")
        )
    settings = get_settings()
    await programmes.record_progress(session, _viewer(leader), enrolment.id, steps, settings)
    for position, activity in enumerate(done[:4]):
        await service.rate_activity(
            session, _viewer(leader), activity.id, 3 + (leader.id + position) % 3
        )
    manager = members.get(leader.manager_id or 0)
    if manager is not None:
        await _checkpoints(session, enrolment.id, leader, manager, depth)


async def _checkpoints(
    session: AsyncSession,
    enrolment_id: int,
    leader: Membership,
    manager: Membership,
    depth: float,
) -> None:
    """BEFORE for everyone who started, DURING from a third, AFTER (which
    rates the goals and completes the enrolment) for those who did it all."""
    held = await programmes.held_checkpoint_kinds(session, enrolment_id)
    goals = await programmes.development_goals_of(session, enrolment_id)
    steps = [
        (CheckpointKind.BEFORE, 0.0, ("Du øver dig på teammøderne.", "", "")),
        (CheckpointKind.DURING, 0.3, ("", "Godt i gang; mere fokus på opfølgning.", "")),
        (CheckpointKind.AFTER, 1.0, ("", "", "Tydeligere retning, og teamet mærker det.")),
    ]
    for kind, needed, texts in steps:
        if depth < needed or kind.value in held or not goals:
            continue
        ratings = (
            {goal.id: 2 + (leader.id + goal.position) % 4 for goal in goals}
            if kind == CheckpointKind.AFTER
            else {}
        )
        await programmes.hold_checkpoint(
            session, _viewer(manager), enrolment_id, kind, texts, ratings
        )


async def _raters(
    session: AsyncSession, organisation_id: int, leaders: Sequence[Membership]
) -> list[feedback.DemoRaters]:
    """Each leader's direct reports, and up to four leaders beside them."""
    managers = {m.manager_id for m in leaders if m.manager_id is not None}
    ids = {m.id for m in leaders}
    around = list(
        await session.scalars(
            select(Membership).where(
                Membership.organisation_id == organisation_id,
                Membership.is_active.is_(True),
                Membership.manager_id.in_(ids | managers),
            )
        )
    )
    found = []
    for leader in leaders:
        reports = [m.id for m in around if m.manager_id == leader.id]
        peers = [
            m.id
            for m in around
            if m.manager_id == leader.manager_id
            and m.id != leader.id
            and "LEADER" in (m.roles or [])
        ][:MAX_PEERS]
        found.append(feedback.DemoRaters(leader.id, peers, reports))
    return found


# Picked up by ``ledelyst seed-demo`` (backend.seed): after programmes and feedback.
SEED_ORDER = 50
seed_demo = seed_effect
