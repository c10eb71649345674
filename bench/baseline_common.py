"""What every baseline endpoint shares: signing the viewer in as GraphQL
does, and writing the answer with orjson."""

from __future__ import annotations

import base64
from datetime import date, datetime
from typing import Any

import orjson
from fastapi import Request
from fastapi.responses import Response

from backend.api.context import Context
from backend.auth.authenticate import authenticate
from backend.auth.viewer import Viewer
from backend.db import Database
from backend.i18n import Locale
from backend.settings import Settings

JSON = "application/json"


def iso(value: date | datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def respond(data: dict[str, Any]) -> Response:
    return Response(orjson.dumps({"data": data}), media_type=JSON)


def unauthenticated() -> Response:
    return Response(
        orjson.dumps({"data": None, "errors": [{"message": "unauthenticated"}]}),
        media_type=JSON,
        status_code=401,
    )


async def context_of(request: Request) -> tuple[Context, Viewer] | None:
    settings: Settings = request.app.state.settings
    database: Database = request.app.state.database
    session = database.sessionmaker()
    viewer = await authenticate(request.headers.get("authorization"), session, settings)
    if viewer is None:
        await session.close()
        return None
    context = Context(
        request=None,
        session=session,
        settings=settings,
        viewer=viewer,
        locale=Locale(viewer.locale),
        request_id="",
    )
    return context, viewer


def cursor_of(values: list[Any]) -> str:
    """The cursor ``backend.api.pagination`` makes for these sort values."""
    return base64.urlsafe_b64encode(orjson.dumps(values)).decode()


async def by_key(loader: Any, keys: list[Any]) -> dict[Any, Any]:
    """A loader's ``batch`` as a map from key to value, as GraphQL's loaders
    give them to resolvers; no call for no keys."""
    return dict(zip(keys, await loader.batch(keys), strict=True)) if keys else {}
