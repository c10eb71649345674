"""Background work of sign-in: the hourly clean-up of what can no longer be used."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from backend.identity.signin import service
from backend.settings import Settings


async def forget_stale_sign_in_data(session: AsyncSession, settings: Settings) -> int:
    """Sign-in attempts past the rate-limit window, expired refresh tokens, spent links."""
    return await service.forget_stale(session, settings)
