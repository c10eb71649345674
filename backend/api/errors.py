"""Errors a client can expect, each with a code.

Two kinds: a ``UserError`` inside a mutation payload (bad input, a rule of the
domain), raised in services as ``DomainError``; and a ``ClientError`` for a
query that cannot be answered (not signed in, no access, unknown id), which
becomes a GraphQL error with ``extensions.code``.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum

import strawberry
from graphql import GraphQLError
from sqlalchemy.exc import DBAPIError

from backend.i18n import Locale, translate

# Seconds a client is asked to wait before retrying while the database is away.
RETRY_AFTER_SECONDS = 2
# SQLSTATE classes of a server that is away: 08 connection exception, 57P
# shutdown (admin shutdown, cannot connect now), 53 insufficient resources.
_AWAY_STATES = ("08", "57P", "53")


@strawberry.enum(description="What went wrong, for a client to act on.")
class ErrorCode(Enum):
    INVALID = "INVALID"
    REQUIRED = "REQUIRED"
    TOO_LONG = "TOO_LONG"
    NOT_FOUND = "NOT_FOUND"
    FORBIDDEN = "FORBIDDEN"
    UNAUTHENTICATED = "UNAUTHENTICATED"
    TOKEN_EXPIRED = strawberry.enum_value(
        "TOKEN_EXPIRED", description="The access token has expired: refresh it, then retry."
    )
    TOKEN_INVALID = strawberry.enum_value(
        "TOKEN_INVALID", description="The access token is not valid: sign in again."
    )
    DUPLICATE = "DUPLICATE"
    CONFLICT = "CONFLICT"
    RULE_VIOLATED = "RULE_VIOLATED"
    IDEMPOTENCY_KEY_REUSED = "IDEMPOTENCY_KEY_REUSED"
    RATE_LIMITED = "RATE_LIMITED"
    UNAVAILABLE = "UNAVAILABLE"
    # Why a bearer token named no one (backend.auth.refusal), for the client to act on.
    UNKNOWN_PERSON = "UNKNOWN_PERSON"
    EMAIL_NOT_VERIFIED = "EMAIL_NOT_VERIFIED"
    ACCOUNT_DISABLED = "ACCOUNT_DISABLED"


REASON_DESCRIPTION = (
    "Stable, machine-readable reason: the key of the message, e.g. `programmes.archived` or "
    "`error.invalid_id`. Finer than `code` (many reasons share one code); it never changes "
    "with the language, so a client may branch on it. Query errors carry the same value in "
    "`extensions.reason`."
)


@strawberry.type(description="A problem with a mutation's input, in the viewer's language.")
class UserError:
    code: ErrorCode
    field: list[str] | None = strawberry.field(
        description="Path of the input field at fault, e.g. ['input', 'title']; every part "
        "names a field or list index present in the input sent."
    )
    message: str
    reason: str = strawberry.field(default="", description=REASON_DESCRIPTION)


class DomainError(Exception):
    """A rule of the domain refused the operation. Services raise it; the
    mutation layer turns it into ``UserError``s and rolls the change back."""

    def __init__(
        self,
        code: ErrorCode,
        message_key: str,
        field: Sequence[str] | None = None,
        **params: object,
    ) -> None:
        super().__init__(message_key)
        self.code = code
        self.message_key = message_key
        self.field = list(field) if field else None
        self.params = params

    def to_user_error(self, locale: Locale) -> UserError:
        field = ["input", *self.field] if self.field else None
        return UserError(
            code=self.code,
            field=field,
            message=translate(self.message_key, locale, **self.params),
            reason=self.message_key,
        )


class DomainErrors(Exception):
    """Several problems found at once, e.g. every bad field of a form."""

    def __init__(self, errors: Sequence[DomainError]) -> None:
        super().__init__(", ".join(e.message_key for e in errors))
        self.errors = list(errors)


class ClientError(GraphQLError):
    """An expected error of a query, carried in ``errors`` with a code and,
    as ``extensions.reason``, the key of its message."""

    def __init__(self, code: ErrorCode | str, message_key: str, locale: Locale) -> None:
        value = code.value if isinstance(code, ErrorCode) else code
        super().__init__(
            translate(message_key, locale), extensions={"code": value, "reason": message_key}
        )


def forbidden(locale: Locale) -> ClientError:
    return ClientError(ErrorCode.FORBIDDEN, "error.forbidden", locale)


def unauthenticated(locale: Locale) -> ClientError:
    return ClientError(ErrorCode.UNAUTHENTICATED, "error.unauthenticated", locale)


def not_found(locale: Locale) -> ClientError:
    return ClientError(ErrorCode.NOT_FOUND, "error.not_found", locale)


def database_unavailable(error: BaseException | None) -> bool:
    """Whether ``error`` (or what caused it) means the database cannot be
    reached right now (restarting, refused, connection cut): the request did
    not happen and the same request later may succeed."""
    for _ in range(8):  # the chain of causes; short, and never circular
        if error is None:
            return False
        if isinstance(error, DBAPIError) and _away(error):
            return True
        # Raised unwrapped by asyncpg's connect: refused, reset, timed out.
        if isinstance(error, ConnectionError | TimeoutError):
            return True
        error = error.__cause__ or error.__context__
    return False


def _away(error: DBAPIError) -> bool:
    if error.connection_invalidated:
        return True
    state = getattr(error.orig, "sqlstate", None) or getattr(error.orig, "pgcode", None)
    if isinstance(state, str) and state.startswith(_AWAY_STATES):
        return True
    # asyncpg's protocol breaks this way when a server's shutdown notice
    # arrives as a statement starts; the connection is dead, not misused.
    return type(error.orig).__name__ in ("InterfaceError", "InternalClientError")


def unavailable(locale: Locale) -> GraphQLError:
    """The error of a request the database could not serve; the client retries it."""
    return GraphQLError(
        translate("error.database_unavailable", locale),
        extensions={
            "code": ErrorCode.UNAVAILABLE.value,
            "reason": "error.database_unavailable",
            "retryable": True,
        },
    )
