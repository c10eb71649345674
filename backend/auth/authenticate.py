"""Finding the viewer of a request from its ``Authorization`` header.

Our own access tokens are tried first; other schemes (OpenID Connect) register
an authenticator here, so the API layer never knows how a token was issued.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from contextvars import ContextVar

from sqlalchemy.ext.asyncio import AsyncSession

from backend.auth.tokens import TokenProblem, check_access_token
from backend.auth.viewer import Viewer
from backend.settings import Settings

Authenticator = Callable[[str, AsyncSession, Settings], Awaitable[Viewer | None]]
_AUTHENTICATORS: list[Authenticator] = []

# Why this request's bearer token was refused, if it was: the policy's "not
# signed in" becomes TOKEN_EXPIRED or TOKEN_INVALID, so a client knows to
# refresh. Set for every request by ``authenticate``; an authenticator of
# another scheme may set EXPIRED for its own expired tokens.
token_problem: ContextVar[TokenProblem | None] = ContextVar("token_problem", default=None)


def register_authenticator(authenticator: Authenticator) -> None:
    if authenticator not in _AUTHENTICATORS:
        _AUTHENTICATORS.append(authenticator)


async def authenticate(
    authorization: str | None, session: AsyncSession, settings: Settings
) -> Viewer | None:
    token_problem.set(None)
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None  # no bearer token at all: anonymous, nothing to refresh
    token = token.strip()
    viewer, problem = check_access_token(token, settings)
    if viewer is not None:
        return viewer
    for authenticator in _AUTHENTICATORS:
        viewer = await authenticator(token, session, settings)
        if viewer is not None:
            token_problem.set(None)
            return viewer
    if problem is TokenProblem.EXPIRED or token_problem.get() is None:
        token_problem.set(problem or TokenProblem.INVALID)
    return None
