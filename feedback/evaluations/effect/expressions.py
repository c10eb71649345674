"""The learning-effect read model (``CompetencySums``), written when a cycle
closes and read by ``effect.competency_means_statement``.

Built in SQL from the frozen aggregates of the evaluations whose report is
released, under the same rules as the report's "all others" figure (see
``effect``): per competency and group the raters, and over the items where
the group counts (its minimum of raters for the competency and the item) and
the item counts (the counting groups reach "all raters"), n, sum and sum of
squares of the answers. A group under its minimum gets no row; a withheld
report gets none at all. So the read model holds only figures already under
the anonymity rules, and a read is a sum over a few integer rows.

``lineage_id`` is a competency's line through the versions of its
organisation's frameworks, fixed here once, so reads pair competencies by
that id. There is no lineage column on frameworks yet: the line is the
lowest id among the organisation's competencies with the same case-folded
Danish title, the report's baseline comparison rule, resolved once per
close instead of on every read.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import JSON as JSONType
from sqlalchemy import Integer, and_, case, cast, func, insert, literal, select, true, type_coerce
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased
from sqlalchemy.sql.elements import ColumnElement

from feedback.evaluations.effect.repository import (
    _OTHERS,
    _document,
    _each,
    _floor,
    _minimum,
    _raters_at,
    _sum_of,
)
from feedback.evaluations.models import (
    CompetencySums,
    Evaluation,
    EvaluationCycle,
    RaterGroup,
    ReportStatus,
)
from feedback.frameworks.models import Competency, CompetencyFramework, CompetencyItem

_COLUMNS = ("evaluation_id", "competency_id", "rater_group", "lineage_id")
_FIGURES = ("raters", "answers", "total", "total_sq")


def sums_statement(evaluations: ColumnElement[bool]) -> Any:
    """(evaluation_id, competency_id, rater_group, lineage_id, raters, answers,
    total, total_sq) of the chosen evaluations' released reports."""
    cycle = aliased(EvaluationCycle, name="fs_cycle")
    docs = (
        select(
            Evaluation.id.label("evaluation_id"),
            Evaluation.organisation_id,
            _document(Evaluation.frozen_results).label("doc"),
            cycle.min_peer,
            cycle.min_direct_report,
            cycle.min_external,
            _floor(cycle.min_all_raters).label("all_minimum"),
        )
        .join(cycle, cycle.id == Evaluation.cycle_id)
        .where(
            evaluations,
            Evaluation.frozen_results.is_not(None),
            Evaluation.report_status != ReportStatus.WITHHELD.value,
        )
        .cte("fs_docs")
    )
    items = _each(type_coerce(docs.c.doc, JSONType)["items"], "fs_items")
    cell = type_coerce(items.c.value, JSONType)
    competency = CompetencyItem.competency_id
    raw = (
        select(
            docs.c.evaluation_id,
            docs.c.organisation_id,
            competency.label("competency_id"),
            docs.c.all_minimum,
            *[
                column
                for g in _OTHERS
                for column in (
                    _minimum(literal(g.value), docs.c).label(f"m_{g.value}"),
                    _raters_at(docs.c.doc, competency, literal(g.value)).label(f"r_{g.value}"),
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

    answered = _sum_of(case((counts(g), raw.c[f"n_{g.value}"]), else_=0) for g in _OTHERS)
    kept = answered >= raw.c.all_minimum
    per_group = []
    for g in _OTHERS:
        used = and_(kept, counts(g))

        def kept_sum(kind: str, g: RaterGroup = g, used: Any = used) -> Any:
            return func.sum(case((used, raw.c[f"{kind}_{g.value}"]), else_=0))

        per_group.append(
            select(
                raw.c.evaluation_id,
                raw.c.organisation_id,
                raw.c.competency_id,
                literal(g.value).label("rater_group"),
                func.max(raw.c[f"r_{g.value}"]).label("raters"),
                kept_sum("n").label("answers"),
                kept_sum("t").label("total"),
                kept_sum("q").label("total_sq"),
            )
            .where(raw.c[f"r_{g.value}"] >= raw.c[f"m_{g.value}"])
            .group_by(raw.c.evaluation_id, raw.c.organisation_id, raw.c.competency_id)
        )
    groups = per_group[0].union_all(*per_group[1:]).subquery("fs_groups")
    mine, other = aliased(Competency, name="fs_c"), aliased(Competency, name="fs_c2")
    other_framework = aliased(CompetencyFramework, name="fs_f2")
    lineage = (
        select(func.min(other.id))
        .join(other_framework, other_framework.id == other.framework_id)
        .where(
            other_framework.organisation_id == groups.c.organisation_id,
            func.lower(other.title_da) == func.lower(mine.title_da),
        )
        .scalar_subquery()
    )
    return select(
        groups.c.evaluation_id,
        groups.c.competency_id,
        groups.c.rater_group,
        lineage.label("lineage_id"),
        *[groups.c[name] for name in _FIGURES],
    ).join(mine, mine.id == groups.c.competency_id)


def insert_statement(evaluations: ColumnElement[bool]) -> Any:
    return insert(CompetencySums).from_select([*_COLUMNS, *_FIGURES], sums_statement(evaluations))


async def store(session: AsyncSession, evaluation_ids: Sequence[int]) -> None:
    """Write the read model of evaluations just frozen (one statement)."""
    if evaluation_ids:
        await session.execute(insert_statement(Evaluation.id.in_(list(evaluation_ids))))
