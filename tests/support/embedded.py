"""The environment of a deployment of its own on the embedded defaults, for
tests that start the CLI, the API or the worker as processes."""

from __future__ import annotations

from pathlib import Path


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
