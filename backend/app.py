"""The ASGI application: FastAPI for the plain HTTP routes, strawberry's
GraphQL app mounted directly at ``/graphql``."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import strawberry
from fastapi import FastAPI
from starlette.middleware.cors import CORSMiddleware
from starlette.routing import Route

from backend import health
from backend.api.schema import build_schema
from backend.api.view import GraphQLView
from backend.composition import compose
from backend.db import Database, get_database, set_database
from backend.logs import configure_logging
from backend.middleware import BodyLimit, RequestContext, SecurityHeaders
from backend.modules import import_slice_modules
from backend.settings import Settings, get_settings
from backend.webapp import mount_app_shell


def create_app(
    settings: Settings | None = None,
    *,
    database: Database | None = None,
    schema: strawberry.Schema | None = None,
) -> FastAPI:
    settings = settings or get_settings()
    # Slices plug into each other here, at start-up, never at import or in tests.
    compose()
    if database is None:
        database = get_database() if settings is get_settings() else Database(settings)
    set_database(database)
    schema = schema or build_schema(settings)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        await database.dispose()

    app = FastAPI(
        title="Ledelyst",
        lifespan=lifespan,
        docs_url=None if settings.production else "/docs",
        redoc_url=None,
        openapi_url=None if settings.production else "/openapi.json",
    )
    app.state.settings = settings
    app.state.database = database
    app.state.schema = schema
    app.include_router(health.router)
    for module in import_slice_modules("routes"):
        app.include_router(module.router)
    # A plain route to the ASGI app: a Mount would redirect /graphql to /graphql/.
    app.router.routes.insert(
        0, Route("/graphql", GraphQLView(schema, settings, database), methods=["GET", "POST"])
    )
    mount_app_shell(app, settings)
    app.add_middleware(
        BodyLimit, limit=settings.graphql_max_body_bytes, prefixes=("/graphql", "/scim/")
    )
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST", "PUT"],
            allow_headers=["authorization", "content-type", "accept-language", "x-request-id"],
        )
    app.add_middleware(SecurityHeaders, production=settings.production)
    app.add_middleware(RequestContext)
    return app


def asgi() -> FastAPI:
    """Entry point for uvicorn workers (``backend.app:asgi``, factory mode)."""
    settings = get_settings()
    configure_logging(settings.log_level, settings.log_json)
    return create_app(settings)
