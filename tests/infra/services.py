"""PostgreSQL and Redis servers of a test's own, on free loopback ports, that
the fault tests stop and restart; the shared ones (5432, 6379) stay up. The
PostgreSQL cluster is bench/postgres.py's, which the bench's own cluster uses too.

Without the binaries the tests skip with the reason; with
``LEDELYST_REQUIRE_FAULTS=1`` (set by ``.ci/run``) they fail instead, so CI
cannot pass by skipping them.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NoReturn

import pytest

from backend.settings import ROOT
from bench.postgres import PostgresServer, postgres_binaries
from tests.conftest import TEST_BROKER_URL, TEST_DATABASE_URL
from tests.support.network import free_port, wait_until_ok  # noqa: F401  (re-exported)

REQUIRED = os.environ.get("LEDELYST_REQUIRE_FAULTS") == "1"

# The fault tests model a production deployment (PostgreSQL, Redis) and start
# processes that share one database: the SQLite pass has neither.
needs_production_services = pytest.mark.skipif(
    not (TEST_DATABASE_URL and TEST_BROKER_URL),
    reason="fault tests run in the PostgreSQL + Redis pass "
    "(LEDELYST_TEST_DATABASE_URL and LEDELYST_TEST_BROKER_URL)",
)


def unavailable(reason: str) -> NoReturn:
    if REQUIRED:
        pytest.fail(f"LEDELYST_REQUIRE_FAULTS=1 but {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def own_postgres() -> Iterator[PostgresServer]:
    binaries = postgres_binaries()
    if binaries is None:
        unavailable("PostgreSQL's initdb and pg_ctl are not installed")
    if os.geteuid() == 0 and shutil.which("runuser") is None:
        unavailable("running as root without runuser: initdb refuses root")
    folder = Path(tempfile.mkdtemp(prefix="ledelyst-pg-"))  # not under root's 0700 pytest tmp
    server = PostgresServer(binaries, folder)
    try:
        server.init()
        server.start()
        yield server
    finally:
        try:
            server.stop("immediate")
        except RuntimeError:
            pass  # not running
        shutil.rmtree(folder, ignore_errors=True)


class RedisServer:
    """``redis-server`` in the foreground, without persistence: a restart
    comes back empty, as a lost broker does."""

    def __init__(self, binary: str) -> None:
        self.binary = binary
        self.port = free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        command = [self.binary, "--port", str(self.port), "--bind", "127.0.0.1"]
        command += ["--save", "", "--appendonly", "no", "--daemonize", "no"]
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
        deadline = time.monotonic() + 15
        while not self.answers():
            if time.monotonic() > deadline:
                raise RuntimeError("redis-server did not start")
            time.sleep(0.05)

    def answers(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=1) as connection:
                connection.sendall(b"PING\r\n")
                return connection.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()  # no goodbye to clients: the broker is simply gone
            self.process.wait(timeout=10)
        self.process = None


@pytest.fixture(scope="module")
def own_redis() -> Iterator[RedisServer]:
    binary = shutil.which("redis-server")
    if binary is None:
        unavailable("redis-server is not installed")
    server = RedisServer(binary)
    server.start()
    try:
        yield server
    finally:
        server.stop()


def service_env(**values: str) -> dict[str, str]:
    """The environment of an API, worker or scheduler process: production mode."""
    return {
        **os.environ,
        "LEDELYST_PRODUCTION": "true",
        "LEDELYST_SECRET_KEY": "fault-test-secret-0123456789abcdefghij",
        **values,
    }


@contextmanager
def processes(
    commands: list[list[str]], env: dict[str, str], logs: Path, *, graceful: bool = True
) -> Iterator[list[subprocess.Popen[bytes]]]:
    """``python -m backend.cli <command>`` each, in process groups of their own;
    yields them and ends them (SIGTERM, then SIGKILL; only SIGKILL when not
    ``graceful``, for a deployment thrown away afterwards) afterwards."""
    started = [
        subprocess.Popen(
            [sys.executable, "-m", "backend.cli", *command],
            cwd=ROOT,
            env=env,
            start_new_session=True,
            stdout=subprocess.DEVNULL,
            stderr=(logs / f"process-{i}-{command[0]}.log").open("wb"),
        )
        for i, command in enumerate(commands)
    ]
    try:
        yield started
    finally:
        for process in started:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM if graceful else signal.SIGKILL)
        for process in started:
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=15)


def serve(port: int) -> list[str]:
    return ["serve", "--no-migrate-first", "--port", str(port)]


def wait_ready(url: str, seconds: float = 60) -> None:
    wait_until_ok(f"{url}/healthz", seconds)
