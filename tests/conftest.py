"""Shared test set-up: one database per test run, migrated with Alembic, and
a fresh session for each test.

The suite runs on the embedded defaults (SQLite, folder broker). With
``LEDELYST_TEST_DATABASE_URL`` (PostgreSQL) and ``LEDELYST_TEST_BROKER_URL``
(Redis) set, it runs against those instead; ``make test`` runs it both ways.
"""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from backend.db import Database, set_database
from backend.migrate import upgrade
from backend.settings import Settings, get_settings
from tests.support.graphql_client import GraphQLClient
from tests.support.moto_server import StrictMotoServer

TEST_DATABASE_URL = os.environ.get("LEDELYST_TEST_DATABASE_URL")
TEST_BROKER_URL = os.environ.get("LEDELYST_TEST_BROKER_URL")


def _postgres_admin_url(url: str) -> str:
    base, _, _ = url.rpartition("/")
    return f"{base}/postgres"


async def _create_postgres_database(url: str, name: str, drop: bool = False) -> None:
    import asyncpg  # only needed against PostgreSQL

    admin = _postgres_admin_url(url).replace("postgresql+asyncpg", "postgresql")
    connection = await asyncpg.connect(admin)
    try:
        if drop:
            await connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        else:
            await connection.execute(f'CREATE DATABASE "{name}"')
    finally:
        await connection.close()


@pytest.fixture(scope="session")
def test_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("ledelyst")


@pytest.fixture(scope="session")
def settings(test_root: Path) -> Iterator[Settings]:
    """Settings of the test run; the database is created and migrated once."""
    name = f"ledelyst_test_{uuid.uuid4().hex[:10]}"
    if TEST_DATABASE_URL:
        database_url = f"{TEST_DATABASE_URL.rsplit('/', 1)[0]}/{name}"
        asyncio.run(_create_postgres_database(TEST_DATABASE_URL, name))
    else:
        database_url = f"sqlite+aiosqlite:///{test_root / 'test.sqlite3'}"
    values = {
        "database_url": database_url,
        "broker_url": TEST_BROKER_URL or "filesystem://",
        "broker_folder": test_root / "broker",
        "storage_folder": test_root / "files",
        "mail_folder": test_root / "mail",
        "secret_key": "test-secret-key-with-enough-length-0123456789",
        "base_url": "http://testserver",
    }
    test_settings = Settings(**values)
    for key, value in values.items():
        os.environ[f"LEDELYST_{key.upper()}"] = str(value)
    get_settings.cache_clear()
    upgrade(test_settings)
    yield test_settings
    if TEST_DATABASE_URL:
        asyncio.run(_create_postgres_database(TEST_DATABASE_URL, name, drop=True))


@pytest.fixture(scope="session", autouse=True)
def composed() -> None:
    """The slices wired into each other as production does at start-up (the
    same ``compose`` that ``create_app`` and the worker call), for tests that
    call services without starting the application."""
    from backend.composition import compose

    compose()


@pytest.fixture(scope="session")
async def database(settings: Settings) -> AsyncIterator[Database]:
    database = Database(settings)
    set_database(database)
    yield database
    set_database(None)
    await database.dispose()


@pytest.fixture
async def session(database: Database) -> AsyncIterator[AsyncSession]:
    """A session of its own for each test; what a test commits stays, so
    factories give every row unique names."""
    async with database.session() as session:
        yield session


@pytest.fixture
async def api(settings: Settings, database: Database) -> AsyncIterator[GraphQLClient]:
    """The whole API as a client sees it (the real schema, over HTTP in process)."""
    from backend.app import create_app

    client = GraphQLClient(create_app(settings, database=database))
    yield client
    await client.close()


@pytest.fixture
async def make_client(settings: Settings, database: Database) -> AsyncIterator[Any]:
    """Whole-API clients with settings of their own: ``make_client(production=True)``."""
    from backend.app import create_app

    clients: list[GraphQLClient] = []

    def make(**overrides: object) -> GraphQLClient:
        client = GraphQLClient(create_app(settings.model_copy(update=overrides), database=database))
        clients.append(client)
        return client

    yield make
    for client in clients:
        await client.close()


@pytest.fixture(scope="session")
def moto_server() -> Iterator[StrictMotoServer]:
    """moto's S3 on 127.0.0.1 at a free port, once per session, spoken to over
    HTTP; it also checks presigned URLs' signatures and expiry, which moto
    alone does not."""
    server = StrictMotoServer()
    server.start()
    yield server
    server.stop()
