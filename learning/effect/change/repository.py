"""The 360 aggregates of learning effect (Kirkpatrick: behaviour), in SQL.

The per leader and competency means come from ``feedback.evaluations.service``
as a statement (``competency_means_statement``: the frozen results of a
closed baseline and its latest closed follow-up, with the report's anonymity
rules already applied). Here they are grouped: per competency, and per leader
averaged over the competencies, (n, Σd, Σd²) of the change d = follow-up −
baseline, for the leaders the filter chooses (``n``) and for every leader of
the area with an enrolment (``area_n``), whose difference decides whether a
filtered figure may be shown (``calculation.statistics.shown``). Whose
change each figure sums (for the release audit) is read in the same
statement: the per leader changes are its cost, and are read once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    BigInteger,
    Float,
    Row,
    String,
    and_,
    case,
    cast,
    func,
    literal,
    null,
    select,
    union_all,
)
from sqlalchemy.ext.asyncio import AsyncSession

from backend.privacy.contributor_keys import contributors_key_of
from feedback.evaluations import service as feedback
from learning.effect.calculation.population import Population
from learning.effect.calculation.release import unit_of
from learning.effect.participation.repository import assignments


def _changes(population: Population) -> Any:
    """Per leader and competency of the area's participants, with ``chosen``
    1 for the leaders the filter chooses."""
    means = feedback.competency_means_statement(
        population.scope.organisation_id, population.area_participants()
    ).subquery("fx_means_of_leaders")
    chosen = case((means.c.membership_id.in_(population.participants()), 1), else_=0)
    return select(
        means,
        (means.c.follow_up_mean - means.c.baseline_mean).label("change"),
        chosen.label("chosen"),
    ).cte("fx_changes")


def _leaders_read(population: Population) -> Any:
    """Each participant's change averaged over competencies, as ``_per_leader``
    makes it, read from the per-leader read model (one row per leader, not
    one per competency): when no figure per competency is asked for."""
    leaders = feedback.leader_changes_statement(
        population.scope.organisation_id, population.area_participants()
    ).subquery("fx_read_leaders")
    chosen = case((leaders.c.membership_id.in_(population.participants()), 1), else_=0)
    # MATERIALIZED: read once (the phone's summary), PostgreSQL would inline it and
    # run the participants' subquery again in each aggregate over ``chosen``.
    return (
        select(leaders, chosen.label("chosen")).cte("fx_leader_changes").prefix_with("MATERIALIZED")
    )


def _per_leader(changes: Any) -> Any:
    """Each leader's change averaged over their competencies (equal weights)."""
    return (
        select(
            changes.c.membership_id,
            func.avg(changes.c.change).label("change"),
            func.avg(changes.c.baseline_mean).label("baseline_mean"),
            func.avg(changes.c.follow_up_mean).label("follow_up_mean"),
            func.max(changes.c.raters_baseline).label("raters_baseline"),
            func.max(changes.c.raters_follow_up).label("raters_follow_up"),
            func.max(changes.c.chosen).label("chosen"),
            # One follow-up per leader (their latest): the frozen data of their change.
            func.max(changes.c.follow_up_id).label("follow_up_id"),
        )
        .group_by(changes.c.membership_id)
        .cte("fx_leader_changes")
    )


def _sums(source: Any) -> list[Any]:
    chosen, change = source.c.chosen, cast(source.c.change, Float)
    return [
        func.count().label("area_n"),
        func.sum(chosen).label("n"),
        func.sum(chosen * change).label("total"),
        func.sum(chosen * change * change).label("total_sq"),
        func.sum(chosen * source.c.baseline_mean).label("baseline_total"),
        func.sum(chosen * source.c.follow_up_mean).label("follow_up_total"),
        func.sum(chosen * source.c.raters_baseline).label("raters_baseline"),
        func.sum(chosen * source.c.raters_follow_up).label("raters_follow_up"),
    ]


@dataclass(frozen=True)
class ChangeRows:
    """The 360 aggregates (``figures``) and whose change each one sums
    (``contributors``), read together by ``changes``."""

    figures: list[Row[Any]] = field(default_factory=list)
    contributors: list[Row[Any]] = field(default_factory=list)


