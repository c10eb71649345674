"""The demo municipality, seeded once per test run and copied for every test
world that starts from it (the journeys, the schema fuzzer, the authorization
matrix, the browser tests).

Seeding runs the domains' services for hundreds of rows and takes seconds; a
copy takes milliseconds: a file copy on SQLite, ``CREATE DATABASE ... TEMPLATE``
on PostgreSQL. The template is made by ``ledelyst migrate`` and ``ledelyst
seed-demo`` in a process of their own, as ``make run`` makes it, under a file
lock in the folder all xdist workers share, so the first worker to ask makes it
and the others wait for it. A copy then runs ``seed_demo`` again, which adds
nothing but returns the sign-ins and a fresh rater link. The browser tests'
deployments copy a second template, the first after the real worker and
scheduler have worked off its outbox (``settled``), made once as well.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from filelock import FileLock

from tests.support.embedded import embedded_environment, sync_engine

ROOT = Path(__file__).resolve().parents[2]
# The controller sets it before the workers start (tests/conftest.py), so
# every worker of one run finds the same template, and it can drop it at the end.
RUN_VARIABLE = "LEDELYST_TEST_RUN"
POSTGRES_PREFIX = "ledelyst_demo_template_"


@dataclass(frozen=True)
class DemoCopy:
    database_url: str
    postgres_name: str | None  # the database to drop when done, on PostgreSQL


def copy_demo(folder: Path, name: str, storage_folder: Path, *, settled: bool = False) -> DemoCopy:
    """A new database ``name`` (a file in ``folder`` on SQLite) holding the
    seeded demo, with its stored files copied into ``storage_folder``. It runs
    event loops of its own: from a coroutine, call it through ``asyncio.to_thread``.

    ``settled``: the demo after a worker has done what its seed left in the
    outbox (rater invitations, 360 reports rendered, mails), as a deployment
    that has run for a while has it. The seed leaves ~75 messages; a
    deployment started from the bare seed spent its first ~10 s of CPU on
    them, every time, while its first requests waited for SQLite's lock."""
    template = _template_folder()
    if settled:
        # A lock of its own: settling takes ~30 s, which copies of the bare
        # seed (the fuzzer's, the journeys') need not wait for.
        with FileLock(template / "settled.lock"):
            if not (template / "settled" / "done").exists():
                _settle_template(template, template / "settled")
            return _copy(template / "settled", _settled_name(), folder, name, storage_folder)
    with FileLock(template / "lock"):
        _ensure_seeded(template)
        return _copy(template, _template_name(), folder, name, storage_folder)


def _copy(
    source: Path, source_name: str, folder: Path, name: str, storage_folder: Path
) -> DemoCopy:
    """Under the source's lock: PostgreSQL refuses to copy a template someone
    else is copying."""
    from tests.conftest import TEST_DATABASE_URL

    shutil.copytree(source / "files", storage_folder, dirs_exist_ok=True)
    if not TEST_DATABASE_URL:
        target = folder / f"{name}.sqlite3"
        shutil.copyfile(source / "demo.sqlite3", target)
        return DemoCopy(f"sqlite+aiosqlite:///{target}", None)
    asyncio.run(_postgres(f'CREATE DATABASE "{name}" TEMPLATE "{source_name}"'))
    asyncio.run(_postgres(f'ALTER DATABASE "{name}" SET synchronous_commit TO off'))
    return DemoCopy(f"{TEST_DATABASE_URL.rsplit('/', 1)[0]}/{name}", name)


def drop_templates() -> None:
    """Removes this run's template: its folder, and its database on PostgreSQL."""
    from tests.conftest import TEST_DATABASE_URL

    if not os.environ.get(RUN_VARIABLE):
        return
    shutil.rmtree(_template_folder(), ignore_errors=True)
    if TEST_DATABASE_URL:
        for name in (_template_name(), _settled_name()):
            asyncio.run(_postgres(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def _template_folder() -> Path:
    import tempfile

    folder = Path(tempfile.gettempdir()) / f"ledelyst-demo-{os.environ.get(RUN_VARIABLE, 'one')}"
    folder.mkdir(exist_ok=True)
    return folder


def _template_name() -> str:
    return f"{POSTGRES_PREFIX}{os.environ.get(RUN_VARIABLE, 'one')}"


def _settled_name() -> str:
    return f"{_template_name()}_settled"


def _ensure_seeded(template: Path) -> None:
    """Under the template's lock."""
    if not (template / "done").exists():
        _seed_template(template)


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


def _settle_template(template: Path, settled: Path) -> None:
    """A copy of the seeded template whose outbox the real worker and
    scheduler have worked off (until no message is left undone)."""
    from tests.conftest import TEST_DATABASE_URL
    from tests.infra.services import processes

    settled.mkdir(exist_ok=True)
    if TEST_DATABASE_URL:
        asyncio.run(_postgres(f'DROP DATABASE IF EXISTS "{_settled_name()}"'))
    with FileLock(template / "lock"):
        _ensure_seeded(template)
        # Named as _copy reads it back: demo.sqlite3, or the settled database.
        name = _settled_name() if TEST_DATABASE_URL else "demo"
        database_url = _copy(
            template, _template_name(), settled, name, settled / "files"
        ).database_url
    env = {
        **os.environ,
        **embedded_environment(settled, database_url),
        "LEDELYST_OUTBOX_RELAY_INTERVAL_SECONDS": "0.5",
    }
    with processes([["worker", "--pool", "solo"], ["scheduler"]], env, settled):
        _wait_for_empty_outbox(database_url)
    if not TEST_DATABASE_URL:
        _checkpoint(settled / "demo.sqlite3")
    (settled / "done").touch()


def _wait_for_empty_outbox(database_url: str, seconds: float = 300) -> None:
    from sqlalchemy import text

    engine = sync_engine(database_url)
    deadline = time.monotonic() + seconds
    try:
        while time.monotonic() < deadline:
            with engine.connect() as connection:
                undone = connection.execute(
                    text("SELECT count(*) FROM outbox_message WHERE done_at IS NULL")
                ).scalar_one()
            if undone == 0:
                return
            time.sleep(0.5)
    finally:
        engine.dispose()
    raise AssertionError(f"the demo's outbox still held {undone} messages after {seconds} s")


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
