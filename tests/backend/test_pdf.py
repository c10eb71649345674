"""The report page every PDF shares: a tagged PDF (structure tree, /MarkInfo,
language) made from HTML that fetches nothing, numbers and dates in the
reader's language, and charts whose legends and labels stand clear of the
bars. The page checks in tests/support/pdf_pages.py are shown here to catch
what they look for, so a report test that passes means something."""

from __future__ import annotations

from datetime import date

import pytest
from markupsafe import Markup

from backend import charts, pdf
from backend.i18n import format_day, format_number
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

BAR = "#1d4ed8"


def page(body: str, locale: str = "da") -> bytes:
    return pdf.html_to_pdf(
        pdf.document(locale=locale, title="Prøve", footer="Ledelyst · Prøve", body=Markup(body))
    )


def test_numbers_have_a_decimal_comma_in_danish_and_never_a_minus_zero() -> None:
    assert format_number(0.6745, "da") == "0,67"
    assert format_number(0.6745, "en") == "0.67"
    assert format_number(-0.001, "da") == "0,00"
    assert format_number(-0.04, "da", 1) == "0,0"
    assert format_number(-0.23, "da") == "−0,23"
    assert format_number(-3, "da") == "−3"
    assert format_number(None, "da") == "–"


def test_days_in_danish_and_english() -> None:
    assert format_day(date(2026, 12, 5), "da") == "5. december 2026"
    assert format_day(date(2026, 3, 1), "en") == "1 March 2026"


def test_labels_wrap_between_words_never_inside_one() -> None:
    lines = charts.wrap("Involvere medarbejderne i beslutninger om arbejdstilrettelæggelse", 150)
    assert len(lines) > 1
    words = " ".join(lines).split()
    assert words == "Involvere medarbejderne i beslutninger om arbejdstilrettelæggelse".split()
    assert charts.wrap("Arbejdsmiljørepræsentantsamarbejdet", 40) == [
        "Arbejdsmiljørepræsentantsamarbejdet"
    ]


def test_an_axis_has_round_ticks_through_zero() -> None:
    axis = charts.nice_axis(-0.23, 1.26)
    assert axis.low <= -0.23 and axis.high >= 1.26 and 0.0 in axis.ticks
    assert axis.digits == 1


def test_a_report_page_is_a_tagged_pdf_in_its_language() -> None:
    found = structure(page("<h1>Overskrift</h1><p>Tekst</p><table><tr><th>A</th></tr></table>"))
    assert found.marked and found.language == "da" and found.title == "Prøve"
    assert {"/Document", "/H1", "/P", "/Table", "/TH"} <= set(found.tags)


def test_an_untagged_pdf_is_caught() -> None:
    from weasyprint import HTML

    untagged = HTML(string="<h1>Overskrift</h1>").write_pdf()
    assert untagged is not None
    found = structure(untagged)
    assert not found.marked and found.tags == []


def test_a_chart_is_a_figure_whose_alternative_text_names_its_figures() -> None:
    chart = charts.bar_chart(
        "Gennemsnit",
        [charts.BarRow("Sætte retning", {"a": 3.44, "b": 4.0})],
        [charts.Series("a", "Kolleger", "#0e7490"), charts.Series("b", "Alle andre", BAR)],
        charts.Axis(1, 5, (1, 2, 3, 4, 5)),
        "da",
    )
    assert "<title>Gennemsnit. Sætte retning: Kolleger 3,4, Alle andre 4,0.</title>" in chart
    found = structure(page(str(chart)))
    assert "/Figure" in found.tags and found.figures_without_alt == 0


def test_a_chart_keeps_its_legend_clear_of_its_bars() -> None:
    chart = charts.bar_chart(
        "Gennemsnit",
        [charts.BarRow(f"Kompetence {i}", {"a": 1 + i * 0.7, "b": 5.0}) for i in range(6)],
        [charts.Series("a", "Kolleger", "#0e7490"), charts.Series("b", "Alle andre", BAR)],
        charts.Axis(1, 5, (1, 2, 3, 4, 5)),
        "da",
    )
    [only] = read_pages(page(str(chart)))
    assert text_on_shapes(only, {BAR, "#0e7490"}) == []
    assert coloured_pixels_under_text(only, {BAR, "#0e7490"}) == []
    assert overlapping_text(only) == []
    assert marker_beside(only, "Kolleger", "#0e7490") and marker_beside(only, "Alle andre", BAR)


AT = "position: absolute; left: 10mm; top:"
COVERED = (
    '<div style="position: relative; height: 60mm">'
    f'<div style="{AT} 10mm; width: 120mm; height: 40mm; background: {BAR}"></div>'
    f'<p style="{AT} 20mm; background: white">Legende over en søjle</p>'
    f'<p style="{AT} 32mm">Tekst på en søjle</p>'
    "</div>"
)


def test_a_legend_over_a_bar_is_caught_by_shape_and_by_pixel() -> None:
    [only] = read_pages(page(COVERED))
    covered = {text for text, _ in text_on_shapes(only, {BAR})}
    assert covered == {"Legende over en søjle", "Tekst på en søjle"}
    # On the image only the text without a white box shows bar pixels.
    assert coloured_pixels_under_text(only, {BAR}) == ["Tekst på en søjle"]


def test_text_printed_over_text_is_caught() -> None:
    body = (
        '<p style="position: absolute; top: 0; left: 0">Medarbejdere</p>'
        '<p style="position: absolute; top: 1mm; left: 4mm">Kolleger</p>'
    )
    [only] = read_pages(page(body))
    assert ("Medarbejdere", "Kolleger") in overlapping_text(only) or (
        "Kolleger",
        "Medarbejdere",
    ) in overlapping_text(only)


def test_a_header_broken_inside_a_word_is_caught() -> None:
    header = '<p style="width: 14mm; {}">Medarbejdere</p>'  # a column too narrow for it
    [broken] = read_pages(page(header.format("word-break: break-all")))
    assert broken_words(broken, {"Medarbejdere"}) != []
    [whole] = read_pages(page(header.format("")))
    assert broken_words(whole, {"Medarbejdere"}) == []


@pytest.mark.parametrize(
    ("text", "locale", "problems"),
    [
        ("Gennemsnit 3,4 og 0,67, opgjort 5. december 2026 og 05.01.2026", "da", []),
        ("Gennemsnit 3.4", "da", ["3.4"]),
        ("Ændring −0,00 og -0,0 og −0,02", "da", ["−0,00", "-0,0"]),
        ("Mean 3.4 on 5 December 2026", "en", []),
        ("Mean 3,4", "en", ["3,4"]),
    ],
)
def test_numbers_written_the_wrong_way_are_caught(
    text: str, locale: str, problems: list[str]
) -> None:
    assert number_problems(text, locale) == problems


def test_a_report_fetches_nothing_but_its_fonts() -> None:
    data = page(
        '<p><img alt="ekstern" src="file:///etc/passwd"><img alt="net" src="http://127.0.0.1:9/x.png"></p>'
    )
    assert b"root:" not in data
    [only] = read_pages(data)
    assert "root:" not in only.text
