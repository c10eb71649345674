"""The app's own OpenID Connect sign-in: authorization code with PKCE
(RFC 7636), per OAuth 2.0 for Browser-Based Apps.

The browser makes the code verifier and its S256 challenge, a state and a
nonce, and goes to the issuer's authorization endpoint; the issuer sends it
back to ``/sign-in/oidc`` with a code. The app hands the code, the verifier
and the nonce to ``POST /auth/oidc``; here the code is redeemed at the token
endpoint as the public client it is (no secret: the verifier proves that the
browser which started is the one finishing), the ID token is verified like
every other (``verify_oidc_token``) and its nonce must be the app's. The ID
token never reaches JavaScript; the app gets Ledelyst's own tokens.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx

from backend.auth.oidc import OidcRefused, discovery_of, is_configured, verify_oidc_token
from backend.auth.oidc_discovery import DiscoveryFailed
from backend.settings import Settings

REDIRECT_PATH = "/sign-in/oidc"
TIMEOUT_SECONDS = 10.0


@dataclass(frozen=True)
class AppSignIn:
    """What the app needs to start: where to send the browser, as whom."""

    issuer: str
    client_id: str
    authorization_endpoint: str
    redirect_uri: str


def redirect_uri(settings: Settings) -> str:
    return settings.base_url.rstrip("/") + REDIRECT_PATH


def app_client_id(settings: Settings) -> str | None:
    return settings.oidc_app_client_id if is_configured(settings) else None


async def _endpoints(settings: Settings) -> tuple[str, str]:
    try:
        return await discovery_of(settings).endpoints()
    except DiscoveryFailed as error:
        raise OidcRefused(str(error)) from None


async def app_sign_in(settings: Settings) -> AppSignIn | None:
    """None when the app's sign-in is not configured."""
    client_id = app_client_id(settings)
    if client_id is None or settings.oidc_issuer is None:
        return None
    authorization, _token = await _endpoints(settings)
    return AppSignIn(settings.oidc_issuer, client_id, authorization, redirect_uri(settings))


async def redeem_code(settings: Settings, code: str, verifier: str, nonce: str) -> dict[str, Any]:
    """The verified claims of the ID token the code is worth; ``OidcRefused`` otherwise."""
    client_id = app_client_id(settings)
    if client_id is None:
        raise OidcRefused("the app's OpenID Connect sign-in is not configured")
    if not code or not verifier or not nonce:
        raise OidcRefused("code, code verifier and nonce are all needed")
    _authorization, token_endpoint = await _endpoints(settings)
    form = {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": redirect_uri(settings),
        "client_id": client_id,
        "code_verifier": verifier,
    }
    try:
        async with httpx.AsyncClient(timeout=TIMEOUT_SECONDS) as client:
            response = await client.post(
                token_endpoint, data=form, headers={"accept": "application/json"}
            )
        answer = response.json()
    except (httpx.HTTPError, ValueError) as error:
        raise OidcRefused(f"the token endpoint failed: {error}") from None
    if response.status_code != 200 or not isinstance(answer, dict):
        said = answer.get("error") if isinstance(answer, dict) else None
        raise OidcRefused(f"the token endpoint answered {response.status_code} ({said})")
    id_token = answer.get("id_token")
    if not isinstance(id_token, str) or not id_token:
        raise OidcRefused("the token endpoint answered no ID token")
    claims = await verify_oidc_token(id_token, settings)
    if claims.get("nonce") != nonce:
        raise OidcRefused("the ID token's nonce is not the app's")
    return claims
