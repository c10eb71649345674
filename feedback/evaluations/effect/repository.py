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

from sqlalchemy import JSON as JSONType
from sqlalchemy import (
    Float,
    Integer,
    Select,
    and_,
    case,
    cast,
    func,
    insert,
    literal,
    select,
    true,
    type_coerce,
    union_all,
)
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased
from sqlalchemy.sql.elements import ColumnElement

from feedback.evaluations.effect.expressions import (
    OTHERS,
    RELEASED_STATUSES,
    anonymous_floor,
    group_minimum,
    json_entries,
    parsed_document,
    raters_at,
    sum_of,
)
from feedback.evaluations.models import (
    CompetencySums,
    CyclePurpose,
    CycleStatus,
    Evaluation,
    EvaluationCycle,
    RaterGroup,
    ReportStatus,
)
from feedback.frameworks.service import Competency, CompetencyItem

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


def competency_means_statement(organisation_id: int, leaders: Leaders) -> Select[Any]:
    """The SQL of ``competency_means_for_leaders``, to use as a subquery.

    Columns: membership_id, competency_key, title_da, title_en, baseline_mean,
    follow_up_mean, raters_baseline, raters_follow_up, closed_at (the
    follow-up's), follow_up_id (the follow-up evaluation: it names the frozen
    data behind the leader's figures, for the release audit of learning effect).
    ``leaders``: membership ids, or a SELECT of them."""
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
    pairs = select(ranked).where(ranked.c.latest == 1).cte("fx_pairs")
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
    after, before = means.alias("fx_after"), means.alias("fx_before")
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
        .join(
            before,
            and_(
                before.c.evaluation_id == pairs.c.baseline_id,
                # Paired by the competency's lineage (an id), never by its title.
                before.c.lineage_id == after.c.lineage_id,
            ),
        )
    )


async def competency_means_for_leaders(
    session: AsyncSession, organisation_id: int, leaders: Leaders
) -> list[CompetencyMeans]:
    """Per leader and competency, others' mean before and after (one statement)."""
    statement = competency_means_statement(organisation_id, leaders)
    rows = await session.execute(statement.order_by("membership_id", "competency_key"))
    kinds = (int, str, str, str, float, float, int, int)  # PostgreSQL sums are Decimal
    return [CompetencyMeans(*(k(v) for k, v in zip(kinds, r[:8], strict=True))) for r in rows]


_COLUMNS = ("evaluation_id", "competency_id", "rater_group", "lineage_id")
_FIGURES = ("raters", "answers", "total", "total_sq")


def sums_statement(evaluations: ColumnElement[bool]) -> Any:
    """(evaluation_id, competency_id, rater_group, lineage_id, raters, answers,
    total, total_sq) of the chosen evaluations' released reports."""
    cycle = aliased(EvaluationCycle, name="fs_cycle")
    docs = (
        select(
            Evaluation.id.label("evaluation_id"),
            parsed_document(Evaluation.frozen_results).label("doc"),
            cycle.min_peer,
            cycle.min_direct_report,
            cycle.min_external,
            anonymous_floor(cycle.min_all_raters).label("all_minimum"),
        )
        .join(cycle, cycle.id == Evaluation.cycle_id)
        .where(
            evaluations,
            Evaluation.frozen_results.is_not(None),
            Evaluation.report_status != ReportStatus.WITHHELD.value,
        )
        .cte("fs_docs")
    )
    items = json_entries(type_coerce(docs.c.doc, JSONType)["items"], "fs_items")
    cell = type_coerce(items.c.value, JSONType)
    competency = CompetencyItem.competency_id
    raw = (
        select(
            docs.c.evaluation_id,
            competency.label("competency_id"),
            docs.c.all_minimum,
            *[
                column
                for g in OTHERS
                for column in (
                    group_minimum(literal(g.value), docs.c).label(f"m_{g.value}"),
                    raters_at(docs.c.doc, competency, literal(g.value)).label(f"r_{g.value}"),
                    func.coalesce(cell[(g.value, 0)].as_integer(), 0).label(f"n_{g.value}"),
                    func.coalesce(cell[(g.value, 1)].as_integer(), 0).label(f"t_{g.value}"),
                    func.coalesce(cell[(g.value, 2)].as_integer(), 0).label(f"q_{g.value}"),
                )
            ],
        )
        .select_from(docs)
        .join(items, true())
        .join(CompetencyItem, CompetencyItem.id == cast(items.c.key, Integer))
        .offset(0)
        .subquery("fs_cells")
    )

    def counts(g: RaterGroup) -> ColumnElement[bool]:
        minimum = raw.c[f"m_{g.value}"]
        return and_(raw.c[f"r_{g.value}"] >= minimum, raw.c[f"n_{g.value}"] >= minimum)

    answered = sum_of(case((counts(g), raw.c[f"n_{g.value}"]), else_=0) for g in OTHERS)
    kept = answered >= raw.c.all_minimum
    per_group = []
    for g in OTHERS:
        used = and_(kept, counts(g))

        def kept_sum(kind: str, g: RaterGroup = g, used: Any = used) -> Any:
            return func.sum(case((used, raw.c[f"{kind}_{g.value}"]), else_=0))

        per_group.append(
            select(
                raw.c.evaluation_id,
                raw.c.competency_id,
                literal(g.value).label("rater_group"),
                func.max(raw.c[f"r_{g.value}"]).label("raters"),
                kept_sum("n").label("answers"),
                kept_sum("t").label("total"),
                kept_sum("q").label("total_sq"),
            )
            .where(raw.c[f"r_{g.value}"] >= raw.c[f"m_{g.value}"])
            .group_by(raw.c.evaluation_id, raw.c.competency_id)
        )
    groups = per_group[0].union_all(*per_group[1:]).subquery("fs_groups")
    mine = aliased(Competency, name="fs_c")
    return select(
        groups.c.evaluation_id,
        groups.c.competency_id,
        groups.c.rater_group,
        mine.lineage_id,
        *[groups.c[name] for name in _FIGURES],
    ).join(mine, mine.id == groups.c.competency_id)


def insert_statement(evaluations: ColumnElement[bool]) -> Any:
    return insert(CompetencySums).from_select([*_COLUMNS, *_FIGURES], sums_statement(evaluations))


async def store(session: AsyncSession, evaluation_ids: Sequence[int]) -> None:
    """Write the read model of evaluations just frozen (one statement)."""
    if evaluation_ids:
        await session.execute(insert_statement(Evaluation.id.in_(list(evaluation_ids))))
