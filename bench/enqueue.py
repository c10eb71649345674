"""Enqueueing N invitations, statement by statement: the probe of bench/NOTES.md.

A fresh open cycle of N approved, uninvited raters (``bench.mail``'s
``_cycle_with_raters``, COPY), then ``delivery.invite`` and its commit
(``bench.mail``'s ``_enqueue``) with ``AsyncSession.execute`` wrapped to time
each statement. Nothing is delivered. Prints the wall time, the client's CPU
time (this process: Python and asyncpg), each kind of statement's time, the
commit's, the load average and how many of nomination's row updates were HOT.

    python -m bench.enqueue --database speed_bench --raters 100000 --runs 2

Made for alternating two trees on the same kind of data set: it uses the
``bench.mail`` and the delivery code of the tree on PYTHONPATH.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import json
import os
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import asyncpg

from bench.common import Options, Run, load_manifest
from bench.generate import DEFAULT_SERVER

# The statement kinds, by how their SQL starts (first match wins).
KINDS = (
    ("tokens INSERT", "INSERT INTO rater_token"),
    ("outbox INSERTs", "INSERT INTO outbox_message"),
    ("UPDATE nomination", "UPDATE nomination"),
    ("reading", "SELECT nomination.id"),
)


def _kind(statement: Any) -> str:
    sql = " ".join(str(statement).split())
    for name, start in KINDS:
        if sql.startswith(start):
            return name
    return "other"


async def _hot_updates(run: Run) -> tuple[int, int]:
    connection = await asyncpg.connect(run.options.plain_url)
    try:
        row = await connection.fetchrow(
            "SELECT n_tup_upd, n_tup_hot_upd FROM pg_stat_user_tables WHERE relname = 'nomination'"
        )
    finally:
        await connection.close()
    return int(row["n_tup_upd"]), int(row["n_tup_hot_upd"])


def _probe(run: Run, raters: int) -> dict[str, Any]:
    from sqlalchemy.ext.asyncio import AsyncSession

    from bench.mail import _cycle_with_raters, _enqueue

    # What _enqueue imports, imported before the clocks start (not the client's work).
    importlib.import_module("backend.db")
    importlib.import_module("feedback.evaluations.delivery.service")
    importlib.import_module("backend.composition").compose()
    cycle_id = asyncio.run(_cycle_with_raters(run, raters))
    times: dict[str, float] = defaultdict(float)
    original_execute, original_commit = AsyncSession.execute, AsyncSession.commit

    async def execute(self: AsyncSession, statement: Any, *args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return await original_execute(self, statement, *args, **kwargs)
        finally:
            times[_kind(statement)] += time.perf_counter() - started

    async def commit(self: AsyncSession) -> None:
        started = time.perf_counter()
        try:
            await original_commit(self)
        finally:
            times["commit"] += time.perf_counter() - started

    # pg_stat counters reach the view when a backend reports them (at most
    # every second when idle); the wait below lets the probe's arrive.
    updated, hot = asyncio.run(_hot_updates(run))
    load = os.getloadavg()[0]
    setattr(AsyncSession, "execute", execute)  # noqa: B010 - the probe's own patch
    setattr(AsyncSession, "commit", commit)  # noqa: B010
    cpu = time.process_time()
    try:
        seconds, sent, _ = asyncio.run(_enqueue(run, cycle_id))
    finally:
        setattr(AsyncSession, "execute", original_execute)  # noqa: B010
        setattr(AsyncSession, "commit", original_commit)  # noqa: B010
    # _enqueue's wall time starts after the engine connects; the CPU figure
    # includes making the engine and connecting (a few ms).
    cpu = time.process_time() - cpu
    time.sleep(1.5)
    updated_after, hot_after = asyncio.run(_hot_updates(run))
    return {
        "raters": sent,
        "wall": seconds,
        "cpu": cpu,
        "load": load,
        "statements": dict(times),
        "nomination updates": updated_after - updated,
        "HOT": hot_after - hot,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", default="speed_bench")
    parser.add_argument("--server", default=os.environ.get("BENCH_POSTGRES", DEFAULT_SERVER))
    parser.add_argument("--raters", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--label", default=Path.cwd().name, help="printed with each run")
    args = parser.parse_args(argv)
    options = Options(database=args.database, server=args.server)
    run = Run(options=options, manifest=load_manifest(args.database))
    for _ in range(args.runs):
        figures = _probe(run, args.raters)
        statements = ", ".join(f"{k} {v:.2f} s" for k, v in sorted(figures["statements"].items()))
        print(
            f"{args.label}: {figures['raters']:,} invited in {figures['wall']:.2f} s "
            f"(client CPU {figures['cpu']:.2f} s; load {figures['load']:.2f}) | {statements} | "
            f"nomination updates {figures['nomination updates']:,}, HOT {figures['HOT']:,}",
            flush=True,
        )
        print(json.dumps({"label": args.label, **figures}), file=sys.stderr, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
