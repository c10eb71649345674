"""PostgreSQL and Redis servers of a test's own, on free loopback ports, that
the fault tests stop and restart; the shared ones (5432, 6379) stay up.

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
from glob import glob
from pathlib import Path
from typing import NoReturn

import pytest

from backend.settings import ROOT
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


def _postgres_bin() -> Path | None:
    for folder in sorted(glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if Path(folder, "initdb").exists() and Path(folder, "pg_ctl").exists():
            return Path(folder)
    found = shutil.which("pg_ctl")
    return Path(found).parent if found and shutil.which("initdb") else None


class PostgresServer:
    """A throw-away cluster in a temporary folder, trusting local connections.

    initdb refuses to run as root, so as root the cluster belongs to the
    ``postgres`` user and its commands run through ``runuser``."""

    def __init__(self, binaries: Path, folder: Path) -> None:
        self.binaries = binaries
        self.folder = folder
        self.port = free_port()
        self.as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []

    def _run(self, tool: str, *args: str) -> None:
        command = [*self.as_user, str(self.binaries / tool), *args]
        done = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"{tool} failed: {done.stdout}{done.stderr}")

    def init(self) -> None:
        if self.as_user:
            shutil.chown(self.folder, "postgres")
        data = str(self.folder / "data")
        self._run("initdb", "-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync")

    def start(self) -> None:
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1"
        data, log = str(self.folder / "data"), str(self.folder / "server.log")
        self._run("pg_ctl", "-D", data, "-o", options, "-l", log, "-w", "start")

    def stop(self, mode: str = "fast") -> None:
        """``fast`` ends every session at once, as a restart by an operator does."""
        self._run("pg_ctl", "-D", str(self.folder / "data"), "-m", mode, "-w", "stop")

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+asyncpg://postgres@127.0.0.1:{self.port}/{database}"

    def log(self) -> str:
        path = self.folder / "server.log"
        return path.read_text(errors="replace") if path.exists() else ""


@pytest.fixture(scope="module")
def own_postgres() -> Iterator[PostgresServer]:
    binaries = _postgres_bin()
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
    commands: list[list[str]], env: dict[str, str], logs: Path
) -> Iterator[list[subprocess.Popen[bytes]]]:
    """``python -m backend.cli <command>`` each, in process groups of their own;
    yields them and ends them (SIGTERM, then SIGKILL) afterwards."""
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
                os.killpg(process.pid, signal.SIGTERM)
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
