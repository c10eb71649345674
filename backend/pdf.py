"""Reports people read: an HTML document with print CSS is the source, and
WeasyPrint lays it out as a tagged PDF (a structure tree of headings,
paragraphs, lists, tables and figures, /MarkInfo, the document's language),
so a screen reader can read it. Every report shares this page: A4, left-aligned
headings, normal line spacing, words never broken, DejaVu (matplotlib ships
it, so Danish letters need nothing installed) and a footer with the page number.

Nothing is fetched while a PDF is made: the only address the renderer may
open is a font file in the font folder, so a link or an image in a leader's
text can neither reach the network nor read a file.
"""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from markupsafe import Markup, escape

FAMILY = "Ledelyst Sans"
MONO = "Ledelyst Mono"


@cache
def font_folder() -> Path:
    """DejaVu from matplotlib's data (found without importing it) or the system."""
    candidates: list[Path] = []
    spec = importlib.util.find_spec("matplotlib")
    if spec is not None and spec.origin is not None:
        candidates.append(Path(spec.origin).parent / "mpl-data" / "fonts" / "ttf")
    candidates.append(Path("/usr/share/fonts/truetype/dejavu"))
    for folder in candidates:
        if (folder / "DejaVuSans.ttf").is_file() and (folder / "DejaVuSansMono.ttf").is_file():
            return folder
    raise RuntimeError("no DejaVu fonts: install matplotlib or fonts-dejavu-core")


def _font_faces() -> str:
    faces = []
    for family, file, weight, style in (
        (FAMILY, "DejaVuSans.ttf", "normal", "normal"),
        (FAMILY, "DejaVuSans-Bold.ttf", "bold", "normal"),
        (FAMILY, "DejaVuSans-Oblique.ttf", "normal", "italic"),
        (FAMILY, "DejaVuSans-BoldOblique.ttf", "bold", "italic"),
        (MONO, "DejaVuSansMono.ttf", "normal", "normal"),
    ):
        url = (font_folder() / file).as_uri()
        faces.append(
            f'@font-face {{ font-family: "{family}"; src: url("{url}"); '
            f"font-weight: {weight}; font-style: {style}; }}"
        )
    return "\n".join(faces)


PRINT_CSS = """
@page {
  size: A4;
  margin: 18mm 18mm 20mm 18mm;
  @bottom-center { content: element(footer); }
}
html { font-family: "__FAMILY__", sans-serif; font-size: 10pt; line-height: 1.45;
       color: #1c1917; }
body { margin: 0; }
h1, h2, h3, h4, h5, h6 { text-align: left; line-height: 1.25; font-weight: bold;
  margin: 1.1em 0 0.4em; break-after: avoid; hyphens: manual; }
h1 { font-size: 18pt; margin-top: 0; }
h2 { font-size: 13.5pt; }
h3 { font-size: 11.5pt; }
h4, h5, h6 { font-size: 10.5pt; }
p, li, td, th, figcaption { text-align: left; hyphens: manual; overflow-wrap: normal;
  word-break: normal; }
p { margin: 0 0 0.6em; }
.meta { color: #44403c; }
.new-page { break-before: page; }
.note { font-size: 8.5pt; color: #44403c; }
.running-footer { position: running(footer); font-size: 8pt; color: #57534e;
  text-align: center; }
.running-footer .page::after { content: counter(page); }
table { border-collapse: collapse; width: 100%; margin: 0.3em 0 0.9em; font-size: 8.5pt;
  break-inside: auto; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { border-bottom: 0.5pt solid #d6d3d1; padding: 3pt 4pt; vertical-align: top; }
th { font-weight: bold; border-bottom: 0.9pt solid #78716c; }
th.number, td.number { text-align: right; white-space: nowrap; }
tr.total td { font-weight: bold; }
figure { margin: 0.4em 0 1em; break-inside: avoid; }
figure svg { width: 100%; height: auto; }
figcaption { font-size: 8.5pt; color: #44403c; }
code, pre { font-family: "__MONO__", monospace; font-size: 9pt; }
pre { white-space: pre-wrap; }
blockquote { margin: 0.5em 0 0.8em 1.2em; color: #57534e; }
a { color: #1d4ed8; }
ul, ol { margin: 0 0 0.6em; padding-left: 1.4em; }
""".replace("__FAMILY__", FAMILY).replace("__MONO__", MONO)


def stylesheet(extra: str = "") -> Markup:
    """The shared print CSS (fonts first), then a report's own rules."""
    return Markup(f"{_font_faces()}\n{PRINT_CSS}\n{extra}")  # noqa: S704  (our own CSS)


def document(*, locale: str, title: str, footer: str, body: str | Markup, css: str = "") -> str:
    """A whole report page around ``body`` (already escaped HTML)."""
    return (
        f'<!DOCTYPE html><html lang="{escape(locale)}"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title><style>{stylesheet(css)}</style></head><body>"
        f"{running_footer(footer)}"
        f"{body}</body></html>"
    )


def running_footer(text: str) -> Markup:
    """The footer on every page: ``text`` and the page number."""
    return Markup('<p class="running-footer">{} · <span class="page"></span></p>').format(text)


def _fetcher() -> Any:
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    fonts = font_folder().resolve()

    class FontsOnly(URLFetcher):
        """Opens a font file of the font folder, and nothing else."""

        def fetch(self, url: str, headers: Any = None) -> URLFetcherResponse:
            parts = urlsplit(url)
            path = Path(unquote(parts.path)).resolve()
            if parts.scheme != "file" or not path.is_relative_to(fonts) or not path.is_file():
                raise ValueError(f"a report fetches nothing: {url[:80]}")
            return URLFetcherResponse(url, body=path.read_bytes())

    return FontsOnly()


def html_to_pdf(html: str) -> bytes:
    """The tagged PDF of a report page (``document``)."""
    from weasyprint import HTML  # only where a PDF is made

    data = HTML(string=html, url_fetcher=_fetcher(), base_url=None).write_pdf(
        pdf_tags=True, pdf_identifier=False, uncompressed_pdf=False
    )
    assert data is not None
    return bytes(data)


def table(
    header: list[str], rows: list[list[str]], *, text_columns: int = 1, total: bool = False
) -> Markup:
    """A table with column headers; columns after the first ``text_columns``
    hold figures (right-aligned, never wrapped); ``total`` marks the last row."""

    def cells(row: list[str], tag: str) -> str:
        scope = ' scope="col"' if tag == "th" else ""
        number = ' class="number"'
        return "".join(
            f"<{tag}{scope}{'' if i < text_columns else number}>{escape(c)}</{tag}>"
            for i, c in enumerate(row)
        )

    last = ' class="total"'
    body = "".join(
        f"<tr{last if total and i == len(rows) - 1 else ''}>{cells(r, 'td')}</tr>"
        for i, r in enumerate(rows)
    )
    return Markup(  # noqa: S704  (every cell escaped above)
        f"<table><thead><tr>{cells(header, 'th')}</tr></thead><tbody>{body}</tbody></table>"
    )


def heading(level: int, text: str, css_class: str = "") -> Markup:
    attribute = f' class="{escape(css_class)}"' if css_class else ""
    return Markup(f"<h{level}{attribute}>{escape(text)}</h{level}>")  # noqa: S704


def paragraph(text: str, css_class: str = "") -> Markup:
    attribute = f' class="{escape(css_class)}"' if css_class else ""
    return Markup(f"<p{attribute}>{escape(text)}</p>")  # noqa: S704
