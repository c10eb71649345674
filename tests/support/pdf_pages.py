"""Reading a report's PDF as a person and a screen reader would: each page
rendered to an image (pypdfium2, the PDF engine of Chromium), its text with
the box each line of it takes, the filled shapes (bars, dots, swatches) with
their colours, and the structure tree a screen reader follows (pypdf).

The checks return what they found wrong, so a test's failure names it."""

from __future__ import annotations

import ctypes
import io
import re
from dataclasses import dataclass
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw
from PIL import Image
from pypdf import PdfReader

SCALE = 2.0  # image pixels per PDF point


@dataclass(frozen=True)
class Box:
    left: float
    bottom: float
    right: float
    top: float

    def overlap(self, other: Box, slack: float = 0.0) -> bool:
        """Whether the boxes share more than ``slack`` points both ways."""
        width = min(self.right, other.right) - max(self.left, other.left)
        height = min(self.top, other.top) - max(self.bottom, other.bottom)
        return width > slack and height > slack


@dataclass(frozen=True)
class TextLine:
    text: str
    box: Box
    # The font's own line height (ascent to descent, what CSS calls
    # "normal"), the largest in the run, in points.
    font_height: float = 0.0


@dataclass(frozen=True)
class Shape:
    colour: str  # "#rrggbb"
    box: Box


@dataclass
class Page:
    number: int
    height: float
    image: Image.Image
    text: str
    lines: list[TextLine]
    shapes: list[Shape]

    def pixels(self, box: Box, inset: float = 0.6) -> list[tuple[int, int, int]]:
        """The rendered pixels inside ``box`` (shrunk by ``inset`` points)."""
        left = int((box.left + inset) * SCALE)
        right = int((box.right - inset) * SCALE)
        top = int((self.height - box.top + inset) * SCALE)
        bottom = int((self.height - box.bottom - inset) * SCALE)
        if right <= left or bottom <= top:
            return []
        crop = self.image.crop((left, top, right, bottom)).convert("RGB")
        return list(crop.getdata())


def _shapes(page: Any) -> list[Shape]:
    found = []
    for obj in page.get_objects(max_depth=8):
        if obj.type != pdfium_raw.FPDF_PAGEOBJ_PATH:
            continue
        mode, stroke = ctypes.c_int(), ctypes.c_int()
        pdfium_raw.FPDFPath_GetDrawMode(obj.raw, mode, stroke)
        if not mode.value:  # a stroke only: grid lines, rules
            continue
        r, g, b, a = (ctypes.c_uint() for _ in range(4))
        pdfium_raw.FPDFPageObj_GetFillColor(obj.raw, r, g, b, a)
        colour = f"#{r.value:02x}{g.value:02x}{b.value:02x}"
        found.append(Shape(colour, Box(*obj.get_bounds())))
    return found


def _lines(text_page: Any) -> list[TextLine]:
    """Characters joined into runs of text: one run goes on while the next
    character sits on the same line, close after the last one (charts place
    every glyph on its own, so the PDF's own text rectangles are no help)."""
    lines: list[TextLine] = []
    text, box, size = "", None, 0.0
    last: tuple[float, float, float, float] | None = None  # the previous glyph

    def flush() -> None:
        nonlocal text, box, size
        if box is not None and text.strip():
            lines.append(TextLine(text.strip(), box, size))
        text, box, size = "", None, 0.0

    for index in range(text_page.count_chars()):
        char = text_page.get_text_range(index, 1)
        left, bottom, right, top = text_page.get_charbox(index)
        if char in "\r\n" or char == "\ufffe":
            flush()
            continue
        if char.isspace() or right - left <= 0 or top - bottom <= 0:
            if box is not None:
                text += " "
            continue
        loose = text_page.get_charbox(index, loose=True)  # the font's whole line box
        if box is not None and last is not None:
            height = max(last[3] - last[1], loose[3] - loose[1])
            middle, current = (loose[1] + loose[3]) / 2, (last[1] + last[3]) / 2
            gap = left - last[2]
            ligature = (left, right) == (last[0], last[2])  # one glyph, two letters
            if (
                abs(middle - current) > height * 0.5
                or gap > height * 0.9
                or (gap < -0.15 * height and not ligature)  # back, or over the last glyph
            ):
                flush()
            elif gap > height * 0.2 and not text.endswith(" "):
                text += " "
        text += char
        last = (left, loose[1], right, loose[3])
        size = max(size, loose[3] - loose[1])
        box = (
            Box(left, bottom, right, top)
            if box is None
            else Box(
                min(box.left, left),
                min(box.bottom, bottom),
                max(box.right, right),
                max(box.top, top),
            )
        )
    flush()
    return lines


def read_pages(data: bytes) -> list[Page]:
    document = pdfium.PdfDocument(data)
    pages = []
    for index in range(len(document)):
        page = document[index]
        text_page = page.get_textpage()
        pages.append(
            Page(
                number=index + 1,
                height=page.get_height(),
                image=page.render(scale=SCALE).to_pil(),
                text=text_page.get_text_range(),
                lines=_lines(text_page),
                shapes=_shapes(page),
            )
        )
    return pages


