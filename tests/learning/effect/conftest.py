"""The learning-effect tests' area (tests/support/effect_area.py), one per test."""

from __future__ import annotations

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from backend.settings import Settings
from tests.support.effect_area import Area, build_area


@pytest.fixture
async def area(session: AsyncSession, settings: Settings) -> Area:
    return await build_area(session, settings)
