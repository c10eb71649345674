"""The programmes tests' world (tests/support/programme_world.py), one per test."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from backend.settings import Settings
from tests.support.graphql_client import GraphQLClient
from tests.support.programme_world import World, build_world


@pytest.fixture
async def world(session: AsyncSession, settings: Settings) -> World:
    return await build_world(session, settings)


@pytest.fixture
async def gql(api: GraphQLClient) -> AsyncIterator[GraphQLClient]:
    yield api
