"""The philosophy tests' world (tests/support/philosophy_world.py), one per test."""

from __future__ import annotations

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from backend.settings import Settings
from tests.support.graphql_client import GraphQLClient
from tests.support.philosophy_world import World, build_world


@pytest.fixture
async def world(session: AsyncSession, settings: Settings) -> World:
    return await build_world(session, settings)


@pytest.fixture
async def gql(api: GraphQLClient) -> GraphQLClient:
    return api
