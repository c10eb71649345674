"""What the benchmarks share: the run's options, the manifest of the data set,
and the rows of RESULTS.md."""

from __future__ import annotations

import importlib.util
import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.generate import DEFAULT_SERVER, OUT, database_url, manifest_path

ROOT = Path(__file__).resolve().parent.parent
OPERATIONS = ROOT / "graphql" / "operations"


@dataclass
class Options:
    database: str
    server: str = DEFAULT_SERVER
    seconds: float = 10.0  # one load run
    warmup: float = 3.0
    runs: int = 3  # medians of this many
    connections: int = 32
    quick: bool = False  # the smoke test: everything once, briefly
    only: list[str] = field(default_factory=list)
    mails: int = 100_000
    tool: str | None = None  # force "wrk" or "python"
    redis: str = "redis://127.0.0.1:6379/15"  # the mail benchmark's broker, flushed first
    monday_seconds: float = 600.0  # the Monday morning load's sustained run
    monday_step_seconds: float = 30.0  # each step of its search for saturation

    @property
    def asyncpg_url(self) -> str:
        return database_url(self.server, self.database, "postgresql+asyncpg")

    @property
    def plain_url(self) -> str:
        return database_url(self.server, self.database)


@dataclass
class Row:
    benchmark: str
    figure: str
    baseline: str = ""
    ratio: str = ""
    target: str = ""
    met: bool | None = None
    note: str = ""
    group: str = ""  # the benchmark that wrote it (--only replaces a group's rows)


@dataclass
class Run:
    options: Options
    manifest: dict[str, Any]
    rows: list[Row] = field(default_factory=list)
    notes: dict[str, str] = field(default_factory=dict)
    memory: dict[str, float] = field(default_factory=dict)
    group: str = ""
    ran: set[str] = field(default_factory=set)  # groups this run measured

    @property
    def subjects(self) -> dict[str, Any]:
        return self.manifest["subjects"]

    def add(self, row: Row) -> Row:
        row.group = row.group or self.group
        self.rows.append(row)
        mark = {True: "met", False: "MISSED", None: ""}[row.met]
        print(
            f"  {row.benchmark}: {row.figure} | baseline {row.baseline or '-'} | "
            f"ratio {row.ratio or '-'} | target {row.target or '-'} {mark}",
            flush=True,
        )
        return row

    def skip(self, benchmark: str, why: str) -> None:
        self.add(Row(benchmark, "not run", note=why))


def load_manifest(database: str) -> dict[str, Any]:
    path = manifest_path(database)
    if not path.exists():
        raise SystemExit(f"no data set: run `python -m bench.generate --database {database}` first")
    return json.loads(path.read_text())


def landed(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False


def fmt(value: float, digits: int = 1) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "n/a"
    if abs(value) >= 1000:
        return f"{value:,.0f}"
    return f"{value:.{digits}f}"


def out(name: str) -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    return OUT / name
