"""The demo's before/after 360 cycles for learning effect (``learning.effect.seed``
calls ``seed_effect_demo`` through ``service``): answered through the rater
path, so the figures come from the same frozen aggregates as real ones."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from backend.db import utcnow
from feedback.evaluations import repository
from feedback.evaluations.cycles.service import CycleCommand, close_now, open_now, write_cycle
from feedback.evaluations.delivery import repository as delivery_repository
from feedback.evaluations.delivery import service as delivery
from feedback.evaluations.models import (
    CyclePurpose,
    EvaluationCycle,
    NominationState,
    NominationStatus,
    RaterGroup,
)
from feedback.evaluations.nominations import repository as nomination_repository
from feedback.evaluations.responses.service import submit
from feedback.frameworks import service as frameworks


@dataclass(frozen=True)
class DemoRaters:
    """Who rates one demo leader: their own manager and direct reports, and
    other leaders under the same manager as peers."""

    leader_id: int
    peers: Sequence[int]
    reports: Sequence[int]


async def seed_effect_demo(
    session: AsyncSession,
    organisation_id: int,
    leaders: Sequence[DemoRaters],
    *,
    names: tuple[str, str],
    improvement: float = 0.2,
    seed: int = 2025,
) -> tuple[int, int] | None:
    """A closed BASELINE cycle a year ago and its closed FOLLOW_UP now for the
    given leaders, on the organisation's newest Danish framework (the feedback
    seed makes it), answered by their raters through the rater path. Others
    see each leader change by about ``improvement`` on the 1-5 scale, more for
    some, less or worse for others. Returns (baseline id, follow-up id), or
    None when the cycles exist already or there is no framework."""
    framework_id = await frameworks.newest_danish_framework_id(session, organisation_id)
    existing = await repository.cycle_named(session, organisation_id, names[0])
    if framework_id is None or existing is not None or len(leaders) == 0:
        return None
    rng = random.Random(seed)
    gains = {leader.leader_id: rng.gauss(improvement, 0.3) for leader in leaders}
    structure = await frameworks.structure(session, framework_id)
    assert structure is not None
    cycle_ids: list[int] = []
    for round_index, name in enumerate(names):
        now = utcnow()
        cycle = await write_cycle(
            session,
            organisation_id,
            None,
            CycleCommand(
                name=name,
                framework_id=framework_id,
                opens_at=now - timedelta(days=14),
                closes_at=now + timedelta(days=7),
                purpose=CyclePurpose.FOLLOW_UP if round_index else CyclePurpose.BASELINE,
                baseline_cycle_id=cycle_ids[0] if round_index else None,
                leader_ids=[leader.leader_id for leader in leaders],
                reminder_days_before_close=[],
            ),
        )
        await _nominate(session, cycle, leaders)
        await open_now(session, cycle)
        shift = gains if round_index else dict.fromkeys(gains, 0.0)
        await _answer(session, cycle, list(structure.items_by_id), rng, shift)
        await close_now(session, cycle.id)
        if not round_index:  # the baseline closed a year ago
            cycle.closes_at = cycle.closed_at = now - timedelta(days=365)
            cycle.opens_at = cycle.closed_at - timedelta(days=14)
        cycle_ids.append(cycle.id)
    await session.flush()
    return cycle_ids[0], cycle_ids[1]


async def _nominate(
    session: AsyncSession, cycle: EvaluationCycle, leaders: Sequence[DemoRaters]
) -> None:
    evaluations = {e.leader_id: e for e in await repository.evaluations_of_cycle(session, cycle.id)}
    people = await repository.people(
        session, list({m for leader in leaders for m in (*leader.peers, *leader.reports)})
    )
    existing = await nomination_repository.nominations_by_evaluation(
        session, [e.id for e in evaluations.values()]
    )
    nominated = {(n.evaluation_id, n.rater_id) for rows in existing.values() for n in rows}
    rows = [
        {
            "organisation_id": cycle.organisation_id,
            "evaluation_id": evaluations[leader.leader_id].id,
            "rater_group": group.value,
            "rater_id": member,
            "rater_name": people[member].name,
            "rater_email": people[member].email,
            "locale": people[member].locale,
            "status": NominationStatus.APPROVED.value,
        }
        for leader in leaders
        for group, members in (
            (RaterGroup.PEER, leader.peers),
            (RaterGroup.DIRECT_REPORT, leader.reports),
        )
        for member in members
        # Direct reports came with the cycle, from the reporting lines.
        if (evaluations[leader.leader_id].id, member) not in nominated
    ]
    for evaluation in evaluations.values():
        evaluation.nomination_state = NominationState.APPROVED.value
    await nomination_repository.insert_nominations(session, rows)
    await session.flush()


async def _answer(
    session: AsyncSession,
    cycle: EvaluationCycle,
    item_ids: list[int],
    rng: random.Random,
    gains: dict[int, float],
) -> None:
    """Every nominee answers; each leader has a level of their own, and sees
    themselves a little better, and changing a little less, than others do."""
    evaluations = await repository.evaluations_of_cycle(session, cycle.id)
    nominations = await nomination_repository.nominations_by_evaluation(
        session, [e.id for e in evaluations]
    )
    # Everyone who answers was invited: the response rates add up.
    await delivery_repository.mark_invited(
        session, [n.id for found in nominations.values() for n in found], utcnow()
    )
    for evaluation in evaluations:
        level = 3.2 + (evaluation.leader_id % 7) * 0.1
        gain = gains.get(evaluation.leader_id, 0.0)
        for nomination in nominations.get(evaluation.id, []):
            own = nomination.rater_group == RaterGroup.SELF.value
            mean = level + (0.3 + gain * 0.5 if own else gain)
            token = await delivery.issue_token(session, nomination.id, cycle.closes_at)
            answers: dict[int, int | None] = {
                item_id: max(1, min(5, round(rng.gauss(mean, 0.7)))) for item_id in item_ids
            }
            await submit(session, token, answers, {})
