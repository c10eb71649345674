"""One leader among processes: whoever holds the lock runs the scheduler.

PostgreSQL: a session-level advisory lock, held by a dedicated connection for
as long as it lives; if the process or its connection dies, the server
releases it. Embedded (SQLite): ``flock`` on a file beside the broker folder;
the kernel releases it when the process dies. Either way a waiting process
polls and takes over. Advisory locks belong to one database, so separate
databases (tests, other installations) never contend.
"""

from __future__ import annotations

import fcntl
import hashlib
import logging
import os
import time
from pathlib import Path
from typing import IO, Any, Protocol

from sqlalchemy.engine import make_url

from backend.jobs.celery_app import var_folder
from backend.settings import Settings

log = logging.getLogger(__name__)


def lock_key(name: str) -> int:
    """A stable signed 64-bit key for pg_advisory_lock."""
    return int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big", signed=True)


class LeaderLock(Protocol):
    def try_acquire(self) -> bool: ...

    def still_held(self) -> bool: ...

    def release(self) -> None: ...


class FileLeaderLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._file: IO[str] | None = None

    def try_acquire(self) -> bool:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        file = self.path.open("a+")
        try:
            fcntl.flock(file.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            file.close()
            return False
        # The holder's pid, for operators; the lock itself is the flock.
        file.truncate(0)
        file.write(f"{os.getpid()}\n")
        file.flush()
        self._file = file
        return True

    def still_held(self) -> bool:
        return self._file is not None  # the kernel keeps it while we live

    def release(self) -> None:
        if self._file is not None:
            self._file.close()  # closing the descriptor releases the flock
            self._file = None


class PostgresLeaderLock:
    def __init__(self, database_url: str, name: str) -> None:
        # A plain libpq URL for psycopg from the asyncpg one: this connection
        # lives outside any event loop, in the scheduler's main thread.
        url = make_url(database_url).set(drivername="postgresql")
        self.conninfo = url.render_as_string(hide_password=False)
        self.key = lock_key(name)
        self._connection: Any = None
        self._held = False

    def try_acquire(self) -> bool:
        try:
            connection = self._connect()
            held = connection.execute("SELECT pg_try_advisory_lock(%s)", (self.key,)).fetchone()
        except Exception as error:
            log.warning("leader lock: database unreachable (%s)", error)
            self._drop_connection()
            return False
        self._held = bool(held and held[0])
        return self._held

    def still_held(self) -> bool:
        """True while the connection that holds the lock is alive."""
        if not self._held:
            return False
        try:
            self._connection.execute("SELECT 1")
        except Exception:
            self._held = False
            self._drop_connection()
        return self._held

    def release(self) -> None:
        """Unlocks at once: a closed session's locks are only freed once the
        server has ended its backend, which another process could still see."""
        if self._held and self._connection is not None and not self._connection.closed:
            try:
                self._connection.execute("SELECT pg_advisory_unlock(%s)", (self.key,))
            except Exception as error:  # ending the session below releases it too
                log.warning("leader lock: could not unlock (%s)", error)
        self._held = False
        self._drop_connection()

    def _connect(self) -> Any:
        import psycopg  # only the PostgreSQL scheduler needs it

        if self._connection is None or self._connection.closed:
            self._connection = psycopg.connect(
                self.conninfo,
                autocommit=True,
                application_name="ledelyst-scheduler",
                connect_timeout=10,
                # Notice a vanished server or network within about a minute.
                keepalives=1,
                keepalives_idle=30,
                keepalives_interval=10,
                keepalives_count=3,
            )
        return self._connection

    def _drop_connection(self) -> None:
        if self._connection is not None:
            try:
                self._connection.close()
            finally:
                self._connection = None


def leader_lock(settings: Settings, name: str = "scheduler") -> LeaderLock:
    if settings.is_sqlite:
        return FileLeaderLock(var_folder(settings) / f"{name}.lock")
    return PostgresLeaderLock(settings.database_url, f"ledelyst.{name}")


def wait_for_leadership(lock: LeaderLock, poll_seconds: float) -> None:
    """Block until ``lock`` is ours, trying every ``poll_seconds``."""
    if lock.try_acquire():
        return
    log.info("another scheduler is the leader; waiting to take over")
    while not lock.try_acquire():
        time.sleep(poll_seconds)
