"""Why a request's bearer token named no one, so the client can act on it.

An authenticator that refuses a token records the refusal here (a code the
client can act on, and a reason for the log, never the token); a resolver
that needs a viewer then answers with that code instead of the plain
``UNAUTHENTICATED``. The record lives in a context variable: it belongs to
the request being authenticated and nothing else.
"""

from __future__ import annotations

import logging
from contextvars import ContextVar
from dataclasses import dataclass
from enum import Enum

log = logging.getLogger("ledelyst.auth")


class RefusalCode(Enum):
    TOKEN_EXPIRED = "TOKEN_EXPIRED"  # sign in again (or refresh)
    TOKEN_INVALID = "TOKEN_INVALID"  # not a token we accept at all
    UNKNOWN_PERSON = "UNKNOWN_PERSON"  # a valid token, but no one here it names
    EMAIL_NOT_VERIFIED = "EMAIL_NOT_VERIFIED"  # the issuer has not verified the address
    ACCOUNT_DISABLED = "ACCOUNT_DISABLED"  # the person has left or been deactivated


@dataclass(frozen=True)
class Refusal:
    code: RefusalCode
    reason: str  # for the operator's log; never contains the token

    @property
    def message_key(self) -> str:
        return f"auth.refused.{self.code.value.lower()}"


_refusal: ContextVar[Refusal | None] = ContextVar("ledelyst_auth_refusal", default=None)


def clear_refusal() -> None:
    _refusal.set(None)


def refuse(code: RefusalCode, reason: str, *, scheme: str = "OpenID Connect") -> None:
    """Remember why this request's token is refused, and log it."""
    log.info("%s token refused: %s (%s)", scheme, code.value, reason)
    _refusal.set(Refusal(code, reason))


def current_refusal() -> Refusal | None:
    return _refusal.get()
