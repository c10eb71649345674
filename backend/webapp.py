"""The app (``web/``, built into ``web/dist``) at ``/``, on the API's origin.

Hashed assets are cached for a year; ``index.html``, the service worker and
the manifest are revalidated on every load, so a release reaches phones at
their next visit. Every other path that is not one of the server's own
(``/graphql``, ``/auth``, ``/files``, ``/rate``, ``/p``, health, docs) is an
app route and answers ``index.html``, so a mail's link opens the app screen.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from fastapi import FastAPI
from starlette.requests import Request
from starlette.responses import FileResponse, PlainTextResponse, Response
from starlette.routing import Route

from backend.settings import Settings

IMMUTABLE = "public, max-age=31536000, immutable"
REVALIDATE = "no-cache"
# The server's own routes: an unknown path under these is a 404, not the app.
SERVER_PREFIXES = (
    "graphql",
    "auth",
    "files",
    "rate",
    "p",
    "healthz",
    "readyz",
    "docs",
    "openapi.json",
    "bench",
    "assets",
    "graphiql",
)
MEDIA_TYPES = {
    ".webmanifest": "application/manifest+json",
    ".js": "text/javascript",
    ".css": "text/css",
    ".svg": "image/svg+xml",
    ".html": "text/html; charset=utf-8",
}
NOT_BUILT = (
    "Appen er ikke bygget: kør `make web` (eller `make run`).\n"
    "The app is not built: run `make web` (or `make run`).\n"
)


def content_security_policy(settings: Settings) -> str:
    """Only the app's own scripts and styles; requests to the API on the same
    origin and, with S3 storage, to the bucket (presigned up- and downloads)."""
    storage = " ".join(_storage_origins(settings))
    return "; ".join(
        [
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            f"img-src 'self' data: blob: {storage}".strip(),
            f"connect-src 'self' {storage}".strip(),
            "manifest-src 'self'",
            "worker-src 'self'",
            "font-src 'self'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'",
        ]
    )


def _storage_origins(settings: Settings) -> list[str]:
    if settings.storage_backend != "s3":
        return []  # local storage: /files/ on this origin
    if settings.s3_endpoint_url:
        parts = urlsplit(settings.s3_endpoint_url)
        return [f"{parts.scheme}://{parts.netloc}", f"{parts.scheme}://*.{parts.netloc}"]
    region = settings.s3_region
    return [
        f"https://{settings.s3_bucket}.s3.{region}.amazonaws.com",
        f"https://s3.{region}.amazonaws.com",
    ]


class AppShell:
    def __init__(self, folder: Path, policy: str) -> None:
        self.folder = folder.resolve()
        self.policy = policy

    def _file(self, relative: str) -> Path | None:
        candidate = (self.folder / relative).resolve()
        if not candidate.is_relative_to(self.folder) or not candidate.is_file():
            return None
        return candidate

    def _send(self, path: Path, cache: str) -> Response:
        # On every file, not only the page: a service worker runs under the
        # policy of its own script, and the default policy (nothing at all)
        # would stop it from loading Workbox and filling its cache.
        headers = {"Cache-Control": cache, "Content-Security-Policy": self.policy}
        media_type = MEDIA_TYPES.get(path.suffix)
        return FileResponse(path, media_type=media_type, headers=headers)

    async def asset(self, request: Request) -> Response:
        """/assets/…: content-hashed names, so a year and immutable."""
        found = self._file(f"assets/{request.path_params['path']}")
        if found is None:
            return _not_found()
        return self._send(found, IMMUTABLE)

    async def graphiql(self, request: Request) -> Response:
        """GraphiQL's files (paths name their package versions)."""
        found = self._file(f"graphiql/{request.path_params['path']}")
        if found is None:
            return _not_found()
        return self._send(found, "public, max-age=86400")

    async def page(self, request: Request) -> Response:
        path = request.path_params.get("path", "")
        first = path.split("/", 1)[0]
        if first in SERVER_PREFIXES:
            return _not_found()
        if path and "/" not in path and (found := self._file(path)) is not None:
            return self._send(found, REVALIDATE)  # sw.js, manifest, icon
        index = self._file("index.html")
        if index is None:
            return PlainTextResponse(NOT_BUILT, status_code=503, headers={"Retry-After": "60"})
        return self._send(index, REVALIDATE)


def _not_found() -> Response:
    return Response(
        b'{"errors":[{"message":"Not found.","extensions":{"code":"NOT_FOUND"}}]}',
        status_code=404,
        media_type="application/json",
    )


def mount_app_shell(app: FastAPI, settings: Settings) -> None:
    """Added after every other route: the fallback is the last one tried."""
    shell = AppShell(settings.web_folder, content_security_policy(settings))
    app.router.routes.extend(
        [
            Route("/assets/{path:path}", shell.asset, methods=["GET", "HEAD"]),
            Route("/graphiql/{path:path}", shell.graphiql, methods=["GET", "HEAD"]),
            Route("/", shell.page, methods=["GET", "HEAD"]),
            Route("/{path:path}", shell.page, methods=["GET", "HEAD"]),
        ]
    )
