"""``email.utils.formataddr`` for many recipients: the same text, without
building a ``Charset`` and counting a name's bytes in Python for each one
(that was most of the Python time of inviting 100,000 raters; bench/NOTES.md)."""

from __future__ import annotations

import base64
from email import quoprimime
from email.utils import formataddr
from string import ascii_letters, digits

# The bytes a header's quoted-printable form writes as they are (quoprimime's
# map; the space becomes "_"): every other byte takes three characters.
_AS_THEY_ARE = ("-!*+/ " + ascii_letters + digits).encode("ascii")


def format_address(name: str, address: str) -> str:
    """``formataddr((name, address))`` with its utf-8 default, character for
    character: a non-ASCII name as one encoded word, base64 or quoted-printable,
    whichever is shorter (quoted-printable on a tie)."""
    if not name or name.isascii():
        return formataddr((name, address))
    address.encode("ascii")  # formataddr's check: an address is ASCII
    raw = name.encode("utf-8")
    escaped = len(raw.translate(None, _AS_THEY_ARE))
    if (len(raw) + 2) // 3 * 4 < len(raw) + 2 * escaped:
        encoded = f"=?utf-8?b?{base64.b64encode(raw).decode('ascii')}?="
    else:
        encoded = quoprimime.header_encode(raw, "utf-8")
    return f"{encoded} <{address}>"
