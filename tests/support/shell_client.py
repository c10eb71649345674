"""The API with the shell's test schema (tests/support/shell_schema.py) on top
of the real root, with settings of the test's choosing."""

from __future__ import annotations

from backend.api.schema import build_schema
from backend.app import create_app
from backend.db import Database
from backend.settings import Settings
from tests.support.graphql_client import GraphQLClient
from tests.support.shell_schema import ShellMutation, ShellQuery


def shell_client(settings: Settings, database: Database, **overrides: object) -> GraphQLClient:
    configured = settings.model_copy(update=overrides) if overrides else settings
    schema = build_schema(configured, extra_queries=[ShellQuery], extra_mutations=[ShellMutation])
    return GraphQLClient(create_app(configured, database=database, schema=schema))
