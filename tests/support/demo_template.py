"""The demo municipality, seeded once per test run and copied for every test
world that starts from it (the journeys, the schema fuzzer, the authorization
matrix, the browser tests).

Seeding runs the domains' services for hundreds of rows and takes seconds; a
copy takes milliseconds: a file copy on SQLite, ``CREATE DATABASE ... TEMPLATE``
on PostgreSQL. The template is made by ``ledelyst migrate`` and ``ledelyst
seed-demo`` in a process of their own, as ``make run`` makes it, under a file
lock in the folder all xdist workers share, so the first worker to ask makes it
and the others wait for it. A copy then runs ``seed_demo`` again, which adds
nothing but returns the sign-ins and a fresh rater link.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from filelock import FileLock

from tests.support.embedded import embedded_environment

ROOT = Path(__file__).resolve().parents[2]
# The controller sets it before the workers start (tests/conftest.py), so
# every worker of one run finds the same template, and it can drop it at the end.
RUN_VARIABLE = "LEDELYST_TEST_RUN"
POSTGRES_PREFIX = "ledelyst_demo_template_"


@dataclass(frozen=True)
class DemoCopy:
    database_url: str
    postgres_name: str | None  # the database to drop when done, on PostgreSQL


def copy_demo(folder: Path, name: str, storage_folder: Path) -> DemoCopy:
    """A new database ``name`` (a file in ``folder`` on SQLite) holding the
    seeded demo, with its stored files copied into ``storage_folder``. It runs
    event loops of its own: from a coroutine, call it through ``asyncio.to_thread``."""
    from tests.conftest import TEST_DATABASE_URL

    template = _template_folder()
    with FileLock(template / "lock"):
        if not (template / "done").exists():
            _seed_template(template)
        shutil.copytree(template / "files", storage_folder, dirs_exist_ok=True)
        if not TEST_DATABASE_URL:
            target = folder / f"{name}.sqlite3"
            shutil.copyfile(template / "demo.sqlite3", target)
            return DemoCopy(f"sqlite+aiosqlite:///{target}", None)
        # Under the lock: PostgreSQL refuses to copy a template someone else is copying.
        asyncio.run(_postgres(f'CREATE DATABASE "{name}" TEMPLATE "{_template_name()}"'))
        asyncio.run(_postgres(f'ALTER DATABASE "{name}" SET synchronous_commit TO off'))
        return DemoCopy(f"{TEST_DATABASE_URL.rsplit('/', 1)[0]}/{name}", name)


def drop_templates() -> None:
    """Removes this run's template: its folder, and its database on PostgreSQL."""
    from tests.conftest import TEST_DATABASE_URL

    if not os.environ.get(RUN_VARIABLE):
        return
    shutil.rmtree(_template_folder(), ignore_errors=True)
    if TEST_DATABASE_URL:
        asyncio.run(_postgres(f'DROP DATABASE IF EXISTS "{_template_name()}" WITH (FORCE)'))


def _template_folder() -> Path:
    import tempfile

    folder = Path(tempfile.gettempdir()) / f"ledelyst-demo-{os.environ.get(RUN_VARIABLE, 'one')}"
    folder.mkdir(exist_ok=True)
    return folder


def _template_name() -> str:
    return f"{POSTGRES_PREFIX}{os.environ.get(RUN_VARIABLE, 'one')}"


def _seed_template(template: Path) -> None:
    from tests.conftest import TEST_DATABASE_URL

    if TEST_DATABASE_URL:
        asyncio.run(_postgres(f'DROP DATABASE IF EXISTS "{_template_name()}"'))
        asyncio.run(_postgres(f'CREATE DATABASE "{_template_name()}"'))
        database_url = f"{TEST_DATABASE_URL.rsplit('/', 1)[0]}/{_template_name()}"
    else:
        database_url = f"sqlite+aiosqlite:///{template / 'demo.sqlite3'}"
    env = {**os.environ, **embedded_environment(template, database_url)}
    for command in (["migrate"], ["seed-demo"]):
        subprocess.run(
            [sys.executable, "-m", "backend.cli", *command],
            cwd=ROOT,
            env=env,
            check=True,
            timeout=600,
            stdout=subprocess.DEVNULL,
        )
    (template / "files").mkdir(exist_ok=True)
    if not TEST_DATABASE_URL:
        _checkpoint(template / "demo.sqlite3")
    (template / "done").touch()


def _checkpoint(path: Path) -> None:
    """Folds the write-ahead log into the file, so that a copy of the file alone is whole."""
    import sqlite3

    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("PRAGMA journal_mode=DELETE")
    finally:
        connection.close()


async def _postgres(statement: str) -> None:
    import asyncpg  # only needed against PostgreSQL

    from tests.conftest import TEST_DATABASE_URL, _postgres_admin_url

    admin = _postgres_admin_url(TEST_DATABASE_URL or "").replace("postgresql+asyncpg", "postgresql")
    connection = await asyncpg.connect(admin)
    try:
        await connection.execute(statement)
    finally:
        await connection.close()
