"""The rows of the learning-effect read model (``CompetencySums``), built in
SQL from the frozen aggregates of released reports under the report's
anonymity rules (``expressions``): what ``repository.store`` writes when a
cycle closes, and what the migration and the bench's data set backfill."""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON as JSONType
from sqlalchemy import (
    Integer,
    and_,
    case,
    cast,
    func,
    insert,
    literal,
    select,
    true,
    type_coerce,
)
from sqlalchemy.orm import aliased
from sqlalchemy.sql.elements import ColumnElement

from feedback.evaluations.effect.expressions import (
    OTHERS,
    anonymous_floor,
    group_minimum,
    json_entries,
    parsed_document,
    raters_at,
    sum_of,
)
from feedback.evaluations.models import (
    CompetencySums,
    Evaluation,
    EvaluationCycle,
    RaterGroup,
    ReportStatus,
)
from feedback.frameworks.service import Competency, CompetencyItem

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
