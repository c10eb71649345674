"""A corpus of known XSS payloads, and the check that none of them can run
in a piece of HTML: every Markdown or text field that a page, a mail or a
PDF renders is tested with all of them (``tests/api/test_xss_corpus.py``;
the philosophy slice's own tests in ``tests/learning/philosophy``).

Script tags, event handlers, javascript:/vbscript:/data: URLs (also entity-,
percent- and tab-encoded), SVG and MathML tricks, iframes, style
expressions, comments and broken nesting, and Markdown links, images and
references that carry them.
"""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

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
    '<a href="jav&#x09;ascript:alert(1)">x</a>',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    "<img src=x onerror=alert`1`>",
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
]

# Where a payload could still run: a script element, an event handler, or a
# URL with a scheme that runs code, in any attribute that takes a URL.
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "xlink:href", "poster", "srcdoc"}
RUNNING_SCHEMES = ("javascript:", "vbscript:", "data:text/html", "data:image/svg")


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


def _runs(url: str) -> bool:
    """Whether a URL, as a browser reads it, starts with a scheme that runs code."""
    squeezed = re.sub(r"[\x00-\x20]", "", unescape(url)).lower()
    return squeezed.startswith(RUNNING_SCHEMES)


def assert_inert(html: str, *, allowed_scripts: int = 0) -> None:
    """Nothing in ``html`` can run: no script element (beyond the page's own
    ``allowed_scripts``), no ``on*`` attribute, no code-running URL, and no
    payload tag that survived unescaped."""
    lower = html.lower()
    assert lower.count("<script") <= allowed_scripts, html
    # A handler outside quotes (inside them, "onclick=" is only text).
    unquoted = re.sub(r"\"[^\"]*\"|'[^']*'", '""', html)
    assert not re.search(r"<[a-z][^>]*\son[a-z]+\s*=", unquoted, re.IGNORECASE), html
    for tag, attributes in tags_of(html):
        assert tag not in ("iframe", "object", "embed", "base", "frame", "frameset"), (tag, html)
        for name, value in attributes:
            assert not name.lower().startswith("on"), (tag, name, html)
            if name.lower() in URL_ATTRIBUTES and value:
                assert not _runs(value), (tag, name, value)
            if tag == "meta" and name == "content" and value:
                assert "javascript" not in value.lower(), (tag, value)


def assert_escaped(text: str, html: str) -> None:
    """A text shown as text: where it appears, it appears escaped."""
    if "<" in text:
        assert text not in html, text
