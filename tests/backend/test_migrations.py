"""Migrations are reviewed code: one line of history, and every one of them
reversible, on the database this run uses (SQLite, or PostgreSQL when set)."""

from __future__ import annotations

import asyncio
import uuid
from pathlib import Path

from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect

from backend.migrate import alembic_config, downgrade, upgrade
from backend.settings import Settings
from tests.conftest import TEST_DATABASE_URL, _create_postgres_database


def _sync_url(url: str) -> str:
    return url.replace("+aiosqlite", "").replace("+asyncpg", "+psycopg")


def _tables(url: str) -> set[str]:
    engine = create_engine(_sync_url(url))
    try:
        return set(inspect(engine).get_table_names()) - {"alembic_version"}
    finally:
        engine.dispose()


def test_the_history_has_one_head(settings: Settings) -> None:
    heads = ScriptDirectory.from_config(alembic_config(settings)).get_heads()
    assert len(heads) == 1, heads


def test_every_migration_downgrades_to_nothing_and_upgrades_again(tmp_path: Path) -> None:
    if TEST_DATABASE_URL:
        name = f"ledelyst_migrations_{uuid.uuid4().hex[:8]}"
        asyncio.run(_create_postgres_database(TEST_DATABASE_URL, name))
        url = f"{TEST_DATABASE_URL.rsplit('/', 1)[0]}/{name}"
    else:
        url = f"sqlite+aiosqlite:///{tmp_path / 'migrations.sqlite3'}"
    fresh = Settings(database_url=url)
    try:
        upgrade(fresh)
        created = _tables(url)
        downgrade(fresh, "base")
        assert _tables(url) == set()
        upgrade(fresh)
        assert _tables(url) == created
    finally:
        if TEST_DATABASE_URL:
            asyncio.run(_create_postgres_database(TEST_DATABASE_URL, name, drop=True))
