"""A PostgreSQL cluster of one's own: the bench's, sized for the machine and
kept between runs, and the fault tests' throw-away ones (tests/infra/services.py).

The bench runs against its own cluster unless given a server (``--server`` or
``BENCH_POSTGRES``): the shared one on 5432 has Debian's defaults (128 MB of
shared_buffers), so cold-cache figures varied from run to run.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from glob import glob
from pathlib import Path
from types import FrameType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FOLDER = ROOT / "bench" / "out" / "postgres"  # data/ and server.log; bench/out is ignored
MB = 1024 * 1024

# What RESULTS.md records of the server the figures come from.
SHOWN = (
    "server_version",
    "shared_buffers",
    "effective_cache_size",
    "work_mem",
    "maintenance_work_mem",
    "max_connections",
    "max_wal_size",
    "min_wal_size",
    "checkpoint_timeout",
    "checkpoint_completion_target",
    "wal_buffers",
    "fsync",
    "synchronous_commit",
    "full_page_writes",
    "random_page_cost",
    "max_parallel_workers_per_gather",
)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def postgres_binaries() -> Path | None:
    """The newest installed PostgreSQL's bin folder with initdb and pg_ctl."""
    for folder in sorted(glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if Path(folder, "initdb").exists() and Path(folder, "pg_ctl").exists():
            return Path(folder)
    found = shutil.which("pg_ctl")
    return Path(found).parent if found and shutil.which("initdb") else None


class PostgresServer:
    """A cluster in ``folder`` (``data/``, ``server.log``, its socket), trusting
    local connections, on a free loopback port; ``settings`` are passed at each
    start, so the code, not a stale postgresql.conf, says what they are.

    initdb refuses to run as root, so as root the cluster belongs to the
    ``postgres`` user and its commands run through ``runuser``."""

    def __init__(
        self, binaries: Path, folder: Path, settings: dict[str, str] | None = None
    ) -> None:
        self.binaries = binaries
        self.folder = folder
        self.settings = settings or {}
        self.port = free_port()
        self.as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def _run(self, tool: str, *args: str, timeout: float = 60) -> None:
        command = [*self.as_user, str(self.binaries / tool), *args]
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"{tool} failed: {done.stdout}{done.stderr}")

    def initialised(self) -> bool:
        return (self.data / "PG_VERSION").exists()

    def init(self, sync: bool = False) -> None:
        """``sync=False`` for throw-away clusters; a kept one is written to disk."""
        self.folder.mkdir(parents=True, exist_ok=True)
        if self.as_user:
            shutil.chown(self.folder, "postgres")
        options = ["-A", "trust", "-U", "postgres", "-E", "UTF8"]
        self._run("initdb", "-D", str(self.data), *options, *([] if sync else ["--no-sync"]))

    def running(self) -> bool:
        try:
            self._run("pg_ctl", "-D", str(self.data), "status")
        except RuntimeError:
            return False
        return True

    def start(self) -> None:
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1"
        options += "".join(f" -c {name}={value}" for name, value in self.settings.items())
        log = str(self.folder / "server.log")
        # Generous: after an unclean stop a large cluster replays its WAL first.
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", log, "-w", "-t", "600",
                  "start", timeout=660)  # fmt: skip

    def stop(self, mode: str = "fast") -> None:
        """``fast`` ends every session at once, as a restart by an operator does."""
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop", timeout=120)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+asyncpg://postgres@127.0.0.1:{self.port}/{database}"

    @property
    def server(self) -> str:
        """The bench's form: a libpq URL without the database."""
        return f"postgresql://postgres@127.0.0.1:{self.port}"

    def log(self) -> str:
        path = self.folder / "server.log"
        return path.read_text(errors="replace") if path.exists() else ""


# --- sized for the machine ------------------------------------------------------------------


