"""A learning-effect report as CSV: one figure a row, in long form, so a
spreadsheet or a statistics package can read it without guessing.

Columns: section, level (Kirkpatrick), dimension, item, measure, value,
leaders, count, spread, ci_low, ci_high, suppressed. Numbers use a decimal
point; a suppressed figure has ``suppressed`` true and no numbers. The file
is UTF-8 with a byte-order mark, so spreadsheet programs read æ, ø and å.
The notes come last, as rows of measure ``note``.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import Any

from learning.effect.calculation.breakdowns import BreakdownRow
from learning.effect.calculation.calculator import EffectReport
from learning.effect.calculation.figures import ChangeFigure, RatingFigure

COLUMNS = (
    "section",
    "level",
    "dimension",
    "item",
    "measure",
    "value",
    "leaders",
    "count",
    "spread",
    "ci_low",
    "ci_high",
    "suppressed",
)


def _number(value: float | int | None) -> str:
    if value is None:
        return ""
    if isinstance(value, int):
        return str(value)
    return f"{value:.6f}".rstrip("0").rstrip(".")


def _row(
    section: str, level: str, dimension: str, item: str, measure: str, **values: Any
) -> list[str]:
    interval = values.get("interval")
    return [
        section,
        level,
        dimension,
        item,
        measure,
        values["value"] if isinstance(values.get("value"), str) else _number(values.get("value")),
        _number(values.get("leaders")),
        _number(values.get("count")),
        _number(values.get("spread")),
        _number(interval.low) if interval else "",
        _number(interval.high) if interval else "",
        "true" if values.get("suppressed") else "false",
    ]


def _rating(section: str, dimension: str, item: str, figure: RatingFigure) -> list[str]:
    return _row(
        section,
        figure.level.value,
        dimension,
        item,
        "mean_rating",
        value=figure.mean,
        leaders=figure.leaders,
        count=figure.count,
        spread=figure.spread,
        interval=figure.interval,
        suppressed=figure.suppressed,
    )


def _change(section: str, dimension: str, figure: ChangeFigure) -> Iterator[list[str]]:
    level = figure.level.value
    common = {"leaders": figure.leaders, "suppressed": figure.suppressed}
    yield _row(
        section,
        level,
        dimension,
        figure.title,
        "mean_change",
        value=figure.mean_change,
        spread=figure.spread,
        interval=figure.mean_interval,
        **common,
    )
    yield _row(
        section,
        level,
        dimension,
        figure.title,
        "effect_size_dz",
        value=figure.effect_size,
        interval=figure.effect_size_interval,
        **common,
    )
    if figure.baseline_mean is not None or figure.suppressed:
        yield _row(
            section,
            level,
            dimension,
            figure.title,
            "baseline_mean",
            value=figure.baseline_mean,
            count=figure.raters_baseline,
            **common,
        )
        yield _row(
            section,
            level,
            dimension,
            figure.title,
            "follow_up_mean",
            value=figure.follow_up_mean,
            count=figure.raters_follow_up,
            **common,
        )


def _breakdown(section: str, row: BreakdownRow) -> Iterator[list[str]]:
    dimension = row.dimension.value
    label = f"{row.programme_title} / {row.label}" if row.module_id else row.label
    if row.enrolled is not None:
        yield _row(section, "LEARNING", dimension, label, "enrolled", value=row.enrolled)
        yield _row(
            section, "LEARNING", dimension, label, "completed", value=row.completed_enrolments
        )
    yield _row(
        section,
        "LEARNING",
        dimension,
        label,
        "activities_completed",
        value=row.completed,
        count=row.assigned,
    )
    yield _rating(section, dimension, label, row.reaction)
    if row.goal_attainment is not None:
        yield _rating(section, dimension, label, row.goal_attainment)
    yield from _change(section, dimension, row.behaviour_change)


def rows(report: EffectReport) -> Iterator[list[str]]:
    p = report.participation
    for measure, value in (
        ("leaders", p.leaders),
        ("enrolled", p.enrolled),
        ("active", p.active),
        ("completed", p.completed),
        ("withdrawn", p.withdrawn),
        ("overdue", p.overdue),
    ):
        yield _row("participation", "LEARNING", "enrolments", "", measure, value=value)
    for kind in p.activities:
        yield _row(
            "participation",
            "LEARNING",
            "activity_kind",
            kind.kind.value,
            "completed",
            value=kind.completed,
            count=kind.assigned,
        )
    for checkpoint in p.checkpoints:
        for measure in ("held", "due", "overdue"):
            yield _row(
                "participation",
                "LEARNING",
                "checkpoint",
                checkpoint.kind.value,
                measure,
                value=getattr(checkpoint, measure),
                count=checkpoint.total,
            )
    goals = report.goal_attainment
    yield _rating("goal_attainment", "all", "", goals.overall)
    for goal in goals.goals:
        yield _rating("goal_attainment", "organisational_goal", goal.title, goal.attainment)
    behaviour = report.behaviour_change
    yield from _change("behaviour_change", "all", behaviour.overall)
    for competency in behaviour.competencies:
        yield from _change("behaviour_change", "competency", competency)
    yield _rating("reaction", "all", "", report.reaction)
    for breakdown in (
        *report.breakdowns.by_programme,
        *report.breakdowns.by_module,
        *report.breakdowns.by_activity_kind,
    ):
        yield from _breakdown("breakdown", breakdown)
    span = report.span_of_control
    yield _row(
        "span_of_control",
        "",
        "direct_reports",
        "",
        "mean",
        value=span.mean,
        leaders=span.leaders,
        spread=span.spread,
    )
    yield _row("span_of_control", "", "direct_reports", "", "largest", value=span.largest)
    yield _row(
        "span_of_control",
        "",
        "direct_reports",
        f">{span.threshold}",
        "leaders",
        value=span.over_threshold,
    )
    for bucket in span.buckets:
        label = f"{bucket.low}-{bucket.high}" if bucket.high is not None else f"{bucket.low}+"
        yield _row("span_of_control", "", "bucket", label, "leaders", value=bucket.leaders)
    for note in report.notes:
        yield _row("notes", "", "", "", "note", value=note)


def render(report: EffectReport) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(rows(report))
    return buffer.getvalue().encode("utf-8-sig")
