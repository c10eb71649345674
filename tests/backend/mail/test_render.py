from __future__ import annotations

from pathlib import Path

import pytest
from jinja2 import UndefinedError

from backend.mail import register_template_folder, render_mail

LINK = {"url": "https://ledelyst.example/login?token=a&b=c", "minutes": 15, "name": "Ann <Ø>"}


def test_magic_link_is_written_in_danish() -> None:
    subject, text, html = render_mail("magic_link", "da", LINK)
    assert subject == "Log ind på Ledelyst"
    assert "Linket virker i 15 minutter" in text
    assert "https://ledelyst.example/login?token=a&b=c" in text
    assert '<html lang="da">' in html
    assert 'href="https://ledelyst.example/login?token=a&amp;b=c"' in html


def test_magic_link_is_written_in_english() -> None:
    subject, text, html = render_mail("magic_link", "en", LINK)
    assert subject == "Sign in to Ledelyst"
    assert "The link works for 15 minutes" in text
    assert '<html lang="en">' in html
    assert "Sign in</a>" in html


def test_html_is_escaped_and_plain_text_is_not() -> None:
    _, text, html = render_mail("magic_link", "en", LINK)
    assert "Hello Ann <Ø>" in text
    assert "Ann &lt;Ø&gt;" in html
    assert "Ann <Ø>" not in html


def test_generic_notice_has_title_paragraphs_and_optional_link() -> None:
    context = {"title": "Ny feedback", "body": "Første afsnit.\n\nAndet <afsnit>.", "link": None}
    subject, text, html = render_mail("generic_notice", "da", context)
    assert subject == "Ny feedback"
    assert "Andet <afsnit>." in text
    assert '<p style="margin:0 0 16px;">Andet &lt;afsnit&gt;.</p>' in html
    assert "<a href" not in html

    linked = {**context, "link": "https://ledelyst.example/feedback/1"}
    _, text, html = render_mail("generic_notice", "en", linked)
    assert "Open in Ledelyst: https://ledelyst.example/feedback/1" in text
    assert 'href="https://ledelyst.example/feedback/1"' in html


def test_an_unknown_locale_falls_back_to_danish_and_a_region_is_ignored() -> None:
    assert render_mail("magic_link", "de", LINK)[0] == "Log ind på Ledelyst"
    assert render_mail("magic_link", "en-GB", LINK)[0] == "Sign in to Ledelyst"


def test_the_subject_is_one_line_whatever_the_context_holds() -> None:
    context = {"title": "Hello\r\nBcc: victim@example.com", "body": "x"}
    subject, _, _ = render_mail("generic_notice", "en", context)
    assert subject == "Hello Bcc: victim@example.com"


def test_a_missing_variable_is_an_error_not_a_blank() -> None:
    with pytest.raises(UndefinedError):
        render_mail("magic_link", "da", {"url": "https://x.example"})


def test_only_web_links_go_into_a_mail() -> None:
    with pytest.raises(ValueError, match="not a web address"):
        render_mail("magic_link", "da", {**LINK, "url": "javascript:alert(1)"})


def test_a_domain_can_register_its_own_template_folder(tmp_path: Path) -> None:
    for locale, word in (("da", "Hej"), ("en", "Hello")):
        (tmp_path / f"test_greeting.{locale}.subject.txt").write_text(f"{word} {{{{ who }}}}")
        (tmp_path / f"test_greeting.{locale}.txt").write_text(f"{word} {{{{ who }}}}")
        (tmp_path / f"test_greeting.{locale}.html").write_text(f"<b>{word} {{{{ who }}}}</b>")
    register_template_folder(tmp_path)
    assert render_mail("test_greeting", "en", {"who": "<you>"}) == (
        "Hello <you>",
        "Hello <you>",
        "<b>Hello &lt;you&gt;</b>",
    )
