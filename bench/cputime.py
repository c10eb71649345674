"""CPU time of the processes under load, sampled once a second from /proc:
the PostgreSQL server, the API, the workers and the load generator.

PostgreSQL's figure is the whole server: every process of the postmaster's
tree plus what its exited children used (a backend's time goes to the
postmaster's ``cutime`` when it exits). On a server others use too (the
shared development one) that includes their load, so the backends connected
to the bench's own database are summed as well, each from when it was first
seen to when it was last seen.
"""

from __future__ import annotations

import asyncio
import bisect
import os
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import asyncpg

from bench.harness import tree_pids

TICK = os.sysconf("SC_CLK_TCK")
DATABASE = "postgres, bench database's backends"
SERVER = "postgres server"
ELSEWHERE = "everything else on the machine"


def cpu_seconds(pid: int, children: bool = False) -> float:
    """utime + stime of one process (and its reaped children's, if asked)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    # After the command: state is field 3, utime 14, stime 15, cutime 16, cstime 17.
    used = int(fields[11]) + int(fields[12])
    if children:
        used += int(fields[13]) + int(fields[14])
    return used / TICK


def machine_busy_seconds() -> float:
    """CPU seconds every core of the machine spent not idle (``/proc/stat``)."""
    try:
        first = Path("/proc/stat").read_text().splitlines()[0].split()
    except (OSError, IndexError):
        return 0.0
    # cpu user nice system idle iowait irq softirq steal ...: all but idle and iowait.
    values = [int(x) for x in first[1:9]]
    return (sum(values) - values[3] - values[4]) / TICK


def tree_seconds(pid: int) -> float:
    return sum(cpu_seconds(p) for p in tree_pids(pid))


def parent_of(pid: int) -> int:
    try:
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return 0


def _is_postgres(pid: int) -> bool:
    """The server runs on this machine (else its CPU cannot be read here)."""
    try:
        return "postgres" in Path(f"/proc/{pid}/comm").read_text()
    except OSError:
        return False


@dataclass
class Sample:
    at: float
    postgres: float  # the whole server
    database: float  # the backends of the bench's database
    machine: float  # every process of the machine
    trees: dict[str, float]


@dataclass
class CpuSampler:
    """Samples every second in a thread until stopped; ``between`` gives the
    CPU seconds each part used between two wall-clock times."""

    plain_url: str
    trees: dict[str, list[int]]  # name -> root pids (their descendants are included)
    samples: list[Sample] = field(default_factory=list)
    error: str = ""

    def __post_init__(self) -> None:
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        # part -> pid -> its CPU seconds when last seen: a part's total is the
        # sum over every process it ever had, so it never drops when one exits.
        self._seen: dict[str, dict[int, float]] = {}

    def start(self) -> CpuSampler:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        try:
            asyncio.run(self._loop())
        except (OSError, asyncpg.PostgresError) as error:
            self.error = f"{type(error).__name__}: {error}"

    def _see(self, part: str, pids: list[int]) -> float:
        seen = self._seen.setdefault(part, {})
        for pid in pids:
            seen[pid] = max(seen.get(pid, 0.0), cpu_seconds(pid))
        return sum(seen.values())

    async def _loop(self) -> None:
        connection = await asyncpg.connect(self.plain_url)
        try:
            postmaster = parent_of(await connection.fetchval("SELECT pg_backend_pid()"))
            local = postmaster > 1 and _is_postgres(postmaster)
            database = await connection.fetchval("SELECT current_database()")
            while True:
                backends = await connection.fetch(
                    "SELECT pid FROM pg_stat_activity WHERE datname = $1", database
                )
                server = 0.0
                if local:
                    server = cpu_seconds(postmaster, children=True) + sum(
                        cpu_seconds(p) for p in tree_pids(postmaster)[1:]
                    )
                self.samples.append(
                    Sample(
                        at=time.time(),
                        postgres=server,
                        database=self._see(DATABASE, [r["pid"] for r in backends]),
                        machine=machine_busy_seconds(),
                        trees={
                            name: self._see(name, [p for r in roots for p in tree_pids(r)])
                            for name, roots in self.trees.items()
                        },
                    )
                )
                if self._stop.wait(1.0):
                    break
        finally:
            await connection.close()

    def _at(self, moment: float) -> Sample:
        times = [s.at for s in self.samples]
        k = min(len(times) - 1, max(0, bisect.bisect_left(times, moment)))
        return self.samples[k]

    def between(self, started: float, ended: float) -> dict[str, float]:
        """CPU seconds used by each part from the sample nearest ``started`` on
        to the one nearest ``ended`` (samples are a second apart)."""
        if not self.samples:
            return {}
        a, b = self._at(started), self._at(ended)
        used = {
            SERVER: b.postgres - a.postgres,
            DATABASE: b.database - a.database,
        }
        used.update({name: b.trees[name] - a.trees.get(name, 0.0) for name in b.trees})
        # What the rest of the machine took (on a shared machine: the neighbours).
        used[ELSEWHERE] = (b.machine - a.machine) - sum(used[k] for k in (DATABASE, *b.trees))
        used["seconds"] = b.at - a.at
        return used
