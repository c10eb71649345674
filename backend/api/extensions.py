"""Schema extensions: the unit of work, persisted queries, and error codes.

Strawberry turns a resolver's exception into ``errors`` with HTTP 200, so
"commit when the request succeeded" would commit half a mutation. Here a
mutation commits only when it produced no error at all, neither a GraphQL
error nor a payload ``UserError``; everything else rolls back.
"""

from __future__ import annotations

import logging
import re
from collections.abc import AsyncIterator, Iterator
from typing import Any

from graphql import GraphQLError, GraphQLSyntaxError
from sqlalchemy.exc import DBAPIError, OperationalError
from strawberry.exceptions import MissingQueryError
from strawberry.extensions import SchemaExtension
from strawberry.schema.exceptions import CannotGetOperationTypeError, InvalidOperationTypeError
from strawberry.types.graphql import OperationType

from backend.api import idempotency
from backend.api.errors import DomainError, ErrorCode, database_unavailable
from backend.api.persisted import PersistedOperations
from backend.i18n import DEFAULT_LOCALE, translate
from backend.privacy import readers_transaction

log = logging.getLogger("ledelyst.graphql")

# The limits (depth, aliases, tokens, cost, introspection) code their own
# errors (backend.api.limits). Left is graphql-core's coercion of the
# variables, which runs with no rule of ours and raises a plain GraphQLError
# of no type of its own ("Variable '$id' got invalid value ..." / "... of
# required type ... was not provided."): its message is all there is to go by.
_VARIABLE_COERCION = re.compile(r"^Variable '\$")


# A malformed request rather than a failed operation: strawberry's HTTP layer
# answers these with 400 (no query, an operation name that is not a string or
# names no operation) or 405 (a mutation over GET), so they pass through.
_REQUEST_ERRORS = (MissingQueryError, CannotGetOperationTypeError, InvalidOperationTypeError)


_SUGGESTION = re.compile(r"\s*Did you mean [^?]*\?")


class UnitOfWork(SchemaExtension):
    async def on_operation(self) -> AsyncIterator[None]:
        context = self.execution_context.context
        try:
            yield
            # Released figures and audit entries recorded in a query's
            # transaction (their own could not be had) were for what it shows:
            # they are kept, or it is not shown.
            records = not self._is_mutation() and readers_transaction.joined(context.session)
            if (self._is_mutation() or records) and self._succeeded():
                try:
                    await context.session.commit()
                except (OperationalError, DBAPIError) as error:
                    log.exception("commit failed")
                    self._fail_with(error)
            else:
                await context.session.rollback()
                if records:
                    self._withhold()
        finally:
            idempotency.release_local_locks(context.session)
            await context.session.close()

    def _is_mutation(self) -> bool:
        try:
            return self.execution_context.operation_type == OperationType.MUTATION
        except RuntimeError:
            return False

    def _succeeded(self) -> bool:
        result = self.execution_context.result
        has_errors = bool(result is not None and result.errors)
        return not has_errors and not self.execution_context.context.failed

    def _withhold(self) -> None:
        """A query that failed drops what it read: the records of it (released
        figures, audit entries), in its transaction, rolled back with it (the
        errors say why)."""
        result = self.execution_context.result
        if result is not None:
            result.data = None

    def _fail_with(self, error: Exception) -> None:
        result = self.execution_context.result
        context = self.execution_context.context
        unavailable = GraphQLError(
            translate("error.database_unavailable", context.locale),
            extensions={
                "code": ErrorCode.UNAVAILABLE.value,
                "reason": "error.database_unavailable",
                "retryable": True,
            },
            original_error=error,
        )
        if result is not None:
            result.data = None
            result.errors = [*(result.errors or []), unavailable]


def persisted_queries(
    operations: PersistedOperations, only_persisted: bool
) -> type[SchemaExtension]:
    """Lets a client send ``extensions.persistedQuery.sha256Hash`` instead of a
    document; with ``only_persisted`` nothing else is executed."""

    class PersistedQueries(SchemaExtension):
        def on_operation(self) -> Iterator[None]:
            execution_context = self.execution_context
            wanted = (execution_context.operation_extensions or {}).get("persistedQuery")
            if isinstance(wanted, dict):
                document = operations.by_hash(str(wanted.get("sha256Hash", "")))
                if document is None:
                    raise GraphQLError(
                        "PersistedQueryNotFound",
                        extensions={"code": "PERSISTED_QUERY_NOT_FOUND"},
                    )
                if execution_context.query and execution_context.query != document:
                    raise GraphQLError(
                        "The query does not match its sha256Hash.",
                        extensions={"code": "PERSISTED_QUERY_MISMATCH"},
                    )
                execution_context.query = document
            elif only_persisted and not operations.contains(execution_context.query or ""):
                raise GraphQLError(
                    "Only persisted queries are accepted; send extensions.persistedQuery.",
                    extensions={"code": "PERSISTED_QUERY_REQUIRED"},
                )
            yield

    return PersistedQueries


