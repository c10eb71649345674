"""The journeys of each user on the demo municipality, as a phone takes them.

One database of this package's own, a copy of the demo that ``ledelyst
seed-demo`` seeded for the run (``tests/support/demo_template.py``), and the
application as production composes it (``create_app``) with
``LEDELYST_PERSISTED_QUERIES_ONLY=true``: every request sends only the sha256
of a document of ``graphql/operations/``, over HTTP. People sign in with the
demo password and the e-mails the start banner prints (``DemoSummary``); the
rater opens the printed link.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import pytest

from backend.app import create_app
from backend.db import Database
from backend.identity.seed import DemoSummary
from backend.seed import seed_demo
from backend.settings import Settings
from tests.support.demo_template import copy_demo
from tests.support.graphql_client import GraphQLClient, GraphQLResponse
from tests.support.operations import persisted


@dataclass
class Person:
    """A signed-in demo person."""

    who: str
    email: str
    token: str
    client: GraphQLClient

    async def attempt(self, name: str, variables: dict[str, Any] | None = None) -> GraphQLResponse:
        return await self.client.execute(
            None, variables or {}, token=self.token, extensions=persisted(name)
        )

    async def run(self, name: str, variables: dict[str, Any] | None = None) -> Any:
        """The operation's data; no GraphQL error, and no payload error."""
        response = await self.attempt(name, variables)
        assert response.status == 200 and response.errors == [], (name, response.body)
        data = response.data
        for value in data.values():
            if isinstance(value, dict) and "errors" in value:
                assert value["errors"] == [], (name, value["errors"])
        return data


@dataclass
class Demo:
    client: GraphQLClient
    summary: DemoSummary
    settings: Settings
    database: Database

    async def sign_in(self, who: str) -> Person:
        email = self.summary.email_of(who)
        response = await self.client.execute(
            None,
            {"input": {"email": email, "password": self.summary.password}},
            extensions=persisted("SignIn"),
        )
        result = response.data["signIn"]
        assert result["errors"] == [] and result["accessToken"], (who, result)
        return Person(who, email, result["accessToken"], self.client)

    def summary_name(self, who: str) -> str:
        return next(login.name for login in self.summary.logins if login.who == who)

    def rater_link(self) -> str:
        [line] = [line for line in self.summary.extra if "/rate?t=" in line]
        return line.split()[-1]


@pytest.fixture(scope="package")
async def demo(settings: Settings) -> AsyncIterator[Demo]:
    from tests.conftest import TEST_DATABASE_URL, _create_postgres_database

    name = f"ledelyst_journeys_{uuid.uuid4().hex[:8]}"
    copy = await asyncio.to_thread(
        copy_demo, settings.storage_folder.parent, name, settings.storage_folder
    )
    own = settings.model_copy(
        update={"database_url": copy.database_url, "persisted_queries_only": True}
    )
    database = Database(own)
    client: GraphQLClient | None = None
    try:
        summary = await seed_demo(database)
        client = GraphQLClient(create_app(own, database=database))
        yield Demo(client, summary, own, database)
    finally:
        if client is not None:
            await client.close()
        await database.dispose()
        if copy.postgres_name:
            await _create_postgres_database(TEST_DATABASE_URL or "", name, drop=True)
