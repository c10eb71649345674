"""The attacks' fixtures: an area of four leaders below a director, built
through the services (tests/support/effect_area.py), and a loop of their own
for the property tests. The attacker's tools are in
tests/support/attack_tools.py. Every attack in this folder reads only what
the API hands a role, and fails if it gets anything out."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

import backend.db as db
from backend.db import Database, set_database
from backend.settings import Settings
from tests.support.effect_area import Area, build_area


@pytest.fixture
async def area(session: AsyncSession, settings: Settings) -> Area:
    """Four leaders below a director, each with five staff (a report is not
    withheld under the Danish profile), all enrolled on one programme."""
    return await build_area(session, settings, leaders=4, staff=5)


@pytest.fixture(scope="module")
def own_loop(settings: Settings) -> Iterator[tuple[asyncio.AbstractEventLoop, Database]]:
    """A loop and a database of their own for the property tests, whose
    examples hypothesis runs synchronously; the release audit records through
    ``get_database()``, so that points here meanwhile."""
    loop = asyncio.new_event_loop()
    database = Database(settings)
    before = db._database
    set_database(database)
    yield loop, database
    loop.run_until_complete(database.dispose())
    loop.close()
    set_database(before)
