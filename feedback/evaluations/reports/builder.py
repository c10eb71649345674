"""Builds a report from frozen aggregates, applying the anonymity rules.

Pure functions over numbers, no database: every rule is tested here directly.

1. An anonymous group (peers, direct reports, external) is shown for a
   competency only when at least its minimum of raters count for that
   competency, and for an item only when at least that many answered it.
2. SELF and MANAGER are shown as what they are.
3. Every combined figure ("all others", a competency's mean) is pooled only
   from figures that are themselves shown, so no shown figure can be
   subtracted from another to recover a hidden one. "All others" needs the
   all-raters minimum.
4. Comments show only for a group that is shown, with at least the comment
   minimum of responses, without author, ordered by text.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from feedback.evaluations.models import ANONYMOUS_GROUPS, NAMED_GROUPS, RaterGroup
from feedback.evaluations.reports.repository import Aggregates
from feedback.frameworks.service import FrameworkStructure

ALL_OTHERS = "ALL_OTHERS"
GROUP_ORDER = (*[g.value for g in RaterGroup], ALL_OTHERS)
EXTREMES = 3
# A spread (standard deviation) of an anonymous group is shown only from this
# many answers: beside the mean, a spread of 0 among three named peers says
# that each answered the mean, and one peer who knows their own answer learns
# the other two's from mean and spread. The mean alone of 1.0 or 5.0 still says
# every answer; that is accepted (README, security: the attacker model).
SPREAD_MINIMUM = 5


@dataclass(frozen=True)
class AnonymityPolicy:
    minimums: dict[str, int]
    all_raters: int
    comments: int

    def minimum(self, group: str) -> int:
        if group in NAMED_GROUPS:
            return 1
        if group == ALL_OTHERS:
            return self.all_raters
        return max(3, self.minimums.get(group, 3))

    def comment_minimum(self, group: str) -> int:
        if group in NAMED_GROUPS:
            return 1
        return max(self.comments, self.minimum(group))


@dataclass(frozen=True)
class Pool:
    n: int = 0
    total: float = 0.0
    total_sq: float = 0.0

    def __add__(self, other: Pool) -> Pool:
        return Pool(self.n + other.n, self.total + other.total, self.total_sq + other.total_sq)

    @property
    def mean(self) -> float:
        return self.total / self.n if self.n else 0.0

    @property
    def spread(self) -> float | None:
        """Sample standard deviation from the sums; None for a single answer."""
        if self.n < 2:
            return None
        variance = (self.total_sq - self.total * self.total / self.n) / (self.n - 1)
        return math.sqrt(max(variance, 0.0))


@dataclass(frozen=True)
class Figure:
    group: str
    count: int
    mean: float
    spread: float | None


@dataclass(frozen=True)
class ItemResult:
    item_id: int
    competency_id: int
    text: str
    figures: tuple[Figure, ...]

    def figure(self, group: str) -> Figure | None:
        return next((f for f in self.figures if f.group == group), None)


@dataclass(frozen=True)
class CompetencyResult:
    competency_id: int
    title: str
    figures: tuple[Figure, ...]
    raters: dict[str, int]
    items: tuple[ItemResult, ...]
    # The line it continues through the framework's versions: a follow-up's
    # baseline pairs by it, as learning effect does, never by title.
    lineage_id: int

    def figure(self, group: str) -> Figure | None:
        return next((f for f in self.figures if f.group == group), None)

    @property
    def gap(self) -> float | None:
        """Self minus all others, where both are shown."""
        own, others = self.figure(RaterGroup.SELF.value), self.figure(ALL_OTHERS)
        return round(own.mean - others.mean, 2) if own and others else None


@dataclass(frozen=True)
class CommentGroup:
    question_id: int
    question: str
    group: str
    comments: tuple[str, ...]


@dataclass(frozen=True)
class BaselineChange:
    competency_id: int
    title: str
    group: str
    baseline: float
    current: float

    @property
    def change(self) -> float:
        return round(self.current - self.baseline, 2)


@dataclass
class ReportData:
    responses: dict[str, int]
    shown_groups: list[str]
    competencies: list[CompetencyResult]
    highest: list[ItemResult]
    lowest: list[ItemResult]
    comments: list[CommentGroup] = field(default_factory=list)
    baseline: list[BaselineChange] = field(default_factory=list)


def _figure(group: str, pool: Pool, people: int) -> Figure:
    """``people``: a lower bound of the answers (raters) behind the figure."""
    spread = pool.spread if group in NAMED_GROUPS or people >= SPREAD_MINIMUM else None
    return Figure(group, pool.n, round(pool.mean, 2), None if spread is None else round(spread, 2))


def _cell(aggregates: Aggregates, item_id: int, group: str) -> Pool:
    values = aggregates.get("items", {}).get(str(item_id), {}).get(group)
    return Pool(*values) if values else Pool()


def _ordered(groups: Iterable[str]) -> list[str]:
    present = set(groups)
    return [g for g in GROUP_ORDER if g in present]


def build(
    structure: FrameworkStructure,
    aggregates: Aggregates,
    policy: AnonymityPolicy,
    locale: str = "da",
) -> ReportData:
    competencies: list[CompetencyResult] = []
    shown_anywhere: set[str] = set()
    for competency in structure.competencies:
        raters = aggregates.get("competencies", {}).get(str(competency.id), {})
        shown = {g for g, n in raters.items() if n >= policy.minimum(g)}
        items: list[ItemResult] = []
        pools: dict[str, Pool] = {}
        # Per group the most raters of one item: a competency's figure pools
        # items, so its n counts answers of items, not of people.
        people: dict[str, int] = {}
        for item in competency.items:
            cells = {g: _cell(aggregates, item.id, g) for g in shown}
            visible = {g: p for g, p in cells.items() if p.n >= policy.minimum(g)}
            others = sum(
                (p for g, p in visible.items() if g != RaterGroup.SELF.value), start=Pool()
            )
            if others.n >= policy.minimum(ALL_OTHERS):
                visible[ALL_OTHERS] = others
            for group, pool in visible.items():
                pools[group] = pools.get(group, Pool()) + pool
                people[group] = max(people.get(group, 0), pool.n)
            items.append(
                ItemResult(
                    item.id,
                    competency.id,
                    item.text(locale),
                    tuple(_figure(g, visible[g], visible[g].n) for g in _ordered(visible)),
                )
            )
        shown_anywhere |= {g for g in pools if g != ALL_OTHERS}
        competencies.append(
            CompetencyResult(
                competency.id,
                competency.title(locale),
                tuple(_figure(g, pools[g], people[g]) for g in _ordered(pools)),
                {g: raters[g] for g in _ordered(shown) if g in pools},
                tuple(items),
                competency.lineage,
            )
        )
    ranked = [item for c in competencies for item in c.items if item.figure(ALL_OTHERS) is not None]
    ranked.sort(key=lambda i: (-i.figure(ALL_OTHERS).mean, i.competency_id, i.item_id))  # type: ignore[union-attr]
    half = min(EXTREMES, len(ranked) // 2)
    return ReportData(
        responses=_shown_responses(aggregates, shown_anywhere),
        shown_groups=_ordered(shown_anywhere),
        competencies=competencies,
        highest=ranked[:half],
        lowest=list(reversed(ranked[-half:])) if half else [],
    )


def _shown_responses(aggregates: Aggregates, shown: Iterable[str]) -> dict[str, int]:
    """Responses only of the groups the report shows: a hidden group's count
    is a hidden figure too (beside its named invitations, "peers: 2" of two
    says that both answered)."""
    kept = set(shown)
    return {g: n for g, n in aggregates.get("responses", {}).items() if g in kept}


def comment_groups(report: ReportData, policy: AnonymityPolicy) -> list[str]:
    """Groups whose comments may be shown: shown in some figure and with at
    least the comment minimum of responses."""
    return [
        g for g in report.shown_groups if report.responses.get(g, 0) >= policy.comment_minimum(g)
    ]


def add_comments(
    report: ReportData,
    structure: FrameworkStructure,
    rows: Sequence[tuple[int, str, str]],
    policy: AnonymityPolicy,
    locale: str = "da",
) -> None:
    """Groups comments by question and group. ``rows`` must already be only
    of allowed groups; anything else is dropped here a second time."""
    allowed = set(comment_groups(report, policy))
    grouped: dict[tuple[int, str], list[str]] = {}
    for question_id, group, text in rows:
        if group in allowed and text.strip():
            grouped.setdefault((question_id, group), []).append(text.strip())
    for question in structure.questions:
        for group in _ordered(g for (q, g) in grouped if q == question.id):
            texts = sorted(grouped[(question.id, group)], key=lambda t: (t.casefold(), t))
            report.comments.append(
                CommentGroup(question.id, question.text(locale), group, tuple(texts))
            )


def compare_with_baseline(report: ReportData, baseline: ReportData) -> None:
    """Before/after per competency for SELF and ALL_OTHERS, where both are
    shown; competencies are matched by lineage (a renamed competency HR said
    continues another pairs with it; two that only share a title do not),
    the rule of learning effect's read model."""
    before = {c.lineage_id: c for c in baseline.competencies}
    for competency in report.competencies:
        earlier = before.get(competency.lineage_id)
        if earlier is None:
            continue
        for group in (RaterGroup.SELF.value, ALL_OTHERS):
            now, then = competency.figure(group), earlier.figure(group)
            if now and then:
                report.baseline.append(
                    BaselineChange(
                        competency.competency_id, competency.title, group, then.mean, now.mean
                    )
                )


