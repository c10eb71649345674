"""The PDF of a published version, laid out by fpdf2 (pure Python) from the
same sanitized HTML as the page, in DejaVu fonts, which cover Danish letters.

Images are left out (their alt text is kept): the PDF never fetches
anything. Should fpdf2's HTML reader trip on some construct, the PDF is
written again as plain text, so a PDF quirk never stops a publication.
"""

from __future__ import annotations

import html
import importlib.util
import logging
import re
from functools import cache
from pathlib import Path

from fpdf import FPDF, FontFace, TextStyle

from backend.i18n import translate
from learning.philosophy.publishing.rendering import PageDocument, format_date

log = logging.getLogger(__name__)

FAMILY = "dejavu"
MONO = "dejavumono"
_TAG = re.compile(r"<[^>]+>")


@cache
def font_folder() -> Path | None:
    """DejaVu from matplotlib's data (found without importing it) or the system."""
    candidates: list[Path] = []
    spec = importlib.util.find_spec("matplotlib")
    if spec is not None and spec.origin is not None:
        candidates.append(Path(spec.origin).parent / "mpl-data" / "fonts" / "ttf")
    candidates.append(Path("/usr/share/fonts/truetype/dejavu"))
    for folder in candidates:
        if (folder / "DejaVuSans.ttf").is_file() and (folder / "DejaVuSansMono.ttf").is_file():
            return folder
    return None


class _Pdf(FPDF):
    def __init__(self, footer_text: str) -> None:
        super().__init__(format="A4")
        self.footer_text = footer_text
        folder = font_folder()
        self.unicode = folder is not None
        if folder is not None:
            self.add_font(FAMILY, "", str(folder / "DejaVuSans.ttf"))
            self.add_font(FAMILY, "B", str(folder / "DejaVuSans-Bold.ttf"))
            self.add_font(FAMILY, "I", str(folder / "DejaVuSans-Oblique.ttf"))
            self.add_font(FAMILY, "BI", str(folder / "DejaVuSans-BoldOblique.ttf"))
            self.add_font(MONO, "", str(folder / "DejaVuSansMono.ttf"))
            self.family = FAMILY
        else:  # the core fonts know Latin-1 only
            self.family = "helvetica"
        self.set_auto_page_break(auto=True, margin=18)
        self.set_margins(20, 18, 20)

    def text_of(self, value: str) -> str:
        return value if self.unicode else value.encode("latin-1", "replace").decode("latin-1")

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font(self.family, "", 8)
        self.set_text_color(100, 100, 100)
        self.cell(0, 5, self.text_of(f"{self.footer_text} · {self.page_no()}"), align="C")
        self.set_text_color(0, 0, 0)


def _tag_styles(mono: str) -> dict[str, FontFace | TextStyle]:
    dark = (28, 25, 23)
    return {
        "h3": TextStyle(font_size_pt=13, color=dark, t_margin=4, b_margin=1),
        "h4": TextStyle(font_size_pt=12, color=dark, t_margin=3, b_margin=1),
        "h5": TextStyle(font_size_pt=11, color=dark, t_margin=3, b_margin=1),
        "h6": TextStyle(font_size_pt=11, color=dark, t_margin=3, b_margin=1),
        "code": FontFace(family=mono),
        "pre": TextStyle(font_family=mono, t_margin=2, b_margin=2),
        "blockquote": TextStyle(color=(87, 83, 78), t_margin=2, b_margin=2, l_margin=6),
        "a": FontFace(color=(29, 78, 216)),
    }


def _plain(fragment: str) -> str:
    text = re.sub(r"</(p|li|h\d|blockquote|pre|tr)>", "\n", fragment)
    return html.unescape(_TAG.sub("", text)).strip()


def render_pdf(document: PageDocument, section_html: list[str]) -> bytes:
    """``section_html`` is each section's sanitized HTML rendered without images."""
    try:
        return _render(document, section_html, as_html=True)
    except Exception:  # fpdf2's HTML reader is not a browser: write plain text instead
        log.warning("PDF: written as plain text", exc_info=True)
        return _render(document, section_html, as_html=False)


def _render(document: PageDocument, section_html: list[str], *, as_html: bool) -> bytes:
    locale = document.locale
    title = translate("philosophy.page.title", locale, name=document.leader_name)
    pdf = _Pdf(f"{title} · {document.organisation_name}")
    pdf.set_title(title)
    pdf.set_author(document.leader_name)
    pdf.set_lang(locale)
    pdf.add_page()
    pdf.set_font(pdf.family, "B", 18)
    pdf.multi_cell(0, 9, pdf.text_of(title), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(pdf.family, "", 10)
    meta = [document.job_title, document.organisation_name]
    version = translate(
        "philosophy.page.version",
        locale,
        number=document.number,
        date=format_date(document.published_at, locale),
    )
    pdf.multi_cell(
        0,
        5,
        pdf.text_of(" · ".join(m for m in [*meta, version] if m)),
        new_x="LMARGIN",
        new_y="NEXT",
    )
    mono = MONO if pdf.unicode else "courier"
    for section, fragment in zip(document.sections, section_html, strict=True):
        pdf.ln(4)
        pdf.set_font(pdf.family, "B", 14)
        pdf.multi_cell(0, 7, pdf.text_of(section.title), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(pdf.family, "", 9)
        if section.principles:
            cites = translate("philosophy.page.cites_principles", locale)
            line = f"{cites}: {', '.join(section.principles)}"
            pdf.multi_cell(0, 4.5, pdf.text_of(line), new_x="LMARGIN", new_y="NEXT")
        if section.goals:
            line = f"{translate('philosophy.page.cites_goals', locale)}: {', '.join(section.goals)}"
            pdf.multi_cell(0, 4.5, pdf.text_of(line), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(pdf.family, "", 11)
        _write_section(pdf, fragment, mono, as_html)
    if document.summary:
        pdf.ln(4)
        pdf.set_font(pdf.family, "B", 11)
        pdf.multi_cell(
            0,
            6,
            pdf.text_of(translate("philosophy.page.changes", locale)),
            new_x="LMARGIN",
            new_y="NEXT",
        )
        pdf.set_font(pdf.family, "", 10)
        pdf.multi_cell(0, 5, pdf.text_of(document.summary), new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def _write_section(pdf: _Pdf, fragment: str, mono: str, as_html: bool) -> None:
    if as_html and pdf.unicode:
        pdf.write_html(
            fragment,
            font_family=pdf.family,
            tag_styles=_tag_styles(mono),
            warn_on_tags_not_matching=False,
        )
        return
    pdf.set_font(pdf.family, "", 11)
    pdf.multi_cell(0, 5.5, pdf.text_of(_plain(fragment)), new_x="LMARGIN", new_y="NEXT")
