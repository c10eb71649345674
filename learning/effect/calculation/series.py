"""The learning effect's chart series (for the app's charts and the PDF),
made from sections already released: nothing here reads or releases."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from backend.i18n import translate
from learning.effect.calculation import figures
from learning.effect.calculation.breakdowns import BreakdownRow
from learning.effect.calculation.figures import (
    BehaviourChange,
    GoalAttainment,
    Level,
    Participation,
    RatingFigure,
    SpanOfControl,
)
from learning.programmes.facts.service import ActivityKind


@dataclass(frozen=True)
class ChartPoint:
    label: str
    value: float | None
    low: float | None = None
    high: float | None = None
    n: int | None = None
    suppressed: bool = False


@dataclass(frozen=True)
class ChartSeries:
    key: str
    title: str
    level: Level | None
    unit: str
    points: list[ChartPoint]


def chart_series(
    locale: str,
    behaviour: BehaviourChange,
    participation: Participation,
    goals: GoalAttainment,
    kinds: Sequence[BreakdownRow],
    span: SpanOfControl,
) -> list[ChartSeries]:
    t = locale

    def title(key: str) -> str:
        return translate(f"effect.series.{key}", t)

    def kind(value: ActivityKind) -> str:
        return translate(f"effect.kind.{value.value}", t)

    return [
        ChartSeries(
            "behaviour_change",
            title("behaviour_change"),
            Level.BEHAVIOUR,
            "points",
            [_change_point(c, c.mean_change, c.mean_interval) for c in behaviour.competencies],
        ),
        ChartSeries(
            "effect_size",
            title("effect_size"),
            Level.BEHAVIOUR,
            "d_z",
            [
                _change_point(c, c.effect_size, c.effect_size_interval)
                for c in [*behaviour.competencies, behaviour.overall]
            ],
        ),
        ChartSeries(
            "activities",
            title("activities"),
            Level.LEARNING,
            "percent",
            [
                ChartPoint(kind(k.kind), None if k.rate is None else 100 * k.rate, n=k.assigned)
                for k in participation.activities
            ],
        ),
        ChartSeries(
            "checkpoints",
            title("checkpoints"),
            Level.LEARNING,
            "count",
            [
                ChartPoint(
                    translate(f"effect.checkpoint.{c.kind.value}", t), float(c.held), n=c.total
                )
                for c in participation.checkpoints
            ],
        ),
        ChartSeries(
            "goal_attainment",
            title("goal_attainment"),
            Level.RESULTS,
            "rating",
            [_rating_point(g.title, g.attainment) for g in goals.goals],
        ),
        ChartSeries(
            "reaction",
            title("reaction"),
            Level.REACTION,
            "rating",
            [_rating_point(row.label, row.reaction) for row in kinds],
        ),
        ChartSeries(
            "span",
            title("span"),
            None,
            "leaders",
            [
                ChartPoint(
                    f"{b.low}-{b.high}" if b.high is not None else f"{b.low}+", float(b.leaders)
                )
                for b in span.buckets
            ],
        ),
    ]


def _change_point(figure: figures.ChangeFigure, value: float | None, interval: Any) -> ChartPoint:
    return ChartPoint(
        figure.title,
        value,
        interval.low if interval else None,
        interval.high if interval else None,
        figure.leaders,
        figure.suppressed,
    )


def _rating_point(label: str, figure: RatingFigure) -> ChartPoint:
    interval = figure.interval
    return ChartPoint(
        label,
        figure.mean,
        interval.low if interval else None,
        interval.high if interval else None,
        figure.leaders,
        figure.suppressed,
    )
