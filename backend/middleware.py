"""Pure-ASGI middleware: request ids, security headers and body limits.

Written as plain ASGI rather than BaseHTTPMiddleware, which costs a task and
a copy per request on the hot path.
"""

from __future__ import annotations

import logging
import secrets
import time

import orjson
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from backend.logs import request_id_var

log = logging.getLogger("ledelyst.http")

REQUEST_ID_HEADER = b"x-request-id"


class RequestContext:
    """Gives each request an id (or keeps a sane one from the caller), puts it
    on every log line and on the response, and logs one line per request."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        given = dict(scope["headers"]).get(REQUEST_ID_HEADER, b"").decode("latin-1")
        request_id = given if given.isalnum() and len(given) <= 64 else secrets.token_hex(8)
        token = request_id_var.set(request_id)
        started = time.perf_counter()
        status = 500

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message["headers"] = [
                    *message.get("headers", []),
                    (REQUEST_ID_HEADER, request_id.encode()),
                ]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            log.info(
                "%s %s %s %.1fms",
                scope["method"],
                scope["path"],
                status,
                (time.perf_counter() - started) * 1000,
            )
            request_id_var.reset(token)


# For every answer that brings no policy of its own (the API's JSON, health
# checks, errors): load nothing, run nothing, be framed by no one. Pages set
# their own stricter-or-equal policy (the rater's page, philosophy pages).
DEFAULT_POLICY = b"default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
# Outside production, GraphiQL and the OpenAPI docs are HTML pages that load
# scripts from a CDN; they keep working without the default policy.
DEVELOPER_PAGES = ("/graphql", "/docs")
CSP = b"content-security-policy"


class SecurityHeaders:
    def __init__(self, app: ASGIApp, production: bool) -> None:
        self.app = app
        self.production = production
        self.headers = [
            (b"x-content-type-options", b"nosniff"),
            (b"referrer-policy", b"no-referrer"),
            (b"x-frame-options", b"DENY"),
        ]
        if production:
            self.headers.append(
                (b"strict-transport-security", b"max-age=31536000; includeSubDomains")
            )

    def _policy_for(
        self, path: str, headers: list[tuple[bytes, bytes]]
    ) -> list[tuple[bytes, bytes]]:
        present = dict((name.lower(), value) for name, value in headers)
        if CSP in present:
            return []
        html = present.get(b"content-type", b"").startswith(b"text/html")
        if html and not self.production and path.startswith(DEVELOPER_PAGES):
            return []
        return [(CSP, DEFAULT_POLICY)]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = message.get("headers", [])
                present = {name.lower() for name, _ in headers}
                extra = [(n, v) for n, v in self.headers if n not in present]
                policy = self._policy_for(scope["path"], headers)
                message["headers"] = [*headers, *extra, *policy]
            await send(message)

        await self.app(scope, receive, send_with_headers)


class BodyLimit:
    """Refuses request bodies over ``limit`` bytes on the given path prefixes
    with 413, before the GraphQL parser sees them."""

    def __init__(self, app: ASGIApp, limit: int, prefixes: tuple[str, ...]) -> None:
        self.app = app
        self.limit = limit
        self.prefixes = prefixes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith(self.prefixes):
            await self.app(scope, receive, send)
            return
        length = dict(scope["headers"]).get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.limit:
            await _too_large(send)
            return
        received = 0

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    raise _BodyTooLarge
            return message

        try:
            await self.app(scope, limited_receive, send)
        except _BodyTooLarge:
            await _too_large(send)


class _BodyTooLarge(Exception):
    pass


async def _too_large(send: Send) -> None:
    body = orjson.dumps(
        {
            "errors": [
                {
                    "message": "Request body too large.",
                    "extensions": {
                        "code": "REQUEST_TOO_LARGE",
                        "reason": "graphql.request_too_large",
                    },
                }
            ]
        }
    )
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
