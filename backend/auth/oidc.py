"""OpenID Connect bearer tokens from the configured issuer.

A token is accepted only when all of this holds: its ``alg`` is one of
``oidc_algorithms`` and asymmetric (so never ``none``, and never an HMAC
"signed" with the issuer's public key); it names no critical header we would
have to understand; its ``kid`` is a signing key in the issuer's JWKS whose
type and algorithm fit the header; the signature verifies with that key; and
issuer, audience, expiry and not-before hold (30 seconds of clock skew).

The JWKS is fetched with httpx and cached; an unknown ``kid`` (the issuer
rotated its keys) fetches it again, at most once a minute, so tokens with
made-up key ids cannot make us hammer the issuer.

Which person a valid token names is the identity slice's business: it hands
a resolver to ``oidc_authenticator`` and registers the result.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import jwt
from sqlalchemy.ext.asyncio import AsyncSession

from backend.auth.authenticate import Authenticator, token_problem
from backend.auth.tokens import TokenProblem
from backend.auth.viewer import Viewer
from backend.settings import Settings

log = logging.getLogger(__name__)

ASYMMETRIC_ALGORITHMS = frozenset(
    {"RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA"}
)
LEEWAY_SECONDS = 30
JWKS_MAX_AGE_SECONDS = 3600.0
JWKS_MIN_REFETCH_SECONDS = 60.0
JWKS_TIMEOUT_SECONDS = 5.0

Resolver = Callable[[AsyncSession, Settings, dict[str, Any]], Awaitable[Viewer | None]]


class OidcRefused(Exception):
    """The token is not one we accept; the message says why (for the log only)."""

    def __init__(self, reason: str, *, expired: bool = False) -> None:
        super().__init__(reason)
        # Signed by the issuer and otherwise valid, but past its expiry.
        self.expired = expired


class JwksCache:
    """The issuer's signing keys by ``kid``."""

    def __init__(
        self,
        url: str,
        *,
        max_age: float = JWKS_MAX_AGE_SECONDS,
        min_refetch: float = JWKS_MIN_REFETCH_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.url = url
        self.max_age = max_age
        self.min_refetch = min_refetch
        self.clock = clock
        self.keys: dict[str, dict[str, Any]] = {}
        self.fetched_at: float | None = None
        self.attempted_at: float | None = None
        self.fetches = 0
        self._lock = asyncio.Lock()

    async def key(self, kid: str) -> dict[str, Any] | None:
        if self._wants_fetch(kid):
            async with self._lock:
                # Whoever waited for the lock finds the fetch done already.
                if self._wants_fetch(kid):
                    await self._fetch()
        return self.keys.get(kid)

    def _wants_fetch(self, kid: str) -> bool:
        now = self.clock()
        stale = self.fetched_at is None or now - self.fetched_at > self.max_age
        if not stale and kid in self.keys:
            return False
        return self.attempted_at is None or now - self.attempted_at >= self.min_refetch

    async def _fetch(self) -> None:
        self.attempted_at = self.clock()
        self.fetches += 1
        try:
            async with httpx.AsyncClient(timeout=JWKS_TIMEOUT_SECONDS) as client:
                response = await client.get(self.url, headers={"accept": "application/json"})
                response.raise_for_status()
                document = response.json()
        except (httpx.HTTPError, ValueError) as error:
            # Keep the keys we have: an issuer that is briefly down should not
            # sign everyone out.
            log.warning("fetching the JWKS at %s failed: %s", self.url, error)
            return
        keys = document.get("keys") if isinstance(document, dict) else None
        if not isinstance(keys, list):
            log.warning("the JWKS at %s has no keys", self.url)
            return
        self.keys = {
            key["kid"]: key
            for key in keys
            if isinstance(key, dict) and isinstance(key.get("kid"), str)
        }
        self.fetched_at = self.clock()


_caches: dict[str, JwksCache] = {}


def jwks_cache(url: str) -> JwksCache:
    cache = _caches.get(url)
    if cache is None:
        cache = _caches[url] = JwksCache(url)
    return cache


def forget_jwks_caches() -> None:
    """Tests start each case without cached keys."""
    _caches.clear()


def is_configured(settings: Settings) -> bool:
    return bool(settings.oidc_issuer and settings.oidc_audience and settings.oidc_jwks_url)


async def verify_oidc_token(token: str, settings: Settings) -> dict[str, Any]:
    """The claims of a valid token from the issuer; ``OidcRefused`` otherwise."""
    assert settings.oidc_jwks_url and settings.oidc_issuer and settings.oidc_audience
    try:
        header = jwt.get_unverified_header(token)
    except jwt.PyJWTError as error:
        raise OidcRefused(f"malformed token: {error}") from None
    algorithm = header.get("alg")
    allowed = [a for a in settings.oidc_algorithms if a in ASYMMETRIC_ALGORITHMS]
    if algorithm not in allowed:
        raise OidcRefused(f"algorithm {algorithm!r} is not allowed")
    if "crit" in header:
        # RFC 7515 4.1.11: a critical extension we do not implement must be refused.
        raise OidcRefused(f"critical header {header['crit']!r}")
    kid = header.get("kid")
    if not isinstance(kid, str) or not kid:
        raise OidcRefused("no key id")
    jwk = await jwks_cache(settings.oidc_jwks_url).key(kid)
    if jwk is None:
        raise OidcRefused(f"unknown key id {kid!r}")
    if jwk.get("use", "sig") != "sig" or jwk.get("alg", algorithm) != algorithm:
        raise OidcRefused(f"key {kid!r} is not a {algorithm} signing key")
    try:
        # Binding the key to the header's algorithm also refuses a key of the
        # wrong type (an RSA key offered for ES256, a symmetric "oct" key).
        key = jwt.PyJWK(jwk, algorithm=algorithm)
        return jwt.decode(
            token,
            key,
            algorithms=[algorithm],
            audience=settings.oidc_audience,
            issuer=settings.oidc_issuer,
            leeway=LEEWAY_SECONDS,
            options={"require": ["exp", "iss", "aud", "sub"]},
        )
    except jwt.ExpiredSignatureError as error:
        raise OidcRefused(f"{type(error).__name__}: {error}", expired=True) from None
    except jwt.PyJWTError as error:
        raise OidcRefused(f"{type(error).__name__}: {error}") from None


def oidc_authenticator(resolve: Resolver) -> Authenticator:
    """An authenticator for ``register_authenticator``: verifies the token,
    then lets ``resolve`` find the person. Does nothing unless configured."""

    async def authenticate_oidc(
        token: str, session: AsyncSession, settings: Settings
    ) -> Viewer | None:
        if not is_configured(settings):
            return None
        try:
            claims = await verify_oidc_token(token, settings)
        except OidcRefused as refused:
            log.info("OpenID Connect token refused: %s", refused)
            if refused.expired:
                token_problem.set(TokenProblem.EXPIRED)
            return None
        return await resolve(session, settings, claims)

    return authenticate_oidc
