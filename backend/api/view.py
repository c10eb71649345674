"""The GraphQL HTTP endpoint: strawberry's ASGI app, mounted directly at
``/graphql`` (cheaper per request than a router), answering with orjson."""

from __future__ import annotations

from typing import Any

import orjson
import strawberry
from starlette.requests import Request
from strawberry.asgi import GraphQL
from strawberry.http.ides import GraphQL_IDE
from strawberry.types.unset import UNSET

from backend.api.context import Context
from backend.auth.authenticate import authenticate
from backend.db import Database
from backend.i18n import Locale, negotiate_locale
from backend.logs import request_id_var
from backend.settings import Settings


class GraphQLView(GraphQL[Context, None]):
    def __init__(self, schema: strawberry.Schema, settings: Settings, database: Database) -> None:
        ide: GraphQL_IDE | None = None if settings.production else "graphiql"
        super().__init__(schema, graphql_ide=ide, allow_queries_via_get=True)
        self.settings = settings
        self.database = database

    async def get_context(self, request: Request, response: Any) -> Context:  # type: ignore[override]
        session = self.database.sessionmaker()
        viewer = await authenticate(request.headers.get("authorization"), session, self.settings)
        locale = (
            viewer.locale if viewer else negotiate_locale(request.headers.get("accept-language"))
        )
        context = Context(
            request=request,
            session=session,
            settings=self.settings,
            viewer=viewer,
            locale=Locale(locale),
            request_id=request_id_var.get(),
        )
        request.state.ledelyst_context = context
        return context

    def encode_json(self, data: object) -> bytes:  # type: ignore[override]
        return orjson.dumps(data)

    async def run(self, request: Any, context: Any = UNSET, root_value: Any = UNSET) -> Any:
        try:
            return await super().run(request, context, root_value)
        finally:
            # The unit of work closes the session after an operation; this is
            # for requests that never reached one (a bad body, the IDE page).
            context_made = getattr(request.state, "ledelyst_context", None)
            if context_made is not None:
                await context_made.session.close()
