"""The learning-effect PDF reads as Danish for a director: decimal comma and
Danish dates, a real minus and never "-0,00", each change in plain words
beside its numbers, no bare statistician's symbol, and a chart legend that
stands clear of the points and intervals."""

from __future__ import annotations

from datetime import date
from typing import Any

from matplotlib.backends.backend_agg import FigureCanvasAgg

from learning.effect import messages as _messages  # noqa: F401  (registers the texts)
from learning.effect.calculation.calculator import ChartPoint, ChartSeries
from learning.effect.calculation.figures import ChangeFigure, Level, RatingFigure
from learning.effect.calculation.statistics import Interval
from learning.effect.export.pdf import (
    change_cells,
    day_text,
    interval_figure,
    interval_text,
    number,
    plain_change,
    rating_cells,
)


def test_numbers_have_a_decimal_comma_in_danish_and_a_point_in_english() -> None:
    assert number(0.6745, "da") == "0,67"
    assert number(0.6745, "en") == "0.67"
    assert number(7.368, "da", 1) == "7,4"
    assert number(None, "da") == "–"


def test_a_value_that_rounds_to_zero_is_never_minus_zero() -> None:
    assert number(-0.001, "da") == "0,00"
    assert number(-0.004, "en") == "0.00"
    assert number(-0.23, "da") == "−0,23"


def test_intervals_and_days_in_words() -> None:
    assert interval_text(Interval(-0.2317, 1.2567), "da") == "−0,23 til 1,26"
    assert interval_text(Interval(0.1, 0.5), "en") == "0.10 to 0.50"
    assert day_text(date(2026, 12, 5), "da") == "5. december 2026"
    assert day_text(date(2026, 3, 1), "en") == "1 March 2026"


def test_a_change_in_plain_words() -> None:
    assert plain_change(0.67, Interval(-0.12, 1.43), "da") == "moderat fremgang, usikker"
    assert plain_change(0.93, Interval(0.07, 1.75), "da") == "stor fremgang, sikker"
    assert plain_change(-0.3, Interval(-0.9, 0.3), "da") == "lille tilbagegang, usikker"
    assert plain_change(0.11, Interval(-0.6, 0.8), "da") == "næsten uændret"
    assert plain_change(0.67, Interval(-0.12, 1.43), "en") == "moderate improvement, uncertain"


def test_a_competency_row_has_plain_words_and_danish_numbers() -> None:
    figure = ChangeFigure(
        key="retning",
        title="Sætte retning",
        leaders=8,
        mean_change=-0.001,
        effect_size=0.8049,
        effect_size_interval=Interval(-0.0224, 1.5914),
    )
    assert change_cells(figure, "da") == [
        "Sætte retning",
        "stor fremgang, usikker",
        "0,00",
        "0,80",
        "−0,02 til 1,59",
        "8",
    ]


def test_a_hidden_figure_says_why_in_plain_words_and_shows_no_number() -> None:
    hidden = ChangeFigure(key="x", title="Borgeren i centrum", suppressed=True)
    cells = change_cells(hidden, "da")
    assert cells[1] == "vises ikke, for at ingen leder kan genkendes"
    assert cells[2:] == ["", "", "", ""]
    rating = rating_cells(RatingFigure(level=Level.RESULTS, suppressed=True), "da")
    assert rating[0].startswith("vises ikke") and rating[1:] == ["", "", ""]


def test_the_column_names_have_no_bare_symbol() -> None:
    from backend.i18n import translate

    for locale in ("da", "en"):
        for key in ("effect_size", "in_words", "chart.effect_size", "chart.point"):
            assert "d_z" not in translate(f"effect.export.{key}", locale)
        # The note that explains the effect size names the symbol only in passing.
        note = translate("effect.note.effect_size", locale)
        assert not note.startswith(("Effektstørrelsen er d_z", "The effect size is d_z"))


def _boxes_overlap(a: Any, b: Any) -> bool:
    return bool(a.overlaps(b))


def test_the_chart_legend_stands_clear_of_points_and_intervals() -> None:
    series = ChartSeries(
        key="behaviour_change",
        title="",
        level=Level.BEHAVIOUR,
        unit="d",
        points=[
            ChartPoint(label=f"Kompetence {i}", value=0.2 * i - 0.3, low=-0.8, high=1.4, n=8)
            for i in range(7)
        ]
        + [ChartPoint(label="Skjult", value=None, suppressed=True)],
    )
    chart = interval_figure(series, "da")
    assert chart is not None
    canvas = FigureCanvasAgg(chart)
    canvas.draw()
    renderer = canvas.get_renderer()
    [axes] = chart.axes
    legend = axes.get_legend()
    assert legend is not None
    legend_box = legend.get_window_extent(renderer)
    axes_box = axes.get_window_extent(renderer)
    # Below the plot, where no point or interval can be.
    assert not _boxes_overlap(legend_box, axes_box) and legend_box.y1 <= axes_box.y0
    for line in axes.lines:
        assert not _boxes_overlap(legend_box, line.get_window_extent(renderer))
    for collection in axes.collections:
        for x, y in axes.transData.transform(collection.get_offsets()):
            assert not legend_box.contains(x, y)
            assert axes_box.contains(x, y)
    # Its texts, and the axis, in Danish with a decimal comma.
    assert [t.get_text() for t in legend.get_texts()] == ["Effektstørrelse", "95 %-interval"]
    ticks = [t.get_text() for t in axes.get_xticklabels() if t.get_text()]
    assert ticks and all("." not in tick for tick in ticks)
    assert any("," in tick for tick in ticks)
    labels = [t.get_text() for t in axes.get_yticklabels()]
    assert "Skjult (n = None)" not in labels and len(labels) == 7
