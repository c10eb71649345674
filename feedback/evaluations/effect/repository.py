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
anonymity rules. Only evaluations whose report was released count. A
leader's competency is left out when it has no such figure in either cycle.
From it the same close writes, per pair of a follow-up and its baseline, the
means per competency (``CompetencyChange``) and their average
(``LeaderChange``, with what choosing a leader's latest pair needs): a read
takes a few rows per leader (``pairs``).

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

from sqlalchemy import ScalarSelect, Select, and_, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from feedback.evaluations.effect.expressions import RELEASED_STATUSES
from feedback.evaluations.effect.pairs import pair_inserts
from feedback.evaluations.effect.sums import insert_statement
from feedback.evaluations.models import (
    CompetencyChange,
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
    """Per leader: their latest closed pair whose two reports are released
    (``LeaderChange`` columns and ``latest``), as a CTE, when it pairs at
    least one competency: a leader whose latest pair pairs none has no
    change, never an older pair's.

    Ranked over the per-pair read model (one row per closed pair, read from
    its index by organisation and leader), with both evaluations' report
    status read by their primary key: a report withheld after the close is a
    figure of nobody's, here as everywhere (``release.is_released``)."""
    wanted_leaders = leaders if isinstance(leaders, Select) else list(leaders)
    follow_up, baseline = aliased(Evaluation, name="fx_f"), aliased(Evaluation, name="fx_b")
    ranked = (
        select(
            LeaderChange,
            func.row_number()
            .over(
                partition_by=LeaderChange.leader_id,
                order_by=(LeaderChange.closed_at.desc(), LeaderChange.follow_up_id.desc()),
            )
            .label("latest"),
        )
        .join(follow_up, follow_up.id == LeaderChange.follow_up_id)
        .join(baseline, baseline.id == LeaderChange.baseline_id)
        .where(
            LeaderChange.organisation_id == organisation_id,
            LeaderChange.leader_id.in_(wanted_leaders),
            follow_up.report_status.in_(RELEASED_STATUSES),
            baseline.report_status.in_(RELEASED_STATUSES),
        )
        .cte("fx_ranked")
    )
    return select(ranked).where(ranked.c.latest == 1, ranked.c.competencies > 0).cte("fx_pairs")


def competency_means_statement(organisation_id: int, leaders: Leaders) -> Select[Any]:
    """The SQL of ``competency_means_for_leaders``, to use as a subquery.

    Columns: membership_id, competency_key, title_da, title_en, baseline_mean,
    follow_up_mean, raters_baseline, raters_follow_up, closed_at (the
    follow-up's), follow_up_id (the follow-up evaluation: it names the frozen
    data behind the leader's figures, for the release audit of learning effect).
    ``leaders``: membership ids, or a SELECT of them. Read from the per-pair,
    per-competency read model (``CompetencyChange``)."""
    pairs = _latest_pairs(organisation_id, leaders)
    paired = CompetencyChange
    competency = aliased(Competency, name="fx_ac")
    return (
        select(
            pairs.c.leader_id.label("membership_id"),
            func.lower(competency.title_da).label("competency_key"),
            competency.title_da.label("title_da"),
            competency.title_en.label("title_en"),
            paired.baseline_mean,
            paired.follow_up_mean,
            paired.raters_baseline,
            paired.raters_follow_up,
            pairs.c.closed_at.label("closed_at"),
            pairs.c.follow_up_id.label("follow_up_id"),
        )
        .select_from(pairs)
        .join(
            paired,
            and_(
                paired.follow_up_id == pairs.c.follow_up_id,
                paired.baseline_id == pairs.c.baseline_id,
            ),
        )
        .join(competency, competency.id == paired.competency_id)
    )


def leader_changes_statement(organisation_id: int, leaders: Leaders) -> Select[Any]:
    """Per leader, their latest follow-up's change averaged over competencies,
    from the per-pair read model (``LeaderChange``): one row per leader.

    Columns: membership_id, change, baseline_mean, follow_up_mean (each the
    mean over the paired competencies), raters_baseline, raters_follow_up
    (the most of any competency), follow_up_id: what grouping
    ``competency_means_statement`` per leader gives, read in one row."""
    pairs = _latest_pairs(organisation_id, leaders)
    return select(
        pairs.c.leader_id.label("membership_id"),
        pairs.c.change,
        pairs.c.baseline_mean,
        pairs.c.follow_up_mean,
        pairs.c.raters_baseline,
        pairs.c.raters_follow_up,
        pairs.c.follow_up_id,
    ).select_from(pairs)


def closes_statements(organisation_id: int) -> tuple[ScalarSelect[Any], ScalarSelect[Any]]:
    """How many of the organisation's cycles have closed, and when the latest
    did: a close writes the read models above, so learning effect read before
    it is out of date. Both, as a close's moment is taken before it commits
    and two closes may commit in either order; a cycle never reopens."""
    of_organisation = EvaluationCycle.organisation_id == organisation_id
    count = select(func.count(EvaluationCycle.closed_at)).where(of_organisation)
    latest = select(func.max(EvaluationCycle.closed_at)).where(of_organisation)
    return count.scalar_subquery(), latest.scalar_subquery()


async def competency_means_for_leaders(
    session: AsyncSession, organisation_id: int, leaders: Leaders
) -> list[CompetencyMeans]:
    """Per leader and competency, others' mean before and after (one statement)."""
    statement = competency_means_statement(organisation_id, leaders)
    rows = await session.execute(statement.order_by("membership_id", "competency_key"))
    kinds = (int, str, str, str, float, float, int, int)  # PostgreSQL sums are Decimal
    return [CompetencyMeans(*(k(v) for k, v in zip(kinds, r[:8], strict=True))) for r in rows]


async def store(session: AsyncSession, released: Sequence[int], cycle_id: int) -> None:
    """Write the read models of a cycle just closed (three statements): the
    sums per competency and group of its ``released`` evaluations, then per
    pair that its close completes (of any of its evaluations: a withheld
    report's too) the change per competency and per leader."""
    if released:
        await session.execute(insert_statement(Evaluation.id.in_(list(released))))
    for statement in pair_inserts(Evaluation.cycle_id == cycle_id):
        await session.execute(statement)
