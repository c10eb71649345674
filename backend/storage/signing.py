"""Signed, expiring URLs for the local backend's ``/files/`` routes.

A URL carries its terms (expiry, and the content type and size limit of an
upload, or the filename and disposition of a download) in the query string
with an HMAC-SHA256 over all of them and the method and key, so none can be
changed and a URL for one method or key cannot be used for another.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

# The signing key is derived for this one purpose, so a file URL's signature
# can never pass for anything else signed with the same secret_key.
_PURPOSE = b"ledelyst.storage.signed-url.v1"


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


class UrlSigner:
    def __init__(self, secret_key: str, clock: Callable[[], float]) -> None:
        self._key = hmac.new(secret_key.encode(), _PURPOSE, hashlib.sha256).digest()
        self._clock = clock

    def now(self) -> int:
        return int(self._clock())

    def upload_query(
        self, key: str, content_type: str, max_bytes: int, expires: int
    ) -> dict[str, str]:
        terms = {"expires": str(expires), "content_type": content_type, "max_bytes": str(max_bytes)}
        return {**terms, "signature": self._sign("PUT", key, terms)}

    def download_query(
        self, key: str, filename: str | None, inline: bool, expires: int
    ) -> dict[str, str]:
        terms = {"expires": str(expires)}
        if filename:
            terms["filename"] = filename
        if inline:
            terms["inline"] = "1"
        return {**terms, "signature": self._sign("GET", key, terms)}

    def verify_upload(self, key: str, query: Mapping[str, str]) -> UploadGrant:
        terms = self._verified("PUT", key, query, ("expires", "content_type", "max_bytes"))
        return UploadGrant(
            int(terms["expires"]), terms["content_type"], _integer(terms["max_bytes"])
        )

    def verify_download(self, key: str, query: Mapping[str, str]) -> DownloadGrant:
        terms = self._verified("GET", key, query, ("expires",), ("filename", "inline"))
        return DownloadGrant(
            int(terms["expires"]), terms.get("filename"), terms.get("inline") == "1"
        )

    def _verified(
        self,
        method: Literal["GET", "PUT"],
        key: str,
        query: Mapping[str, str],
        required: tuple[str, ...],
        optional: tuple[str, ...] = (),
    ) -> dict[str, str]:
        """The signed terms. The signature is checked before the expiry, so
        "expired" is only ever said of a URL this server made."""
        if any(name not in query for name in (*required, "signature")):
            raise SignedUrlError(SignedUrlProblem.INVALID)
        terms = {name: query[name] for name in (*required, *optional) if name in query}
        expected = self._sign(method, key, terms).encode()
        if not hmac.compare_digest(query["signature"].encode(), expected):
            raise SignedUrlError(SignedUrlProblem.INVALID)
        if self.now() > _integer(terms["expires"]):
            raise SignedUrlError(SignedUrlProblem.EXPIRED)
        return terms

    def _sign(self, method: str, key: str, terms: Mapping[str, str]) -> str:
        # JSON of sorted pairs is unambiguous: no choice of values can make two
        # different sets of terms serialise alike, as joining with "\n" could.
        message = json.dumps([method, key, sorted(terms.items())], separators=(",", ":"))
        digest = hmac.new(self._key, message.encode(), hashlib.sha256).digest()
        return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def _integer(value: str) -> int:
    # Reached only for signed values, so a bad one is our own bug or a forged
    # signature; either way the URL is no good.
    if not value.isdigit() or len(value) > 18:
        raise SignedUrlError(SignedUrlProblem.INVALID)
    return int(value)
