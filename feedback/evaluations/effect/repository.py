"""The 360 side of learning effect, for ``learning.effect`` (through the
slice's ``service``): the read model ``CompetencySums``, written when a cycle
closes, and the before/after means read from it.

Per leader and competency: the mean of others' ratings (everyone but SELF)
in a closed cycle and in the latest closed FOLLOW_UP cycle that names it as
its baseline. It is read, in SQL, from the read model that closing a cycle
writes from the frozen aggregates (``store``), never from the responses, so
the figures are the ones the leader's own report was built from and can
never change afterwards. Open cycles count for nothing.

The report's anonymity rules (``expressions``) are applied in the same SQL,
exactly as ``reports.builder.build`` applies them to the "all others" figure:

1. an anonymous group (peers, direct reports, external) counts for a
   competency only when at least its minimum of raters (never under 3)
   count for that competency, and for an item only when at least that many
   answered it; MANAGER counts from one; SELF never counts;
2. an item counts only when the groups that count for it together reach
   the cycle's "all raters" minimum;
3. the competency's mean pools the items that count: sum of answers over
   number of answers.

The read model is built in SQL from the frozen aggregates of the evaluations
whose report is released: per competency and group the raters, and over the
items where the group counts and the item counts, n, sum and sum of squares
of the answers. A group under its minimum gets no row; a withheld report
gets none at all. So the read model holds only figures already under the
anonymity rules, and a read is a sum over a few integer rows. Only
evaluations whose report was released count. A leader's competency is left
out when it has no such figure in either cycle.

``lineage_id`` is the competency's line through the versions of its
framework (``frameworks.models.Competency.lineage_id``: its own id when new,
its predecessor's when a version carries it over, renamed or not), copied
when the cycle closes, so reads pair competencies by that id, never by
title, by the same rule as the report's baseline comparison.

The demo's before/after cycles are made by the slice's ``seed``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Float,
    Select,
    and_,
    cast,
    func,
    insert,
    or_,
    select,
    union_all,
)
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased
from sqlalchemy.sql.elements import ColumnElement

from feedback.evaluations.effect.expressions import (
    RELEASED_STATUSES,
)
from feedback.evaluations.effect.sums import insert_statement
from feedback.evaluations.models import (
    CompetencySums,
    CyclePurpose,
    CycleStatus,
    Evaluation,
    EvaluationCycle,
    LeaderChange,
)
from feedback.frameworks.service import Competency

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


def _latest_pairs(organisation_id: int, leaders: Leaders) -> Any:
    """Per leader: their latest closed, released follow-up and its baseline
    (follow_up_id, baseline_id, leader_id, closed_at), as a CTE."""
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
        # Only reports that were released (``release.is_released``): a report the
        # profile withheld is a figure of nobody's, here as everywhere.
        follow_up.report_status.in_(RELEASED_STATUSES),
    ]
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
        .where(*conditions, baseline.report_status.in_(RELEASED_STATUSES))
        .cte("fx_ranked")
    )
    return select(ranked).where(ranked.c.latest == 1).cte("fx_pairs")


def _paired_means(pairs: Any) -> tuple[Any, Any]:
    """The read model's means of both evaluations of each pair (rows of
    ``pairs``: follow_up_id, baseline_id), per competency lineage: the
    follow-up's (``after``) and the baseline's (``before``), to join."""
    # One IN over both ids: an OR of two INs filters every row of the read
    # model (a sequential scan), one IN of a union reads its primary key.
    wanted = CompetencySums.evaluation_id.in_(
        union_all(select(pairs.c.follow_up_id), select(pairs.c.baseline_id))
    )
    answers = func.sum(CompetencySums.answers)
    means = (
        select(
            CompetencySums.evaluation_id,
            CompetencySums.lineage_id,
            func.min(CompetencySums.competency_id).label("competency_id"),
            (cast(func.sum(CompetencySums.total), Float) / answers).label("mean"),
            func.sum(CompetencySums.raters).label("raters"),
        )
        .where(wanted)
        .group_by(CompetencySums.evaluation_id, CompetencySums.lineage_id)
        .having(answers > 0)
        .cte("fx_means")
    )
    return means.alias("fx_after"), means.alias("fx_before")


def _pairing(pairs: Any, after: Any, before: Any) -> Any:
    """The join condition of a pair's before and after per competency."""
    return and_(
        before.c.evaluation_id == pairs.c.baseline_id,
        # Paired by the competency's lineage (an id), never by its title.
        before.c.lineage_id == after.c.lineage_id,
    )


def competency_means_statement(organisation_id: int, leaders: Leaders) -> Select[Any]:
    """The SQL of ``competency_means_for_leaders``, to use as a subquery.

    Columns: membership_id, competency_key, title_da, title_en, baseline_mean,
    follow_up_mean, raters_baseline, raters_follow_up, closed_at (the
    follow-up's), follow_up_id (the follow-up evaluation: it names the frozen
    data behind the leader's figures, for the release audit of learning effect).
    ``leaders``: membership ids, or a SELECT of them."""
    pairs = _latest_pairs(organisation_id, leaders)
    after, before = _paired_means(pairs)
    after_competency = aliased(Competency, name="fx_ac")
    return (
        select(
            pairs.c.leader_id.label("membership_id"),
            func.lower(after_competency.title_da).label("competency_key"),
            after_competency.title_da.label("title_da"),
            after_competency.title_en.label("title_en"),
            before.c.mean.label("baseline_mean"),
            after.c.mean.label("follow_up_mean"),
            before.c.raters.label("raters_baseline"),
            after.c.raters.label("raters_follow_up"),
            pairs.c.closed_at.label("closed_at"),
            pairs.c.follow_up_id.label("follow_up_id"),
        )
        .select_from(pairs)
        .join(after, after.c.evaluation_id == pairs.c.follow_up_id)
        .join(after_competency, after_competency.id == after.c.competency_id)
        .join(before, _pairing(pairs, after, before))
    )


