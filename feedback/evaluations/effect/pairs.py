"""The per-pair rows of the learning-effect read model, built in SQL from
``CompetencySums`` when the later cycle of a pair (a follow-up evaluation and
its baseline: the same leader in the cycle the follow-up names) closes:
``CompetencyChange``, per pair and competency lineage, the means before and
after; then ``LeaderChange``, per pair, those averaged, and what choosing a
leader's latest pair reads (the leader, the organisation, when the
follow-up's cycle closed). What ``repository.store`` writes, and what the
migration and the bench's data set backfill.

Every closed pair gets a ``LeaderChange`` row, a pair that pairs no
competency too (``competencies`` 0, no figures), whatever its reports'
status: the read checks that status (a report can be withheld after the
close) and chooses each leader's latest pair among those rows, as it chose
among the closed pairs before there were any."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Float, and_, cast, func, insert, or_, select, union_all
from sqlalchemy.orm import aliased
from sqlalchemy.sql.elements import ColumnElement

from feedback.evaluations.models import (
    CompetencyChange,
    CompetencySums,
    CyclePurpose,
    CycleStatus,
    Evaluation,
    EvaluationCycle,
    LeaderChange,
)


def paired_means(pairs: Any) -> tuple[Any, Any]:
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


def pairing(pairs: Any, after: Any, before: Any) -> Any:
    """The join condition of a pair's before and after per competency."""
    return and_(
        before.c.evaluation_id == pairs.c.baseline_id,
        # Paired by the competency's lineage (an id), never by its title.
        before.c.lineage_id == after.c.lineage_id,
    )


def closed_pairs(evaluations: ColumnElement[bool]) -> Any:
    """Every pair of two closed cycles one of whose evaluations ``evaluations``
    chooses (follow_up_id, baseline_id, leader_id, organisation_id, closed_at:
    the follow-up cycle's), as a CTE: when the later of the two closes, the
    earlier's read model is there already."""
    follow_up, baseline = aliased(Evaluation, name="fl_f"), aliased(Evaluation, name="fl_b")
    follow_cycle = aliased(EvaluationCycle, name="fl_fc")
    base_cycle = aliased(EvaluationCycle, name="fl_bc")
    chosen = select(Evaluation.id).where(evaluations)
    return (
        select(
            follow_up.id.label("follow_up_id"),
            baseline.id.label("baseline_id"),
            follow_up.leader_id.label("leader_id"),
            follow_up.organisation_id.label("organisation_id"),
            follow_cycle.closed_at.label("closed_at"),
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
        .where(
            follow_cycle.purpose == CyclePurpose.FOLLOW_UP.value,
            follow_cycle.status == CycleStatus.CLOSED.value,
            base_cycle.status == CycleStatus.CLOSED.value,
            or_(follow_up.id.in_(chosen), baseline.id.in_(chosen)),
        )
        .cte("fl_pairs")
    )


def _paired(pairs: Any) -> Any:
    """Per pair and competency lineage both evaluations have a mean of: the
    means, the raters and the follow-up's competency (the least id of its
    lineage there)."""
    after, before = paired_means(pairs)
    return (
        select(
            pairs.c.follow_up_id,
            pairs.c.baseline_id,
            after.c.lineage_id,
            after.c.competency_id,
            before.c.mean.label("baseline_mean"),
            after.c.mean.label("follow_up_mean"),
            before.c.raters.label("raters_baseline"),
            after.c.raters.label("raters_follow_up"),
        )
        .select_from(pairs)
        .join(after, after.c.evaluation_id == pairs.c.follow_up_id)
        .join(before, pairing(pairs, after, before))
    )


def competency_changes_insert(evaluations: ColumnElement[bool]) -> Any:
    """Write ``CompetencyChange`` for the pairs ``closed_pairs`` gives."""
    rows = _paired(closed_pairs(evaluations))
    return insert(CompetencyChange).from_select([c.name for c in rows.selected_columns], rows)


def leader_changes_insert(evaluations: ColumnElement[bool]) -> Any:
    """Write ``LeaderChange`` for the pairs ``closed_pairs`` gives: the
    figures grouping a pair's competencies gives (the same means and pairing
    as ``competency_changes_insert``, computed again rather than read from
    its rows, whose table has no statistics yet in the transaction that
    filled it), and a row with none for a pair that pairs no competency."""
    pairs = closed_pairs(evaluations)
    paired = _paired(pairs).subquery("fl_paired")
    change = paired.c.follow_up_mean - paired.c.baseline_mean
    rows = (
        select(
            pairs.c.follow_up_id,
            pairs.c.baseline_id,
            pairs.c.leader_id,
            pairs.c.organisation_id,
            pairs.c.closed_at,
            func.count(paired.c.lineage_id).label("competencies"),
            func.avg(change).label("change"),
            func.avg(paired.c.baseline_mean).label("baseline_mean"),
            func.avg(paired.c.follow_up_mean).label("follow_up_mean"),
            func.max(paired.c.raters_baseline).label("raters_baseline"),
            func.max(paired.c.raters_follow_up).label("raters_follow_up"),
        )
        .select_from(pairs)
        .outerjoin(
            paired,
            and_(
                paired.c.follow_up_id == pairs.c.follow_up_id,
                paired.c.baseline_id == pairs.c.baseline_id,
            ),
        )
        .group_by(
            pairs.c.follow_up_id,
            pairs.c.baseline_id,
            pairs.c.leader_id,
            pairs.c.organisation_id,
            pairs.c.closed_at,
        )
    )
    return insert(LeaderChange).from_select([c.name for c in rows.selected_columns], rows)


def pair_inserts(evaluations: ColumnElement[bool]) -> list[Any]:
    """The statements that write the per-pair read models, in their order."""
    return [competency_changes_insert(evaluations), leader_changes_insert(evaluations)]
