"""Queries of the exports of learning effect (the slice's own rows)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.identity.models import Membership
from learning.effect.models import EffectExport


async def exports_of(
    session: AsyncSession, membership_id: int, ids: Sequence[int]
) -> list[EffectExport]:
    """Exports are the requester's own: nobody else sees them."""
    rows = await session.scalars(
        select(EffectExport).where(
            EffectExport.requested_by_id == membership_id, EffectExport.id.in_(list(ids))
        )
    )
    return list(rows)


async def export_for_update(session: AsyncSession, export_id: int) -> EffectExport | None:
    return await session.scalar(
        select(EffectExport).where(EffectExport.id == export_id).with_for_update()
    )


async def requester(session: AsyncSession, membership_id: int) -> Membership | None:
    return await session.get(Membership, membership_id)
