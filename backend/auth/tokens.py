"""Access tokens we sign ourselves, and the random secrets behind links.

Link secrets (magic links, refresh tokens, rater invitations) carry 256 random
bits and only their SHA-256 is stored, so a copy of the database opens nothing.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import timedelta

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


def read_access_token(token: str, settings: Settings) -> Viewer | None:
    """The viewer an access token names, or None when it is not valid now."""
    try:
        claims = jwt.decode(
            token,
            settings.secret_key,
            algorithms=[ACCESS_TOKEN_ALGORITHM],
            audience=ACCESS_TOKEN_AUDIENCE,
            issuer=settings.base_url,
            options={"require": ["exp", "sub", "aud", "iss"]},
        )
        return Viewer(
            person_id=int(claims["sub"]),
            organisation_id=int(claims["org"]),
            membership_id=int(claims["mem"]),
            locale=Locale(claims.get("locale", "da")),
            roles=frozenset(claims.get("roles", [])),
        )
    except (jwt.PyJWTError, KeyError, ValueError):
        return None