def overlapping_text(page: Page, slack: float = 0.8) -> list[tuple[str, str]]:
    """Pairs of text lines whose boxes overlap: text printed over text."""
    pairs = []
    for i, a in enumerate(page.lines):
        for b in page.lines[i + 1 :]:
            if a.box.overlap(b.box, slack):
                pairs.append((a.text, b.text))
    return pairs


def broken_words(page: Page, words: set[str]) -> list[str]:
    """Words of ``words`` split over two lines ("Medarbejde" / "re"): a
    line ending in the word's start with a line just below (near the same
    left edge) starting with its end."""
    found = []
    for a in page.lines:
        for b in page.lines:
            below = 0 < a.box.bottom - b.box.bottom <= 2.5 * max(a.font_height, 1)
            if not below or abs(a.box.left - b.box.left) > 40:
                continue
            tail, head = a.text.split()[-1], b.text.split()[0]
            if tail + head in words:
                found.append(f"{tail}/{head}")
    return found


def text_on_shapes(page: Page, colours: set[str], slack: float = 0.5) -> list[tuple[str, str]]:
    """Text lines drawn over (or under) a bar, dot or swatch of ``colours``:
    a legend or label that covers a bar, by the shapes in the PDF."""
    return [
        (line.text, shape.colour)
        for line in page.lines
        for shape in page.shapes
        if shape.colour in colours and line.box.overlap(shape.box, slack)
    ]


def _rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def coloured_pixels_under_text(
    page: Page, colours: set[str], tolerance: int = 30, allowed: int = 2
) -> list[str]:
    """Text lines whose box on the page image holds pixels of a bar's colour:
    seen as a reader sees the page, whatever drew them. ``colours`` must be
    saturated ones: the grey edges of black text come close to a greyish one."""
    targets = [_rgb(c) for c in colours]
    found = []
    for line in page.lines:
        count = sum(
            1
            for pixel in page.pixels(line.box)
            if any(
                sum(abs(p - t) for p, t in zip(pixel, target, strict=True)) <= tolerance
                for target in targets
            )
        )
        if count > allowed:
            found.append(line.text)
    return found


def marker_beside(page: Page, label: str, colour: str, reach: float = 14.0) -> bool:
    """Whether a line reading ``label`` has a filled shape of ``colour`` just
    before it on the same line: a legend entry."""
    for line in page.lines:
        if line.text != label:
            continue
        middle = (line.box.bottom + line.box.top) / 2
        for shape in page.shapes:
            if (
                shape.colour == colour
                and 0 <= line.box.left - shape.box.right <= reach
                and shape.box.bottom <= middle <= shape.box.top
            ):
                return True
    return False


DATE = re.compile(r"\b\d{1,2}\.\d{1,2}\.\d{4}\b")
POINT_DECIMAL = re.compile(r"(?<![\d.,])[−-]?\d+\.\d+(?![\d.])")
COMMA_DECIMAL = re.compile(r"(?<![\d.,])[−-]?\d+,\d+(?![\d,])")
MINUS_ZERO = re.compile(r"[−-]0(?:[.,]0+)?(?![\d.,])")


def number_problems(text: str, locale: str) -> list[str]:
    """Figures written the wrong way for ``locale``: a decimal point in
    Danish (a comma in English), or a negative zero."""
    plain = DATE.sub(" ", text)
    wrong = POINT_DECIMAL if locale == "da" else COMMA_DECIMAL
    return wrong.findall(plain) + MINUS_ZERO.findall(plain)


@dataclass(frozen=True)
class Structure:
    marked: bool
    language: str | None
    tags: list[str]  # every /S, depth first
    figures_without_alt: int
    title: str | None


def structure(data: bytes) -> Structure:
    """What a screen reader follows: /MarkInfo, /Lang and the structure tree."""
    reader = PdfReader(io.BytesIO(data))
    root: Any = reader.trailer["/Root"]
    tags: list[str] = []
    missing = 0
    tree = root.get("/StructTreeRoot")

    def walk(node: Any) -> None:
        nonlocal missing
        node = node.get_object()
        if not hasattr(node, "get"):
            return
        if (kind := node.get("/S")) is not None:
            tags.append(str(kind))
            if kind == "/Figure" and not node.get("/Alt"):
                missing += 1
        kids = node.get("/K")
        for kid in kids if isinstance(kids, list) else [kids] if kids is not None else []:
            if hasattr(kid, "get_object"):
                walk(kid)

    if tree is not None:
        walk(tree)
    mark_info = root.get("/MarkInfo")
    info = reader.metadata
    return Structure(
        marked=bool(mark_info is not None and mark_info.get("/Marked")),
        language=str(root["/Lang"]) if "/Lang" in root else None,
        tags=tags,
        figures_without_alt=missing,
        title=info.title if info is not None else None,
    )


def plain_objects(data: bytes) -> bytes:
    """The PDF written again without object streams, so that every
    dictionary (actions, annotations, the catalog) is readable as bytes."""
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
