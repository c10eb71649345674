"""The issuer's metadata, found from the issuer alone (OpenID Connect Discovery 1.0).

``{issuer}/.well-known/openid-configuration`` names the JWKS; the document's
``issuer`` must be the configured one (a trailing slash aside), or a
misconfigured or spoofed document could make us trust another issuer's keys.
An explicitly configured ``oidc_jwks_url`` skips discovery.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass

import httpx

log = logging.getLogger(__name__)

DISCOVERY_PATH = "/.well-known/openid-configuration"
DISCOVERY_MAX_AGE_SECONDS = 3600.0
DISCOVERY_RETRY_SECONDS = 30.0
TIMEOUT_SECONDS = 5.0


def normalise_issuer(issuer: str) -> str:
    """Issuers compare equal with or without a trailing slash (Entra ID adds
    none, Keycloak none, some brokers one)."""
    return issuer.strip().rstrip("/")


class DiscoveryFailed(Exception):
    """The issuer's metadata could not be read or does not fit; says why."""


@dataclass
class _Found:
    jwks_uri: str
    at: float
    # For the app's own sign-in (authorization code + PKCE); an issuer that
    # only signs tokens for other clients may name neither.
    authorization_endpoint: str | None = None
    token_endpoint: str | None = None


class Discovery:
    def __init__(self, issuer: str) -> None:
        self.issuer = normalise_issuer(issuer)
        self.url = self.issuer + DISCOVERY_PATH
        self._found: _Found | None = None
        self._failed_at: float | None = None
        self._lock = asyncio.Lock()

    async def jwks_uri(self) -> str:
        return (await self.metadata()).jwks_uri

    async def endpoints(self) -> tuple[str, str]:
        """The authorization and token endpoints; ``DiscoveryFailed`` without them."""
        found = await self.metadata()
        if not found.authorization_endpoint or not found.token_endpoint:
            raise DiscoveryFailed(f"discovery at {self.url} names no authorization/token endpoint")
        return found.authorization_endpoint, found.token_endpoint

    async def metadata(self) -> _Found:
        now = time.monotonic()
        found = self._found
        if found is not None and now - found.at < DISCOVERY_MAX_AGE_SECONDS:
            return found
        async with self._lock:
            if self._found is not None and now - self._found.at < DISCOVERY_MAX_AGE_SECONDS:
                return self._found
            if self._failed_at is not None and now - self._failed_at < DISCOVERY_RETRY_SECONDS:
                if self._found is not None:
                    return self._found
                raise DiscoveryFailed(f"discovery at {self.url} failed recently")
            try:
                self._found = await self._fetch(now)
            except DiscoveryFailed as error:
                self._failed_at = now
                log.warning("%s", error)
                if self._found is not None:
                    return self._found  # keep the last good one meanwhile
                raise
            return self._found

    async def _fetch(self, now: float) -> _Found:
        try:
            async with httpx.AsyncClient(timeout=TIMEOUT_SECONDS) as client:
                response = await client.get(self.url, headers={"accept": "application/json"})
                response.raise_for_status()
                document = response.json()
        except (httpx.HTTPError, ValueError) as error:
            raise DiscoveryFailed(f"discovery at {self.url} failed: {error}") from None
        if not isinstance(document, dict):
            raise DiscoveryFailed(f"discovery at {self.url} is not a JSON object")
        named = document.get("issuer")
        if not isinstance(named, str) or normalise_issuer(named) != self.issuer:
            raise DiscoveryFailed(
                f"discovery at {self.url} names issuer {named!r}, not {self.issuer!r}"
            )
        jwks_uri = document.get("jwks_uri")
        if not isinstance(jwks_uri, str) or not jwks_uri.startswith(("https://", "http://")):
            raise DiscoveryFailed(f"discovery at {self.url} names no jwks_uri")
        authorization = _url(document, "authorization_endpoint")
        return _Found(jwks_uri, now, authorization, _url(document, "token_endpoint"))


def _url(document: dict[str, object], name: str) -> str | None:
    value = document.get(name)
    return value if isinstance(value, str) and value.startswith(("https://", "http://")) else None
