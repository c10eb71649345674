"""The PDF is made from the page itself (the same sanitized HTML and its print
CSS): a tagged PDF in the reader's language, headings left-aligned with normal
line spacing, Danish dates, and no payload can stop it or make it fetch."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from learning.philosophy.publishing import pdf, rendering
from learning.philosophy.publishing.rendering import PageDocument, RenderedSection
from tests.learning.philosophy.xss import PAYLOADS
from tests.support.pdf_pages import (
    TextLine,
    number_problems,
    overlapping_text,
    read_pages,
    structure,
)

RICH = """# Det kan du forvente af mig

Jeg er **til stede**, *lyttende* og ~~perfekt~~ ærlig. Se [strategien](https://ok.example).

- Svar inden for to dage
- Åbenhed om fejl
  1. også mine egne

> »Ledelse er at skabe resultater via og sammen med andre.«

| Jeg leverer | Jeg forventer |
|---|---|
| Retning | Ærlighed |

```
kode med æøå
```
"""
LONG_TITLE = "Sådan arbejder vi sammen, når borgerne i kommunen har brug for os hver dag"


def document(body_html: str, title: str = "Mine værdier", locale: str = "da") -> PageDocument:
    return PageDocument(
        locale=locale,
        leader_name="Søren Ærø",
        job_title="Afdelingsleder",
        organisation_name="Aarhus Kommune",
        number=3,
        published_at=datetime(2026, 1, 5, tzinfo=UTC),
        summary="Nyt om opfølgning – og “citater”.",
        sections=[RenderedSection("afsnit-1", title, body_html, ["Tillid"], ["Borgeren"])],
    )


def rich_pdf(locale: str = "da") -> bytes:
    html = rendering.render_markdown(RICH, images=False)
    return pdf.render_pdf(document(html, LONG_TITLE, locale), [html])


def test_the_pdf_is_tagged_for_a_screen_reader() -> None:
    found = structure(rich_pdf())
    assert found.marked and found.language == "da"
    assert found.title == "Søren Ærøs personlige ledelsesgrundlag · Aarhus Kommune"
    assert {"/H1", "/H2", "/H3", "/P", "/L", "/LI", "/Table", "/TH", "/TD"} <= set(found.tags)
    assert found.tags.index("/H1") < found.tags.index("/H2") < found.tags.index("/H3")


def _lines_of(lines: list[TextLine], words: str) -> list[TextLine]:
    return [line for line in lines if line.text in words and len(line.text) > 3]


def test_headings_are_left_aligned_with_normal_line_spacing() -> None:
    [page] = read_pages(rich_pdf())
    margin = min(line.box.left for line in page.lines)
    title = next(line for line in page.lines if line.text.startswith("Søren Ærøs"))
    assert abs(title.box.left - margin) < 3  # a glyph's side bearing
    # The long section heading wraps between words, each line whole (no wide
    # justified gaps split a line into runs), each starting at the margin.
    heading = _lines_of(page.lines, LONG_TITLE)
    assert len(heading) >= 2 and " ".join(line.text for line in heading) == LONG_TITLE
    assert all(abs(line.box.left - margin) < 3 for line in heading)
    pitch = heading[0].box.bottom - heading[1].box.bottom
    assert pitch >= heading[0].font_height  # at least normal line spacing, not tight
    assert overlapping_text(page) == []


def test_dates_and_figures_are_danish_or_english() -> None:
    [danish] = read_pages(rich_pdf("da"))
    assert "offentliggjort 5. januar 2026" in danish.text
    assert number_problems(danish.text, "da") == []
    [english] = read_pages(rich_pdf("en"))
    assert "published 5 January 2026" in english.text
    assert number_problems(english.text, "en") == []


@pytest.mark.parametrize("payload", PAYLOADS[::8])
def test_payloads_never_stop_the_pdf(payload: str) -> None:
    html = rendering.render_markdown(payload, images=False)
    data = pdf.render_pdf(document(html, payload), [html])
    assert data.startswith(b"%PDF")
    for action in (b"/JavaScript", b"/JS ", b"/Launch", b"/SubmitForm"):
        assert action not in data