def shown_part(
    structure: FrameworkStructure, aggregates: Aggregates, policy: AnonymityPolicy
) -> Aggregates:
    """Only the cells an evaluation's own report may show: what it adds to a
    pooled figure (a cycle's results) can then never uncover a hidden group."""
    part: Aggregates = {"responses": {}, "competencies": {}, "items": {}}
    for competency in structure.competencies:
        raters = aggregates.get("competencies", {}).get(str(competency.id), {})
        shown = {g: n for g, n in raters.items() if n >= policy.minimum(g)}
        if shown:
            part["competencies"][str(competency.id)] = shown
        for item in competency.items:
            cells = aggregates.get("items", {}).get(str(item.id), {})
            kept = {
                g: list(v) for g, v in cells.items() if g in shown and v[0] >= policy.minimum(g)
            }
            if kept:
                part["items"][str(item.id)] = kept
    # The responses of the groups with a cell shown, never a hidden group's count.
    shown_groups = {g for cells in part["items"].values() for g in cells}
    part["responses"] = _shown_responses(aggregates, shown_groups)
    return part


def pooled_aggregates(parts: Iterable[Aggregates]) -> Aggregates:
    """Aggregates of several evaluations added up (a cycle's results)."""
    total: Aggregates = {"responses": {}, "competencies": {}, "items": {}}
    for part in parts:
        for group, n in part.get("responses", {}).items():
            total["responses"][group] = total["responses"].get(group, 0) + n
        for cid, groups in part.get("competencies", {}).items():
            target = total["competencies"].setdefault(cid, {})
            for group, n in groups.items():
                target[group] = target.get(group, 0) + n
        for iid, groups in part.get("items", {}).items():
            target = total["items"].setdefault(iid, {})
            for group, values in groups.items():
                old = target.get(group, [0, 0, 0])
                target[group] = [old[0] + values[0], old[1] + values[1], old[2] + values[2]]
    return total


__all__ = ["ANONYMOUS_GROUPS", "ALL_OTHERS", "AnonymityPolicy", "ReportData", "build"]
