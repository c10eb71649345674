"""The PDF: made from the same sanitized HTML, in fonts with Danish letters,
and never stopped by a construct fpdf2's HTML reader does not know."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

import pytest

from learning.philosophy.publishing import pdf, rendering
from learning.philosophy.publishing.rendering import PageDocument, RenderedSection
from tests.learning.philosophy.xss import PAYLOADS

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


def document(body_html: str, title: str = "Mine værdier") -> PageDocument:
    return PageDocument(
        locale="da",
        leader_name="Søren Ærø",
        job_title="Afdelingsleder",
        organisation_name="Aarhus Kommune",
        number=3,
        published_at=datetime(2026, 1, 5, tzinfo=UTC),
        summary="Nyt om opfølgning – og “citater”.",
        sections=[RenderedSection("afsnit-1", title, body_html, ["Tillid"], ["Borgeren"])],
    )


def test_a_rich_section_is_laid_out_without_falling_back(caplog: pytest.LogCaptureFixture) -> None:
    assert pdf.font_folder() is not None
    html = rendering.render_markdown(RICH, images=False)
    with caplog.at_level(logging.WARNING, logger="learning.philosophy.publishing.pdf"):
        data = pdf.render_pdf(document(html), [html])
    assert data.startswith(b"%PDF") and len(data) > 2000
    assert not caplog.records


@pytest.mark.parametrize("payload", PAYLOADS[::8])
def test_payloads_never_stop_the_pdf(payload: str) -> None:
    html = rendering.render_markdown(payload, images=False)
    assert pdf.render_pdf(document(html, payload), [html]).startswith(b"%PDF")
