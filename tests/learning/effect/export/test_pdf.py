"""The learning-effect PDF reads as Danish for a director: decimal comma and
Danish dates, a real minus and never "-0,00", each change in plain words
beside its numbers, no bare statistician's symbol, and a chart legend that
stands clear of the points and intervals."""

from __future__ import annotations

import re
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from backend.charts import AFTER, BEFORE
from learning.effect import service as effect
from learning.effect.calculation.calculator import Effect
from learning.effect.calculation.figures import ChangeFigure, Level, RatingFigure
from learning.effect.calculation.population import EffectFilter
from learning.effect.calculation.statistics import Interval
from learning.effect.export import pdf
from learning.effect.export.pdf import (
    change_cells,
    day_text,
    interval_text,
    number,
    plain_change,
    rating_cells,
)
from learning.effect.models import EffectScope
from tests.support.effect_area import Area, raters, run_cycle
from tests.support.pdf_pages import (
    broken_words,
    coloured_pixels_under_text,
    marker_beside,
    number_problems,
    overlapping_text,
    read_pages,
    structure,
    text_on_shapes,
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


HEADERS = {"Effektstørrelse", "Gennemsnit", "Spredning", "Gennemført", "Tilmeldte", "Ændring"}


async def exported(session: AsyncSession, area: Area, locale: str) -> bytes:
    """The area's PDF after a baseline and a follow-up 360, as the export task
    makes it: from the calculator's report, which its release rule made."""
    a, b, c = area.leaders
    baseline = await run_cycle(
        session, area, {a.id: raters(3, 3, 3), b.id: raters(2, 3, 4), c.id: raters(4, 4, 4)}
    )
    await run_cycle(
        session,
        area,
        {a.id: raters(4, 4, 4), b.id: raters(3, 3, 4), c.id: raters(4, 3, 4)},
        baseline_id=baseline,
    )
    scope = await effect.scope_for(
        session, area.viewer(area.director), EffectScope.AREA, EffectFilter()
    )
    return pdf.render(await Effect(session, scope, locale).report())


async def test_the_pdf_reads_as_danish_and_its_charts_stand_clear(
    session: AsyncSession, area: Area
) -> None:
    data = await exported(session, area, "da")
    pages = read_pages(data)
    text = "\n".join(page.text for page in pages)
    assert number_problems(text, "da") == []
    # "d_z" only in passing, in the note that explains the effect size.
    assert re.findall(r"(?<!kalder den )d_z", re.sub(r"\s+", " ", text)) == []
    assert "Effektstørrelse" in text and "Kirkpatrick-niveau: Adfærd" in text
    assert any(words in text for words in ("fremgang", "tilbagegang", "uændret"))
    for page in pages:
        assert overlapping_text(page) == [], page.number
        assert text_on_shapes(page, {AFTER, BEFORE}) == [], page.number
        assert coloured_pixels_under_text(page, {AFTER}) == [], page.number
        assert broken_words(page, HEADERS) == [], page.number
    # The interval chart names point and interval in a legend above the plot.
    chart = next(p for p in pages if "effektstørrelse med 95 %-interval" in p.text)
    assert marker_beside(chart, "Effektstørrelse", AFTER)
    assert marker_beside(chart, "95 %-interval", BEFORE)


async def test_the_pdf_is_tagged_and_english_for_an_english_reader(
    session: AsyncSession, area: Area
) -> None:
    data = await exported(session, area, "en")
    found = structure(data)
    assert found.marked and found.language == "en"
    assert {"/H1", "/H2", "/P", "/Table", "/TH", "/TD", "/Figure"} <= set(found.tags)
    assert found.figures_without_alt == 0
    text = "\n".join(page.text for page in read_pages(data))
    assert number_problems(text, "en") == []
    assert "Effect size" in text
