"""Markdown is rendered with markdown-it-py and sanitized with nh3: no known
XSS payload survives, in a section's HTML or in the page around it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from learning.philosophy.publishing import rendering
from learning.philosophy.publishing.rendering import PageDocument, RenderedSection
from tests.learning.philosophy.xss import PAYLOADS, STORAGE, assert_safe, tags_of

PREFIXES = (f"{STORAGE}1/",)


def test_the_corpus_is_large_enough() -> None:
    assert len(PAYLOADS) >= 40


@pytest.mark.parametrize("payload", PAYLOADS)
def test_no_payload_survives_rendering(payload: str) -> None:
    for text in (payload, f"Indledning\n\n{payload}\n\nAfslutning", f"*{payload}*"):
        assert_safe(rendering.render_markdown(text, PREFIXES))
        assert_safe(rendering.render_markdown(text, PREFIXES, images=False))


@pytest.mark.parametrize("payload", PAYLOADS)
def test_no_payload_survives_the_page(payload: str) -> None:
    document = PageDocument(
        locale="da",
        leader_name=payload,
        job_title=payload,
        organisation_name=payload,
        number=1,
        published_at=datetime(2026, 1, 5, tzinfo=UTC),
        summary=payload,
        sections=[
            RenderedSection(
                anchor="afsnit-1",
                title=payload,
                html=rendering.render_markdown(payload, PREFIXES),
                principles=[payload],
                goals=[payload],
            )
        ],
        image_prefixes=PREFIXES,
        pdf_href="http://testserver/p/org/leder/pdf",
    )
    assert_safe(rendering.render_page(document), page=True)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("<script>alert(1)</script>", "philosophy.raw_html"),
        ("Tekst <b onclick=x>fed</b>", "philosophy.raw_html"),
        ("[klik](javascript:alert(1))", "philosophy.unsafe_link"),
        ("[klik](&#106;avascript:alert(1))", "philosophy.unsafe_link"),
        ("<javascript:alert(1)>", "philosophy.unsafe_link"),
        ("[klik](data:text/html,x)", "philosophy.unsafe_link"),
        ("[x][r]\n\n[r]: vbscript:msgbox(1)", "philosophy.unsafe_link"),
        ("![x](https://evil.example/x.png)", "philosophy.image_source"),
        ("![x](data:image/png;base64,AAAA)", "philosophy.image_source"),
        (f"![x]({STORAGE}2/other-organisation.png)", "philosophy.image_source"),
    ],
)
def test_unsafe_markdown_is_named_in_a_clear_error(text: str, key: str) -> None:
    problems = rendering.check_markdown(text, PREFIXES)
    assert key in [p.message_key for p in problems]


@pytest.mark.parametrize(
    "text",
    [
        "Jeg er **tydelig**, *lyttende* og ~~perfekt~~ ærlig.",
        "[Kommunens strategi](https://www.aarhus.dk/strategi) og [skriv](mailto:a@b.dk)",
        "Se [nedenfor](#afsnit-2).",
        "`<script>` i kode er bare tekst",
        f"![Team]({STORAGE}1/philosophy/team.png)",
        "| Jeg leverer | Jeg forventer |\n|---|---|\n| Svar på to dage | Åbenhed |",
    ],
)
def test_ordinary_markdown_passes(text: str) -> None:
    assert rendering.check_markdown(text, PREFIXES) == []


def test_links_get_rel_and_headings_sit_below_the_section() -> None:
    html = rendering.render_markdown("# Overskrift\n\n[her](https://ok.example)", PREFIXES)
    assert "<h3>Overskrift</h3>" in html
    assert 'rel="noopener noreferrer"' in html
    assert [tag for tag, _ in tags_of(html)] == ["h3", "p", "a"]


def test_images_only_from_the_organisations_storage() -> None:
    ours = rendering.render_markdown(f"![Team]({STORAGE}1/a.png)", PREFIXES)
    assert f'src="{STORAGE}1/a.png"' in ours
    theirs = rendering.render_markdown("![Team](https://evil.example/a.png)", PREFIXES)
    assert "<img" not in theirs and "Team" in theirs
    in_pdf = rendering.render_markdown(f"![Team]({STORAGE}1/a.png)", PREFIXES, images=False)
    assert "<img" not in in_pdf and "Team" in in_pdf


def test_page_is_accessible_and_printable() -> None:
    document = PageDocument(
        locale="da",
        leader_name="Lise Leder",
        job_title="Afdelingsleder",
        organisation_name="Aarhus Kommune",
        number=2,
        published_at=datetime(2026, 1, 5, tzinfo=UTC),
        summary="Nyt afsnit om opfølgning.",
        sections=[RenderedSection("afsnit-1", "Mine værdier", "<p>Ordentlighed</p>")],
    )
    page = rendering.render_page(document)
    assert '<html lang="da">' in page
    assert 'name="viewport" content="width=device-width, initial-scale=1"' in page
    assert "<h1>Lise Leders personlige ledelsesgrundlag</h1>" in page
    assert '<h2 id="afsnit-1">Mine værdier</h2>' in page
    assert "@media print" in page
    assert "Version 2, offentliggjort 5. januar 2026" in page
    policy = rendering.content_security_policy(PREFIXES)
    assert "default-src 'none'" in policy and "script-src" not in policy
    assert rendering.style_hash() in policy and "frame-ancestors 'none'" in policy
    assert "img-src 'self' http://testserver" in policy
