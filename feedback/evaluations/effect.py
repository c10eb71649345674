"""The 360 side of learning effect, for ``learning.effect`` (through ``service``).

Per leader and competency: the mean of others' ratings (everyone but SELF)
in a closed cycle and in the latest closed FOLLOW_UP cycle that names it as
its baseline. It is read, in SQL, from the frozen aggregates that closing a
cycle stores (``Evaluation.frozen_results``), never from the responses, so
the figures are the ones the leader's own report was built from and can
never change afterwards. Open cycles count for nothing.

The report's anonymity rules are applied in the same SQL, exactly as
``report_builder.build`` applies them to the "all others" figure:

1. an anonymous group (peers, direct reports, external) counts for a
   competency only when at least its minimum of raters (never under 3)
   count for that competency, and for an item only when at least that many
   answered it; MANAGER counts from one; SELF never counts;
2. an item counts only when the groups that count for it together reach
   the cycle's "all raters" minimum;
3. the competency's mean pools the items that count: sum of answers over
   number of answers.

A leader's competency is left out when it has no such figure in either
cycle. Competencies of the two cycles are matched by their Danish title
(case-folded), as a report's baseline comparison matches them, so a cycle
on a newer version of the framework still pairs with its baseline.

``seed_effect_demo`` makes the demo's before/after cycles (``learning.effect.seed``).
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    JSON,
    Float,
    Integer,
    Select,
    Text,
    and_,
    case,
    cast,
    func,
    or_,
    select,
    true,
    type_coerce,
)
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased
from sqlalchemy.sql.elements import ColumnElement

from backend.db import utcnow
from feedback.evaluations import delivery, repository
from feedback.evaluations.cycles import CycleCommand, close_now, open_now, write_cycle
from feedback.evaluations.models import (
    CyclePurpose,
    CycleStatus,
    Evaluation,
    EvaluationCycle,
    NominationState,
    NominationStatus,
    RaterGroup,
)
from feedback.evaluations.responses import submit
from feedback.frameworks.models import Competency, CompetencyItem
from feedback.frameworks.repository import structure as framework_structure

# The report's floor for an anonymous group, whatever a cycle says.
ANONYMOUS_FLOOR = 3
_NEVER = 1_000_000

Leaders = Select[Any] | Sequence[int]


@dataclass(frozen=True)
class CompetencyMeans:
    """One leader's before/after of one competency, as rated by others."""

    membership_id: int
    competency_key: str
    title_da: str
    title_en: str
    baseline_mean: float
    follow_up_mean: float
    raters_baseline: int
    raters_follow_up: int


def _floor(column: ColumnElement[int]) -> ColumnElement[int]:
    return case((column < ANONYMOUS_FLOOR, ANONYMOUS_FLOOR), else_=column)


def _minimum(group: ColumnElement[str], cycle: Any) -> ColumnElement[int]:
    """``AnonymityPolicy.minimum`` in SQL; SELF and unknown groups never count."""
    return case(
        (group == RaterGroup.MANAGER.value, 1),
        (group == RaterGroup.PEER.value, _floor(cycle.min_peer)),
        (group == RaterGroup.DIRECT_REPORT.value, _floor(cycle.min_direct_report)),
        (group == RaterGroup.EXTERNAL.value, _floor(cycle.min_external)),
        else_=_NEVER,
    )


def _each(document: ColumnElement[Any], name: str) -> Any:
    """``json_each`` as a table (key, value), correlated with the row before it
    (implicitly lateral on PostgreSQL, a table-valued function on SQLite)."""
    return func.json_each(document).table_valued("key", "value", joins_implicitly=True).alias(name)