def error_codes(production: bool) -> type[SchemaExtension]:
    """Gives every error an ``extensions.code``; in production, an unexpected
    error shows only a request id, which the log line carries too."""

    class ErrorCodes(SchemaExtension):
        def on_operation(self) -> Iterator[None]:
            try:
                yield
            except _REQUEST_ERRORS:
                raise
            except Exception as error:  # noqa: BLE001
                # Raised outside the resolvers (the parser cache parses inside
                # its hook, a persisted-query lookup fails): strawberry turns the
                # exception into the response after the hooks have run, so it
                # is given its code on the way out.
                raised = (
                    error
                    if isinstance(error, GraphQLError)
                    else GraphQLError(str(error), original_error=error)
                )
                raise _reasoned(self._quiet(self._coded(raised))) from None
            result = self.execution_context.result
            if result is not None and result.errors:
                result.errors = [
                    _reasoned(self._quiet(self._coded(error))) for error in result.errors
                ]

        def _quiet(self, error: GraphQLError) -> GraphQLError:
            # graphql-core suggests names close to a wrong one (fields,
            # arguments, types, enum values, input fields); with introspection
            # off, that would still spell the schema out bit by bit.
            if not production or "Did you mean" not in error.message:
                return error
            message = _SUGGESTION.sub("", error.message)
            return _with(error, message, dict(error.extensions or {}))

        def _coded(self, error: GraphQLError) -> GraphQLError:
            context = self.execution_context.context
            locale = getattr(context, "locale", DEFAULT_LOCALE)
            request_id = getattr(context, "request_id", "")
            original = error.original_error
            if database_unavailable(original):
                # Not a bug: the database is restarting or away; retrying will do.
                log.warning("database unavailable in %s: %s", error.path, error.message)
                message = translate("error.database_unavailable", locale)
                return _with(
                    error,
                    message,
                    {
                        "code": ErrorCode.UNAVAILABLE.value,
                        "reason": "error.database_unavailable",
                        "retryable": True,
                    },
                )
            if isinstance(original, DomainError):
                return _with(
                    error,
                    translate(original.message_key, locale, **original.params),
                    {
                        "code": original.code.value,
                        "reason": original.message_key,
                        **_field(original),
                    },
                )
            if isinstance(original, GraphQLError) and (original.extensions or {}).get("code"):
                return _with(error, original.message, dict(original.extensions or {}))
            if error.extensions and error.extensions.get("code"):
                return error
            if original is None or isinstance(original, GraphQLError):
                if isinstance(error, GraphQLSyntaxError):
                    return _with(error, error.message, {"code": "GRAPHQL_PARSE_FAILED"})
                if _VARIABLE_COERCION.match(error.message):
                    return _with(error, error.message, {"code": "BAD_USER_INPUT"})
                if error.path is None:
                    return _with(error, error.message, {"code": "GRAPHQL_VALIDATION_FAILED"})
            log.error(
                "unexpected error in %s: %s",
                ".".join(str(p) for p in error.path or []),
                error.message,
                exc_info=original,
            )
            message = translate("error.internal", locale, request_id=request_id)
            extensions: dict[str, Any] = {
                "code": "INTERNAL_SERVER_ERROR",
                "reason": "error.internal",
                "requestId": request_id,
            }
            # Outside production the kind of error helps a developer, but never
            # its text: a database error's text holds the SQL and its bound
            # parameters (a reflection, a name: personal data). The log has the rest.
            kind = type(original).__name__ if original is not None else "GraphQLError"
            return _with(error, message if production else f"{message} ({kind})", extensions)

    return ErrorCodes


def _reasoned(error: GraphQLError) -> GraphQLError:
    """Every coded error carries ``extensions.reason``; the errors of the
    GraphQL layer itself (limits, validation, persisted queries) have no
    message key, so theirs is ``graphql.`` and the code in lower case."""
    extensions = dict(error.extensions or {})
    code = extensions.get("code")
    if not code or extensions.get("reason"):
        return error
    extensions["reason"] = f"graphql.{str(code).lower()}"
    return _with(error, error.message, extensions)


def _field(error: DomainError) -> dict[str, Any]:
    return {"field": error.field} if error.field else {}


def _with(error: GraphQLError, message: str, extensions: dict[str, Any]) -> GraphQLError:
    return GraphQLError(
        message,
        nodes=error.nodes,
        source=error.source,
        positions=error.positions,
        path=error.path,
        original_error=None,
        extensions=extensions,
    )
