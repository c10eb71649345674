"""Known XSS payloads, in the places Markdown lets them hide, and the check
that none survives in sanitized HTML."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from learning.philosophy.rendering import ALLOWED_TAGS, url_scheme

STORAGE = "http://testserver/files/org/"

PAYLOADS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<img src=x onerror=alert(1)>",
    '<img src="x" onerror="&#97;lert(1)">',
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
    '<iframe src="javascript:alert(1)"></iframe>',
    "<body onload=alert(1)>",
    '<a href="javascript:alert(1)">x</a>',
    '<a href="&#x6A;avascript:alert(1)">x</a>',
    '<a href="https://ok.example" onclick="alert(1)">x</a>',
    "[klik](javascript:alert(1))",
    "[klik](JaVaScRiPt:alert(1))",
    "[klik](javascript&#58;alert(1))",
    "[klik](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))",
    "[klik](jav&#x09;ascript:alert(1))",
    "[klik](%6A%61%76%61script:alert(1))",
    "[klik](\tjavascript:alert(1))",
    "<javascript:alert(1)>",
    "<JAVASCRIPT:alert(document.cookie)>",
    "<vbscript:msgbox(1)>",
    "[klik](vbscript:msgbox(1))",
    "[klik](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "<data:text/html,<script>alert(1)</script>>",
    "![x](javascript:alert(1))",
    "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
    "![x](https://evil.example/x.png)",
    '![x"onerror="alert(1)](https://evil.example/x.png)',
    f'![x"onerror="alert(1)]({STORAGE}1/x.png)',
    '[x](https://ok.example "t\\" onmouseover=\\"alert(1)")',
    "[x](https://ok.example 'a\" onmouseover=\"alert(1)')",
    '<div style="background:url(javascript:alert(1))">x</div>',
    '<p style="width: expression(alert(1))">x</p>',
    '<style>body{background:url("javascript:alert(1)")}</style>',
    '<object data="javascript:alert(1)"></object>',
    '<embed src="javascript:alert(1)">',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    '<form action="javascript:alert(1)"><button>x</button></form>',
    "<input onfocus=alert(1) autofocus>",
    "<details open ontoggle=alert(1)>",
    "<<script>script>alert(1)<</script>/script>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    '"><script>alert(1)</script>',
    "'><img src=x onerror=alert(1)>",
    "`<script>alert(1)</script>`",
    "```html\n<script>alert(1)</script>\n```",
    '<!--<img src="--><img src=x onerror=alert(1)//">',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '<base href="javascript:alert(1)//">',
    '<link rel=stylesheet href="javascript:alert(1)">',
    '<video><source onerror="alert(1)">',
    "<marquee onstart=alert(1)>",
    "> [citat](javascript:alert(1))\n> <script>alert(1)</script>",
    "- [liste](javascript:alert(1))\n  - <img src=x onerror=alert(1)>",
    "| a |\n|---|\n| <img src=x onerror=alert(1)> |",
    "[x][ref]\n\n[ref]: javascript:alert(1)",
    "[![img](https://evil.example/i.png)](javascript:alert(1))",
    "**<script>**alert(1)",
    '[x](https://ok.example/"onclick="alert(1))',
    '<a href="jav\tascript:alert(1)">x</a>',
    "<a href=javascript&colon;alert(1)>x</a>",
]

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
