"""Charts for reports people read, as inline SVG in the report's HTML.

Every chart is laid out the same way, so a legend can never cover a bar: the
legend has a band of its own above the plot, the labels a column on the
left, the figures a column on the right; bars, points and intervals stay in
the plot between them. Each chart is a tagged figure: its ``<title>``
becomes the PDF's alternative text and names every figure it shows, in
the reader's language (decimal comma in Danish). Labels wrap between words,
never inside one.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from markupsafe import Markup, escape

from backend.i18n import format_number

WIDTH = 680.0
FONT = 11.0
CHAR = 0.64 * FONT  # a generous advance of one DejaVu Sans character
LABELS = 200.0  # the label column
FIGURES = 96.0  # the figure column on the right
PLOT_LEFT, PLOT_RIGHT = LABELS + 10, WIDTH - FIGURES
LEGEND_ROW, AXIS = 20.0, 24.0
GRID, TEXT, MUTED = "#e7e5e4", "#1c1917", "#57534e"
BEFORE, AFTER = "#94a3b8", "#1d4ed8"


@dataclass(frozen=True)
class Series:
    key: str
    label: str
    colour: str


@dataclass(frozen=True)
class BarRow:
    label: str
    values: dict[str, float]  # series key -> value; a missing key is not shown


@dataclass(frozen=True)
class Axis:
    low: float
    high: float
    ticks: tuple[float, ...]
    digits: int = 0

    def x(self, value: float) -> float:
        share = (min(max(value, self.low), self.high) - self.low) / (self.high - self.low)
        return PLOT_LEFT + share * (PLOT_RIGHT - PLOT_LEFT)


@dataclass(frozen=True)
class Span:
    """A before/after pair, or a point with its interval."""

    label: str
    value: float
    low: float | None = None
    high: float | None = None


@dataclass
class _Svg:
    title: str
    parts: list[str] = field(default_factory=list)
    height: float = 0.0

    def text(self, x: float, y: float, value: str, **attributes: str) -> None:
        extra = "".join(f' {k.replace("_", "-")}="{escape(v)}"' for k, v in attributes.items())
        self.parts.append(f'<text x="{x:.1f}" y="{y:.1f}"{extra}>{escape(value)}</text>')

    def rect(self, x: float, y: float, w: float, h: float, colour: str) -> None:
        self.parts.append(
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{max(w, 0.0):.1f}" height="{h:.1f}" '
            f'fill="{colour}"/>'
        )

    def line(self, x1: float, y1: float, x2: float, y2: float, colour: str, width: float) -> None:
        self.parts.append(
            f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
            f'stroke="{colour}" stroke-width="{width}"/>'
        )

    def dot(self, x: float, y: float, colour: str, radius: float = 4.5) -> None:
        self.parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{radius}" fill="{colour}"/>')

    def markup(self, alt: str) -> Markup:
        head = (
            f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH:.0f} {self.height:.0f}" '
            f'font-family="Ledelyst Sans, DejaVu Sans, sans-serif" font-size="{FONT}" '
            f'fill="{TEXT}"><title>{escape(alt)}</title>'
        )
        caption = f"<figcaption>{escape(self.title)}</figcaption>"
        return Markup(f"<figure>{caption}{head}{''.join(self.parts)}</svg></figure>")  # noqa: S704


def wrap(text: str, width: float) -> list[str]:
    """Lines of at most ``width`` units, broken between words (a word longer
    than a line stands alone on its line, whole)."""
    limit = max(1, int(width // CHAR))
    lines: list[str] = []
    line = ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > limit:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, line] if line else lines or [""]


def text_width(text: str) -> float:
    return len(text) * CHAR


def nice_axis(low: float, high: float, *, digits: int = 1, steps: int = 5) -> Axis:
    """An axis through ``low`` and ``high`` (and zero) with round ticks."""
    low, high = min(low, 0.0), max(high, 0.0)
    if high - low < 1e-9:
        high = low + 1.0
    raw = (high - low) / steps
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    start, stop = math.floor(low / step) * step, math.ceil(high / step) * step
    count = round((stop - start) / step)
    ticks = tuple(round(start + i * step, 6) for i in range(count + 1))
    return Axis(start, stop, ticks, digits if step < 1 else 0)


def _legend(svg: _Svg, items: Sequence[tuple[str, str, str]], y: float) -> float:
    """Swatch, dot or line with its label, left to right, in rows; returns
    the y below the band."""
    x = PLOT_LEFT if items else 0.0
    row = 0
    for shape, colour, label in items:
        need = 16 + text_width(label) + 18
        if x + need > WIDTH and x > PLOT_LEFT:
            row, x = row + 1, PLOT_LEFT
        middle = y + row * LEGEND_ROW + LEGEND_ROW / 2
        if shape == "dot":
            svg.dot(x + 5, middle, colour)
        elif shape == "line":
            svg.rect(x, middle - 1.25, 12, 2.5, colour)
        else:
            svg.rect(x, middle - 5, 10, 10, colour)
        svg.text(x + 16, middle + FONT * 0.35, label)
        x += need
    return y + (row + 1) * LEGEND_ROW + 6 if items else y


def _label(svg: _Svg, label: str, top: float, height: float) -> None:
    lines = wrap(label, LABELS)
    first = top + height / 2 - (len(lines) - 1) * FONT * 1.2 / 2 + FONT * 0.35
    for index, line in enumerate(lines):
        svg.text(LABELS, first + index * FONT * 1.2, line, text_anchor="end")


def _row_height(label: str, minimum: float) -> float:
    return max(minimum, len(wrap(label, LABELS)) * FONT * 1.2 + 6)


def _axis(svg: _Svg, axis: Axis, top: float, bottom: float, locale: str, at: int) -> None:
    """Grid lines behind what was drawn from ``at`` on, tick labels below."""
    behind = _Svg(svg.title)
    for tick in axis.ticks:
        x = axis.x(tick)
        behind.line(x, top, x, bottom, GRID, 0.8)
        svg.text(x, bottom + 14, format_number(tick, locale, axis.digits), text_anchor="middle")
    svg.parts[at:at] = behind.parts


def bar_chart(
    title: str,
    rows: Sequence[BarRow],
    series: Sequence[Series],
    axis: Axis,
    locale: str,
    *,
    digits: int = 1,
) -> Markup:
    """Horizontal bars, one per series and row, each with its figure at the
    right; a legend band above the plot when there is more than one series."""
    svg = _Svg(title)
    shown = [s for s in series if any(s.key in r.values for r in rows)]
    legend = [("box", s.colour, s.label) for s in shown] if len(shown) > 1 else []
    y = _legend(svg, legend, 0.0)
    plot_top, bar, gap = y, 11.0, 3.0
    start = len(svg.parts)
    alt: list[str] = []
    for row in rows:
        present = [s for s in shown if s.key in row.values]
        height = _row_height(row.label, len(present) * (bar + gap) + 8)
        _label(svg, row.label, y, height)
        top = y + (height - len(present) * (bar + gap) + gap) / 2
        parts = []
        for index, s in enumerate(present):
            value = row.values[s.key]
            bar_y = top + index * (bar + gap)
            svg.rect(PLOT_LEFT, bar_y, axis.x(value) - PLOT_LEFT, bar, s.colour)
            figure = format_number(value, locale, digits)
            svg.text(PLOT_RIGHT + 8, bar_y + bar - 2, figure)
            parts.append(f"{s.label} {figure}" if legend else figure)
        alt.append(f"{row.label}: {', '.join(parts)}")
        y += height
    _axis(svg, axis, plot_top, y, locale, start)
    svg.height = y + AXIS
    return svg.markup(f"{title}. {'; '.join(alt)}.")


def before_after_chart(
    title: str,
    rows: Sequence[Span],
    axis: Axis,
    labels: tuple[str, str],
    locale: str,
) -> Markup:
    """Per row a grey dot before and a blue dot now, joined by a line; the
    legend names both above the plot. ``Span.low`` is before, ``value`` now."""
    svg = _Svg(title)
    y = _legend(svg, [("dot", BEFORE, labels[0]), ("dot", AFTER, labels[1])], 0.0)
    plot_top, start = y, len(svg.parts)
    alt = []
    for row in rows:
        height = _row_height(row.label, 22)
        middle = y + height / 2
        _label(svg, row.label, y, height)
        before = row.low if row.low is not None else row.value
        start_x, end_x = sorted((axis.x(before), axis.x(row.value)))
        svg.rect(start_x, middle - 1, end_x - start_x, 2, BEFORE)
        svg.dot(axis.x(before), middle, BEFORE)
        svg.dot(axis.x(row.value), middle, AFTER)
        pair = f"{format_number(before, locale, 1)} → {format_number(row.value, locale, 1)}"
        svg.text(PLOT_RIGHT + 8, middle + FONT * 0.35, pair)
        alt.append(
            f"{row.label}: {labels[0]} {format_number(before, locale, 1)}, "
            f"{labels[1]} {format_number(row.value, locale, 1)}"
        )
        y += height
    _axis(svg, axis, plot_top, y, locale, start)
    svg.height = y + AXIS
    return svg.markup(f"{title}. {'; '.join(alt)}.")


def interval_chart(
    title: str,
    rows: Sequence[Span],
    axis: Axis,
    labels: tuple[str, str],
    locale: str,
    *,
    interval_words: str = "{low}–{high}",
) -> Markup:
    """Per row a point with its interval as a line, a line at zero; the
    legend names point and interval above the plot."""
    svg = _Svg(title)
    y = _legend(svg, [("dot", AFTER, labels[0]), ("line", BEFORE, labels[1])], 0.0)
    plot_top, start = y, len(svg.parts)
    alt = []
    for row in rows:
        height = _row_height(row.label, 22)
        middle = y + height / 2
        _label(svg, row.label, y, height)
        if row.low is not None and row.high is not None:
            svg.rect(
                axis.x(row.low), middle - 1.25, axis.x(row.high) - axis.x(row.low), 2.5, BEFORE
            )
        svg.dot(axis.x(row.value), middle, AFTER)
        value = format_number(row.value, locale)
        svg.text(PLOT_RIGHT + 8, middle + FONT * 0.35, value)
        words = f"{row.label}: {labels[0]} {value}"
        if row.low is not None and row.high is not None:
            span = interval_words.format(
                low=format_number(row.low, locale), high=format_number(row.high, locale)
            )
            words += f", {labels[1]} {span}"
        alt.append(words)
        y += height
    if axis.low < 0 < axis.high:  # no change: behind the points too
        svg.line(axis.x(0.0), plot_top, axis.x(0.0), y, MUTED, 1)
        svg.parts.insert(start, svg.parts.pop())
    _axis(svg, axis, plot_top, y, locale, start)
    svg.height = y + AXIS
    return svg.markup(f"{title}. {'; '.join(alt)}.")
