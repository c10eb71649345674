"""The API with the shell's test schema (tests/support/shell_client.py), and a
person's token."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from backend.auth.tokens import issue_access_token
from backend.auth.viewer import Viewer
from backend.db import Database
from backend.settings import Settings
from tests.support.factories import make_person
from tests.support.graphql_client import GraphQLClient
from tests.support.shell_client import shell_client


@pytest.fixture
async def client(settings: Settings, database: Database) -> AsyncIterator[GraphQLClient]:
    graphql = shell_client(settings, database)
    yield graphql
    await graphql.close()


@pytest.fixture
async def token(settings: Settings, session) -> str:
    membership = await make_person(session)
    await session.commit()
    viewer = Viewer(
        person_id=membership.person_id,
        organisation_id=membership.organisation_id,
        membership_id=membership.id,
    )
    return issue_access_token(viewer, settings)