# The columns a figure's row has and a contributor's row leaves empty, typed
# (an untyped NULL under DISTINCT is text to PostgreSQL, and no UNION with a number).
_FIGURES = (
    ("title_da", String),
    ("title_en", String),
    ("area_n", BigInteger),
    ("n", BigInteger),
    ("total", Float),
    ("total_sq", Float),
    ("baseline_total", Float),
    ("follow_up_total", Float),
    ("raters_baseline", Float),
    ("raters_follow_up", Float),
)


async def changes(
    session: AsyncSession,
    population: Population,
    *,
    overall: bool = True,
    content: bool = True,
    competencies: bool = True,
    keyed: bool = False,
) -> ChangeRows:
    """The 360 aggregates and their contributors, in one statement.

    ``figures``: rows of (dimension, key, title_da, title_en, area_n, n, total,
    total_sq, baseline_total, follow_up_total, raters_baseline, raters_follow_up):

    - ``overall``: COMPETENCY, per competency (unless not ``competencies``),
      and ALL, over each leader's mean change;
    - ``content``: PROGRAMME, MODULE, KIND: the chosen leaders' mean change, per
      programme they are enrolled on, and per module and activity kind of which
      they completed at least half (no titles, means or raters: the change only).

    ``contributors``: rows of (dimension, key, membership_id, follow_up_id),
    whose change each figure sums, for the release audit. The follow-up names
    the frozen data of the leader's change: when a newer follow-up of a leader
    closes, the same leaders are another set (``calculation.release``).

    Both are rows of one UNION ALL: a figure's has no membership_id, a
    contributor's no figures.

    ``keyed``: no contributor rows; each figure's row carries the key of its
    set instead (``contributors_key``, made by the database: one row per
    figure, not one per leader), for figures the release audit has recorded
    before. Without it the column is empty."""
    if competencies:
        per_competency_leader = _changes(population)
        leaders = _per_leader(per_competency_leader)
    else:
        # Only each leader's change over all competencies: the per-leader read model.
        per_competency_leader = None
        leaders = _leaders_read(population)
    sources = content_sources(population) if content else []
    parts: list[Any] = []
    if overall:
        parts += _overall_figures(per_competency_leader, leaders, competencies, keyed)
    parts += _content_figures(sources, leaders, keyed)
    if overall and not keyed:
        parts += _overall_contributors(per_competency_leader, leaders, competencies)
    if not keyed:
        parts += _content_contributors(sources, leaders)
    found = ChangeRows()
    for row in (await session.execute(union_all(*parts))).all():
        (found.figures if row.membership_id is None else found.contributors).append(row)
    return found


def _nobody() -> list[Any]:
    """A figure's contributor columns: empty (its contributors are rows of their own)."""
    return [
        cast(null(), BigInteger).label("membership_id"),
        cast(null(), BigInteger).label("follow_up_id"),
    ]


def _key(source: Any, keyed: bool, *, chosen_only: bool = True) -> Any:
    """The key of the set of leaders a figure of ``source`` sums (those the
    filter chooses), as ``units_of`` would make it of the contributor rows."""
    if not keyed:
        return cast(null(), String).label("contributors_key")
    unit = unit_of(source.c.membership_id, follow_up=source.c.follow_up_id)
    if chosen_only:
        unit = case((source.c.chosen == 1, unit))
    return contributors_key_of(unit).label("contributors_key")


def _no_figures() -> list[Any]:
    """A contributor's figure columns: empty."""
    return [
        *(cast(null(), kind).label(name) for name, kind in _FIGURES),
        cast(null(), String).label("contributors_key"),
    ]


def _overall_figures(
    per_competency_leader: Any, leaders: Any, competencies: bool, keyed: bool
) -> list[Any]:
    nothing = cast(null(), String)
    every = select(
        literal("ALL").label("dimension"),
        nothing.label("key"),
        *_nobody(),
        nothing.label("title_da"),
        nothing.label("title_en"),
        *_sums(leaders),
        _key(leaders, keyed),
    )
    if not competencies:
        return [every]
    return [
        select(
            literal("COMPETENCY").label("dimension"),
            per_competency_leader.c.competency_key.label("key"),
            *_nobody(),
            func.min(per_competency_leader.c.title_da).label("title_da"),
            func.min(per_competency_leader.c.title_en).label("title_en"),
            *_sums(per_competency_leader),
            _key(per_competency_leader, keyed),
        ).group_by(per_competency_leader.c.competency_key),
        every,
    ]


