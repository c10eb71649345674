"""Each accepted type is recognised by its first bytes, and a file of
another kind declared as it is not."""

from __future__ import annotations

import pytest

from backend.storage.sniff import content_matches, known_types
from learning.programmes.uploads.service import EVIDENCE_TYPES, MEDIA_TYPES

SAMPLES = {
    "image/png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    "image/jpeg": b"\xff\xd8\xff\xe0\x00\x10JFIF",
    "image/gif": b"GIF89a\x01\x00",
    "image/webp": b"RIFF\x24\x00\x00\x00WEBPVP8 ",
    "image/heic": b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00",
    "application/pdf": b"%PDF-1.7\n%\xe2\xe3",
    "video/mp4": b"\x00\x00\x00\x20ftypisom\x00\x00\x02\x00",
    "audio/mp4": b"\x00\x00\x00\x20ftypM4A \x00\x00\x00\x00",
    "audio/mpeg": b"ID3\x04\x00\x00\x00\x00\x00\x00",
    "text/csv": "navn;stilling\nÆble;Leder\n".encode(),
    "text/plain": b"hello",
}
IMPOSTORS = [
    b"<html><script>alert(1)</script>",
    b"MZ\x90\x00\x03\x00\x00\x00",  # a Windows program
    b"PK\x03\x04\x14\x00",  # a zip archive
    b"",
]


@pytest.mark.parametrize(("media_type", "sample"), sorted(SAMPLES.items()))
def test_each_type_is_recognised_by_its_first_bytes(media_type: str, sample: bytes) -> None:
    assert content_matches(media_type, sample)
    # A file of another family (an image, a PDF) is not taken for this type.
    for other in ("image/png", "image/jpeg", "application/pdf"):
        if other != media_type:
            assert not content_matches(media_type, SAMPLES[other]), (media_type, other)


@pytest.mark.parametrize("media_type", sorted(SAMPLES))
def test_an_impostor_is_not_the_type_it_claims(media_type: str) -> None:
    for impostor in IMPOSTORS:
        if media_type.startswith("text/") and impostor.startswith(b"<html>"):
            continue  # HTML is text; text is never served inline as a page
        assert not content_matches(media_type, impostor), (media_type, impostor)


def test_every_type_a_slice_accepts_has_a_rule_and_an_unknown_type_none() -> None:
    assert (EVIDENCE_TYPES | MEDIA_TYPES) <= known_types()
    assert not content_matches("application/x-unknown", b"anything")
