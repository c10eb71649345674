"""Signed, expiring URLs for the local backend's ``/files/`` routes.

A URL carries one ``token`` query parameter: its terms (the key, and the
content type and size limit of an upload, or the filename and disposition of
a download) signed by itsdangerous' ``URLSafeTimedSerializer`` with the time
it was signed. Uploads and downloads are signed with a salt each, so a URL for
one cannot be used for the other, and the key is among the signed terms, so a
URL for one key cannot open another. A URL lives ``seconds`` after it was
signed and is expired the second after.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, TypeGuard

from itsdangerous import BadData, SignatureExpired, TimestampSigner, URLSafeTimedSerializer

TOKEN = "token"

# A salt per purpose: the signing key is derived for it, so a file URL's
# signature can never pass for anything else signed with the same secret_key,
# nor an upload's for a download's.
_UPLOAD = "ledelyst.storage.upload.v2"
_DOWNLOAD = "ledelyst.storage.download.v2"
# The largest size limit a signed upload can carry (as the old URLs' 18 digits).
_MAX_BYTES = 10**18 - 1


class SignedUrlProblem(StrEnum):
    EXPIRED = "SIGNED_URL_EXPIRED"
    INVALID = "SIGNED_URL_INVALID"


class SignedUrlError(Exception):
    def __init__(self, problem: SignedUrlProblem) -> None:
        super().__init__(problem.value)
        self.problem = problem


@dataclass(frozen=True, slots=True)
class UploadGrant:
    expires: int
    content_type: str
    max_bytes: int


@dataclass(frozen=True, slots=True)
class DownloadGrant:
    expires: int
    filename: str | None
    inline: bool


class _ClockedSigner(TimestampSigner):
    """itsdangerous' timestamp signer, on the storage's clock."""

    def __init__(self, *args: Any, clock: Callable[[], float], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._clock = clock

    def get_timestamp(self) -> int:
        return int(self._clock())


class UrlSigner:
    def __init__(self, secret_key: str, clock: Callable[[], float], seconds: int) -> None:
        self._clock = clock
        self._seconds = seconds
        self._upload = self._serializer(secret_key, _UPLOAD)
        self._download = self._serializer(secret_key, _DOWNLOAD)

    def _serializer(self, secret_key: str, salt: str) -> URLSafeTimedSerializer:
        return URLSafeTimedSerializer(
            secret_key,
            salt=salt,
            signer=_ClockedSigner,
            signer_kwargs={
                "clock": self._clock,
                "key_derivation": "hmac",
                "digest_method": hashlib.sha256,
            },
        )

    def now(self) -> int:
        return int(self._clock())

    def expires(self) -> int:
        """When a URL signed from now on expires at the earliest: taken
        before signing, a URL never lives shorter than promised."""
        return self.now() + self._seconds

    def upload_query(self, key: str, content_type: str, max_bytes: int) -> dict[str, str]:
        terms = {"key": key, "content_type": content_type, "max_bytes": max_bytes}
        return {TOKEN: self._upload.dumps(terms)}

    def download_query(self, key: str, filename: str | None, inline: bool) -> dict[str, str]:
        terms = {"key": key, "filename": filename, "inline": inline}
        return {TOKEN: self._download.dumps(terms)}

    def verify_upload(self, key: str, query: Mapping[str, str]) -> UploadGrant:
        terms, expires = self._verified(self._upload, key, query)
        content_type, max_bytes = terms.get("content_type"), terms.get("max_bytes")
        if not isinstance(content_type, str) or not _is_size(max_bytes):
            raise SignedUrlError(SignedUrlProblem.INVALID)
        return UploadGrant(expires, content_type, max_bytes)

    def verify_download(self, key: str, query: Mapping[str, str]) -> DownloadGrant:
        terms, expires = self._verified(self._download, key, query)
        filename, inline = terms.get("filename"), terms.get("inline")
        if not (filename is None or isinstance(filename, str)) or not isinstance(inline, bool):
            raise SignedUrlError(SignedUrlProblem.INVALID)
        return DownloadGrant(expires, filename or None, inline)

    def _verified(
        self, serializer: URLSafeTimedSerializer, key: str, query: Mapping[str, str]
    ) -> tuple[dict[str, Any], int]:
        """The signed terms and when they expire. itsdangerous checks the
        signature before the age, so "expired" is only ever said of a URL this
        server made."""
        try:
            terms, signed = serializer.loads(
                query.get(TOKEN, ""), max_age=self._seconds, return_timestamp=True
            )
        except SignatureExpired as expired:
            raise SignedUrlError(SignedUrlProblem.EXPIRED) from expired
        except BadData as bad:
            raise SignedUrlError(SignedUrlProblem.INVALID) from bad
        if not isinstance(terms, dict) or terms.get("key") != key:
            raise SignedUrlError(SignedUrlProblem.INVALID)
        return terms, int(signed.timestamp()) + self._seconds


def _is_size(value: object) -> TypeGuard[int]:
    # Reached only for signed values, so a bad one is our own bug or a forged
    # signature; either way the URL is no good.
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= _MAX_BYTES