def competency_means_statement(
    organisation_id: int,
    leaders: Leaders,
    *,
    closed_from: datetime | None = None,
    closed_until: datetime | None = None,
) -> Select[Any]:
    """The SQL of ``competency_means_for_leaders``, to use as a subquery.

    Columns: membership_id, competency_key, title_da, title_en, baseline_mean,
    follow_up_mean, raters_baseline, raters_follow_up, closed_at (the follow-up's).
    ``leaders`` is a list of membership ids or a SELECT of them; the
    follow-up is the latest closed in [closed_from, closed_until)."""
    wanted_leaders = leaders if isinstance(leaders, Select) else list(leaders)
    follow_up, baseline = aliased(Evaluation, name="fx_f"), aliased(Evaluation, name="fx_b")
    follow_cycle = aliased(EvaluationCycle, name="fx_fc")
    base_cycle = aliased(EvaluationCycle, name="fx_bc")
    conditions = [
        follow_up.organisation_id == organisation_id,
        follow_up.leader_id.in_(wanted_leaders),
        follow_cycle.purpose == CyclePurpose.FOLLOW_UP.value,
        follow_cycle.status == CycleStatus.CLOSED.value,
        base_cycle.status == CycleStatus.CLOSED.value,
    ]
    if closed_from is not None:
        conditions.append(follow_cycle.closed_at >= closed_from)
    if closed_until is not None:
        conditions.append(follow_cycle.closed_at < closed_until)
    ranked = (
        select(
            follow_up.leader_id.label("leader_id"),
            follow_up.id.label("follow_up_id"),
            baseline.id.label("baseline_id"),
            follow_cycle.closed_at.label("closed_at"),
            func.row_number()
            .over(
                partition_by=follow_up.leader_id,
                order_by=(follow_cycle.closed_at.desc(), follow_up.id.desc()),
            )
            .label("latest"),
        )
        .join(follow_cycle, follow_cycle.id == follow_up.cycle_id)
        .join(
            baseline,
            and_(
                baseline.cycle_id == follow_cycle.baseline_cycle_id,
                baseline.leader_id == follow_up.leader_id,
            ),
        )
        .join(base_cycle, base_cycle.id == baseline.cycle_id)
        .where(*conditions)
        .cte("fx_ranked")
    )
    pairs = select(ranked).where(ranked.c.latest == 1).cte("fx_pairs")
    means = _means(
        or_(
            Evaluation.id.in_(select(pairs.c.follow_up_id)),
            Evaluation.id.in_(select(pairs.c.baseline_id)),
        )
    )
    after, before = means.alias("fx_after"), means.alias("fx_before")
    after_competency = aliased(Competency, name="fx_ac")
    before_competency = aliased(Competency, name="fx_bcomp")
    key = func.lower(after_competency.title_da)
    return (
        select(
            pairs.c.leader_id.label("membership_id"),
            key.label("competency_key"),
            after_competency.title_da.label("title_da"),
            after_competency.title_en.label("title_en"),
            before.c.mean.label("baseline_mean"),
            after.c.mean.label("follow_up_mean"),
            before.c.raters.label("raters_baseline"),
            after.c.raters.label("raters_follow_up"),
            pairs.c.closed_at.label("closed_at"),
        )
        .select_from(pairs)
        .join(after, after.c.evaluation_id == pairs.c.follow_up_id)
        .join(after_competency, after_competency.id == after.c.competency_id)
        .join(before, before.c.evaluation_id == pairs.c.baseline_id)
        .join(
            before_competency,
            and_(
                before_competency.id == before.c.competency_id,
                func.lower(before_competency.title_da) == key,
            ),
        )
    )


def _means(evaluations: ColumnElement[bool]) -> Any:
    """(evaluation_id, competency_id, mean, raters) of the "all others" figure
    of each competency of the chosen evaluations, from the frozen aggregates."""
    cycle = aliased(EvaluationCycle, name="fx_cycle")
    frozen = type_coerce(Evaluation.frozen_results, JSON)
    items = _each(frozen["items"], "fx_items")
    item_groups = _each(items.c.value, "fx_item_groups")
    cell = type_coerce(item_groups.c.value, JSON)
    item_id = cast(items.c.key, Integer)
    cells = (
        select(
            Evaluation.id.label("evaluation_id"),
            CompetencyItem.competency_id.label("competency_id"),
            item_id.label("item_id"),
            item_groups.c.key.label("rater_group"),
            cell[0].as_integer().label("n"),
            cell[1].as_integer().label("total"),
            _minimum(item_groups.c.key, cycle).label("minimum"),
            _floor(cycle.min_all_raters).label("all_minimum"),
        )
        .select_from(Evaluation)
        .join(cycle, cycle.id == Evaluation.cycle_id)
        .join(items, true())
        .join(item_groups, true())
        .join(CompetencyItem, CompetencyItem.id == item_id)
        .where(evaluations, item_groups.c.key != RaterGroup.SELF.value)
        .cte("fx_cells")
    )
    competencies = _each(frozen["competencies"], "fx_competencies")
    competency_groups = _each(competencies.c.value, "fx_competency_groups")
    raters = cast(cast(competency_groups.c.value, Text), Integer)
    shown = (
        select(
            Evaluation.id.label("evaluation_id"),
            cast(competencies.c.key, Integer).label("competency_id"),
            competency_groups.c.key.label("rater_group"),
            raters.label("raters"),
        )
        .select_from(Evaluation)
        .join(cycle, cycle.id == Evaluation.cycle_id)
        .join(competencies, true())
        .join(competency_groups, true())
        .where(
            evaluations,
            competency_groups.c.key != RaterGroup.SELF.value,
            raters >= _minimum(competency_groups.c.key, cycle),
        )
        .cte("fx_shown")
    )
    others = (
        select(
            cells.c.evaluation_id,
            cells.c.competency_id,
            func.sum(cells.c.n).label("n"),
            func.sum(cells.c.total).label("total"),
        )
        .join(
            shown,
            and_(
                shown.c.evaluation_id == cells.c.evaluation_id,
                shown.c.competency_id == cells.c.competency_id,
                shown.c.rater_group == cells.c.rater_group,
            ),
        )
        .where(cells.c.n >= cells.c.minimum)
        .group_by(cells.c.evaluation_id, cells.c.competency_id, cells.c.item_id)
        .having(func.sum(cells.c.n) >= func.min(cells.c.all_minimum))
        .cte("fx_others")
    )
    counted = (
        select(
            shown.c.evaluation_id, shown.c.competency_id, func.sum(shown.c.raters).label("raters")
        )
        .group_by(shown.c.evaluation_id, shown.c.competency_id)
        .cte("fx_raters")
    )
    return (
        select(
            others.c.evaluation_id,
            others.c.competency_id,
            (cast(func.sum(others.c.total), Float) / func.sum(others.c.n)).label("mean"),
            func.min(counted.c.raters).label("raters"),
        )
        .join(
            counted,
            and_(
                counted.c.evaluation_id == others.c.evaluation_id,
                counted.c.competency_id == others.c.competency_id,
            ),
        )
        .group_by(others.c.evaluation_id, others.c.competency_id)
        .cte("fx_means")
    )


