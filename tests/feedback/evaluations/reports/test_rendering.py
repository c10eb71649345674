"""The 360 report's PDF, read as its reader reads it: each page rendered to
an image and its text and shapes taken from the PDF. Danish figures have a
decimal comma and no "-0,0" (English ones a point), headers are whole words,
no text covers a bar or other text, the before/after chart has a legend, and
the PDF is tagged for a screen reader. The figures are the released ones."""

from __future__ import annotations

from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from backend.charts import AFTER, BEFORE
from feedback.evaluations.models import RaterGroup
from feedback.evaluations.reports import rendering
from feedback.evaluations.reports.rendering import COLOURS, gap_words, signed
from feedback.evaluations.service import report_for_viewer
from feedback.frameworks.service import CompetencyCommand, FrameworkCommand, ItemCommand
from tests.support.evaluation_world import (
    SCALE,
    Scenario,
    answer,
    build,
    close,
    follow_up,
)
from tests.support.factories import unique
from tests.support.pdf_pages import (
    Page,
    broken_words,
    coloured_pixels_under_text,
    marker_beside,
    number_problems,
    overlapping_text,
    read_pages,
    structure,
    text_on_shapes,
)

TITLES = [
    ("Sætte retning og skabe mening i hverdagen", "Set direction and make sense of the day"),
    ("Involvere medarbejderne i beslutninger", "Involve staff in decisions"),
    ("Borgeren i centrum", "The citizen at the centre"),
]
BARS = {*COLOURS.values(), BEFORE}


def framework() -> FrameworkCommand:
    return FrameworkCommand(
        family=unique("fw").lower(),
        name_da="Ledelse i praksis",
        name_en="Leadership in practice",
        scale_labels_da=SCALE,
        scale_labels_en=["Never", "Rarely", "Sometimes", "Often", "Always"],
        competencies=[
            CompetencyCommand(
                title_da=da,
                title_en=en,
                items=[ItemCommand(f"{da}: udsagn {i}", f"{en}: item {i}") for i in (1, 2)],
            )
            for da, en in TITLES
        ],
        questions=[("Hvad skal lederen blive ved med?", "What should the leader keep doing?")],
    )


async def baseline(session: AsyncSession) -> Scenario:
    """Peers and direct reports over their minimums, self and manager, a comment."""
    scenario = await build(session, peers=4, reports=5, framework=framework())
    items = scenario.item_ids
    for index, token in enumerate(scenario.tokens_of(RaterGroup.PEER)):
        await answer(
            session, scenario, token, {i: 2 + (index + n) % 3 for n, i in enumerate(items)}
        )
    for index, token in enumerate(scenario.tokens_of(RaterGroup.DIRECT_REPORT)):
        await answer(
            session,
            scenario,
            token,
            {i: 3 + (index * n) % 3 for n, i in enumerate(items)},
            comment=f"Lytter og følger op ({index})",
        )
    await answer(session, scenario, scenario.tokens_of(RaterGroup.SELF)[0], 4)
    await answer(session, scenario, scenario.tokens_of(RaterGroup.MANAGER)[0], 3)
    await close(session, scenario)
    return scenario


async def pdf_of(
    session: AsyncSession, scenario: Scenario, evaluation_id: int, locale: str
) -> bytes:
    view = await report_for_viewer(session, scenario.leader_viewer, evaluation_id, locale)
    assert view.data is not None
    return rendering.render_pdf(view, locale, date(2026, 12, 5))


def assert_readable(pages: list[Page]) -> None:
    for page in pages:
        assert overlapping_text(page) == [], page.number
        assert text_on_shapes(page, BARS) == [], page.number
        assert coloured_pixels_under_text(page, set(COLOURS.values())) == [], page.number


async def test_the_danish_report_reads_as_danish_with_clear_charts(session: AsyncSession) -> None:
    scenario = await baseline(session)
    data = await pdf_of(session, scenario, scenario.evaluation_id, "da")
    pages = read_pages(data)
    text = "\n".join(page.text for page in pages)
    assert number_problems(text, "da") == []
    assert "Udskrevet 5. december 2026" in text
    assert any("," in line.text for page in pages for line in page.lines)
    # Headers are whole words: no group's name is split over two lines.
    labels = {rendering.group_label(g, "da") for g in COLOURS}
    item_header = next(p for p in pages if "Udsagn for udsagn" in p.text)
    assert "Medarbejdere" in item_header.text
    for page in pages:
        assert broken_words(page, labels) == [], page.number
    assert "d_z" not in text and "Lytter og følger op (0)" in text
    assert_readable(pages)
    # The legend names every bar's colour, beside its swatch.
    first = pages[0]
    for group in ("PEER", "DIRECT_REPORT", "ALL_OTHERS"):
        label = rendering.group_label(group, "da")
        assert marker_beside(first, label, COLOURS[group]), label


async def test_the_before_and_after_chart_has_a_legend(session: AsyncSession) -> None:
    scenario = await baseline(session)
    follow = await follow_up(session, scenario, [4, {i: 5 for i in scenario.item_ids}, 4, 3])
    data = await pdf_of(session, scenario, follow, "da")
    pages = read_pages(data)
    chart_page = next(p for p in pages if "Alle andres gennemsnit før og nu" in p.text)
    assert marker_beside(chart_page, "Før", BEFORE) and marker_beside(chart_page, "Nu", AFTER)
    text = "\n".join(page.text for page in pages)
    assert number_problems(text, "da") == []
    assert_readable(pages)


async def test_the_english_report_reads_as_english(session: AsyncSession) -> None:
    scenario = await baseline(session)
    pages = read_pages(await pdf_of(session, scenario, scenario.evaluation_id, "en"))
    text = "\n".join(page.text for page in pages)
    assert "Printed 5 December 2026" in text and "Direct reports" in text
    assert number_problems(text, "en") == []
    assert any("." in line.text for page in pages for line in page.lines if line.text[:1].isdigit())
    assert_readable(pages)


async def test_the_report_is_a_tagged_pdf_whose_charts_have_alternative_text(
    session: AsyncSession,
) -> None:
    scenario = await baseline(session)
    found = structure(await pdf_of(session, scenario, scenario.evaluation_id, "da"))
    assert found.marked and found.language == "da"
    assert found.title == "360-graders evaluering · Lea Leder"
    assert {"/H1", "/H2", "/H3", "/P", "/Table", "/TH", "/TD", "/L", "/Figure"} <= set(found.tags)
    assert found.figures_without_alt == 0


def test_differences_in_words_and_signs_never_minus_zero() -> None:
    assert signed(0.4, "da") == "+0,4"
    assert signed(-0.31, "da") == "−0,3"
    assert signed(-0.01, "da") == "0,0"
    assert signed(0.0, "en") == "0.0"
    assert gap_words(0.1, "da") == "som de andre"
    assert gap_words(0.6, "da") == "du vurderer dig selv højere end de andre"
    assert gap_words(-0.6, "en") == "you rate yourself lower than the others do"
