"""What every HTTP benchmark needs: the server under test, a load generator in
another process, resident memory, medians, and the machine's description.

The server is ``ledelyst serve`` with its production settings
(``LEDELYST_PRODUCTION=true``, a real secret) plus ``LEDELYST_BENCH_MODE`` for
the baselines, on a free loopback port. The load itself: ``bench/load.py``.
"""

from __future__ import annotations

import os
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from backend.auth.tokens import issue_access_token
from backend.auth.viewer import Viewer
from backend.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
SECRET = "bench-secret-key-0123456789-0123456789-abcdef"
BASE_URL = "https://ledelyst.bench"  # the tokens' issuer; nothing connects to it
UNIQUE = "%%N%%"  # replaced by a number unique to the request


# --- the machine ---------------------------------------------------------------------------------


def machine() -> dict[str, str]:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f"{kb / 1024 / 1024:.1f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    postgres = ""
    try:
        postgres = subprocess.run(
            ["psql", "--version"], capture_output=True, text=True
        ).stdout.strip()
    except OSError:
        pass
    return {
        "uname": " ".join(platform.uname()),
        "cpus": str(os.cpu_count()),
        "cpu": cpu,
        "memory": memory,
        "python": sys.version.split()[0],
        "postgres": postgres,
        "wrk": wrk_version() or "not installed (bench/loadgen.py used)",
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
    }


def wrk_version() -> str | None:
    if shutil.which("wrk") is None:
        return None
    found = subprocess.run(["wrk", "-v"], capture_output=True, text=True)
    return (
        (found.stdout + found.stderr).splitlines()[0].strip()
        if (found.stdout + found.stderr)
        else "wrk"
    )


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        pass
    return 0.0


def tree_pids(pid: int) -> list[int]:
    """The process and its descendants (a Celery worker's pool, uvicorn's workers)."""
    found = [pid]
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        children = []
    for child in children:
        found += tree_pids(int(child))
    return found


class RssSampler:
    """The largest resident set of each process of a tree, sampled every 100 ms."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.peak: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            for pid in tree_pids(self.pid):
                self.peak[pid] = max(self.peak.get(pid, 0.0), rss_mb(pid))
            self._stop.wait(0.1)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *_: Any) -> None:
        self._stop.set()
        self._thread.join()

    @property
    def largest(self) -> float:
        return max(self.peak.values(), default=0.0)


# --- the server ----------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def server_env(database_url: str, **extra: str) -> dict[str, str]:
    env = {
        **os.environ,
        "LEDELYST_PRODUCTION": "true",
        "LEDELYST_SECRET_KEY": SECRET,
        "LEDELYST_BASE_URL": BASE_URL,
        "LEDELYST_DATABASE_URL": database_url,
        "LEDELYST_BENCH_MODE": "true",
        "LEDELYST_ACCESS_TOKEN_MINUTES": "720",
        "LEDELYST_LOG_LEVEL": "WARNING",
        "LEDELYST_STORAGE_FOLDER": str(OUT / "files"),
        "LEDELYST_MAIL_FOLDER": str(OUT / "mail"),
        "LEDELYST_BROKER_FOLDER": str(OUT / "broker"),
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }
    env.update(extra)
    return env


def bench_settings(database_url: str) -> Settings:
    return Settings(
        production=True,
        secret_key=SECRET,
        base_url=BASE_URL,
        database_url=database_url,
        bench_mode=True,
        access_token_minutes=720,
    )


def token(viewer: dict[str, Any], settings: Settings) -> str:
    return issue_access_token(
        Viewer(
            person_id=viewer["person"],
            organisation_id=viewer["organisation"],
            membership_id=viewer["membership"],
            roles=frozenset(viewer["roles"]),
        ),
        settings,
    )


class Server:
    """``ledelyst serve`` in a subprocess, on a free port, until stopped."""

    def __init__(self, database_url: str, log: Path, **env: str) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = log
        self.env = server_env(database_url, **env)
        self.process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> Server:
        ledelyst = Path(sys.executable).parent / "ledelyst"
        self.log.parent.mkdir(parents=True, exist_ok=True)
        self._log_file = self.log.open("ab")
        self.process = subprocess.Popen(
            [
                str(ledelyst),
                "serve",
                "--port",
                str(self.port),
                "--host",
                "127.0.0.1",
                "--no-migrate-first",
            ],
            env=self.env,
            cwd=ROOT,
            stdout=self._log_file,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the server exited; see {self.log}")
            try:
                if httpx.get(f"{self.url}/healthz", timeout=1).status_code < 500:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"the server did not start; see {self.log}")

    def __exit__(self, *_: Any) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._log_file.close()

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid
