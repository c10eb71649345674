"""Shared test set-up: one database per test process, migrated with Alembic,
and a fresh session for each test.

The suite runs on the embedded defaults (SQLite, folder broker). With
``LEDELYST_TEST_DATABASE_URL`` (PostgreSQL) and ``LEDELYST_TEST_BROKER_URL``
(Redis) set, it runs against those instead; ``make test`` runs it both ways,
in parallel (pytest-xdist, ``-n auto``) and in random order (pytest-randomly).

Each xdist worker (``gw0``, ``gw1``, ...) is a process of its own with its
own database (a SQLite file in its own temporary folder, or a PostgreSQL
database named after it), its own folders for broker, files and mail, and on
Redis a database number of its own, so that no worker sees another's rows or
messages.
"""

from __future__ import annotations

import asyncio
import itertools
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
from tests.support import demo_template
from tests.support.graphql_client import GraphQLClient
from tests.support.moto_server import StrictMotoServer

TEST_DATABASE_URL = os.environ.get("LEDELYST_TEST_DATABASE_URL")
TEST_BROKER_URL = os.environ.get("LEDELYST_TEST_BROKER_URL")
# Redis has 16 numbered databases (0-15) unless configured otherwise; 15 is
# taken by the tests that start a deployment of their own (tests/infra,
# tests/bench), which empty it and run in one xdist group.
REDIS_OWN_DATABASE = 15


def xdist_worker() -> str:
    """This process's xdist worker id (``gw0``, ``gw1``, ...), or ``main``
    when the suite runs in one process."""
    return os.environ.get("PYTEST_XDIST_WORKER", "main")


def _worker_number() -> int:
    worker = xdist_worker()
    return int(worker[2:]) if worker.startswith("gw") else 0


def _broker_url(url: str | None) -> str:
    """The broker of this worker: on Redis the URL's database number plus the
    worker's, so that workers' queues never meet; other brokers as given (the
    embedded one lives in the worker's own folder)."""
    if not url:
        return "filesystem://"
    if not url.startswith(("redis://", "rediss://")):
        return url
    base, _, number = url.rpartition("/")
    database = (int(number) if number.isdigit() else 0) + _worker_number()
    if database >= REDIS_OWN_DATABASE:
        raise pytest.UsageError(
            f"xdist worker {xdist_worker()} would need Redis database {database}: "
            f"run fewer workers (-n) or give LEDELYST_TEST_BROKER_URL a lower database"
        )
    return f"{base}/{database}"


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
            # A test database need not survive a crash: commits skip the WAL flush.
            await connection.execute(f'ALTER DATABASE "{name}" SET synchronous_commit TO off')
    finally:
        await connection.close()


def pytest_configure(config: pytest.Config) -> None:
    # Set in the controlling process before xdist starts its workers, which
    # inherit it: the run's id, shared by all its workers (tests/support/demo_template.py).
    if "PYTEST_XDIST_WORKER" not in os.environ:
        os.environ.setdefault(demo_template.RUN_VARIABLE, uuid.uuid4().hex[:10])


def pytest_unconfigure(config: pytest.Config) -> None:
    if "PYTEST_XDIST_WORKER" not in os.environ:
        demo_template.drop_templates()


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    """The order's seed at the end, even under ``-q``: a failure that depends
    on the order comes back with ``-p randomly --randomly-seed=N``."""
    seed = getattr(config.option, "randomly_seed", None)
    if isinstance(seed, int):
        terminalreporter.write_line(f"random order: -p randomly --randomly-seed={seed}")


_WRITTEN = pytest.StashKey[int]()
_collected = itertools.count()


def pytest_itemcollected(item: pytest.Item) -> None:
    item.stash[_WRITTEN] = next(_collected)


