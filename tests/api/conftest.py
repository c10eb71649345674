from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from backend.api.schema import build_schema
from backend.app import create_app
from backend.auth.tokens import issue_access_token
from backend.auth.viewer import Viewer
from backend.db import Database
from backend.settings import Settings
from tests.api.shell_schema import ShellMutation, ShellQuery
from tests.support.factories import make_person
from tests.support.graphql_client import GraphQLClient


def shell_client(settings: Settings, database: Database, **overrides: object) -> GraphQLClient:
    configured = settings.model_copy(update=overrides) if overrides else settings
    schema = build_schema(configured, extra_queries=[ShellQuery], extra_mutations=[ShellMutation])
    return GraphQLClient(create_app(configured, database=database, schema=schema))


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
