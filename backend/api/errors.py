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

from backend.i18n import Locale, translate


@strawberry.enum(description="What went wrong, for a client to act on.")
class ErrorCode(Enum):
    INVALID = "INVALID"
    REQUIRED = "REQUIRED"
    TOO_LONG = "TOO_LONG"
    NOT_FOUND = "NOT_FOUND"
    FORBIDDEN = "FORBIDDEN"
    UNAUTHENTICATED = "UNAUTHENTICATED"
    DUPLICATE = "DUPLICATE"
    CONFLICT = "CONFLICT"
    RULE_VIOLATED = "RULE_VIOLATED"
    IDEMPOTENCY_KEY_REUSED = "IDEMPOTENCY_KEY_REUSED"
    RATE_LIMITED = "RATE_LIMITED"
    UNAVAILABLE = "UNAVAILABLE"


@strawberry.type(description="A problem with a mutation's input, in the viewer's language.")
class UserError:
    code: ErrorCode
    field: list[str] | None = strawberry.field(
        description="Path of the input field at fault, e.g. ['input', 'title']."
    )
    message: str


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
            code=self.code, field=field, message=translate(self.message_key, locale, **self.params)
        )


class DomainErrors(Exception):
    """Several problems found at once, e.g. every bad field of a form."""

    def __init__(self, errors: Sequence[DomainError]) -> None:
        super().__init__(", ".join(e.message_key for e in errors))
        self.errors = list(errors)


class ClientError(GraphQLError):
    """An expected error of a query, carried in ``errors`` with a code."""

    def __init__(self, code: ErrorCode | str, message: str) -> None:
        value = code.value if isinstance(code, ErrorCode) else code
        super().__init__(message, extensions={"code": value})


def forbidden(locale: Locale) -> ClientError:
    return ClientError(ErrorCode.FORBIDDEN, translate("error.forbidden", locale))


def unauthenticated(locale: Locale) -> ClientError:
    return ClientError(ErrorCode.UNAUTHENTICATED, translate("error.unauthenticated", locale))


def not_found(locale: Locale) -> ClientError:
    return ClientError(ErrorCode.NOT_FOUND, translate("error.not_found", locale))
