"""The PDF of a report, made from HTML with print CSS (``backend.pdf``): a
tagged PDF a screen reader can read, in the reader's language (decimal comma
and Danish dates in Danish), with charts whose legends stand clear of the bars.

It shows only what the release rule released: ``view.released.value``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from jinja2 import Environment, FileSystemLoader, select_autoescape

from backend import charts, pdf
from backend.i18n import format_day, format_number, translate
from feedback.evaluations.reports.builder import ALL_OTHERS, GROUP_ORDER, Figure, ReportData

if TYPE_CHECKING:
    from feedback.evaluations.reports.service import ReportView

COLOURS = {
    "SELF": "#b45309",
    "MANAGER": "#7c3aed",
    "PEER": "#0e7490",
    "DIRECT_REPORT": "#15803d",
    "EXTERNAL": "#be185d",
    ALL_OTHERS: "#1d4ed8",
}
SCALE = charts.Axis(1.0, 5.0, (1.0, 2.0, 3.0, 4.0, 5.0))
# |self - others| under this reads "about the same" in words.
SAME = 0.25
_environment = Environment(
    loader=FileSystemLoader(str(Path(__file__).resolve().parent / "templates")),
    autoescape=select_autoescape(enabled_extensions=("html",), default=True),
)


def group_label(group: str, locale: str) -> str:
    return translate(f"feedback.group.{group}", locale)


def figure_text(figure: Figure | None, locale: str) -> str:
    """ "3,4 (±0,8)": the mean and, where shown, the spread; a dash when hidden."""
    if figure is None:
        return "–"
    spread = "" if figure.spread is None else f" (±{format_number(figure.spread, locale, 1)})"
    return f"{format_number(figure.mean, locale, 1)}{spread}"


def signed(value: float, locale: str) -> str:
    """A difference with its sign: "+0,4", "−0,3", "0,0"."""
    text = format_number(value, locale, 1)
    return text if text.startswith("−") or text.strip("0,.") == "" else f"+{text}"


def gap_words(gap: float, locale: str) -> str:
    key = "same" if abs(gap) < SAME else "higher" if gap > 0 else "lower"
    return translate(f"feedback.report.gap.{key}", locale)


def shown_groups(report: ReportData) -> list[str]:
    return [
        g
        for g in (*report.shown_groups, ALL_OTHERS)
        if any(c.figure(g) for c in report.competencies)
    ]


def overview_chart(report: ReportData, locale: str) -> str:
    groups = shown_groups(report)
    series = [charts.Series(g, group_label(g, locale), COLOURS[g]) for g in groups]
    rows = [
        charts.BarRow(c.title, {g: f.mean for g in groups if (f := c.figure(g)) is not None})
        for c in report.competencies
    ]
    title = translate("feedback.report.overview_chart", locale)
    return charts.bar_chart(title, rows, series, SCALE, locale)


def baseline_chart(report: ReportData, locale: str) -> str:
    changes = [c for c in report.baseline if c.group == ALL_OTHERS]
    rows = [charts.Span(c.title, c.current, low=c.baseline) for c in changes]
    labels = (
        translate("feedback.report.before", locale),
        translate("feedback.report.now", locale),
    )
    title = translate("feedback.report.baseline_chart", locale)
    return charts.before_after_chart(title, rows, SCALE, labels, locale)


def page_html(view: ReportView, locale: str, made: date) -> str:
    """The report as an HTML page with print CSS, from the released figures."""
    assert view.released is not None
    report = view.released.value
    groups = shown_groups(report)

    def t(key: str, **params: object) -> str:
        return translate(key, locale, **params)

    responses = [
        (group_label(g, locale), report.responses[g]) for g in GROUP_ORDER if g in report.responses
    ]
    baseline = [c for c in report.baseline if c.group == ALL_OTHERS]
    body = _environment.get_template("report.html").render(
        t=t,
        leader=view.leader_name,
        cycle=view.cycle_name,
        made=format_day(made, locale),
        responses=responses,
        overview=overview_chart(report, locale),
        highest=[(figure_text(i.figure(ALL_OTHERS), locale), i.text) for i in report.highest],
        lowest=[(figure_text(i.figure(ALL_OTHERS), locale), i.text) for i in report.lowest],
        gaps=[
            (c.title, signed(c.gap, locale), gap_words(c.gap, locale))
            for c in report.competencies
            if c.gap is not None
        ],
        baseline=[
            (
                c.title,
                format_number(c.baseline, locale, 1),
                format_number(c.current, locale, 1),
                signed(c.change, locale),
            )
            for c in baseline
        ],
        baseline_chart=baseline_chart(report, locale) if baseline else "",
        group_labels=[group_label(g, locale) for g in groups],
        competencies=[
            {
                "title": c.title,
                "rows": [
                    (item.text, [figure_text(item.figure(g), locale) for g in groups])
                    for item in c.items
                ],
                "total": [figure_text(c.figure(g), locale) for g in groups],
            }
            for c in report.competencies
        ],
        comments=[
            (f"{block.question} · {group_label(block.group, locale)}", block.comments)
            for block in report.comments
        ],
    )
    title = translate("feedback.report.title", locale)
    return pdf.document(
        locale=locale,
        title=f"{title} · {view.leader_name}",
        footer=f"Ledelyst · {view.leader_name} · {view.cycle_name}",
        body=body,
    )


def render_pdf(view: ReportView, locale: str, made: date | None = None) -> bytes:
    assert view.released is not None
    return pdf.html_to_pdf(page_html(view, locale, made or date.today()))
