"""The learning-effect report as a PDF, made from HTML with print CSS
(``backend.pdf``): a tagged PDF a screen reader can read, whose charts
(``backend.charts``) keep their legends in a band of their own above the
plot, never on the points, intervals or bars. The notes on how to read the
figures stand beside them, not at the end.

Written for a director: numbers in the reader's language (Danish decimal
comma, a real minus sign, never "-0,00"), Danish dates, each change also in
plain words ("moderat fremgang, usikker") and the effect size named in words.
It shows only what learning effect's own release rule released (the
``EffectReport`` the calculator builds)."""

from __future__ import annotations

from datetime import date

from markupsafe import Markup

from backend import charts
from backend import pdf as page
from backend.i18n import format_day, format_number, translate
from learning.effect.calculation.calculator import EffectReport
from learning.effect.calculation.figures import ChangeFigure, RatingFigure
from learning.effect.calculation.series import ChartSeries
from learning.effect.calculation.statistics import Interval

BLUE = charts.AFTER


def number(value: float | int | None, locale: str, digits: int = 2) -> str:
    """A figure in the reader's language (``backend.i18n.format_number``)."""
    return format_number(value, locale, digits)


def day_text(day: date, locale: str) -> str:
    """ "5. december 2026" / "5 December 2026"."""
    return format_day(day, locale)


def interval_chart(series: ChartSeries, locale: str) -> Markup | None:
    """Points with their 95% intervals, a line at no change; suppressed
    points left out. The legend stands above the plot."""
    points = [p for p in series.points if p.value is not None and not p.suppressed]
    if not points:
        return None
    lows = [p.low if p.low is not None else p.value or 0.0 for p in points]
    highs = [p.high if p.high is not None else p.value or 0.0 for p in points]
    axis = charts.nice_axis(min(lows), max(highs))
    rows = [charts.Span(f"{p.label} (n = {p.n})", p.value or 0.0, p.low, p.high) for p in points]
    return charts.interval_chart(
        translate("effect.export.chart.effect_size", locale),
        rows,
        axis,
        (
            translate("effect.export.chart.point", locale),
            translate("effect.export.chart.interval", locale),
        ),
        locale,
        interval_words=translate("effect.export.interval_range", locale),
    )


def bar_chart(series: ChartSeries, locale: str) -> Markup | None:
    points = [p for p in series.points if p.value is not None]
    if not points:
        return None
    values = [p.value or 0.0 for p in points]
    axis = charts.nice_axis(min(values), max(values))
    whole = all(float(v).is_integer() for v in values)
    return charts.bar_chart(
        series.title,
        [charts.BarRow(p.label, {series.key: p.value or 0.0}) for p in points],
        [charts.Series(series.key, series.title, BLUE)],
        axis,
        locale,
        digits=0 if whole else 1,
    )


def interval_text(interval: Interval | None, locale: str) -> str:
    if interval is None:
        return "–"
    return translate(
        "effect.export.interval_range",
        locale,
        low=number(interval.low, locale),
        high=number(interval.high, locale),
    )


def plain_change(effect_size: float, interval: Interval | None, locale: str) -> str:
    """ "moderat fremgang, usikker": how large (0,2 small, 0,5 moderate, 0,8
    large), which way, and certain only when the 95% interval leaves out no
    change."""
    size = abs(effect_size)
    if size < 0.2:
        return translate("effect.plain.none", locale)
    grade = "small" if size < 0.5 else "moderate" if size < 0.8 else "large"
    direction = "up" if effect_size > 0 else "down"
    certain = interval is not None and (interval.low > 0 or interval.high < 0)
    return (
        f"{translate(f'effect.plain.{grade}', locale)} "
        f"{translate(f'effect.plain.{direction}', locale)}, "
        f"{translate('effect.plain.certain' if certain else 'effect.plain.uncertain', locale)}"
    )


def rating_cells(figure: RatingFigure, locale: str) -> list[str]:
    if figure.suppressed:
        return [translate("effect.export.suppressed", locale), "", "", ""]
    return [
        number(figure.mean, locale),
        number(figure.spread, locale),
        interval_text(figure.interval, locale),
        number(figure.leaders, locale),
    ]


