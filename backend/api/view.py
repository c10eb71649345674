"""The GraphQL HTTP endpoint: strawberry's ASGI app, mounted directly at
``/graphql`` (cheaper per request than a router), answering with orjson."""

from __future__ import annotations

from typing import Any

import orjson
import strawberry
from cross_web import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from strawberry.asgi import GraphQL
from strawberry.http import GraphQLHTTPResponse
from strawberry.http.ides import GraphQL_IDE
from strawberry.types import ExecutionResult
from strawberry.types.unset import UNSET

from backend.api import media
from backend.api.context import Context
from backend.api.errors import RETRY_AFTER_SECONDS, database_unavailable, unavailable
from backend.auth.authenticate import authenticate
from backend.auth.refusal import RefusalCode, current_refusal
from backend.db import Database
from backend.i18n import Locale, negotiate_locale
from backend.logs import request_id_var
from backend.settings import Settings

GRAPHIQL_CDN = "https://unpkg.com/"


class GraphQLView(GraphQL[Context, None]):
    def __init__(self, schema: strawberry.Schema, settings: Settings, database: Database) -> None:
        ide: GraphQL_IDE | None = None if settings.production else "graphiql"
        super().__init__(schema, graphql_ide=ide, allow_queries_via_get=True)
        self.settings = settings
        self.database = database

    async def render_graphql_ide(self, request: Request) -> Response:
        """GraphiQL with its files from /graphiql/ (copied by the app's build
        from the same npm releases the CDN serves), not from the internet."""
        return HTMLResponse(self.graphql_ide_html.replace(GRAPHIQL_CDN, "/graphiql/"))

    async def get_context(self, request: Request, response: Any) -> Context:  # type: ignore[override]
        session = self.database.sessionmaker()
        viewer = await authenticate(request.headers.get("authorization"), session, self.settings)
        refusal = current_refusal()
        if refusal is not None:
            # RFC 6750 3: the client learns the token, not the request, is at fault.
            response.headers["WWW-Authenticate"] = _bearer_challenge(refusal.code)
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

    def encode_json(self, data: object) -> bytes:
        return orjson.dumps(data)

    def decode_json(self, data: str | bytes) -> object:
        # The standard library's parser recurses once per nesting level: a
        # body of 5,000 "[" raised RecursionError, a 500. orjson stops at
        # 1,024 levels with a JSONDecodeError, which strawberry answers 400.
        return orjson.loads(data)

    async def process_result(
        self, request: Request, result: ExecutionResult
    ) -> GraphQLHTTPResponse:
        processed = await super().process_result(request, result)
        if not media.prefers_graphql_response_json(request.headers.get("accept")):
            return processed
        request_error = media.is_request_error(result)
        request.state.ledelyst_request_errors = [
            *getattr(request.state, "ledelyst_request_errors", []),
            request_error,
        ]
        return media.drop_data(processed) if request_error else processed

    def create_response(self, response_data: Any, sub_response: Response) -> Response:
        """A result the database's absence emptied is a 503 with Retry-After,
        so that clients, proxies and load balancers retry it."""
        if isinstance(response_data, dict) and _unavailable(response_data):
            sub_response.headers["Retry-After"] = str(RETRY_AFTER_SECONDS)
            if response_data.get("data") is None:
                sub_response.status_code = 503
        elif (
            isinstance(response_data, dict)
            and "WWW-Authenticate" in sub_response.headers
            and response_data.get("data") is None
            and _token_refused(response_data)
        ):
            sub_response.status_code = 401  # nothing answered: only the token was at fault
        return super().create_response(response_data, sub_response)

    async def run(self, request: Any, context: Any = UNSET, root_value: Any = UNSET) -> Any:
        try:
            response = await super().run(request, context, root_value)
        except HTTPException as error:
            return media.http_error_response(error, request.headers.get("accept"))
        except Exception as error:
            if not database_unavailable(error):  # signing in reads the database first
                raise
            return self._unavailable_response(request)
        finally:
            # The unit of work closes the session after an operation; this is
            # for requests that never reached one (a bad body, the IDE page).
            context_made = getattr(request.state, "ledelyst_context", None)
            if context_made is not None:
                await context_made.session.close()
        return self._in_negotiated_media_type(request, response)

    def _unavailable_response(self, request: Request) -> Response:
        made = getattr(request.state, "ledelyst_context", None)
        locale = made.locale if made else negotiate_locale(request.headers.get("accept-language"))
        body = {"data": None, "errors": [unavailable(Locale(locale)).formatted]}
        response = Response(self.encode_json(body), 503, media_type="application/json")
        response.headers["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response

    def _in_negotiated_media_type(self, request: Request, response: Any) -> Any:
        """Answers in application/graphql-response+json when the client prefers
        it, with 400 for a single operation that failed before execution."""
        accept = request.headers.get("accept")
        if response.headers.get("content-type") != media.JSON:
            return response  # the GraphiQL page, a subscription stream
        if not media.prefers_graphql_response_json(accept):
            return response
        response.headers["content-type"] = f"{media.GRAPHQL_RESPONSE_JSON}; charset=utf-8"
        request_errors = getattr(request.state, "ledelyst_request_errors", None)
        if request_errors == [True] and response.status_code == 200:
            response.status_code = 400
        return response


_TOKEN_DESCRIPTIONS = {
    RefusalCode.TOKEN_EXPIRED: "The access token expired",
    RefusalCode.TOKEN_INVALID: "The access token is not valid",
    RefusalCode.UNKNOWN_PERSON: "The token names no one known here",
    RefusalCode.EMAIL_NOT_VERIFIED: "The token's e-mail address is not verified",
    RefusalCode.ACCOUNT_DISABLED: "The account is deactivated",
}


def _bearer_challenge(code: RefusalCode) -> str:
    return f'Bearer error="invalid_token", error_description="{_TOKEN_DESCRIPTIONS[code]}"'


def _token_refused(response_data: dict[str, Any]) -> bool:
    errors = response_data.get("errors") or []
    codes = {(e.get("extensions") or {}).get("code") for e in errors}
    return bool(codes) and codes <= {code.value for code in RefusalCode}


def _unavailable(response_data: dict[str, Any]) -> bool:
    errors = response_data.get("errors") or []
    return any((e.get("extensions") or {}).get("code") == "UNAVAILABLE" for e in errors)
