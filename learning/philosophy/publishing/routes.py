"""``GET /p/<organisation slug>/<leader slug>``: the newest published version
of a leader's philosophy, as the stored page; ``…/pdf``: its PDF.

A PUBLIC philosophy is served to anyone (and may be cached by a CDN; see
``service.public_keys`` for the stable copy in storage). An INTERNAL one
needs a member of the organisation, shown either by an ``Authorization:
Bearer`` header (an API client, or the app's web view) or by a short-lived
signed page link that the app obtains through GraphQL
(``LeadershipPhilosophy.pageLink``; see ``addresses.py``). Without either
the answer is 401; a member of another organisation gets 403; an expired
link 403 with a "link expired" page. An address with nothing published
answers 404, as does one that does not exist.

Every answer carries a strict Content-Security-Policy (no script at all;
the page's own CSS by hash; images only from the organisation's storage)
and nothing is written to the database.
"""

from __future__ import annotations

from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from backend.auth.authenticate import authenticate
from backend.i18n import negotiate_locale, translate
from backend.settings import Settings
from backend.storage import ObjectNotFound, get_storage
from backend.storage.base import content_disposition
from learning.philosophy import repository as repo
from learning.philosophy.models import Visibility
from learning.philosophy.publishing import addresses, rendering

router = APIRouter(include_in_schema=False)
PAGE = addresses.PAGE_PREFIX + "/{organisation_slug}/{leader_slug}"


class Refused(Exception):
    def __init__(self, status: int, message_key: str) -> None:
        super().__init__(message_key)
        self.status = status
        self.message_key = message_key


def _message(request: Request, error: Refused) -> HTMLResponse:
    locale = negotiate_locale(request.headers.get("accept-language"))
    body = rendering.render_message(locale.value, translate(error.message_key, locale))
    headers = {
        "Content-Security-Policy": rendering.content_security_policy(()),
        "Cache-Control": "no-store",
        "X-Robots-Tag": "noindex",
    }
    if error.status == 401:
        headers["WWW-Authenticate"] = "Bearer"
    return HTMLResponse(body, status_code=error.status, headers=headers)


async def _allowed(
    request: Request, settings: Settings, row: repo.PageRow, organisation_slug: str, slug: str
) -> None:
    if row.visibility == Visibility.PUBLIC.value:
        return
    session_maker = request.app.state.database.session
    authorization = request.headers.get("authorization")
    if authorization:
        async with session_maker() as session:
            viewer = await authenticate(authorization, session, settings)
        if viewer is None:
            raise Refused(401, "philosophy.route.sign_in")
        if viewer.organisation_id != row.organisation_id:
            raise Refused(403, "philosophy.route.sign_in")
        return
    expires = request.query_params.get("expires", "")
    signature = request.query_params.get("signature", "")
    if not signature:
        raise Refused(401, "philosophy.route.sign_in")
    check = addresses.check_page_link(settings, organisation_slug, slug, expires, signature)
    if check == addresses.LinkCheck.EXPIRED:
        raise Refused(403, "philosophy.route.link_expired")
    if check != addresses.LinkCheck.VALID:
        raise Refused(401, "philosophy.route.sign_in")


async def _serve(
    request: Request, organisation_slug: str, slug: str, pdf: bool
) -> tuple[bytes, repo.PageRow]:
    settings: Settings = request.app.state.settings
    async with request.app.state.database.session() as session:
        row = await repo.philosophy_at(session, organisation_slug, slug)
        await session.rollback()
    key = (row.pdf_key if pdf else row.html_key) if row is not None else None
    if row is None or key is None:
        raise Refused(404, "philosophy.route.not_found")
    await _allowed(request, settings, row, organisation_slug, slug)
    try:
        return await get_storage(settings).get(key), row
    except ObjectNotFound:
        raise Refused(404, "philosophy.route.not_found") from None


def _caching(row: repo.PageRow) -> dict[str, str]:
    """By the visibility read for this request. A shared cache may keep a
    public page for a minute at most, and must ask again after: a page made
    internal stops being served from caches within that minute."""
    if row.visibility == Visibility.PUBLIC.value:
        return {"Cache-Control": "public, max-age=60, must-revalidate", "Vary": "Authorization"}
    return {
        "Cache-Control": "private, no-store",
        "X-Robots-Tag": "noindex",
        "Vary": "Authorization",
    }


@router.get(PAGE)
async def page(organisation_slug: str, leader_slug: str, request: Request) -> Response:
    try:
        body, row = await _serve(request, organisation_slug, leader_slug, pdf=False)
    except Refused as error:
        return _message(request, error)
    prefixes = rendering.image_prefixes(request.app.state.settings, row.organisation_id)
    headers = {
        "Content-Security-Policy": rendering.content_security_policy(prefixes),
        **_caching(row),
    }
    return Response(
        _settled(body, row, leader_slug, request),
        media_type="text/html; charset=utf-8",
        headers=headers,
    )


def _settled(body: bytes, row: repo.PageRow, slug: str, request: Request) -> bytes:
    """The stored page's relative PDF link, for this reader: a reader who came
    by a signed link (an internal page in a browser) needs its signature."""
    signature = request.query_params.get("signature")
    if (
        row.visibility == Visibility.PUBLIC.value
        or not signature
        or request.headers.get("authorization")
    ):
        return body
    query = urlencode({"expires": request.query_params.get("expires", ""), "signature": signature})
    return addresses.pdf_link_with_query(body.decode(), slug, query).encode()


@router.get(PAGE + "/pdf")
async def pdf(organisation_slug: str, leader_slug: str, request: Request) -> Response:
    try:
        body, row = await _serve(request, organisation_slug, leader_slug, pdf=True)
    except Refused as error:
        return _message(request, error)
    filename = f"ledelsesgrundlag-{leader_slug}-v{row.number}.pdf"
    headers = {
        "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'; sandbox",
        "Content-Disposition": content_disposition(filename, inline=True),
        **_caching(row),
    }
    return Response(body, media_type="application/pdf", headers=headers)
