"""The learning-effect report as a PDF: charts drawn by matplotlib (its
object API, no pyplot state, so it is safe in a worker thread) laid out by
fpdf2 in the DejaVu fonts matplotlib ships, which cover Danish letters.
The notes on how to read the figures stand beside them, not at the end.

Written for a director: numbers in the reader's language (Danish decimal
comma, a real minus sign, never "-0,00"), each change also in plain words
("moderat fremgang, usikker"), the chart's legend below the plot, never on
the points and intervals."""

from __future__ import annotations

import io
from datetime import date

from matplotlib.figure import Figure as ChartFigure
from matplotlib.lines import Line2D
from matplotlib.ticker import FuncFormatter

from backend.i18n import translate
from backend.pdf import ReportPdf
from learning.effect.calculation.calculator import ChartSeries, EffectReport
from learning.effect.calculation.figures import ChangeFigure, RatingFigure
from learning.effect.calculation.statistics import Interval

BLUE, GREY = "#1d4ed8", "#94a3b8"


class _Pdf(ReportPdf):
    def heading(self, text: str) -> None:
        self.ln(2)
        self.set_font("DejaVu", "B", 12)
        self.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
        self.set_font("DejaVu", "", 8)

    def note(self, text: str) -> None:
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(80, 80, 80)
        self.multi_cell(0, 4, text, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.set_font("DejaVu", "", 8)

    def grid(self, header: list[str], body: list[list[str]], first: int = 70) -> None:
        widths = (first, *([(170 - first) / max(1, len(header) - 1)] * (len(header) - 1)))
        with self.table(
            col_widths=widths,
            text_align=("LEFT", *(["CENTER"] * (len(header) - 1))),
            line_height=4.5,
            first_row_as_headings=True,
        ) as table:
            table.row(header)
            for row in body:
                table.row(row)
        self.ln(2)


def _png(chart: ChartFigure) -> io.BytesIO:
    buffer = io.BytesIO()
    chart.savefig(buffer, format="png", dpi=150, bbox_inches="tight")
    buffer.seek(0)
    return buffer


def interval_figure(
    series: ChartSeries, locale: str, zero: float | None = 0.0
) -> ChartFigure | None:
    """Horizontal points with their 95% intervals; suppressed points left
    out. The legend stands below the axes, so it covers no point or interval."""
    points = [p for p in series.points if p.value is not None and not p.suppressed]
    if not points:
        return None
    chart = ChartFigure(figsize=(7.5, max(2.4, 0.45 * len(points) + 1.6)))
    axes = chart.subplots()
    for row, point in enumerate(reversed(points)):
        if point.low is not None and point.high is not None:
            axes.plot([point.low, point.high], [row, row], color=GREY, linewidth=2, zorder=1)
        axes.scatter([point.value or 0.0], [row], color=BLUE, zorder=2)
    if zero is not None:
        axes.axvline(zero, color="#475569", linewidth=0.8)
    axes.set_yticks(
        range(len(points)), [f"{p.label} (n = {p.n})" for p in reversed(points)], fontsize=8
    )
    axes.xaxis.set_major_formatter(FuncFormatter(lambda value, _: number(value, locale, 1)))
    axes.grid(axis="x", alpha=0.3)
    axes.set_title(translate("effect.export.chart.effect_size", locale), fontsize=10)
    axes.legend(
        handles=[
            Line2D([], [], marker="o", linestyle="", color=BLUE),
            Line2D([], [], color=GREY, linewidth=2),
        ],
        labels=[
            translate("effect.export.chart.point", locale),
            translate("effect.export.chart.interval", locale),
        ],
        loc="upper center",
        bbox_to_anchor=(0.5, -0.12),
        ncol=2,
        frameon=False,
        fontsize=8,
    )
    return chart


def _interval_chart(series: ChartSeries, locale: str) -> io.BytesIO | None:
    chart = interval_figure(series, locale)
    return _png(chart) if chart is not None else None


def _bar_chart(series: ChartSeries, locale: str) -> io.BytesIO | None:
    points = [p for p in series.points if p.value is not None]
    if not points:
        return None
    chart = ChartFigure(figsize=(7.5, 2.6))
    axes = chart.subplots()
    axes.bar([p.label for p in points], [p.value or 0.0 for p in points], color=BLUE)
    axes.tick_params(axis="x", labelsize=8)
    axes.yaxis.set_major_formatter(FuncFormatter(lambda value, _: number(value, locale, 1)))
    axes.grid(axis="y", alpha=0.3)
    axes.set_title(series.title, fontsize=10)
    return _png(chart)


def number(value: float | int | None, locale: str, digits: int = 2) -> str:
    """A figure in the reader's language: "0,67" in Danish, "0.67" in English,
    a real minus sign, and a value that rounds to zero is "0,00", never "-0,00"."""
    if value is None:
        return "–"
    if isinstance(value, int):
        return str(value).replace("-", "−")
    text = f"{abs(value):.{digits}f}"
    negative = value < 0 and float(text) != 0
    if locale == "da":
        text = text.replace(".", ",")
    return f"−{text}" if negative else text


MONTHS = {
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "en": "January February March April May June July August September October November December",
}


def day_text(day: date, locale: str) -> str:
    """ "5. december 2026" / "5 December 2026"."""
    month = MONTHS["da" if locale == "da" else "en"].split()[day.month - 1]
    return f"{day.day}. {month} {day.year}" if locale == "da" else f"{day.day} {month} {day.year}"


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
    t = report.locale

    def tr(key: str, **params: object) -> str:
        return translate(f"effect.export.{key}", t, **params)

    series = {s.key: s for s in report.series}
    today = day_text(report.scope.today, t)
    pdf = _Pdf(f"Ledelyst · {tr('title')} · {today}")
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 16)
    pdf.multi_cell(0, 8, tr("title"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(
        0,
        6,
        f"{tr('scope.' + report.scope.kind.value)} · {tr('as_of', day=today)}",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    p = report.participation
    pdf.heading(f"{tr('participation')} ({translate('effect.level.LEARNING', t)})")
    pdf.grid(
        [tr("leaders"), tr("enrolled"), tr("active"), tr("completed"), tr("overdue")],
        [[str(p.leaders), str(p.enrolled), str(p.active), str(p.completed), str(p.overdue)]],
        first=34,
    )
    for key in ("activities", "checkpoints"):
        image = _bar_chart(series[key], t)
        if image is not None:
            pdf.image(image, w=150)
    g = report.goal_attainment
    pdf.heading(f"{tr('goal_attainment')} ({translate('effect.level.RESULTS', t)})")
    pdf.note(translate("effect.note.goal_attainment", t))
    header = ["", tr("mean"), tr("spread"), tr("interval"), tr("leaders")]
    pdf.grid(
        header,
        [[goal.title, *rating_cells(goal.attainment, t)] for goal in g.goals]
        + [[tr("all"), *rating_cells(g.overall, t)]],
    )
    b = report.behaviour_change
    pdf.add_page()
    pdf.heading(f"{tr('behaviour')} ({translate('effect.level.BEHAVIOUR', t)})")
    pdf.note(translate("effect.note.small_changes", t))
    pdf.note(translate("effect.note.harsher_raters", t))
    pdf.note(translate("effect.note.effect_size", t))
    pdf.grid(
        ["", tr("in_words"), tr("change"), tr("effect_size"), tr("interval"), tr("leaders")],
        [change_cells(c, t) for c in [*b.competencies, b.overall]],
        first=40,
    )
    image = _interval_chart(series["behaviour_change"], t)
    if image is not None:
        pdf.image(image, w=160)
    pdf.heading(f"{tr('reaction')} ({translate('effect.level.REACTION', t)})")
    pdf.grid(header, [[tr("all"), *rating_cells(report.reaction, t)]])
    pdf.heading(tr("breakdowns"))
    pdf.note(translate("effect.note.association", t))
    rows = [
        *report.breakdowns.by_programme,
        *report.breakdowns.by_module,
        *report.breakdowns.by_activity_kind,
    ]
    pdf.grid(
        ["", tr("in_words"), tr("change"), tr("effect_size"), tr("interval"), tr("leaders")],
        [change_cells(row.behaviour_change, t) for row in rows],
        first=40,
    )
    s = report.span_of_control
    pdf.heading(tr("span"))
    pdf.note(translate("effect.note.span", t, threshold=s.threshold))
    pdf.grid(
        [tr("leaders"), tr("mean"), tr("spread"), tr("largest"), tr("over", threshold=s.threshold)],
        [
            [
                str(s.leaders),
                number(s.mean, t, 1),
                number(s.spread, t, 1),
                number(s.largest, t),
                str(s.over_threshold),
            ]
        ],
        first=34,
    )
    image = _bar_chart(series["span"], t)
    if image is not None:
        pdf.image(image, w=150)
    pdf.heading(tr("notes"))
    for note in report.notes:
        pdf.note(f"• {note}")
    return bytes(pdf.output())
