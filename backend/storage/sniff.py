"""Does a file's content match the type it claims?

The declared ``Content-Type`` is the client's word; the first bytes are the
file's. ``verify_upload`` reads them before a service records an upload, so
an HTML page or a program uploaded as ``image/png`` is refused. Every type a
slice accepts has a rule here; a type without one is refused, so adding a
type means saying how to recognise it.
"""

from __future__ import annotations

from collections.abc import Callable

# Enough for every signature below, and for the text check.
SNIFF_BYTES = 512

# ISO base media (MP4, HEIC): a box size, then "ftyp" and a brand.
_HEIC_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1"}
# Binary formats a text file must not be (a program or archive renamed .csv).
_BINARY = (b"\x89PNG", b"\xff\xd8\xff", b"%PDF-", b"PK\x03\x04", b"MZ", b"\x7fELF", b"GIF8")


def _ftyp(head: bytes, brands: set[bytes] | None = None) -> bool:
    if len(head) < 12 or head[4:8] != b"ftyp":
        return False
    return brands is None or head[8:12] in brands


def _mp3(head: bytes) -> bool:
    # An ID3 tag, or an MPEG audio frame sync (11 bits set).
    return head.startswith(b"ID3") or (len(head) > 1 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0)


def _text(head: bytes) -> bool:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with its byte order mark
        return True
    return bool(head) and b"\x00" not in head and not head.startswith(_BINARY)


_RULES: dict[str, Callable[[bytes], bool]] = {
    "image/png": lambda h: h.startswith(b"\x89PNG\r\n\x1a\n"),
    "image/jpeg": lambda h: h.startswith(b"\xff\xd8\xff"),
    "image/gif": lambda h: h.startswith((b"GIF87a", b"GIF89a")),
    "image/webp": lambda h: h[:4] == b"RIFF" and h[8:12] == b"WEBP",
    "image/heic": lambda h: _ftyp(h, _HEIC_BRANDS),
    "application/pdf": lambda h: h.startswith(b"%PDF-"),
    "video/mp4": _ftyp,
    "audio/mp4": _ftyp,
    "audio/mpeg": _mp3,
    "text/csv": _text,
    "application/csv": _text,
    "application/vnd.ms-excel": _text,  # what some browsers call a .csv file
    "text/plain": _text,
}


def content_matches(media_type: str, head: bytes) -> bool:
    """Whether ``head`` (the first ``SNIFF_BYTES`` of a file) is a ``media_type``."""
    rule = _RULES.get(media_type)
    return rule is not None and rule(head)


def known_types() -> frozenset[str]:
    return frozenset(_RULES)