def _overall_contributors(
    per_competency_leader: Any, leaders: Any, competencies: bool
) -> list[Any]:
    chosen = _chosen(leaders, "fx_whose")
    every = select(
        literal("ALL").label("dimension"),
        cast(null(), String).label("key"),
        chosen.c.membership_id.label("membership_id"),
        chosen.c.follow_up_id.label("follow_up_id"),
        *_no_figures(),
    )
    if not competencies:
        return [every]
    return [
        select(
            literal("COMPETENCY").label("dimension"),
            per_competency_leader.c.competency_key.label("key"),
            per_competency_leader.c.membership_id.label("membership_id"),
            per_competency_leader.c.follow_up_id.label("follow_up_id"),
            *_no_figures(),
        ).where(per_competency_leader.c.chosen == 1),
        every,
    ]


def _chosen(leaders: Any, name: str) -> Any:
    return (
        select(leaders.c.membership_id, leaders.c.follow_up_id)
        .where(leaders.c.chosen == 1)
        .subquery(name)
    )


def content_sources(population: Population) -> list[tuple[str, Any, Any]]:
    """(dimension, source, key column) of the breakdowns of change: the
    programmes the chosen leaders are enrolled on, and the modules and
    activity kinds of which they completed at least half.

    CTEs: each is read twice (the figures and their contributors), and the
    leaders' activities, the costly part, are read once for modules and kinds."""
    enrolment = population.enrolments()
    programmes = (
        select(enrolment.c.membership_id, enrolment.c.programme_id).distinct().cte("fx_enrolled")
    )
    pairs = assignments(population).cte("fx_assigned")
    took_half = and_(func.sum(pairs.c.done) * 2 >= func.count(), func.sum(pairs.c.done) > 0)
    modules = (
        select(pairs.c.membership_id, pairs.c.module_id)
        .group_by(pairs.c.enrolment_id, pairs.c.membership_id, pairs.c.module_id)
        .having(took_half)
        .cte("fx_took_module")
    )
    kinds = (
        select(pairs.c.membership_id, pairs.c.kind)
        .group_by(pairs.c.enrolment_id, pairs.c.membership_id, pairs.c.kind)
        .having(took_half)
        .distinct()
        .cte("fx_took_kind")
    )
    return [
        ("PROGRAMME", programmes, programmes.c.programme_id),
        ("MODULE", modules, modules.c.module_id),
        ("KIND", kinds, kinds.c.kind),
    ]


def _content_figures(sources: list[tuple[str, Any, Any]], leaders: Any, keyed: bool) -> list[Any]:
    chosen = select(leaders).where(leaders.c.chosen == 1).subquery("fx_chosen")
    change = cast(chosen.c.change, Float)
    nothing = cast(null(), Float)
    return [
        select(
            literal(name).label("dimension"),
            cast(column, String).label("key"),
            *_nobody(),
            cast(null(), String).label("title_da"),
            cast(null(), String).label("title_en"),
            func.count().label("area_n"),
            func.count().label("n"),
            func.sum(change).label("total"),
            func.sum(change * change).label("total_sq"),
            nothing.label("baseline_total"),
            nothing.label("follow_up_total"),
            nothing.label("raters_baseline"),
            nothing.label("raters_follow_up"),
            _key(chosen, keyed, chosen_only=False),
        )
        .select_from(source)
        .join(chosen, chosen.c.membership_id == source.c.membership_id)
        .group_by(column)
        for name, source, column in sources
    ]


def _content_contributors(sources: list[tuple[str, Any, Any]], leaders: Any) -> list[Any]:
    chosen = _chosen(leaders, "fx_whose_content")
    return [
        select(
            literal(name).label("dimension"),
            cast(column, String).label("key"),
            chosen.c.membership_id.label("membership_id"),
            chosen.c.follow_up_id.label("follow_up_id"),
            *_no_figures(),
        )
        .select_from(source)
        .join(chosen, chosen.c.membership_id == source.c.membership_id)
        .distinct()
        for name, source, column in sources
    ]
