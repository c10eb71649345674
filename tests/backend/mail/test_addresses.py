"""A recipient's address for many mails at once is what ``formataddr`` writes,
character for character: plain ASCII names, names that need quotes, and
non-ASCII names as one encoded word (base64 or quoted-printable, the shorter)."""

from __future__ import annotations

from email.utils import formataddr

import pytest
from hypothesis import given
from hypothesis import strategies as st

from backend.mail import format_address


@pytest.mark.parametrize(
    "name",
    [
        "",
        "Ann Berg",
        'Ann "AB" Berg',
        "Berg, Ann",
        "Bedømmer 17",
        "Ærø Øster",
        "Ø",
        "ééééé",
        "日本",
    ],
)
def test_a_name_is_written_as_formataddr_writes_it(name: str) -> None:
    assert format_address(name, "ann@example.dk") == formataddr((name, "ann@example.dk"))


@given(name=st.text(max_size=40))
def test_any_name_is_written_as_formataddr_writes_it(name: str) -> None:
    assert format_address(name, "rater@bench.example") == formataddr((name, "rater@bench.example"))


def test_a_non_ascii_address_is_refused_like_formataddr_refuses_it() -> None:
    with pytest.raises(UnicodeError):
        format_address("Søren", "søren@example.dk")
