"""The PDF of a report: charts drawn by matplotlib (its object API, no
pyplot state, so it is safe in a worker thread) laid out by fpdf2 with the
DejaVu fonts matplotlib ships, which cover Danish letters."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from matplotlib.figure import Figure as ChartFigure

from backend.i18n import translate
from backend.pdf import ReportPdf
from feedback.evaluations import messages as _messages  # noqa: F401  (registers texts)
from feedback.evaluations.reports.builder import ALL_OTHERS, CompetencyResult, ReportData

if TYPE_CHECKING:
    from feedback.evaluations.reports.service import ReportView

COLOURS = {
    "SELF": "#f59e0b",
    "MANAGER": "#7c3aed",
    "PEER": "#0891b2",
    "DIRECT_REPORT": "#16a34a",
    "EXTERNAL": "#db2777",
    ALL_OTHERS: "#1d4ed8",
}


def group_label(group: str, locale: str) -> str:
    return translate(f"feedback.group.{group}", locale)


def _png(chart: ChartFigure) -> io.BytesIO:
    buffer = io.BytesIO()
    chart.savefig(buffer, format="png", dpi=150, bbox_inches="tight")
    buffer.seek(0)
    return buffer


def overview_chart(report: ReportData, locale: str) -> io.BytesIO:
    """Per competency, a bar for each shown group and all others, on the 1-5 scale."""
    groups = [
        g
        for g in (*report.shown_groups, ALL_OTHERS)
        if any(c.figure(g) for c in report.competencies)
    ]
    competencies = list(reversed(report.competencies))
    height = max(2.5, 0.45 * len(competencies) * max(1, len(groups)) ** 0.5 + 1)
    chart = ChartFigure(figsize=(7.5, height))
    axes = chart.subplots()
    bar = 0.8 / max(1, len(groups))
    for index, group in enumerate(groups):
        positions, means = [], []
        for row, competency in enumerate(competencies):
            figure = competency.figure(group)
            if figure is not None:
                positions.append(row - 0.4 + bar * (index + 0.5))
                means.append(figure.mean)
        axes.barh(
            positions, means, height=bar, color=COLOURS[group], label=group_label(group, locale)
        )
    axes.set_yticks(
        range(len(competencies)), [_wrap(c.title, 28) for c in competencies], fontsize=8
    )
    axes.set_xlim(1, 5)
    axes.set_xticks([1, 2, 3, 4, 5])
    axes.grid(axis="x", alpha=0.3)
    axes.legend(fontsize=7, loc="lower right", framealpha=0.9)
    axes.set_title(translate("feedback.report.overview", locale), fontsize=10)
    return _png(chart)


def baseline_chart(report: ReportData, locale: str) -> io.BytesIO:
    """Before and after per competency for all others."""
    changes = [c for c in report.baseline if c.group == ALL_OTHERS]
    chart = ChartFigure(figsize=(7.5, max(2.0, 0.5 * len(changes) + 1)))
    axes = chart.subplots()
    for row, change in enumerate(reversed(changes)):
        axes.plot([change.baseline, change.current], [row, row], color="#94a3b8", zorder=1)
        axes.scatter([change.baseline], [row], color="#94a3b8", zorder=2)
        axes.scatter([change.current], [row], color=COLOURS[ALL_OTHERS], zorder=3)
    axes.set_yticks(
        range(len(changes)), [_wrap(c.title, 28) for c in reversed(changes)], fontsize=8
    )
    axes.set_xlim(1, 5)
    axes.grid(axis="x", alpha=0.3)
    axes.set_title(translate("feedback.report.baseline", locale), fontsize=10)
    return _png(chart)


def _wrap(text: str, width: int) -> str:
    words, lines, line = text.split(), [], ""
    for word in words:
        if line and len(line) + len(word) + 1 > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return "\n".join([*lines, line])


def _figure_text(competency_or_item: object, group: str) -> str:
    figure = competency_or_item.figure(group)  # type: ignore[attr-defined]
    if figure is None:
        return "–"
    spread = "" if figure.spread is None else f" (±{figure.spread:.1f})"
    return f"{figure.mean:.1f}{spread}"


def _competency_table(
    pdf: ReportPdf, competency: CompetencyResult, groups: list[str], locale: str
) -> None:
    pdf.set_font("DejaVu", "B", 11)
    pdf.multi_cell(0, 6, competency.title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 8)
    columns = [group_label(g, locale) for g in groups]
    with pdf.table(
        col_widths=(70, *([18] * len(groups))),
        text_align=("LEFT", *(["CENTER"] * len(groups))),
        line_height=4.5,
        first_row_as_headings=True,
    ) as table:
        table.row([translate("feedback.report.item", locale), *columns])
        for item in competency.items:
            table.row([item.text, *[_figure_text(item, g) for g in groups]])
        table.row(
            [
                translate("feedback.report.competency_mean", locale),
                *[_figure_text(competency, g) for g in groups],
            ]
        )
    pdf.ln(3)


def render_pdf(view: ReportView, locale: str) -> bytes:
    assert view.released is not None
    report = view.released.value
    pdf = ReportPdf(f"Ledelyst · {view.leader_name} · {view.cycle_name}")
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 16)
    pdf.multi_cell(0, 8, translate("feedback.report.title", locale), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 11)
    pdf.multi_cell(0, 6, f"{view.leader_name} · {view.cycle_name}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DejaVu", "", 8)
    counts = ", ".join(
        f"{group_label(g, locale)}: {n}" for g, n in sorted(report.responses.items())
    )
    pdf.multi_cell(
        0, 4.5, translate("feedback.report.anonymity", locale), new_x="LMARGIN", new_y="NEXT"
    )
    pdf.multi_cell(
        0,
        4.5,
        translate("feedback.report.responses", locale, counts=counts or "0"),
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(2)
    pdf.image(overview_chart(report, locale), w=170)
    groups = [
        g
        for g in (*report.shown_groups, ALL_OTHERS)
        if any(c.figure(g) for c in report.competencies)
    ]
    if report.highest:
        _item_list(pdf, translate("feedback.report.highest", locale), report.highest)
        _item_list(pdf, translate("feedback.report.lowest", locale), report.lowest)
    gaps = [(c.title, c.gap) for c in report.competencies if c.gap is not None]
    if gaps:
        pdf.set_font("DejaVu", "B", 11)
        pdf.cell(
            0, 7, translate("feedback.report.self_vs_others", locale), new_x="LMARGIN", new_y="NEXT"
        )
        pdf.set_font("DejaVu", "", 8)
        for title, gap in gaps:
            pdf.multi_cell(0, 4.5, f"{title}: {gap:+.1f}", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    if report.baseline:
        pdf.image(baseline_chart(report, locale), w=170)
    pdf.add_page()
    for competency in report.competencies:
        _competency_table(pdf, competency, groups, locale)
    if report.comments:
        pdf.add_page()
        pdf.set_font("DejaVu", "B", 13)
        pdf.cell(0, 8, translate("feedback.report.comments", locale), new_x="LMARGIN", new_y="NEXT")
        for block in report.comments:
            pdf.set_font("DejaVu", "B", 9)
            pdf.multi_cell(
                0,
                5,
                f"{block.question} · {group_label(block.group, locale)}",
                new_x="LMARGIN",
                new_y="NEXT",
            )
            pdf.set_font("DejaVu", "", 8)
            for text in block.comments:
                pdf.multi_cell(0, 4.5, f"• {text}", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    return bytes(pdf.output())


def _item_list(pdf: ReportPdf, title: str, items: list) -> None:
    pdf.set_font("DejaVu", "B", 11)
    pdf.cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 8)
    for item in items:
        figure = item.figure(ALL_OTHERS)
        pdf.multi_cell(0, 4.5, f"{figure.mean:.1f}  {item.text}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
