"""The PDF of a published version, made from the page itself: the same
HTML (the primary form, with its print CSS) with the sections rendered
without images (their alt text is kept), laid out by WeasyPrint as a tagged
PDF (``backend.pdf``) in DejaVu fonts, which cover Danish letters. Headings
are left-aligned, lines have normal spacing and words are never broken.

The PDF never fetches anything: only the fonts' files may be opened.
"""

from __future__ import annotations

from dataclasses import replace

from backend import pdf
from backend.i18n import translate
from learning.philosophy.publishing.rendering import PageDocument, render_page

# After the page's own CSS, for print only: the report fonts, the footer and
# tables laid out as tables (the screen scrolls them sideways instead).
PRINT = """
@media print {
  body { font-family: "__FAMILY__", sans-serif; font-size: 10.5pt; line-height: 1.5; }
  h1, h2, h3, h4, h5, h6 { text-align: left; line-height: 1.25; hyphens: manual; }
  p, li, td, th, blockquote { text-align: left; hyphens: manual; }
  a { overflow-wrap: normal; }
  table { display: table; width: 100%; }
  pre, code { font-family: "__MONO__", monospace; }
  section { break-inside: auto; }
}
""".replace("__FAMILY__", pdf.FAMILY).replace("__MONO__", pdf.MONO)


def page_for_print(document: PageDocument, section_html: list[str]) -> str:
    """``section_html`` is each section's sanitized HTML rendered without images."""
    sections = [
        replace(section, html=html)
        for section, html in zip(document.sections, section_html, strict=True)
    ]
    page = render_page(replace(document, sections=sections, pdf_href=None, image_prefixes=()))
    title = translate("philosophy.page.title", document.locale, name=document.leader_name)
    footer = pdf.running_footer(f"{title} · {document.organisation_name}")
    extra = f"<style>{pdf.stylesheet(PRINT)}</style>"
    head_end, body_start = page.index("</head>"), page.index("<body>") + len("<body>")
    return f"{page[:head_end]}{extra}{page[head_end:body_start]}{footer}{page[body_start:]}"


def render_pdf(document: PageDocument, section_html: list[str]) -> bytes:
    return pdf.html_to_pdf(page_for_print(document, section_html))
