"""The identity tests' world (tests/support/identity_world.py), one per test,
and clients that come from an address of their own
(tests/support/identity_client.py)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from backend.db import Database
from backend.settings import Settings
from tests.support.identity_client import IdentityClient, new_address
from tests.support.identity_world import World, build_world


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "slow: a test that takes seconds (the 10,000-row import)")


@pytest.fixture
async def make_client(settings: Settings, database: Database) -> AsyncIterator[Any]:
    clients: list[IdentityClient] = []

    def make(address: str | None = None, **overrides: object) -> IdentityClient:
        configured = settings.model_copy(update=overrides) if overrides else settings
        client = IdentityClient(configured, database, address or new_address())
        clients.append(client)
        return client

    yield make
    for client in clients:
        await client.close()


@pytest.fixture
async def client(make_client: Any) -> IdentityClient:
    return make_client()


@pytest.fixture
async def world(session: AsyncSession, settings: Settings) -> World:
    return await build_world(session, settings)
