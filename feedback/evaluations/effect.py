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

import operator
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import timedelta
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
    literal,
    or_,
    select,
    true,
    type_coerce,
)
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import aliased
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement, GenericFunction

from backend.db import utcnow
from feedback.evaluations import delivery, repository
from feedback.evaluations.cycles import CycleCommand, close_now, open_now, write_cycle
from feedback.evaluations.models import (
    ANONYMOUS_GROUPS,
    CyclePurpose,
    CycleStatus,
    Evaluation,
    EvaluationCycle,
    NominationState,
    NominationStatus,
    RaterGroup,
)
from feedback.evaluations.responses import submit
from feedback.frameworks.danish import FAMILY
from feedback.frameworks.models import (
    Competency,
    CompetencyFramework,
    CompetencyItem,
    FrameworkStatus,
)
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


def _sum_of(terms: Iterable[Any]) -> Any:
    """t₁ + t₂ + … as one SQL expression."""
    return reduce(operator.add, terms)


# The groups that may count as "others", in a fixed order (SELF never does).
_OTHERS = (RaterGroup.MANAGER, *ANONYMOUS_GROUPS)


def _means(evaluations: ColumnElement[bool]) -> Any:
    """(evaluation_id, competency_id, mean, raters) of the "all others" figure
    of each competency of the chosen evaluations, from the frozen aggregates.

    Each document is parsed once and split into one row per item; the known
    groups are read as columns (answers and their sum from the item, raters
    from the item's competency), so every cell is kept or dropped in its row."""
    cycle = aliased(EvaluationCycle, name="fx_cycle")
    docs = (
        select(
            Evaluation.id.label("evaluation_id"),
            _document(Evaluation.frozen_results).label("doc"),
            cycle.min_peer,
            cycle.min_direct_report,
            cycle.min_external,
            _floor(cycle.min_all_raters).label("all_minimum"),
        )
        .join(cycle, cycle.id == Evaluation.cycle_id)
        .where(evaluations)
        .cte("fx_docs")
        .prefix_with("MATERIALIZED", dialect="postgresql")
    )
    items = _each(type_coerce(docs.c.doc, JSON)["items"], "fx_items")
    cell = type_coerce(items.c.value, JSON)
    competency = CompetencyItem.competency_id
    # Each number read once per item: OFFSET 0 keeps PostgreSQL from folding
    # the reads into every expression that uses them.
    raw = (
        select(
            docs.c.evaluation_id,
            competency.label("competency_id"),
            docs.c.all_minimum,
            *[
                column
                for g in _OTHERS
                for column in (
                    _minimum(literal(g.value), docs.c).label(f"m_{g.value}"),
                    _raters_at(docs.c.doc, competency, literal(g.value)).label(f"r_{g.value}"),
                    cell[(g.value, 0)].as_integer().label(f"n_{g.value}"),
                    cell[(g.value, 1)].as_integer().label(f"t_{g.value}"),
                )
            ],
        )
        .select_from(docs)
        .join(items, true())
        .join(CompetencyItem, CompetencyItem.id == cast(items.c.key, Integer))
        .offset(0)
        .subquery("fx_cells")
    )

    def read(kind: str, group: RaterGroup) -> Any:
        return raw.c[f"{kind}_{group.value}"]

    def counts(group: RaterGroup) -> ColumnElement[bool]:
        """The group counts for the competency, and on this item."""
        minimum = read("m", group)
        return and_(read("r", group) >= minimum, read("n", group) >= minimum)

    per_item = (
        select(
            raw.c.evaluation_id,
            raw.c.competency_id,
            raw.c.all_minimum,
            *[
                _sum_of(case((counts(g), read(kind, g)), else_=0) for g in _OTHERS).label(label)
                for kind, label in (("n", "n"), ("t", "total"))
            ],
            _sum_of(
                case((read("r", g) >= read("m", g), read("r", g)), else_=0) for g in _OTHERS
            ).label("raters"),
        )
        .offset(0)
        .subquery("fx_items_counted")
    )
    # An item counts when the groups that count for it reach "all raters".
    kept = per_item.c.n >= per_item.c.all_minimum
    n = func.sum(case((kept, per_item.c.n), else_=0))
    return (
        select(
            per_item.c.evaluation_id,
            per_item.c.competency_id,
            (cast(func.sum(case((kept, per_item.c.total), else_=0)), Float) / n).label("mean"),
            func.max(per_item.c.raters).label("raters"),
        )
        .group_by(per_item.c.evaluation_id, per_item.c.competency_id)
        .having(n > 0)
        .cte("fx_means")
    )


async def competency_means_for_leaders(
    session: AsyncSession, organisation_id: int, leaders: Leaders
) -> list[CompetencyMeans]:
    """Per leader and competency, others' mean before and after (one statement)."""
    statement = competency_means_statement(organisation_id, leaders)
    rows = await session.execute(statement.order_by("membership_id", "competency_key"))
    kinds = (int, str, str, str, float, float, int, int)  # PostgreSQL sums are Decimal
    return [CompetencyMeans(*(k(v) for k, v in zip(kinds, r[:8], strict=True))) for r in rows]


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
    framework_id = await session.scalar(
        select(CompetencyFramework.id)
        .where(
            CompetencyFramework.organisation_id == organisation_id,
            CompetencyFramework.family == FAMILY,
            CompetencyFramework.status == FrameworkStatus.PUBLISHED.value,
        )
        .order_by(CompetencyFramework.version.desc())
        .limit(1)
    )
    existing = await session.scalar(
        select(EvaluationCycle.id).where(
            EvaluationCycle.organisation_id == organisation_id, EvaluationCycle.name == names[0]
        )
    )
    if framework_id is None or existing is not None or len(leaders) == 0:
        return None
    rng = random.Random(seed)
    gains = {leader.leader_id: rng.gauss(improvement, 0.3) for leader in leaders}
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
    ]
    for evaluation in evaluations.values():
        evaluation.nomination_state = NominationState.APPROVED.value
    await repository.insert_nominations(session, rows)
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
    nominations = await repository.nominations_by_evaluation(session, [e.id for e in evaluations])
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
