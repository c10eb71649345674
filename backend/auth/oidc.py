"""OpenID Connect bearer tokens from the configured issuer.

A token is accepted only when all of this holds: its ``alg`` is one of
``oidc_algorithms`` and asymmetric (so never ``none``, and never an HMAC
"signed" with the issuer's public key); it names no critical header we would
have to understand; its ``kid`` is a signing key in the issuer's JWKS whose
type and algorithm fit the header; the signature verifies with that key;
expiry and not-before hold (30 seconds of clock skew); its issuer is the
configured one (a trailing slash aside); its ``aud`` names one of our client
ids and its ``azp``, when present, is one of them.

The JWKS is found by discovery from the issuer (``oidc_discovery``) unless
configured, and cached (``jwks``). Which person a valid token names is the
identity slice's business: it hands a resolver to ``oidc_authenticator``.
A refusal is recorded with its code (``refusal``) and logged with the reason.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

import jwt
from sqlalchemy.ext.asyncio import AsyncSession

from backend.auth.authenticate import Authenticator
from backend.auth.jwks import JwksCache
from backend.auth.oidc_discovery import Discovery, DiscoveryFailed, normalise_issuer
from backend.auth.refusal import RefusalCode, refuse
from backend.auth.viewer import Viewer
from backend.settings import Settings

log = logging.getLogger(__name__)

ASYMMETRIC_ALGORITHMS = frozenset(
    {"RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA"}
)
LEEWAY_SECONDS = 30

Resolver = Callable[[AsyncSession, Settings, dict[str, Any]], Awaitable[Viewer | None]]


class OidcRefused(Exception):
    """The token is not one we accept; the message says why (for the log only)."""


class OidcExpired(OidcRefused):
    """The token was good but has expired: the client should sign in again."""


_caches: dict[tuple[str, float, int], JwksCache] = {}
_discoveries: dict[str, Discovery] = {}


def jwks_cache(url: str, settings: Settings) -> JwksCache:
    key = (url, float(settings.oidc_jwks_max_age_seconds), settings.oidc_jwks_refetches_per_minute)
    cache = _caches.get(key)
    if cache is None:
        cache = _caches[key] = JwksCache(
            url, max_age=key[1], refetches_per_minute=settings.oidc_jwks_refetches_per_minute
        )
    return cache


def forget_jwks_caches() -> None:
    """Tests start each case without cached keys or metadata."""
    _caches.clear()
    _discoveries.clear()


def client_ids(settings: Settings) -> list[str]:
    ids = list(settings.oidc_client_ids)
    for extra in (settings.oidc_audience, settings.oidc_app_client_id):
        if extra and extra not in ids:
            ids.append(extra)
    return ids


def is_configured(settings: Settings) -> bool:
    return bool(settings.oidc_issuer and client_ids(settings))


def discovery_of(settings: Settings) -> Discovery:
    """The configured issuer's metadata, cached across requests."""
    assert settings.oidc_issuer
    issuer = normalise_issuer(settings.oidc_issuer)
    discovery = _discoveries.get(issuer)
    if discovery is None:
        discovery = _discoveries[issuer] = Discovery(issuer)
    return discovery


async def _jwks_url(settings: Settings) -> str:
    if settings.oidc_jwks_url:
        return settings.oidc_jwks_url
    try:
        return await discovery_of(settings).jwks_uri()
    except DiscoveryFailed as error:
        raise OidcRefused(str(error)) from None


async def verify_oidc_token(token: str, settings: Settings) -> dict[str, Any]:
    """The claims of a valid token from the issuer; ``OidcRefused`` otherwise."""
    assert settings.oidc_issuer
    audiences = client_ids(settings)
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
    jwk = await jwks_cache(await _jwks_url(settings), settings).key(kid)
    if jwk is None:
        raise OidcRefused(f"unknown key id {kid!r}")
    if jwk.get("use", "sig") != "sig" or jwk.get("alg", algorithm) != algorithm:
        raise OidcRefused(f"key {kid!r} is not a {algorithm} signing key")
    try:
        # Binding the key to the header's algorithm also refuses a key of the
        # wrong type (an RSA key offered for ES256, a symmetric "oct" key).
        key = jwt.PyJWK(jwk, algorithm=algorithm)
        claims: dict[str, Any] = jwt.decode(
            token,
            key,
            algorithms=[algorithm],
            audience=audiences,
            leeway=LEEWAY_SECONDS,
            options={"require": ["exp", "iss", "aud"], "verify_iss": False},
        )
    except jwt.ExpiredSignatureError as error:
        raise OidcExpired(f"{type(error).__name__}: {error}") from None
    except jwt.PyJWTError as error:
        raise OidcRefused(f"{type(error).__name__}: {error}") from None
    issuer = claims.get("iss")
    if not isinstance(issuer, str) or normalise_issuer(issuer) != normalise_issuer(
        settings.oidc_issuer
    ):
        raise OidcRefused(f"InvalidIssuerError: issuer {issuer!r} is not the configured one")
    azp = claims.get("azp")
    if azp is not None and azp not in audiences:
        # OIDC Core 3.1.3.7: the authorized party must be one of our clients.
        raise OidcRefused(f"authorized party {azp!r} is not one of our client ids")
    return claims


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
        except OidcExpired as expired:
            refuse(RefusalCode.TOKEN_EXPIRED, str(expired))
            return None
        except OidcRefused as refused:
            refuse(RefusalCode.TOKEN_INVALID, str(refused))
            return None
        return await resolve(session, settings, claims)

    return authenticate_oidc
