"""The XSS corpus (``tests/support/xss_payloads.py``) for this slice, and the
stricter check of its sanitized HTML: only the tags a philosophy may hold."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from learning.philosophy.publishing.rendering import ALLOWED_TAGS, url_scheme
from tests.support.xss_payloads import PAYLOADS as CORPUS

STORAGE = "http://testserver/files/org/"
# The one payload that needs this slice's storage address.
STORAGE_PAYLOADS = [f'![x"onerror="alert(1)]({STORAGE}1/x.png)']

PAYLOADS = [*CORPUS, *STORAGE_PAYLOADS]

PAGE_TAGS = ALLOWED_TAGS | {
    "html", "head", "meta", "title", "style", "body", "header", "nav", "main", "section",
    "footer", "time", "h1", "h2",
}  # fmt: skip
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "xlink:href", "content"}


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, attrs))


def tags_of(html: str) -> list[tuple[str, list[tuple[str, str | None]]]]:
    parser = _Tags()
    parser.feed(html)
    parser.close()
    return parser.found


def assert_safe(html: str, *, page: bool = False, storage: str = STORAGE) -> None:
    lower = html.lower()
    assert "<script" not in lower, html
    assert "javascript:" not in lower, html
    assert "vbscript:" not in lower, html
    assert not re.search(r"<[a-z][^>]*\son[a-z]+\s*=", html, re.IGNORECASE), html
    allowed = PAGE_TAGS if page else ALLOWED_TAGS
    for tag, attributes in tags_of(html):
        assert tag in allowed, (tag, html)
        for name, value in attributes:
            assert not name.startswith("on"), (tag, name, html)
            assert name != "style", (tag, html)
            if name in URL_ATTRIBUTES and value and not (tag == "meta" and name == "content"):
                assert url_scheme(value) in (None, "https", "http", "mailto"), (tag, value)
            if tag == "img" and name == "src":
                assert (value or "").startswith(storage), (tag, value)