async def competency_means_for_leaders(
    session: AsyncSession,
    organisation_id: int,
    leaders: Leaders,
    *,
    closed_from: datetime | None = None,
    closed_until: datetime | None = None,
) -> list[CompetencyMeans]:
    """Per leader and competency, others' mean before and after (one statement)."""
    statement = competency_means_statement(
        organisation_id, leaders, closed_from=closed_from, closed_until=closed_until
    ).order_by("membership_id", "competency_key")
    rows = await session.execute(statement)
    return [
        CompetencyMeans(
            int(row.membership_id),
            str(row.competency_key),
            str(row.title_da),
            str(row.title_en),
            float(row.baseline_mean),
            float(row.follow_up_mean),
            int(row.raters_baseline),
            int(row.raters_follow_up),
        )
        for row in rows
    ]


# --- demo data ---------------------------------------------------------------------------


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
    framework_id: int,
    leaders: Sequence[DemoRaters],
    *,
    names: tuple[str, str],
    improvement: float = 0.25,
    seed: int = 2025,
) -> tuple[int, int]:
    """A closed BASELINE cycle a year ago and its closed FOLLOW_UP now for the
    given leaders, answered by their raters through the rater path, with a
    modest improvement in the second round. Returns (baseline id, follow-up id)."""
    rng = random.Random(seed)
    structure = await framework_structure(session, framework_id)
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
        await _answer(session, cycle, structure.items_by_id, rng, improvement * round_index)
        await close_now(session, cycle.id)
        if not round_index:
            # The baseline was a year ago; its reports are not rendered again.
            cycle.closed_at = now - timedelta(days=365)
            cycle.opens_at = cycle.closes_at = cycle.closed_at
        cycle_ids.append(cycle.id)
    await session.flush()
    return cycle_ids[0], cycle_ids[1]


async def _nominate(
    session: AsyncSession, cycle: EvaluationCycle, leaders: Sequence[DemoRaters]
) -> None:
    evaluations = {e.leader_id: e for e in await repository.evaluations_of_cycle(session, cycle.id)}
    everyone = {m for leader in leaders for m in (*leader.peers, *leader.reports)}
    people = await repository.people(session, list(everyone))
    rows: list[dict[str, object]] = []
    for leader in leaders:
        evaluation = evaluations[leader.leader_id]
        for group, members in (
            (RaterGroup.PEER, leader.peers),
            (RaterGroup.DIRECT_REPORT, leader.reports),
        ):
            for membership_id in members:
                person = people[membership_id]
                rows.append(
                    {
                        "organisation_id": cycle.organisation_id,
                        "evaluation_id": evaluation.id,
                        "rater_group": group.value,
                        "rater_id": membership_id,
                        "rater_name": person.name,
                        "rater_email": person.email,
                        "locale": person.locale,
                        "status": NominationStatus.APPROVED.value,
                    }
                )
        evaluation.nomination_state = NominationState.APPROVED.value
    await repository.insert_nominations(session, rows)
    await session.flush()


async def _answer(
    session: AsyncSession,
    cycle: EvaluationCycle,
    item_ids: dict[int, Any],
    rng: random.Random,
    shift: float,
) -> None:
    """Every nominee answers; each leader has a level of their own, and others
    see a little more change than the leader sees in themselves."""
    evaluations = await repository.evaluations_of_cycle(session, cycle.id)
    nominations = await repository.nominations_by_evaluation(session, [e.id for e in evaluations])
    for evaluation in evaluations:
        level = 3.3 + (evaluation.leader_id % 7) * 0.1
        gain = shift * (0.4 + rng.random())
        for nomination in nominations.get(evaluation.id, []):
            own = nomination.rater_group == RaterGroup.SELF.value
            mean = level + (0.3 if own else 0.0) + (gain * 0.5 if own else gain)
            token = await delivery.issue_token(session, nomination.id, cycle.closes_at)
            answers: dict[int, int | None] = {
                item_id: max(1, min(5, round(rng.gauss(mean, 0.7)))) for item_id in item_ids
            }
            await submit(session, token, answers, {})
