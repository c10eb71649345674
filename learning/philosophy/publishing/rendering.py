"""Markdown to safe HTML, the checks a draft must pass, and the published page.

Three layers stand between what a leader types and a reader's browser:

1. ``check_markdown`` refuses a draft with raw HTML, a link that is not
   https/http/mailto, or an image that is not in the organisation's storage,
   with an error naming what it found (a clear error beats silent removal).
2. ``render_markdown`` uses markdown-it-py's ``js-default`` preset, which
   escapes raw HTML and drops ``javascript:``-style links, and shows a
   disallowed image as its alt text.
3. ``sanitize`` runs nh3 with an explicit allowlist of tags and attributes,
   link schemes {https, http, mailto}, ``rel="noopener noreferrer"`` on
   links, and image sources only under the organisation's storage prefix.

The page (``render_page``) is a Jinja2 template with autoescape on, a
``lang`` attribute, semantic headings, CSS that reads at 320 px and prints
well, and a Content-Security-Policy both as a header (``routes.py``) and as a
``<meta>`` (for a copy served straight from S3 or a CDN). The inline CSS is
allowed by its hash, not by ``'unsafe-inline'``.
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import nh3
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markdown_it import MarkdownIt
from markdown_it.token import Token
from markupsafe import Markup

from backend.i18n import format_day, translate
from backend.settings import Settings
from backend.storage.base import tenant_prefix

TEMPLATES = Path(__file__).resolve().parent / "templates"
LINK_SCHEMES = frozenset({"https", "http", "mailto"})
# Section titles are h2 on the page; a leader's "# heading" becomes h3.
HEADING_OFFSET = 2

ALLOWED_TAGS = frozenset(
    {
        "a", "blockquote", "br", "code", "del", "em", "h3", "h4", "h5", "h6", "hr", "img",
        "li", "ol", "p", "pre", "s", "strong", "table", "tbody", "td", "th", "thead", "tr",
        "ul",
    }
)  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href"},
    "img": {"src", "alt"},
    "ol": {"start"},
}
# Removed with their content, not just unwrapped.
DROPPED_WITH_CONTENT = frozenset(
    {"script", "style", "iframe", "object", "embed", "svg", "math", "template", "noscript"}
)
_CONTROL = re.compile(r"[\x00-\x20\x7f]+")
# A script scheme left in text (a link the parser refused shows as text) is
# harmless in a browser, but another reader may turn it into a link: its
# colon becomes an entity, which reads the same.
_SCRIPT_SCHEME = re.compile(r"((?:java|vb|live)script)(\s*):", re.IGNORECASE)
_SCHEME = re.compile(r"^([a-z][a-z0-9+.\-]*):")


# --- what a leader may write ---------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    """Something in a draft's Markdown that is not allowed."""

    message_key: str  # philosophy.raw_html / philosophy.unsafe_link / philosophy.image_source
    link: str = ""


def url_scheme(url: str) -> str | None:
    """The scheme a browser would see, after the tricks that hide one: entities,
    percent-encoding, whitespace and control characters inside it."""
    plain = _CONTROL.sub("", unquote(html.unescape(url))).lower()
    found = _SCHEME.match(plain)
    return found.group(1) if found else None


def is_safe_link(url: str) -> bool:
    """https, http and mailto links, and links within the page (``#…``)."""
    scheme = url_scheme(url)
    if scheme is None:
        plain = _CONTROL.sub("", url)
        # "//host/…" is https or http; a bare path is relative to the page.
        return not plain.startswith("\\")
    return scheme in LINK_SCHEMES


def is_storage_image(url: str, prefixes: Sequence[str]) -> bool:
    if not prefixes or url_scheme(url) not in ("https", "http"):
        return False
    if ".." in url or "\\" in url or _CONTROL.search(url):
        return False
    return any(url.startswith(prefix) for prefix in prefixes)


@cache
def _inspector() -> MarkdownIt:
    """A parser that keeps raw HTML and every link, to find and name them."""
    parser = MarkdownIt("js-default", {"html": True})
    parser.validateLink = lambda url: True  # type: ignore[method-assign]
    return parser