def change_cells(figure: ChangeFigure, locale: str) -> list[str]:
    if figure.suppressed or figure.effect_size is None:
        return [figure.title, translate("effect.export.suppressed", locale), "", "", "", ""]
    return [
        figure.title,
        plain_change(figure.effect_size, figure.effect_size_interval, locale),
        number(figure.mean_change, locale),
        number(figure.effect_size, locale),
        interval_text(figure.effect_size_interval, locale),
        number(figure.leaders, locale),
    ]


def render(report: EffectReport) -> bytes:
    return page.html_to_pdf(page_html(report))


def page_html(report: EffectReport) -> str:
    t = report.locale

    def tr(key: str, **params: object) -> str:
        return translate(f"effect.export.{key}", t, **params)

    def heading(text: str, level: str | None = None) -> Markup:
        """A section's heading, and under it its Kirkpatrick level."""
        if level is None:
            return page.heading(2, text)
        name = translate(f"effect.level.{level}", t)
        return page.heading(2, text) + page.paragraph(tr("level", level=name), "meta")

    def note(key: str, **params: object) -> Markup:
        return page.paragraph(translate(key, t, **params), "note")

    series = {s.key: s for s in report.series}
    today = day_text(report.scope.today, t)
    parts: list[Markup | None] = [
        page.heading(1, tr("title")),
        page.paragraph(
            f"{tr('scope.' + report.scope.kind.value)} · {tr('as_of', day=today)}", "meta"
        ),
    ]
    p = report.participation
    parts += [
        heading(tr("participation"), "LEARNING"),
        page.table(
            [tr("leaders"), tr("enrolled"), tr("active"), tr("completed"), tr("overdue")],
            [[number(v, t) for v in (p.leaders, p.enrolled, p.active, p.completed, p.overdue)]],
            text_columns=0,
        ),
        bar_chart(series["activities"], t),
        bar_chart(series["checkpoints"], t),
    ]
    g = report.goal_attainment
    header = ["", tr("mean"), tr("spread"), tr("interval"), tr("leaders")]
    parts += [
        heading(tr("goal_attainment"), "RESULTS"),
        note("effect.note.goal_attainment"),
        page.table(
            header,
            [[goal.title, *rating_cells(goal.attainment, t)] for goal in g.goals]
            + [[tr("all"), *rating_cells(g.overall, t)]],
            total=True,
        ),
    ]
    b = report.behaviour_change
    change_header = [
        "",
        tr("in_words"),
        tr("change"),
        tr("effect_size"),
        tr("interval"),
        tr("leaders"),
    ]
    parts += [
        Markup('<div class="new-page"></div>'),
        heading(tr("behaviour"), "BEHAVIOUR"),
        note("effect.note.small_changes"),
        note("effect.note.harsher_raters"),
        note("effect.note.effect_size"),
        page.table(
            change_header,
            [change_cells(c, t) for c in [*b.competencies, b.overall]],
            text_columns=2,
            total=True,
        ),
        interval_chart(series["behaviour_change"], t),
        heading(tr("reaction"), "REACTION"),
        page.table(header, [[tr("all"), *rating_cells(report.reaction, t)]]),
        heading(tr("breakdowns")),
        note("effect.note.association"),
        page.table(
            change_header,
            [
                change_cells(row.behaviour_change, t)
                for row in [
                    *report.breakdowns.by_programme,
                    *report.breakdowns.by_module,
                    *report.breakdowns.by_activity_kind,
                ]
            ],
            text_columns=2,
        ),
    ]
    s = report.span_of_control
    parts += [
        heading(tr("span")),
        note("effect.note.span", threshold=s.threshold),
        page.table(
            [
                tr("leaders"),
                tr("mean"),
                tr("spread"),
                tr("largest"),
                tr("over", threshold=s.threshold),
            ],
            [
                [
                    number(s.leaders, t),
                    number(s.mean, t, 1),
                    number(s.spread, t, 1),
                    number(s.largest, t),
                    number(s.over_threshold, t),
                ]
            ],
            text_columns=0,
        ),
        bar_chart(series["span"], t),
        heading(tr("notes")),
        Markup("<ul>{}</ul>").format(
            Markup("").join(Markup("<li>{}</li>").format(n) for n in report.notes)
        ),
    ]
    return page.document(
        locale=t,
        title=f"{tr('title')} · {today}",
        footer=f"Ledelyst · {tr('title')} · {today}",
        body=Markup("").join(part for part in parts if part is not None),
    )
