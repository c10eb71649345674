"""The storage interface every backend implements, and the rules every object
key and upload follows whichever backend holds the bytes.

Clients move file bytes through presigned URLs, never through GraphQL: a
service checks the declared type and size (``check_upload``), hands out a
``PresignedUpload``, and once the client reports back it checks what really
arrived (``verify_upload``) before it stores the key.
"""

from __future__ import annotations

import re
import secrets
import unicodedata
from abc import ABC, abstractmethod
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import NamedTuple
from urllib.parse import quote

from backend.api.errors import DomainError, ErrorCode
from backend.storage.sniff import SNIFF_BYTES, content_matches

MAX_KEY_LENGTH = 512
DEFAULT_CONTENT_TYPE = "application/octet-stream"

# A key is "/"-separated segments of URL- and filesystem-safe ASCII. A segment
# may not start with a dot: that rules out "." and ".." (traversal) and hidden
# files, and leaves dot-names free for a backend's own bookkeeping.
_SEGMENT = r"[A-Za-z0-9_-][A-Za-z0-9._-]*"
_KEY = re.compile(rf"{_SEGMENT}(?:/{_SEGMENT})*")
_UNSAFE_FILENAME_CHARACTERS = re.compile(r"[^A-Za-z0-9._-]+")
# NFKD turns "é" into "e" but leaves the Danish letters alone.
_DANISH = str.maketrans({"æ": "ae", "Æ": "Ae", "ø": "oe", "Ø": "Oe", "å": "aa", "Å": "Aa"})


class InvalidObjectKey(ValueError):
    """A key that could escape its folder, or that not every backend stores alike."""


class ObjectNotFound(LookupError):
    """``get`` of a key that holds no object."""


class StorageUnavailable(RuntimeError):
    """The storage cannot be used right now (``ping`` failed)."""


class ObjectInfo(NamedTuple):
    size: int
    content_type: str


@dataclass(frozen=True, slots=True)
class PresignedUpload:
    """What a client needs to send one file straight to storage: ``method`` to
    ``url`` with exactly ``headers``, before ``expires_at``. ``fields`` are the
    form fields of a POST upload; a PUT upload has none."""

    url: str
    method: str
    headers: dict[str, str]
    expires_at: datetime
    fields: dict[str, str] = field(default_factory=dict)


class Storage(ABC):
    """Where files live. Key-taking methods raise ``InvalidObjectKey`` for a
    key ``validate_key`` refuses."""

    @abstractmethod
    def presigned_upload(self, key: str, content_type: str, max_bytes: int) -> PresignedUpload:
        """A URL that accepts one object of ``content_type`` at ``key``."""

    @abstractmethod
    def presigned_download(
        self, key: str, filename: str | None = None, inline: bool = False
    ) -> str:
        """A URL that serves ``key``, saved as ``filename`` unless ``inline``."""

    @abstractmethod
    async def put(self, key: str, data: bytes, content_type: str) -> None:
        """Store ``data`` at ``key``, replacing what was there."""

    @abstractmethod
    async def get(self, key: str) -> bytes:
        """The object's bytes; ``ObjectNotFound`` when there is none."""

    async def first_bytes(self, key: str, count: int) -> bytes:
        """The object's first ``count`` bytes (backends read no more than that)."""
        return (await self.get(key))[:count]

    @abstractmethod
    async def delete(self, key: str) -> None:
        """Remove the object; a missing object is not an error."""

    @abstractmethod
    async def head(self, key: str) -> ObjectInfo | None:
        """Size and content type, or None when there is no object."""

    @abstractmethod
    async def ping(self) -> None:
        """Raise unless the storage can be used (for ``/readyz``)."""

    async def exists(self, key: str) -> bool:
        return await self.head(key) is not None

    def public_url(self, key: str) -> str | None:
        """A permanent, unsigned URL, where the backend has one. Every object
        is private today, so none does; callers must handle None."""
        validate_key(key)
        return None


# --- keys ---------------------------------------------------------------------


def validate_key(key: str) -> str:
    if len(key) > MAX_KEY_LENGTH or not _KEY.fullmatch(key):
        raise InvalidObjectKey(f"invalid object key {key[:80]!r}")
    return key


def is_valid_key(key: str) -> bool:
    return len(key) <= MAX_KEY_LENGTH and _KEY.fullmatch(key) is not None


def tenant_prefix(organisation_id: int) -> str:
    if organisation_id < 1:
        raise ValueError(f"invalid organisation id {organisation_id!r}")
    return f"org/{organisation_id}/"


def key_in_tenant(key: str, organisation_id: int) -> bool:
    """Whether a key (e.g. one a client sends back after uploading) belongs to
    the organisation: services must check it, or a client could attach another
    tenant's file to its own records."""
    return is_valid_key(key) and key.startswith(tenant_prefix(organisation_id))


