"""Credentials the matrix's rows send: a rater's link secret (which only the
rater holds), and fresh magic links and refresh tokens (each used once)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from backend.auth.tokens import hash_secret, new_secret
from backend.db import utcnow
from backend.identity.models import MagicLink, RefreshToken
from tests.api.authorization_world import World


def rater_token(world: World, role: str, label: str) -> str:
    """The rater sends their link secret; everyone else, holding none, tries
    their own access token in its place (anonymous: a guessed secret)."""
    if role == "rater":
        return world.rater_secrets[label]
    return world.tokens.get(role) or new_secret()


async def magic_link(world: World, role: str) -> dict[str, Any]:
    secret = new_secret()
    async with world.database.session() as session:
        session.add(
            MagicLink(
                person_id=world.members["hr"].person_id,
                token_hash=hash_secret(secret),
                expires_at=utcnow() + timedelta(minutes=5),
            )
        )
        await session.commit()
    return {"input": {"token": secret}}


async def refresh_token(world: World, role: str) -> dict[str, Any]:
    secret = new_secret()
    hr = world.members["hr"]
    async with world.database.session() as session:
        session.add(
            RefreshToken(
                person_id=hr.person_id,
                organisation_id=hr.organisation_id,
                family=new_secret()[:32],
                token_hash=hash_secret(secret),
                expires_at=utcnow() + timedelta(days=1),
            )
        )
        await session.commit()
    return {"input": {"refreshToken": secret}}
