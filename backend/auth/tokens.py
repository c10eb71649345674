"""Access tokens we sign ourselves, and the random secrets behind links.

Link secrets (magic links, refresh tokens, rater invitations) carry 256 random
bits and only their SHA-256 is stored, so a copy of the database opens nothing.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from datetime import timedelta
from enum import StrEnum

import jwt

from backend.auth.viewer import Viewer
from backend.db import utcnow
from backend.i18n import Locale
from backend.settings import Settings

ACCESS_TOKEN_ALGORITHM = "HS256"
ACCESS_TOKEN_AUDIENCE = "ledelyst-api"


def new_secret() -> str:
    """A URL-safe secret of 256 bits."""
    return secrets.token_urlsafe(32)


def new_secrets(count: int) -> list[str]:
    """``count`` secrets like ``new_secret``'s, from one read of the system's
    random source instead of one each."""
    pool = secrets.token_bytes(32 * count)
    return [
        base64.urlsafe_b64encode(pool[k : k + 32]).rstrip(b"=").decode("ascii")
        for k in range(0, 32 * count, 32)
    ]


def hash_secret(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def secrets_match(secret: str, stored_hash: str) -> bool:
    return hmac.compare_digest(hash_secret(secret), stored_hash)


def issue_access_token(viewer: Viewer, settings: Settings) -> str:
    now = utcnow()
    claims = {
        "sub": str(viewer.person_id),
        "org": viewer.organisation_id,
        "mem": viewer.membership_id,
        "roles": sorted(viewer.roles),
        "locale": viewer.locale.value,
        "iat": now,
        "nbf": now,
        "exp": now + timedelta(minutes=settings.access_token_minutes),
        "aud": ACCESS_TOKEN_AUDIENCE,
        "iss": settings.base_url,
    }
    return jwt.encode(claims, settings.secret_key, algorithm=ACCESS_TOKEN_ALGORITHM)


class TokenProblem(StrEnum):
    """Why a bearer token was not accepted: a client refreshes an expired one
    and signs in again after an invalid one."""

    EXPIRED = "expired"
    INVALID = "invalid"


def read_access_token(token: str, settings: Settings) -> Viewer | None:
    """The viewer an access token names, or None when it is not valid now."""
    viewer, _ = check_access_token(token, settings)
    return viewer


def check_access_token(token: str, settings: Settings) -> tuple[Viewer | None, TokenProblem | None]:
    """The viewer of a valid token; otherwise why not. PyJWT checks the
    signature before the expiry, so only a token we signed is ever EXPIRED."""
    try:
        claims = jwt.decode(
            token,
            settings.secret_key,
            algorithms=[ACCESS_TOKEN_ALGORITHM],
            audience=ACCESS_TOKEN_AUDIENCE,
            issuer=settings.base_url,
            options={"require": ["exp", "sub", "aud", "iss"]},
        )
        viewer = Viewer(
            person_id=int(claims["sub"]),
            organisation_id=int(claims["org"]),
            membership_id=int(claims["mem"]),
            locale=Locale(claims.get("locale", "da")),
            roles=frozenset(claims.get("roles", [])),
        )
        return viewer, None
    except jwt.ExpiredSignatureError:
        return None, TokenProblem.EXPIRED
    except (jwt.PyJWTError, KeyError, ValueError):
        return None, TokenProblem.INVALID
