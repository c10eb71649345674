"""The figures of learning effect, made from the repository's aggregates.

Pure functions: rows of sums in, figures out. Each figure names its
Kirkpatrick level, its n and its spread; a figure under the minimum of
leaders (``statistics.MIN_LEADERS``) is ``suppressed``, with no number at all.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from learning.effect.calculation.statistics import (
    MIN_LEADERS,
    Interval,
    Moments,
    mean_interval,
    paired_change,
    shown,
)
from learning.programmes.facts.service import ActivityKind, CheckpointKind


class Level(StrEnum):
    """Kirkpatrick's four levels of evaluating training (Kirkpatrick 1959)."""

    REACTION = "REACTION"
    LEARNING = "LEARNING"
    BEHAVIOUR = "BEHAVIOUR"
    RESULTS = "RESULTS"


def _number(value: Any) -> float:
    return float(value or 0)


@dataclass(frozen=True)
class RatingFigure:
    """The mean of 1-5 ratings with its t interval (cut to the scale)."""

    level: Level
    suppressed: bool = False
    leaders: int | None = None
    count: int | None = None
    mean: float | None = None
    spread: float | None = None
    interval: Interval | None = None


def rating_figure(level: Level, row: Any | None, *, minimum: int = 0) -> RatingFigure:
    """From a row with leaders, n, total, total_sq; suppressed under ``minimum`` leaders.

    Where a minimum applies, an empty figure is suppressed too: "0 leaders"
    beside "suppressed" would say, for a group of one, whether that leader rated."""
    if row is None or not row.n:
        if minimum:
            return RatingFigure(level, suppressed=True)
        return RatingFigure(level, leaders=0, count=0)
    if minimum and row.leaders < minimum:
        return RatingFigure(level, suppressed=True)
    moments = Moments(int(row.n), _number(row.total), _number(row.total_sq))
    interval = mean_interval(moments)
    return RatingFigure(
        level,
        leaders=int(row.leaders),
        count=moments.n,
        mean=moments.mean,
        spread=moments.sd,
        # A t interval of few ratings reaches past the scale; it is cut at 1 and 5.
        interval=Interval(max(1.0, interval.low), min(5.0, interval.high)) if interval else None,
    )


@dataclass(frozen=True)
class ChangeFigure:
    """Before/after 360 change of a competency (or of all, ``key`` "")."""

    key: str
    title: str
    level: Level = Level.BEHAVIOUR
    suppressed: bool = False
    leaders: int | None = None
    raters_baseline: int | None = None
    raters_follow_up: int | None = None
    baseline_mean: float | None = None
    follow_up_mean: float | None = None
    mean_change: float | None = None
    spread: float | None = None
    mean_interval: Interval | None = None
    effect_size: float | None = None
    effect_size_interval: Interval | None = None


def change_figure(key: str, title: str, row: Any | None, *totals: int) -> ChangeFigure:
    """From a row of n, total, total_sq (of the changes) and, where present,
    baseline_total, follow_up_total, raters_baseline, raters_follow_up.
    ``totals``: the leaders of every larger figure this one is part of."""
    n = int(row.n or 0) if row is not None else 0
    # An empty figure reads as a suppressed one: "0 leaders" beside "suppressed"
    # would say, for a filter of one leader, whether that leader had a follow-up.
    if not shown(n, *totals):
        return ChangeFigure(key, title, suppressed=True)
    assert row is not None
    change = paired_change(Moments(n, _number(row.total), _number(row.total_sq)))
    assert change is not None
    extra = row._mapping

    def whole(name: str) -> int | None:
        value = extra.get(name)
        return int(value) if value is not None else None

    def mean(name: str) -> float | None:
        value = extra.get(name)
        return float(value) / n if value is not None else None

    return ChangeFigure(
        key,
        title,
        leaders=n,
        raters_baseline=whole("raters_baseline"),
        raters_follow_up=whole("raters_follow_up"),
        baseline_mean=mean("baseline_total"),
        follow_up_mean=mean("follow_up_total"),
        mean_change=change.mean,
        spread=change.sd,
        mean_interval=change.mean_interval,
        effect_size=change.effect_size,
        effect_size_interval=change.effect_size_interval,
    )


# --- sections -------------------------------------------------------------------------


@dataclass(frozen=True)
class KindProgress:
    kind: ActivityKind
    assigned: int
    completed: int

    @property
    def rate(self) -> float | None:
        return self.completed / self.assigned if self.assigned else None


