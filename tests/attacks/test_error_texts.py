"""Attack 7b: an unexpected database error must not hand the client its SQL
or the parameters (a reflection's text, a name, an address: personal data),
in production and outside it alike.

A second organisation with a slug already taken makes a real IntegrityError in
the real unit of work; the slug stands for whatever personal text was bound.
"""

from __future__ import annotations

import pytest

from backend.db import Database
from backend.settings import Settings
from tests.api.test_unit_of_work import CREATE
from tests.support.factories import unique
from tests.support.shell_client import shell_client


@pytest.mark.parametrize("production", [False, True])
async def test_database_error_text_carries_no_sql_or_parameters(
    settings: Settings, database: Database, production: bool
) -> None:
    client = shell_client(settings, database, production=production)
    try:
        slug = unique("personal-text")
        first = await client.execute(CREATE, {"input": {"slug": slug, "name": "Første"}})
        assert first.errors == []
        second = await client.execute(CREATE, {"input": {"slug": slug, "name": "Hemmelig Navn"}})
    finally:
        await client.close()
    assert second.codes == ["INTERNAL_SERVER_ERROR"]
    text = str(second.body)
    for leaked in (slug, "Hemmelig Navn", "INSERT", "organisation", "UNIQUE", "duplicate key"):
        assert leaked not in text, leaked
    assert second.errors[0]["extensions"]["requestId"] in second.errors[0]["message"]
