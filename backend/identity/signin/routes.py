"""``/auth/…``: sign-in for the browser app, per OAuth 2.0 for Browser-Based
Apps. The access token is answered in JSON and kept in the app's memory only;
the refresh token never reaches JavaScript: it is an HttpOnly, SameSite=Strict
cookie (Secure in production) whose path is ``/auth/refresh``, so the browser
sends it there and nowhere else. ``POST /auth/refresh`` rotates it,
``DELETE /auth/refresh`` signs out (revokes it and clears the cookie).

CSRF: every route wants the ``X-Ledelyst-CSRF`` header, which a form or an
image of another site cannot send and a cross-origin script cannot without a
CORS preflight this server refuses; an ``Origin``, when the browser sends one,
must be this server's own. SameSite=Strict keeps the cookie off cross-site
requests besides. The GraphQL mutations stay for other clients.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import orjson
from fastapi import APIRouter, Request
from fastapi.responses import Response

from backend.api.errors import DomainError, ErrorCode
from backend.auth.oidc import OidcRefused
from backend.auth.oidc_code import app_sign_in
from backend.db import Database, utcnow
from backend.i18n import Locale, negotiate_locale, translate
from backend.identity.signin import service
from backend.identity.signin.oidc.service import sign_in_with_oidc_code
from backend.settings import Settings

router = APIRouter(prefix="/auth", include_in_schema=False)

REFRESH_PATH = "/auth/refresh"
COOKIE = "ledelyst_refresh"
CSRF_HEADER = "x-ledelyst-csrf"
STATUS = {ErrorCode.RATE_LIMITED: 429, ErrorCode.UNAUTHENTICATED: 401}


@router.post("/sign-in")
async def sign_in(request: Request) -> Response:
    async def action(settings: Settings, session: Any, body: dict[str, Any]) -> Any:
        return await service.sign_in(
            session,
            settings,
            _text(body, "email"),
            _text(body, "password"),
            _address(request),
            body.get("organisation") if isinstance(body.get("organisation"), str) else None,
        )

    return await _tokens_answer(request, action)


@router.post("/magic-link")
async def magic_link(request: Request) -> Response:
    async def action(settings: Settings, session: Any, body: dict[str, Any]) -> Any:
        return await service.sign_in_with_magic_link(
            session,
            settings,
            _text(body, "token"),
            body.get("organisation") if isinstance(body.get("organisation"), str) else None,
        )

    return await _tokens_answer(request, action)


@router.get("/oidc")
async def oidc_configuration(request: Request) -> Response:
    """Where the app sends the browser for OpenID Connect (authorization code +
    PKCE), or 204 (nothing) when the app's sign-in with it is not configured:
    every sign-in screen asks, and "not offered" is no error."""
    try:
        found = await app_sign_in(request.app.state.settings)
    except OidcRefused:
        found = None  # the issuer does not answer: the other sign-ins still work
    if found is None:
        return Response(status_code=204, headers={"Cache-Control": "no-store"})
    body = {
        "issuer": found.issuer,
        "clientId": found.client_id,
        "authorizationEndpoint": found.authorization_endpoint,
        "redirectUri": found.redirect_uri,
    }
    return Response(
        orjson.dumps(body), media_type="application/json", headers={"Cache-Control": "no-store"}
    )


@router.post("/oidc")
async def oidc_sign_in(request: Request) -> Response:
    async def action(settings: Settings, session: Any, body: dict[str, Any]) -> Any:
        return await sign_in_with_oidc_code(
            session,
            settings,
            _text(body, "code"),
            _text(body, "codeVerifier"),
            _text(body, "nonce"),
        )

    return await _tokens_answer(request, action)


@router.post("/refresh")
async def refresh(request: Request) -> Response:
    refresh_token = request.cookies.get(COOKIE, "")

    async def action(settings: Settings, session: Any, _body: dict[str, Any]) -> Any:
        if not refresh_token:
            raise DomainError(ErrorCode.UNAUTHENTICATED, "identity.refresh_invalid")
        return await service.refresh(session, settings, refresh_token)

    return await _tokens_answer(request, action, read_body=False)


@router.delete("/refresh")
async def sign_out(request: Request) -> Response:
    refused = _csrf_refusal(request)
    if refused is not None:
        return refused
    refresh_token = request.cookies.get(COOKIE)
    if refresh_token:
        database: Database = request.app.state.database
        async with database.session() as session, session.begin():
            await service.sign_out(session, None, refresh_token, everywhere=False)
    response = Response(status_code=204)
    _clear_cookie(response, request.app.state.settings)
    return response


async def _tokens_answer(request: Request, action: Any, *, read_body: bool = True) -> Response:
    refused = _csrf_refusal(request)
    if refused is not None:
        return refused
    settings: Settings = request.app.state.settings
    locale = negotiate_locale(request.headers.get("accept-language"))
    body: dict[str, Any] = {}
    if read_body:
        try:
            parsed = orjson.loads(await request.body())
        except orjson.JSONDecodeError:
            parsed = None
        if not isinstance(parsed, dict):
            return _error(400, ErrorCode.INVALID, "identity.auth_body_invalid", locale)
        body = parsed
    database: Database = request.app.state.database
    try:
        async with database.session() as session, session.begin():
            tokens = await action(settings, session, body)
    except DomainError as error:
        response = _error(
            STATUS.get(error.code, 400), error.code, error.message_key, locale, **error.params
        )
        if request.url.path == REFRESH_PATH:
            _clear_cookie(response, settings)
        return response
    response = Response(
        orjson.dumps(
            {
                "accessToken": tokens.access_token,
                "accessTokenExpiresAt": tokens.access_token_expires_at.isoformat(),
            }
        ),
        media_type="application/json",
        headers={"Cache-Control": "no-store"},
    )
    max_age = int((tokens.refresh_token_expires_at - utcnow()).total_seconds())
    response.set_cookie(
        COOKIE,
        tokens.refresh_token,
        max_age=max_age,
        path=REFRESH_PATH,
        secure=_secure(settings),
        httponly=True,
        samesite="strict",
    )
    return response


def _csrf_refusal(request: Request) -> Response | None:
    locale = negotiate_locale(request.headers.get("accept-language"))
    if request.headers.get(CSRF_HEADER) != "1":
        return _error(403, ErrorCode.FORBIDDEN, "identity.csrf_refused", locale)
    origin = request.headers.get("origin")
    if origin is not None and origin not in _own_origins(request):
        return _error(403, ErrorCode.FORBIDDEN, "identity.csrf_refused", locale)
    return None


def _own_origins(request: Request) -> set[str]:
    settings: Settings = request.app.state.settings
    base = urlsplit(settings.base_url)
    own = {f"{base.scheme}://{base.netloc}"}
    if not settings.production:
        # Outside production the app may be opened on another loopback port
        # than base_url names (tests, `make web-dev`'s proxy keeps the Host).
        own.add(f"{request.url.scheme}://{request.headers.get('host', '')}")
    return own


def _secure(settings: Settings) -> bool:
    return settings.production or settings.base_url.startswith("https://")


def _clear_cookie(response: Response, settings: Settings) -> None:
    response.delete_cookie(
        COOKIE, path=REFRESH_PATH, secure=_secure(settings), httponly=True, samesite="strict"
    )


def _text(body: dict[str, Any], name: str) -> str:
    value = body.get(name)
    return value if isinstance(value, str) else ""


def _address(request: Request) -> str:
    return request.client.host if request.client is not None else "unknown"


def _error(
    status: int, code: ErrorCode, key: str, locale: Locale | str, **params: object
) -> Response:
    message = translate(key, locale, **params)
    body = {"errors": [{"code": code.value, "message": message}]}
    return Response(orjson.dumps(body), status_code=status, media_type="application/json")