@dataclass(frozen=True)
class CheckpointProgress:
    kind: CheckpointKind
    total: int
    due: int
    held: int
    overdue: int


@dataclass(frozen=True)
class Participation:
    leaders: int
    enrolled: int
    active: int
    completed: int
    withdrawn: int
    overdue: int
    activities: list[KindProgress]
    checkpoints: list[CheckpointProgress]
    level: Level = Level.LEARNING

    @property
    def assigned(self) -> int:
        return sum(k.assigned for k in self.activities)

    @property
    def done(self) -> int:
        return sum(k.completed for k in self.activities)


def participation(counts: Any, content: Sequence[Any], checkpoints: Sequence[Any]) -> Participation:
    by_kind = {kind: [0, 0] for kind in ActivityKind}
    for row in content:
        bucket = by_kind[ActivityKind(row.kind)]
        bucket[0] += int(row.assigned)
        bucket[1] += int(row.completed or 0)
    held = {CheckpointKind(row.kind): row for row in checkpoints}
    return Participation(
        leaders=int(counts.leaders or 0),
        enrolled=int(counts.enrolled or 0),
        active=int(counts.active or 0),
        completed=int(counts.completed or 0),
        withdrawn=int(counts.withdrawn or 0),
        overdue=int(counts.overdue or 0),
        activities=[KindProgress(k, *by_kind[k]) for k in ActivityKind],
        checkpoints=[
            CheckpointProgress(
                k,
                *(
                    (int(r.total), int(r.due or 0), int(r.held or 0), int(r.overdue or 0))
                    if (r := held.get(k)) is not None
                    else (0, 0, 0, 0)
                ),
            )
            for k in CheckpointKind
        ],
    )


@dataclass(frozen=True)
class GoalFigure:
    goal_id: int
    title: str
    attainment: RatingFigure


@dataclass(frozen=True)
class GoalAttainment:
    overall: RatingFigure
    goals: list[GoalFigure]
    level: Level = Level.RESULTS


def goal_attainment(rows: Iterable[Any]) -> GoalAttainment:
    overall: Any = None
    goals: list[GoalFigure] = []
    for row in rows:
        if row.dimension == "ALL":
            overall = row
        elif row.dimension == "GOAL":
            goals.append(
                GoalFigure(
                    int(row.key),
                    str(row.label or ""),
                    rating_figure(Level.RESULTS, row, minimum=MIN_LEADERS),
                )
            )
    goals.sort(key=lambda g: (g.title.casefold(), g.goal_id))
    return GoalAttainment(rating_figure(Level.RESULTS, overall, minimum=MIN_LEADERS), goals)


@dataclass(frozen=True)
class BehaviourChange:
    overall: ChangeFigure
    competencies: list[ChangeFigure]
    minimum_leaders: int = MIN_LEADERS
    level: Level = Level.BEHAVIOUR


def behaviour_change(rows: Iterable[Any], locale: str) -> BehaviourChange:
    """Per competency and over each leader's mean change; a filtered figure is
    also suppressed when the area's participants outside it are one or two."""
    overall: ChangeFigure | None = None
    competencies: list[ChangeFigure] = []
    for row in rows:
        if row.dimension == "ALL":
            overall = change_figure("", "", row, int(row.area_n or 0))
        elif row.dimension == "COMPETENCY":
            title = row.title_en if locale == "en" else row.title_da
            competencies.append(change_figure(str(row.key), str(title), row, int(row.area_n)))
    competencies.sort(key=lambda c: (c.title.casefold(), c.key))
    return BehaviourChange(overall or ChangeFigure("", "", suppressed=True), competencies)


@dataclass(frozen=True)
class SpanBucket:
    low: int
    high: int | None
    leaders: int


@dataclass(frozen=True)
class SpanOfControl:
    leaders: int
    mean: float | None
    spread: float | None
    largest: int | None
    over_threshold: int
    threshold: int
    buckets: list[SpanBucket] = field(default_factory=list)


def span_of_control(
    row: Any, buckets: Sequence[tuple[int, int | None]], threshold: int
) -> SpanOfControl:
    moments = Moments(int(row.leaders or 0), _number(row.total), _number(row.total_sq))
    return SpanOfControl(
        leaders=moments.n,
        mean=moments.mean,
        spread=moments.sd,
        largest=int(row.largest) if row.largest is not None else None,
        over_threshold=int(row.over or 0),
        threshold=threshold,
        buckets=[
            SpanBucket(low, high, int(getattr(row, f"bucket_{i}") or 0))
            for i, (low, high) in enumerate(buckets)
        ],
    )
