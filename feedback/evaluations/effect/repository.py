"""The 360 side of learning effect, for ``learning.effect`` (through ``service``).

Per leader and competency: the mean of others' ratings (everyone but SELF)
in a closed cycle and in the latest closed FOLLOW_UP cycle that names it as
its baseline. It is read, in SQL, from the read model that closing a cycle
writes from the frozen aggregates (``effect_sums``: ``CompetencySums``), never
from the responses, so the figures are the ones the leader's own report was
built from and can never change afterwards. Open cycles count for nothing.

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

Only evaluations whose report was released count (not one the profile
withheld). A leader's competency is left out when it has no such figure in either
cycle. Competencies of the two cycles are paired by their lineage id, fixed when
the cycle closed (``effect_sums``), so a cycle on a newer version of the
framework still pairs with its baseline without comparing titles on a read.

The demo's before/after cycles are made by ``effect_demo``.
"""

from __future__ import annotations

import operator
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import reduce
from typing import Any

from sqlalchemy import (
    JSON,
    Float,
    Integer,
    Select,
    and_,
    case,
    cast,
    func,
    or_,
    select,
)
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import aliased
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement, GenericFunction

from feedback.evaluations.models import (
    ANONYMOUS_GROUPS,
    CompetencySums,
    CyclePurpose,
    CycleStatus,
    Evaluation,
    EvaluationCycle,
    RaterGroup,
    ReportStatus,
)
from feedback.frameworks.models import (
    Competency,
)

RELEASED_STATUSES = (ReportStatus.RENDERING.value, ReportStatus.READY.value)
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


def _floor(column: Any) -> ColumnElement[int]:
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


class _document(FunctionElement[Any]):
    """A frozen-results document, parsed once: jsonb on PostgreSQL (where every
    operator on ``json`` would parse the text again), the text on SQLite."""

    type = JSON()
    inherit_cache = True
    name = "fx_document"


@compiles(_document)
def _document_text(element: _document, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.clauses, **kw)


@compiles(_document, "postgresql")
def _document_jsonb(element: _document, compiler: SQLCompiler, **kw: Any) -> str:
    return f"CAST({compiler.process(element.clauses, **kw)} AS JSONB)"


class _entries(GenericFunction[Any]):
    """(key, value) rows of a JSON object: ``json_each``, or ``jsonb_each``."""

    name = "json_each"
    inherit_cache = True


@compiles(_entries, "postgresql")
def _entries_jsonb(element: _entries, compiler: SQLCompiler, **kw: Any) -> str:
    return f"jsonb_each{compiler.process(element.clause_expr, **kw)}"


class _raters_at(FunctionElement[int]):
    """``document.competencies[<competency>][<group>]`` as an integer, or NULL."""

    type = Integer()
    inherit_cache = True
    name = "fx_raters_at"


@compiles(_raters_at)
def _raters_at_sqlite(element: _raters_at, compiler: SQLCompiler, **kw: Any) -> str:
    document, competency, group = (compiler.process(c, **kw) for c in element.clauses)
    path = f"'$.competencies.\"' || {competency} || '\".\"' || {group} || '\"'"
    return f"CAST(json_extract({document}, {path}) AS INTEGER)"


@compiles(_raters_at, "postgresql")
def _raters_at_jsonb(element: _raters_at, compiler: SQLCompiler, **kw: Any) -> str:
    document, competency, group = (compiler.process(c, **kw) for c in element.clauses)
    return (
        f"CAST(jsonb_extract_path_text({document}, 'competencies', "
        f"CAST({competency} AS TEXT), {group}) AS INTEGER)"
    )


def _each(document: ColumnElement[Any], name: str) -> Any:
    """(key, value) rows of a JSON object, correlated with the row before it
    (implicitly lateral on PostgreSQL, a table-valued function on SQLite)."""
    return _entries(document).table_valued("key", "value", joins_implicitly=True).alias(name)


def competency_means_statement(organisation_id: int, leaders: Leaders) -> Select[Any]:
    """The SQL of ``competency_means_for_leaders``, to use as a subquery.

    Columns: membership_id, competency_key, title_da, title_en, baseline_mean,
    follow_up_mean, raters_baseline, raters_follow_up, closed_at (the
    follow-up's). ``leaders``: membership ids, or a SELECT of them."""
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
    wanted = or_(
        CompetencySums.evaluation_id.in_(select(pairs.c.follow_up_id)),
        CompetencySums.evaluation_id.in_(select(pairs.c.baseline_id)),
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


def _sum_of(terms: Iterable[Any]) -> Any:
    """t₁ + t₂ + … as one SQL expression."""
    return reduce(operator.add, terms)


# The groups that may count as "others", in a fixed order (SELF never does).
_OTHERS = (RaterGroup.MANAGER, *ANONYMOUS_GROUPS)


async def competency_means_for_leaders(
    session: AsyncSession, organisation_id: int, leaders: Leaders
) -> list[CompetencyMeans]:
    """Per leader and competency, others' mean before and after (one statement)."""
    statement = competency_means_statement(organisation_id, leaders)
    rows = await session.execute(statement.order_by("membership_id", "competency_key"))
    kinds = (int, str, str, str, float, float, int, int)  # PostgreSQL sums are Decimal
    return [CompetencyMeans(*(k(v) for k, v in zip(kinds, r[:8], strict=True))) for r in rows]