def leader_changes_statement(organisation_id: int, leaders: Leaders) -> Select[Any]:
    """Per leader, their latest follow-up's change averaged over competencies,
    from the per-leader read model (``LeaderChange``): one row per leader.

    Columns: membership_id, change, baseline_mean, follow_up_mean (each the
    mean over the paired competencies), raters_baseline, raters_follow_up
    (the most of any competency), follow_up_id: what grouping
    ``competency_means_statement`` per leader gives, read in one row."""
    pairs = _latest_pairs(organisation_id, leaders)
    return (
        select(
            pairs.c.leader_id.label("membership_id"),
            LeaderChange.change,
            LeaderChange.baseline_mean,
            LeaderChange.follow_up_mean,
            LeaderChange.raters_baseline,
            LeaderChange.raters_follow_up,
            pairs.c.follow_up_id.label("follow_up_id"),
        )
        .select_from(pairs)
        .join(
            LeaderChange,
            and_(
                LeaderChange.follow_up_id == pairs.c.follow_up_id,
                LeaderChange.baseline_id == pairs.c.baseline_id,
            ),
        )
    )


def leader_changes_insert(evaluations: ColumnElement[bool]) -> Any:
    """Write ``LeaderChange`` for every closed pair (a follow-up and its
    baseline) one of whose evaluations ``evaluations`` chooses: when the later
    of the two closes, the earlier's read model is there already. The same
    means and pairing as ``competency_means_statement``, so the figures are
    the ones grouping its rows per leader gives."""
    follow_up, baseline = aliased(Evaluation, name="fl_f"), aliased(Evaluation, name="fl_b")
    follow_cycle = aliased(EvaluationCycle, name="fl_fc")
    base_cycle = aliased(EvaluationCycle, name="fl_bc")
    chosen = select(Evaluation.id).where(evaluations)
    pairs = (
        select(follow_up.id.label("follow_up_id"), baseline.id.label("baseline_id"))
        .join(follow_cycle, follow_cycle.id == follow_up.cycle_id)
        .join(
            baseline,
            and_(
                baseline.cycle_id == follow_cycle.baseline_cycle_id,
                baseline.leader_id == follow_up.leader_id,
            ),
        )
        .join(base_cycle, base_cycle.id == baseline.cycle_id)
        .where(
            follow_cycle.purpose == CyclePurpose.FOLLOW_UP.value,
            follow_cycle.status == CycleStatus.CLOSED.value,
            base_cycle.status == CycleStatus.CLOSED.value,
            or_(
                follow_up.id.in_(chosen),
                baseline.id.in_(chosen),
            ),
        )
        .cte("fl_pairs")
    )
    after, before = _paired_means(pairs)
    change = after.c.mean - before.c.mean
    rows = (
        select(
            pairs.c.follow_up_id,
            pairs.c.baseline_id,
            func.count().label("competencies"),
            func.avg(change).label("change"),
            func.avg(before.c.mean).label("baseline_mean"),
            func.avg(after.c.mean).label("follow_up_mean"),
            func.max(before.c.raters).label("raters_baseline"),
            func.max(after.c.raters).label("raters_follow_up"),
        )
        .select_from(pairs)
        .join(after, after.c.evaluation_id == pairs.c.follow_up_id)
        .join(before, _pairing(pairs, after, before))
        .group_by(pairs.c.follow_up_id, pairs.c.baseline_id)
    )
    columns = [
        "follow_up_id",
        "baseline_id",
        "competencies",
        "change",
        "baseline_mean",
        "follow_up_mean",
        "raters_baseline",
        "raters_follow_up",
    ]
    return insert(LeaderChange).from_select(columns, rows)


async def competency_means_for_leaders(
    session: AsyncSession, organisation_id: int, leaders: Leaders
) -> list[CompetencyMeans]:
    """Per leader and competency, others' mean before and after (one statement)."""
    statement = competency_means_statement(organisation_id, leaders)
    rows = await session.execute(statement.order_by("membership_id", "competency_key"))
    kinds = (int, str, str, str, float, float, int, int)  # PostgreSQL sums are Decimal
    return [CompetencyMeans(*(k(v) for k, v in zip(kinds, r[:8], strict=True))) for r in rows]


async def store(session: AsyncSession, evaluation_ids: Sequence[int]) -> None:
    """Write the read models of evaluations just frozen (two statements): the
    sums per competency and group, then each pair's change per leader."""
    if evaluation_ids:
        chosen = Evaluation.id.in_(list(evaluation_ids))
        await session.execute(insert_statement(chosen))
        await session.execute(leader_changes_insert(chosen))
