"""What every step of the data set shares: the connection, the random
source, the people, the ids handed out so far, and the counts and times."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

import asyncpg
import numpy as np

from bench.dataset.shape import Config, People
from bench.pgcopy import NOW, copy_rows


@dataclass
class Result:
    counts: dict[str, int] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)
    skipped: dict[str, str] = field(default_factory=dict)
    subjects: dict[str, Any] = field(default_factory=dict)


class Generator:
    def __init__(self, connection: asyncpg.Connection, config: Config) -> None:
        self.c = connection
        self.config = config
        self.rng = np.random.default_rng(config.seed)
        self.today = NOW.date()
        self.result = Result()
        self.people: People | None = None
        self.ids: dict[str, int] = {}
        # The special leader's enrolments (leader, programme, statuses, starts), once made.
        self.enrolments: tuple[Any, Any, list[Any], list[Any]] | None = None

    async def step(self, name: str, work: Any) -> None:
        started = time.perf_counter()
        await work()
        self.result.seconds[name] = round(time.perf_counter() - started, 2)
        print(f"  {name}: {self.result.seconds[name]:.1f} s", flush=True)

    async def copy(self, table: str, columns: list[str], rows: Any) -> None:
        self.result.counts[table] = self.result.counts.get(table, 0) + await copy_rows(
            self.c, table, columns, rows
        )