@pytest.hookimpl(tryfirst=True)  # before xdist reads the groups (--dist loadgroup)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """After pytest-randomly's shuffle: the tests of a module marked
    ``in_written_order`` go back to the order they are written in (in the
    places the shuffle gave them), and a module whose tests share a
    module-scoped fixture of ours (a server, a browser, a world built once)
    runs on one xdist worker, so that the fixture is set up once rather than
    once per worker; tests marked with an ``xdist_group`` of their own keep it.
    Then the work units holding a test marked ``slow`` go first (in the order
    the shuffle gave them), so that no worker starts a long test while the
    other is nearly done."""
    _in_written_order(items)
    for item in items:
        if item.get_closest_marker("xdist_group") is not None:
            continue
        fixtures = getattr(item, "_fixtureinfo", None)
        if fixtures is None:
            continue
        if any(
            definition.scope == "module" and _ours(definition)
            for definitions in fixtures.name2fixturedefs.values()
            for definition in definitions
        ):
            item.add_marker(pytest.mark.xdist_group(item.nodeid.split("::", 1)[0]))
    _slow_first(items)
    # Set by xdist in its workers only, when the run is --dist loadgroup.
    if getattr(config.option, "loadgroup", False):
        _name_groups(items)


def _groups(item: pytest.Item) -> list[str]:
    return sorted(
        {
            str(mark.args[0] if mark.args else mark.kwargs.get("name", "default"))
            for mark in item.iter_markers("xdist_group")
        }
    )


def _unit(item: pytest.Item) -> str:
    """What xdist hands a worker at once: a group, a module that runs in
    written order (kept together here), or a test of its own."""
    groups = _groups(item)
    if groups:
        return "@" + "_".join(groups)
    if item.get_closest_marker("in_written_order") is not None:
        return item.nodeid.split("::", 1)[0]
    return item.nodeid


def _slow_first(items: list[pytest.Item]) -> None:
    """xdist hands out the groups of several tests first (the largest first),
    then the rest in collection order: a slow unit moved to the front starts
    before the short ones, not as the last thing one worker does. A stable
    sort: everything else keeps the shuffled order."""
    slow = {_unit(item) for item in items if item.get_closest_marker("slow") is not None}
    if slow:
        items.sort(key=lambda item: _unit(item) not in slow)


def _name_groups(items: list[pytest.Item]) -> None:
    """pytest-xdist (3.8) tells its scheduler a test's group by appending
    ``@group`` to the node id through ``item._nodeid``, which pytest 9.2 no
    longer reads (node ids are structured: pytest-xdist issue 1386); without
    this, ``--dist loadgroup`` silently groups nothing. The same suffix, on
    the structured id; a no-op on a pytest that still reads ``_nodeid``."""
    from _pytest.nodeid import NodeId

    for item in items:
        groups = _groups(item)
        if groups and isinstance(getattr(item, "_id", None), NodeId):
            item._id = NodeId.parse(f"{item.nodeid}@{'_'.join(groups)}")


def _in_written_order(items: list[pytest.Item]) -> None:
    places: dict[str, list[int]] = {}
    for place, item in enumerate(items):
        if item.get_closest_marker("in_written_order") is not None:
            places.setdefault(item.nodeid.split("::", 1)[0], []).append(place)
    for module_places in places.values():
        written = sorted((items[p] for p in module_places), key=lambda i: i.stash[_WRITTEN])
        for place, item in zip(module_places, written, strict=True):
            items[place] = item


def _ours(definition: Any) -> bool:
    return str(getattr(definition.func, "__module__", "")).startswith("tests.")


@pytest.fixture(scope="session")
def test_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("ledelyst")


_TEST_SETTINGS = (
    "database_url",
    "broker_url",
    "broker_folder",
    "storage_folder",
    "mail_folder",
    "secret_key",
    "base_url",
)


@pytest.fixture(scope="session")
def settings(test_root: Path) -> Iterator[Settings]:
    """Settings of this test process; its database is created and migrated once.

    The PostgreSQL database's name holds the worker id and a random part:
    runs of other checkouts may share the server."""
    worker = xdist_worker()
    name = f"ledelyst_test_{worker}_{uuid.uuid4().hex[:10]}"
    if TEST_DATABASE_URL:
        database_url = f"{TEST_DATABASE_URL.rsplit('/', 1)[0]}/{name}"
        asyncio.run(_create_postgres_database(TEST_DATABASE_URL, name))
    else:
        # test_root is this worker's own (xdist gives each a basetemp of its own).
        database_url = f"sqlite+aiosqlite:///{test_root / f'test-{worker}.sqlite3'}"
    test_settings = Settings(
        database_url=database_url,
        broker_url=_broker_url(TEST_BROKER_URL),
        broker_folder=test_root / "broker",
        storage_folder=test_root / "files",
        mail_folder=test_root / "mail",
        secret_key="test-secret-key-with-enough-length-0123456789",
        base_url="http://testserver",
    )
    # What the tests start (the CLI, workers, servers) reads the same settings.
    for key in _TEST_SETTINGS:
        os.environ[f"LEDELYST_{key.upper()}"] = str(getattr(test_settings, key))
    get_settings.cache_clear()
    upgrade(test_settings)
    yield test_settings
    if TEST_DATABASE_URL:
        asyncio.run(_create_postgres_database(TEST_DATABASE_URL, name, drop=True))


@pytest.fixture(scope="session", autouse=True)
def composed() -> None:
    """The slices registered (texts, privacy declarations, mail templates,
    periodic tasks …) and wired into each other as production does at
    start-up (the same ``compose`` that ``create_app`` and the worker call),
    for tests that call services without starting the application."""
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