def _walk(tokens: Sequence[Token]) -> list[Token]:
    found: list[Token] = []
    for token in tokens:
        found.append(token)
        if token.children:
            found.extend(_walk(token.children))
    return found


def check_markdown(text: str, image_prefixes: Sequence[str]) -> list[Problem]:
    """Every raw HTML tag, unsafe link and foreign image in ``text``."""
    problems: list[Problem] = []
    for token in _walk(_inspector().parse(text)):
        if token.type in ("html_block", "html_inline"):
            problems.append(Problem("philosophy.raw_html", token.content.strip()[:80]))
        elif token.type == "link_open":
            href = str(token.attrGet("href") or "")
            if not is_safe_link(href):
                problems.append(Problem("philosophy.unsafe_link", href[:80]))
        elif token.type == "image":
            src = str(token.attrGet("src") or "")
            if not is_storage_image(src, image_prefixes):
                problems.append(Problem("philosophy.image_source", src[:80]))
    unique = {(p.message_key, p.link): p for p in problems}
    return list(unique.values())


# --- rendering ---------------------------------------------------------------------------


def _image_rule(
    self: Any, tokens: Sequence[Token], idx: int, options: Any, env: dict[str, Any]
) -> str:
    """An image from the organisation's storage, else its alt text only."""
    token = tokens[idx]
    src = str(token.attrGet("src") or "")
    if env.get("images", True) and is_storage_image(src, env.get("image_prefixes", ())):
        return str(self.image(tokens, idx, options, env))
    alt = self.renderInlineAsText(token.children or [], options, env)
    return html.escape(alt)


@cache
def _parser() -> MarkdownIt:
    parser = MarkdownIt("js-default")
    parser.add_render_rule("image", _image_rule)
    return parser


def render_markdown(text: str, image_prefixes: Sequence[str] = (), *, images: bool = True) -> str:
    """``text`` as sanitized HTML, its headings below the section's h2."""
    parser = _parser()
    env: dict[str, Any] = {"image_prefixes": tuple(image_prefixes), "images": images}
    tokens = parser.parse(text, env)
    for token in tokens:
        if token.type in ("heading_open", "heading_close"):
            token.tag = f"h{min(6, int(token.tag[1]) + HEADING_OFFSET)}"
    return defuse(sanitize(parser.renderer.render(tokens, parser.options, env), image_prefixes))


def defuse(fragment: str) -> str:
    return _SCRIPT_SCHEME.sub(r"\1\2&#58;", fragment)


def sanitize(fragment: str, image_prefixes: Sequence[str] = ()) -> str:
    prefixes = tuple(image_prefixes)

    def keep(tag: str, attribute: str, value: str) -> str | None:
        if tag == "img" and attribute == "src" and not is_storage_image(value, prefixes):
            return None
        if tag == "a" and attribute == "href" and not is_safe_link(value):
            return None
        return value

    return nh3.clean(
        fragment,
        tags=set(ALLOWED_TAGS),
        clean_content_tags=set(DROPPED_WITH_CONTENT),
        attributes={"*": set(), **{tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()}},
        attribute_filter=keep,
        url_schemes=set(LINK_SCHEMES),
        link_rel="noopener noreferrer",
        strip_comments=True,
    )


# --- storage addresses -----------------------------------------------------------------


def image_prefixes(settings: Settings, organisation_id: int) -> tuple[str, ...]:
    """Where an image of this organisation may come from: its storage prefix."""
    prefix = tenant_prefix(organisation_id)
    if settings.storage_backend == "s3":
        if settings.s3_endpoint_url:
            return (f"{settings.s3_endpoint_url.rstrip('/')}/{settings.s3_bucket}/{prefix}",)
        return (
            f"https://{settings.s3_bucket}.s3.{settings.s3_region}.amazonaws.com/{prefix}",
            f"https://s3.{settings.s3_region}.amazonaws.com/{settings.s3_bucket}/{prefix}",
        )
    return (f"{settings.base_url.rstrip('/')}/files/{prefix}",)


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


# --- the page --------------------------------------------------------------------------


