"""Finding the viewer of a request from its ``Authorization`` header.

Our own access tokens are tried first; other schemes (OpenID Connect) register
an authenticator here, so the API layer never knows how a token was issued.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from sqlalchemy.ext.asyncio import AsyncSession

from backend.auth.refusal import RefusalCode, clear_refusal, current_refusal, refuse
from backend.auth.tokens import TokenProblem, check_access_token
from backend.auth.viewer import Viewer
from backend.settings import Settings

Authenticator = Callable[[str, AsyncSession, Settings], Awaitable[Viewer | None]]
_AUTHENTICATORS: list[Authenticator] = []


def register_authenticator(authenticator: Authenticator) -> None:
    if authenticator not in _AUTHENTICATORS:
        _AUTHENTICATORS.append(authenticator)


async def authenticate(
    authorization: str | None, session: AsyncSession, settings: Settings
) -> Viewer | None:
    clear_refusal()  # a refusal belongs to the request that caused it
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
            clear_refusal()
            return viewer
    # Our own expired token is EXPIRED whatever another scheme made of it;
    # otherwise the scheme that knew the token best has said why already.
    if problem is TokenProblem.EXPIRED:
        refuse(RefusalCode.TOKEN_EXPIRED, "access token expired", scheme="Ledelyst")
    elif current_refusal() is None:
        refuse(RefusalCode.TOKEN_INVALID, "not a token of ours", scheme="Ledelyst")
    return None
