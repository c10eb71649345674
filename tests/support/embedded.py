"""The environment of a deployment of its own on the embedded defaults, for
tests that start the CLI, the API or the worker as processes."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine


def embedded_environment(folder: Path, database_url: str) -> dict[str, str]:
    """Settings (``LEDELYST_*``) of a deployment whose broker, files and mail
    live in ``folder``, with its database at ``database_url``."""
    return {
        "LEDELYST_PRODUCTION": "false",
        "LEDELYST_DATABASE_URL": database_url,
        "LEDELYST_BROKER_URL": "filesystem://",
        "LEDELYST_BROKER_FOLDER": str(folder / "broker"),
        "LEDELYST_STORAGE_BACKEND": "local",
        "LEDELYST_STORAGE_FOLDER": str(folder / "files"),
        "LEDELYST_MAIL_BACKEND": "folder",
        "LEDELYST_MAIL_FOLDER": str(folder / "mail"),
        "LEDELYST_LOG_LEVEL": "WARNING",
    }


def sync_engine(database_url: str) -> Engine:
    """A synchronous engine on a deployment's database (``database_url`` as
    the app has it), as patient with SQLite's lock as the app's own
    connections (backend/db.py): the deployment's worker writes meanwhile."""
    url = database_url.replace("+aiosqlite", "").replace("+asyncpg", "+psycopg")
    return create_engine(url, connect_args={"timeout": 30} if url.startswith("sqlite") else {})