@dataclass(frozen=True)
class RenderedSection:
    anchor: str
    title: str
    html: str
    principles: list[str] = field(default_factory=list)
    goals: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class PageDocument:
    """Everything the page and the PDF show, already rendered and sanitized."""

    locale: str
    leader_name: str
    job_title: str
    organisation_name: str
    number: int
    published_at: datetime
    summary: str
    sections: list[RenderedSection]
    image_prefixes: tuple[str, ...] = ()
    pdf_href: str | None = None


CSS = """
:root{color-scheme:light;--ink:#1c1917;--muted:#57534e;--line:#d6d3d1;--accent:#1d4ed8}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;
font-size:1.0625rem;line-height:1.6;color:var(--ink);background:#fff}
header,main,footer{max-width:42rem;margin:0 auto;padding:0 1rem}
header{padding-top:1.5rem}
h1{font-size:1.6rem;line-height:1.25;margin:0 0 .25rem}
h2{font-size:1.25rem;line-height:1.3;margin:2rem 0 .5rem}
h3,h4,h5,h6{font-size:1.05rem;margin:1.25rem 0 .25rem}
p,ul,ol,blockquote,pre,table{margin:0 0 1rem}
a{color:var(--accent);overflow-wrap:anywhere}
a:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
img{max-width:100%;height:auto}
pre{overflow-x:auto;padding:.75rem;background:#f5f5f4}
code{font-size:.95em}
blockquote{margin-left:0;padding-left:1rem;border-left:4px solid var(--line);color:var(--muted)}
table{border-collapse:collapse;display:block;overflow-x:auto}
th,td{border:1px solid var(--line);padding:.25rem .5rem;text-align:left}
.meta,.cites{color:var(--muted);font-size:.95rem}
.cites{margin-top:-.25rem}
nav ol{padding-left:1.25rem}
footer{margin-top:2.5rem;padding-bottom:2rem;border-top:1px solid var(--line);color:var(--muted)}
@media print{
body{font-size:11pt;line-height:1.45}
header,main,footer{max-width:none;padding:0}
nav,.pdf{display:none}
a{color:inherit}
main a[href^="http"]::after{content:" (" attr(href) ")";font-size:.9em}
h2,h3{break-after:avoid}
section{break-inside:avoid-page}
}
""".strip()


def style_hash() -> str:
    digest = hashlib.sha256(CSS.encode()).digest()
    return f"'sha256-{base64.b64encode(digest).decode()}'"


def content_security_policy(prefixes: Sequence[str], *, meta: bool = False) -> str:
    """Nothing runs, nothing loads but the page's own CSS and storage images."""
    images = " ".join(["'self'", *sorted({_origin(p) for p in prefixes})])
    policy = [
        "default-src 'none'",
        f"style-src {style_hash()}",
        f"img-src {images}",
        "base-uri 'none'",
        "form-action 'none'",
    ]
    if not meta:  # not allowed in a <meta> policy
        policy.append("frame-ancestors 'none'")
    return "; ".join(policy)


@cache
def _environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=select_autoescape(enabled_extensions=("html",), default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )


def format_date(value: datetime, locale: str) -> str:
    """ "5. januar 2026" / "5 January 2026" (``backend.i18n.format_day``)."""
    return format_day(value.date(), locale)


def render_page(document: PageDocument) -> str:
    locale = document.locale

    def t(key: str, **params: object) -> str:
        return translate(key, locale, **params)

    template = _environment().get_template("philosophy_page.html")
    return defuse(
        template.render(
            t=t,
            document=document,
            sections=[
                {
                    "anchor": section.anchor,
                    "title": section.title,
                    "html": Markup(section.html),  # sanitized by render_markdown
                    "principles": section.principles,
                    "goals": section.goals,
                }
                for section in document.sections
            ],
            css=Markup(CSS),
            csp=content_security_policy(document.image_prefixes, meta=True),
            published=format_date(document.published_at, locale),
            published_iso=document.published_at.isoformat(),
        )
    )


def render_message(locale: str, message: str) -> str:
    """A short page for an address that cannot be shown."""
    return (
        _environment()
        .get_template("philosophy_message.html")
        .render(locale=locale, message=message, css=Markup(CSS))
    )
