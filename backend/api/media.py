"""GraphQL over HTTP media types: which one a client gets, and how a request
error is answered in it.

A client that prefers ``application/graphql-response+json`` (Apollo Client and
graphql-http send it first) gets that media type, and a request error (the
document does not parse or validate, the variables do not coerce) comes with
status 400 and without ``data``, as the GraphQL-over-HTTP spec asks. Everyone
else, ``*/*`` and a missing Accept header included, gets ``application/json``
and status 200, which older clients expect.
"""

from __future__ import annotations

import orjson
from cross_web import HTTPException
from graphql import GraphQLError
from starlette.responses import Response
from strawberry.http import GraphQLHTTPResponse
from strawberry.schema.exceptions import InvalidOperationTypeError
from strawberry.types import ExecutionResult
from strawberry.types.execution import PreExecutionError
from werkzeug.datastructures import MIMEAccept
from werkzeug.http import parse_accept_header, parse_options_header

GRAPHQL_RESPONSE_JSON = "application/graphql-response+json"
JSON = "application/json"

_SERVER_SIDE_CODES = {"INTERNAL_SERVER_ERROR", "UNAVAILABLE"}
_HTTP_ERROR_CODES = {404: "NOT_FOUND", 405: "METHOD_NOT_ALLOWED", 413: "PAYLOAD_TOO_LARGE"}


def prefers_graphql_response_json(accept: str | None) -> bool:
    weights = _accept_weights(accept or "")
    ours = weights.get(GRAPHQL_RESPONSE_JSON, 0.0)
    return ours > 0 and ours >= weights.get(JSON, 0.0)


def media_type(accept: str | None) -> str:
    return GRAPHQL_RESPONSE_JSON if prefers_graphql_response_json(accept) else JSON


def is_request_error(result: ExecutionResult) -> bool:
    """An error before execution began: parsing, validation, a limit, a
    persisted-query lookup, or variables that do not coerce. The server's own
    failures (a bug, the database away) are not the client's to fix: no 400."""
    errors = result.errors or []
    if result.data is not None or not errors or any(map(_is_server_side, errors)):
        return False
    return isinstance(result, PreExecutionError) or all(map(_is_coercion, errors))


def http_error_response(error: HTTPException, accept: str | None) -> Response:
    """A request strawberry refused before GraphQL (no query, bad JSON, a
    mutation over GET) still answers with a GraphQL error and a code."""
    reason, status = error.reason, error.status_code
    if isinstance(error.__cause__, InvalidOperationTypeError):
        status = 405  # strawberry says 400; the spec says 405 for a mutation over GET
    code = _HTTP_ERROR_CODES.get(status, "BAD_REQUEST")
    extensions = {"code": code, "reason": f"graphql.{code.lower()}"}
    body = {"errors": [{"message": reason, "extensions": extensions}]}
    headers = {"allow": "POST"} if status == 405 else None
    return Response(
        orjson.dumps(body), status_code=status, media_type=media_type(accept), headers=headers
    )


def _code(error: GraphQLError) -> object:
    return (error.extensions or {}).get("code")


def _is_coercion(error: GraphQLError) -> bool:
    return error.path is None and _code(error) == "BAD_USER_INPUT"


def _is_server_side(error: GraphQLError) -> bool:
    return _code(error) in _SERVER_SIDE_CODES


def _accept_weights(accept: str) -> dict[str, float]:
    """The weight of each media type named in ``accept``, by werkzeug's
    parser (quoted parameters, ``q`` values; a malformed ``q`` drops its
    range). Only a type named outright counts: ``*/*`` asks for nothing in
    particular, so it gets ``application/json``."""
    weights: dict[str, float] = {}
    for media_range, quality in parse_accept_header(accept, MIMEAccept):
        name = parse_options_header(media_range)[0].lower()
        weights[name] = max(float(quality), weights.get(name, 0.0))
    return weights


def drop_data(processed: GraphQLHTTPResponse) -> GraphQLHTTPResponse:
    """The spec's request error has no ``data`` entry at all."""
    without = processed.copy()
    without.pop("data", None)
    return without