def new_object_key(prefix: str, filename: str, *, organisation_id: int) -> str:
    """``org/<organisation>/<prefix>/<random>/<safe filename>``.

    The organisation comes first so one tenant's objects can be exported or
    erased by prefix. 128 random bits make the key unguessable and unique, so
    an upload never replaces another. The filename only makes keys readable;
    the name a download is saved as is passed to ``presigned_download``.
    """
    validate_key(prefix)
    token = secrets.token_urlsafe(16)
    return validate_key(
        f"{tenant_prefix(organisation_id)}{prefix}/{token}/{safe_filename(filename)}"
    )


def safe_filename(filename: str, max_length: int = 100) -> str:
    """An ASCII name fit for a key segment, keeping what can be kept."""
    name = re.split(r"[/\\]", filename)[-1].translate(_DANISH)
    name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    name = _UNSAFE_FILENAME_CHARACTERS.sub("-", name)
    stem, dot, extension = name.rpartition(".")
    if not dot:
        stem, extension = name, ""
    extension = extension.strip("-_")[:16].lower()
    stem = stem.strip("._-")[: max_length - 17] or "file"
    return f"{stem}.{extension}" if extension else stem


def content_disposition(filename: str | None, inline: bool) -> str:
    """A Content-Disposition value; the filename is percent-encoded (RFC 6266),
    so no character a user typed can end the header or add another."""
    kind = "inline" if inline else "attachment"
    if not filename:
        return kind
    name = re.split(r"[/\\]", filename)[-1][:200]
    return f"{kind}; filename=\"{safe_filename(name)}\"; filename*=UTF-8''{quote(name, safe='')}"


# --- upload policy ----------------------------------------------------------------


class UploadRejection(StrEnum):
    CONTENT_TYPE_NOT_ALLOWED = "CONTENT_TYPE_NOT_ALLOWED"
    TOO_LARGE = "TOO_LARGE"
    EMPTY = "EMPTY"
    MISSING = "MISSING"
    CONTENT_MISMATCH = "CONTENT_MISMATCH"


class UploadRejected(DomainError):
    """A file a service will not take. It is a ``DomainError``, so a mutation
    that lets it through answers with a ``UserError`` (code ``INVALID``) and
    rolls back; ``reason`` says which rule refused it."""

    def __init__(
        self, reason: UploadRejection, field: Sequence[str] | None = None, **params: object
    ) -> None:
        super().__init__(
            ErrorCode.INVALID, f"storage.upload.{reason.value.lower()}", field, **params
        )
        self.reason = reason


def media_type(content_type: str) -> str:
    """``"Image/PNG; x=y"`` -> ``"image/png"``: parameters never decide a type."""
    return content_type.split(";", 1)[0].strip().lower()


def check_upload(
    content_type: str,
    size: int,
    allowed: Collection[str],
    max_bytes: int,
    *,
    field: Sequence[str] | None = None,
) -> str:
    """Refuse a type outside ``allowed`` or a size outside 1..max_bytes; returns
    the bare media type, the value to sign into the upload URL."""
    declared = media_type(content_type)
    if declared not in {media_type(item) for item in allowed}:
        raise UploadRejected(
            UploadRejection.CONTENT_TYPE_NOT_ALLOWED,
            field,
            content_type=declared or "?",
            allowed=", ".join(sorted(allowed)),
        )
    if size < 1:
        raise UploadRejected(UploadRejection.EMPTY, field)
    if size > max_bytes:
        raise UploadRejected(UploadRejection.TOO_LARGE, field, maximum=human_size(max_bytes))
    return declared


async def verify_upload(
    storage: Storage,
    key: str,
    allowed: Collection[str],
    max_bytes: int,
    *,
    field: Sequence[str] | None = None,
) -> ObjectInfo:
    """Check what a client really uploaded before a service accepts the key:
    its stored type and size, and that its first bytes are of that type (the
    store enforced the declared type and size; this catches a file that is
    not what it says). A rejected object is deleted, so nothing nobody
    accepted lingers."""
    info = await storage.head(key)
    if info is None:
        raise UploadRejected(UploadRejection.MISSING, field)
    try:
        declared = check_upload(info.content_type, info.size, allowed, max_bytes, field=field)
        if not content_matches(declared, await storage.first_bytes(key, SNIFF_BYTES)):
            raise UploadRejected(UploadRejection.CONTENT_MISMATCH, field, content_type=declared)
    except UploadRejected:
        await storage.delete(key)
        raise
    return info


def human_size(size: int) -> str:
    for unit, factor in (("MB", 1024 * 1024), ("kB", 1024)):
        if size >= factor:
            return f"{round(size / factor, 1):g} {unit}"
    return f"{size} bytes"
