"""The rules every backend shares: object keys, and what an upload may be."""

from __future__ import annotations

import pytest

from backend.api.errors import ErrorCode
from backend.i18n import Locale
from backend.storage.base import (
    MAX_KEY_LENGTH,
    InvalidObjectKey,
    UploadRejected,
    UploadRejection,
    check_upload,
    content_disposition,
    key_in_tenant,
    new_object_key,
    safe_filename,
    validate_key,
)

IMAGES = {"image/png", "image/jpeg"}


@pytest.mark.parametrize(
    "key",
    ["org/1/avatars/abc/photo.png", "a", "org/7/x_y-z/9.tar.gz", "org/1/-_token/f"],
)
def test_ordinary_keys_are_accepted(key: str) -> None:
    assert validate_key(key) == key


@pytest.mark.parametrize(
    "key",
    [
        "",
        "../etc/passwd",
        "org/1/../../etc/passwd",
        "org/1/..",
        "org/./1",
        "/org/1/file",
        "org/1/",
        "org//1",
        "org/1/.hidden",
        "org\\1\\file",
        "org/1/æble.png",
        "org/1/a b",
        "org/1/a\nb",
        "org/1/a%2e",
        "x" * (MAX_KEY_LENGTH + 1),
    ],
)
def test_keys_that_could_escape_or_differ_between_backends_are_refused(key: str) -> None:
    with pytest.raises(InvalidObjectKey):
        validate_key(key)


def test_new_key_starts_with_the_tenant_and_is_random_and_readable() -> None:
    first = new_object_key("philosophies", "Mit ledelsesgrundlag.pdf", organisation_id=42)
    second = new_object_key("philosophies", "Mit ledelsesgrundlag.pdf", organisation_id=42)
    assert first.startswith("org/42/philosophies/")
    assert first.endswith("/Mit-ledelsesgrundlag.pdf")
    assert first != second
    assert len(first.split("/")[3]) >= 22  # 128 random bits, base64url


def test_new_key_belongs_to_its_tenant_only() -> None:
    key = new_object_key("avatars", "me.png", organisation_id=4)
    assert key_in_tenant(key, 4)
    assert not key_in_tenant(key, 42)
    assert not key_in_tenant("org/4/../5/x.png", 4)


def test_new_key_refuses_a_bad_prefix_or_organisation() -> None:
    with pytest.raises(InvalidObjectKey):
        new_object_key("../avatars", "me.png", organisation_id=1)
    with pytest.raises(ValueError):
        new_object_key("avatars", "me.png", organisation_id=0)


@pytest.mark.parametrize(
    ("filename", "safe"),
    [
        ("Rapport æøå ÆØÅ.PDF", "Rapport-aeoeaa-AeOeAa.pdf"),
        ("../../etc/passwd", "passwd"),
        ("C:\\Users\\leder\\Refleksion 1.docx", "Refleksion-1.docx"),
        (".bashrc", "file.bashrc"),
        ("", "file"),
        ("名前.png", "file.png"),
        ("x" * 300 + ".png", "x" * 83 + ".png"),
    ],
)
def test_filenames_are_made_safe_for_keys(filename: str, safe: str) -> None:
    assert safe_filename(filename) == safe
    assert validate_key(safe_filename(filename))


def test_content_disposition_cannot_be_broken_by_the_filename() -> None:
    value = content_disposition('evil"\r\nSet-Cookie: a=b.pdf', inline=False)
    assert "\r" not in value and "\n" not in value
    assert value.startswith('attachment; filename="')
    assert content_disposition("Mål.pdf", inline=True) == (
        "inline; filename=\"Maal.pdf\"; filename*=UTF-8''M%C3%A5l.pdf"
    )
    assert content_disposition(None, inline=False) == "attachment"


def test_an_allowed_upload_returns_its_bare_media_type() -> None:
    assert check_upload("Image/PNG; foo=bar", 10, IMAGES, 100) == "image/png"


@pytest.mark.parametrize(
    ("content_type", "size", "reason"),
    [
        ("text/html", 10, UploadRejection.CONTENT_TYPE_NOT_ALLOWED),
        ("", 10, UploadRejection.CONTENT_TYPE_NOT_ALLOWED),
        ("image/png", 101, UploadRejection.TOO_LARGE),
        ("image/png", 0, UploadRejection.EMPTY),
    ],
)
def test_a_disallowed_upload_is_rejected_with_its_reason(
    content_type: str, size: int, reason: UploadRejection
) -> None:
    with pytest.raises(UploadRejected) as caught:
        check_upload(content_type, size, IMAGES, 100)
    assert caught.value.reason is reason


def test_a_rejected_upload_becomes_a_user_error_in_both_languages() -> None:
    with pytest.raises(UploadRejected) as caught:
        check_upload("image/png", 30 * 1024 * 1024, IMAGES, 20 * 1024 * 1024, field=["file"])
    english = caught.value.to_user_error(Locale.EN)
    danish = caught.value.to_user_error(Locale.DA)
    assert english.code is ErrorCode.INVALID
    assert english.field == ["input", "file"]
    assert english.message == "The file is too large. It may be at most 20 MB."
    assert danish.message == "Filen er for stor. Den må højst fylde 20 MB."
