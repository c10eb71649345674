"""The learning-effect report as a PDF: charts drawn by matplotlib (its
object API, no pyplot state, so it is safe in a worker thread) laid out by
fpdf2 in the DejaVu fonts matplotlib ships, which cover Danish letters.
The notes on how to read the figures stand beside them, not at the end."""

from __future__ import annotations

import io

from matplotlib.figure import Figure as ChartFigure

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


def _interval_chart(series: ChartSeries, zero: float | None = 0.0) -> io.BytesIO | None:
    """Horizontal points with their 95% intervals; suppressed points left out."""
    points = [p for p in series.points if p.value is not None and not p.suppressed]
    if not points:
        return None
    chart = ChartFigure(figsize=(7.5, max(2.0, 0.45 * len(points) + 1)))
    axes = chart.subplots()
    for row, point in enumerate(reversed(points)):
        if point.low is not None and point.high is not None:
            axes.plot([point.low, point.high], [row, row], color=GREY, zorder=1)
        axes.scatter([point.value or 0.0], [row], color=BLUE, zorder=2)
    if zero is not None:
        axes.axvline(zero, color="#475569", linewidth=0.8)
    axes.set_yticks(
        range(len(points)), [f"{p.label} (n={p.n})" for p in reversed(points)], fontsize=8
    )
    axes.grid(axis="x", alpha=0.3)
    axes.set_title(series.title, fontsize=10)
    return _png(chart)


def _bar_chart(series: ChartSeries) -> io.BytesIO | None:
    points = [p for p in series.points if p.value is not None]
    if not points:
        return None
    chart = ChartFigure(figsize=(7.5, 2.6))
    axes = chart.subplots()
    axes.bar([p.label for p in points], [p.value or 0.0 for p in points], color=BLUE)
    axes.tick_params(axis="x", labelsize=8)
    axes.grid(axis="y", alpha=0.3)
    axes.set_title(series.title, fontsize=10)
    return _png(chart)


def _f(value: float | int | None, digits: int = 2) -> str:
    if value is None:
        return "–"
    return str(value) if isinstance(value, int) else f"{value:.{digits}f}"


def _interval(interval: Interval | None) -> str:
    return f"[{_f(interval.low)}; {_f(interval.high)}]" if interval else "–"


def _rating_cells(figure: RatingFigure, locale: str) -> list[str]:
    if figure.suppressed:
        return [translate("effect.export.suppressed", locale), "", "", ""]
    return [_f(figure.mean), _f(figure.spread), _interval(figure.interval), _f(figure.leaders)]


def _change_cells(figure: ChangeFigure, locale: str) -> list[str]:
    if figure.suppressed:
        return [figure.title, translate("effect.export.suppressed", locale), "", "", "", ""]
    return [
        figure.title,
        _f(figure.mean_change),
        _interval(figure.mean_interval),
        _f(figure.effect_size),
        _interval(figure.effect_size_interval),
        _f(figure.leaders),
    ]


def render(report: EffectReport) -> bytes:
    t = report.locale

    def tr(key: str, **params: object) -> str:
        return translate(f"effect.export.{key}", t, **params)

    series = {s.key: s for s in report.series}
    pdf = _Pdf(f"Ledelyst · {tr('title')} · {report.scope.today.isoformat()}")
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 16)
    pdf.multi_cell(0, 8, tr("title"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(
        0,
        6,
        f"{tr('scope.' + report.scope.kind.value)} · {tr('as_of', day=report.scope.today)}",
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
        image = _bar_chart(series[key])
        if image is not None:
            pdf.image(image, w=150)
    g = report.goal_attainment
    pdf.heading(f"{tr('goal_attainment')} ({translate('effect.level.RESULTS', t)})")
    pdf.note(translate("effect.note.goal_attainment", t))
    header = ["", tr("mean"), tr("spread"), tr("interval"), tr("leaders")]
    pdf.grid(
        header,
        [[goal.title, *_rating_cells(goal.attainment, t)] for goal in g.goals]
        + [[tr("all"), *_rating_cells(g.overall, t)]],
    )
    b = report.behaviour_change
    pdf.add_page()
    pdf.heading(f"{tr('behaviour')} ({translate('effect.level.BEHAVIOUR', t)})")
    pdf.note(translate("effect.note.small_changes", t))
    pdf.note(translate("effect.note.harsher_raters", t))
    pdf.note(translate("effect.note.effect_size", t))
    pdf.grid(
        ["", tr("change"), tr("interval"), tr("effect_size"), tr("interval"), tr("leaders")],
        [_change_cells(c, t) for c in [*b.competencies, b.overall]],
        first=55,
    )
    image = _interval_chart(series["behaviour_change"])
    if image is not None:
        pdf.image(image, w=160)
    pdf.heading(f"{tr('reaction')} ({translate('effect.level.REACTION', t)})")
    pdf.grid(header, [[tr("all"), *_rating_cells(report.reaction, t)]])
    pdf.heading(tr("breakdowns"))
    pdf.note(translate("effect.note.association", t))
    rows = [
        *report.breakdowns.by_programme,
        *report.breakdowns.by_module,
        *report.breakdowns.by_activity_kind,
    ]
    pdf.grid(
        ["", tr("change"), tr("interval"), tr("effect_size"), tr("interval"), tr("leaders")],
        [_change_cells(row.behaviour_change, t) for row in rows],
        first=55,
    )
    s = report.span_of_control
    pdf.heading(tr("span"))
    pdf.note(translate("effect.note.span", t, threshold=s.threshold))
    pdf.grid(
        [tr("leaders"), tr("mean"), tr("spread"), tr("largest"), tr("over", threshold=s.threshold)],
        [[str(s.leaders), _f(s.mean, 1), _f(s.spread, 1), _f(s.largest), str(s.over_threshold)]],
        first=34,
    )
    image = _bar_chart(series["span"])
    if image is not None:
        pdf.image(image, w=150)
    pdf.heading(tr("notes"))
    for note in report.notes:
        pdf.note(f"• {note}")
    return bytes(pdf.output())
