"""scim2-tester's compliance checks against /scim/v2, served on loopback."""

from __future__ import annotations

import asyncio
import threading
import time
from collections import Counter
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import uvicorn
from scim2_tester import Status, check_server

from backend.app import create_app
from backend.db import Database, set_database
from backend.settings import Settings
from tests.backend.identity.scim.conftest import issue
from tests.support.identity_world import World
from tests.support.network import free_port
from tests.support.scim_client import HttpxSCIMClient

FAILING = {Status.ERROR, Status.CRITICAL}


@pytest.fixture
def server(settings: Settings, database: Database) -> Iterator[str]:
    own = Database(settings)
    port = free_port()
    app = create_app(settings, database=own)
    runner = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=runner.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not runner.started and time.monotonic() < deadline:
        time.sleep(0.05)
    set_database(database)
    try:
        yield f"http://127.0.0.1:{port}/scim/v2"
    finally:
        runner.should_exit = True
        thread.join(timeout=10)


def _check(base_url: str, token: str) -> list[Any]:
    with httpx.Client(
        base_url=base_url, headers={"authorization": f"Bearer {token}"}, timeout=30
    ) as http:
        return check_server(HttpxSCIMClient(http), raise_exceptions=False)


async def test_scim2_tester_finds_no_failure(
    server: str, database, world: World, record_property
) -> None:
    token = await issue(database, world.organisation.id)
    results = await asyncio.to_thread(_check, server, token)
    counts = Counter(f"{r.resource_type or 'server'} {r.status.name}" for r in results)
    record_property("scim2_tester", dict(sorted(counts.items())))
    ran = [r for r in results if r.status is not Status.SKIPPED]
    failures = [(r.title, r.status.name, r.reason) for r in results if r.status in FAILING]
    assert failures == [], "\n".join(map(str, failures))
    succeeded = {r.title for r in ran if r.status not in FAILING}
    # The checks did run: discovery, and the User resource's whole life.
    for check in (
        "service_provider_config_endpoint",
        "query_all_schemas",
        "object_creation",
        "object_query",
        "object_replacement",
        "check_add_attribute",
        "check_replace_attribute",
        "check_remove_attribute",
        "object_deletion",
        "random_url",
    ):
        assert check in succeeded, (check, sorted(succeeded))
    # ... and the Group resource's too.
    assert {r.resource_type for r in ran} >= {"User", "Group"}