def machine_memory() -> int:
    """Bytes of memory: /proc/meminfo's total, or a cgroup's limit when lower."""
    total = int(Path("/proc/meminfo").read_text().split()[1]) * 1024
    try:
        limit = Path("/sys/fs/cgroup/memory.max").read_text().strip()
        if limit.isdigit():
            total = min(total, int(limit))
    except OSError:
        pass
    return total


def sized_settings(memory: int, cpus: int) -> list[tuple[str, str, str]]:
    """(setting, value, why) for a machine with ``memory`` bytes and ``cpus`` cores."""
    mb = memory // MB
    shared = mb // 4
    connections = 150
    # Per sort or hash node; hash nodes get 2x (hash_mem_multiplier). A quarter
    # of the memory outside shared_buffers per connection, within 4-64 MB.
    work = max(4, min(64, (mb - shared) // (connections * 4)))
    maintenance = min(1024, mb // 16)
    return [
        ("shared_buffers", f"{shared}MB", "25 % of memory, the usual start for a dedicated server"),
        ("effective_cache_size", f"{mb * 3 // 4}MB", "75 %: shared_buffers plus the OS cache"),
        (
            "work_mem",
            f"{work}MB",
            f"(memory - shared_buffers) / (max_connections x 4), within 4-64 MB ({cpus} cores "
            "run few sorts at once)",
        ),
        (
            "maintenance_work_mem",
            f"{maintenance}MB",
            "memory / 16, at most 1 GB: index builds after the COPY load, VACUUM",
        ),
        (
            "max_connections",
            str(connections),
            "API and worker pools (15 a process) of the mail and HTTP benchmarks, the baselines "
            "and the bench's own stay under 100",
        ),
        ("max_wal_size", "8GB", "the COPY load writes GBs of WAL: no checkpoint every 1 GB"),
        ("min_wal_size", "1GB", "recycled WAL segments instead of new files"),
        ("checkpoint_timeout", "15min", "fewer full-page writes during load runs"),
        ("checkpoint_completion_target", "0.9", "checkpoint writes spread over the interval"),
        ("wal_buffers", "16MB", "the cap of the automatic value (shared_buffers / 32)"),
        ("fsync", "on", "the figures are a real server's: durable commits"),
        ("synchronous_commit", "on", "as production; the generator turns it off for its session"),
    ]


# --- the bench's own cluster ----------------------------------------------------------------


@dataclass
class BenchServer:
    """The server a bench run uses: its own cluster or a given one."""

    server: str  # postgresql://user@host:port, no database
    own: bool
    folder: Path | None = None
    warmed: dict[str, Any] = field(default_factory=dict)

    def describe(self) -> str:
        if self.own:
            return f"the bench's own cluster ({self.folder}, started for this run, {self.server})"
        return f"a given server ({self.server}, --server / BENCH_POSTGRES), not the bench's own"


def _stop_on_sigterm(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt(f"signal {signum}")


@contextmanager
def bench_server(server: str | None, folder: Path | None = None) -> Iterator[BenchServer]:
    """``server`` if given; else the bench's cluster in ``folder`` (made on first
    use, kept), started on a free port and stopped at the end, also on Ctrl-C,
    SIGTERM or an error."""
    if server:
        yield BenchServer(server=server, own=False)
        return
    binaries = postgres_binaries()
    if binaries is None:
        raise SystemExit("no PostgreSQL binaries (initdb, pg_ctl): give a server with --server")
    folder = (folder or DEFAULT_FOLDER).resolve()
    settings = {
        name: value for name, value, _ in sized_settings(machine_memory(), os.cpu_count() or 1)
    }
    cluster = PostgresServer(binaries, folder, settings)
    if not cluster.initialised():
        print(f"initialising the bench's PostgreSQL cluster in {folder}", flush=True)
        cluster.init(sync=True)
    elif cluster.running():
        # A run killed outright (SIGKILL) leaves it up: pg_ctl starts it in a session of its own.
        print(f"stopping the cluster a previous run left running in {folder}", flush=True)
        cluster.stop("fast")
    before = signal.signal(signal.SIGTERM, _stop_on_sigterm)
    started = time.perf_counter()
    cluster.start()
    print(
        f"the bench's PostgreSQL: {folder}, port {cluster.port}, started in "
        f"{time.perf_counter() - started:.1f} s",
        flush=True,
    )
    try:
        yield BenchServer(server=cluster.server, own=True, folder=folder)
    finally:
        try:
            cluster.stop("fast")
            print("the bench's PostgreSQL stopped", flush=True)
        finally:
            signal.signal(signal.SIGTERM, before)


async def show_settings(server: str) -> dict[str, str]:
    import asyncpg

    connection = await asyncpg.connect(f"{server}/postgres")
    try:
        return {name: await connection.fetchval(f"SHOW {name}") for name in SHOWN}
    finally:
        await connection.close()


PREWARM_ORDER = """
WITH tables AS (
  SELECT c.oid, c.relkind, c.reltoastrelid FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
     AND c.relkind IN ('r', 'i', 'm') AND c.relpersistence = 'p'
), mine AS (
  SELECT oid, relkind FROM tables
  UNION ALL  -- the long values of the data set's tables, not the catalogs'
  SELECT reltoastrelid, 't' FROM tables WHERE reltoastrelid <> 0
)
SELECT oid::regclass::text AS name, pg_relation_size(oid) AS bytes
  FROM mine ORDER BY relkind = 'i' DESC, pg_relation_size(oid)
"""


async def prewarm(database_url: str, share: float = 0.9) -> dict[str, Any]:
    """The data set into shared_buffers with pg_prewarm: indexes first (every
    lookup starts there), then tables smallest first, as long as they fit in
    ``share`` of shared_buffers. What was warmed and how long it took."""
    import asyncpg

    connection = await asyncpg.connect(database_url)
    try:
        await connection.execute("CREATE EXTENSION IF NOT EXISTS pg_prewarm")
        budget = share * await connection.fetchval(
            "SELECT setting::bigint * 8192 FROM pg_settings WHERE name = 'shared_buffers'"
        )
        relations = await connection.fetch(PREWARM_ORDER)
        started = time.perf_counter()
        warmed: list[str] = []
        used = 0
        for relation in relations:
            if relation["bytes"] == 0 or used + relation["bytes"] > budget:
                continue
            await connection.fetchval("SELECT pg_prewarm($1::regclass)", relation["name"])
            warmed.append(relation["name"])
            used += relation["bytes"]
        seconds = time.perf_counter() - started
    finally:
        await connection.close()
    total = sum(r["bytes"] for r in relations)
    left = [r["name"] for r in relations if r["bytes"] and r["name"] not in warmed]
    return {
        "relations": len(warmed),
        "of": sum(1 for r in relations if r["bytes"]),
        "mb": used / MB,
        "total_mb": total / MB,
        "seconds": seconds,
        "left_out": left,
    }


def describe_warm_up(warmed: dict[str, Any]) -> str:
    if "error" in warmed:
        return f"not warmed: {warmed['error']}"
    text = (
        f"pg_prewarm of {warmed['relations']} of {warmed['of']} relations, "
        f"{warmed['mb']:,.0f} of {warmed['total_mb']:,.0f} MB, in {warmed['seconds']:.1f} s "
        "(indexes first, then tables smallest first, within 90 % of shared_buffers)"
    )
    if warmed["left_out"]:
        shown = ", ".join(warmed["left_out"][:5])
        more = len(warmed["left_out"]) - 5
        text += f"; left out: {shown}" + (f" and {more} more" if more > 0 else "")
    return text


async def database_exists(server: str, database: str) -> bool:
    import asyncpg

    connection = await asyncpg.connect(f"{server}/postgres")
    try:
        found = await connection.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", database)
    finally:
        await connection.close()
    return found is not None
