"""``make bench``: every benchmark, each beside its baseline, into bench/RESULTS.md.

    .venv/bin/python -m bench.run                   # the national data set (made if missing)
    .venv/bin/python -m bench.run --scale 0.002 --quick    # what the CI smoke test runs
    .venv/bin/python -m bench.run --only home,report       # some benchmarks
    .venv/bin/python -m bench.run --server postgresql://postgres@127.0.0.1:5432  # a given server

PostgreSQL is the bench's own cluster (``bench/postgres.py``): sized for the
machine, kept in bench/out/postgres, started for the run and stopped after it;
the data set is read into shared_buffers (pg_prewarm) before anything is timed.

Each benchmark prints its figure, the baseline's figure measured in the same
run on the same data, and the ratio. HTTP load comes from wrk in its own
process (``bench/harness.py``) against ``ledelyst serve`` with production
settings. Figures are medians of ``--runs`` runs.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

import asyncpg

from bench.common import Options, Run, landed, load_manifest
from bench.generate import DEFAULT_DATABASE, manifest_path
from bench.harness import machine
from bench.postgres import (
    DEFAULT_FOLDER,
    BenchServer,
    bench_server,
    database_exists,
    describe_warm_up,
    prewarm,
    show_settings,
)

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "RESULTS.md"


def benchmarks() -> list[tuple[str, Callable[[Run], None]]]:
    from bench import effect, http_cases, mail, matchbench, monday, report, statements

    return [
        ("http", http_cases.run_http),
        ("statements", statements.run),
        ("report", report.run),
        ("effect", effect.run),
        ("matching", matchbench.run),
        ("mail", mail.run),
        # Last: its raters and leaders write answers and progress into the data set.
        ("monday", monday.run),
    ]


HTTP_NAMES = {"home", "mentees", "team-page", "deep-page", "sync"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--database", default=None, help=f"default {DEFAULT_DATABASE} (scale 1)")
    parser.add_argument(
        "--server",
        default=os.environ.get("BENCH_POSTGRES"),
        help="a PostgreSQL server to use, e.g. postgresql://postgres@127.0.0.1:5432 "
        "(default: the bench's own cluster, see --pgdata)",
    )
    parser.add_argument(
        "--pgdata",
        type=Path,
        default=Path(os.environ.get("BENCH_PGDATA", DEFAULT_FOLDER)),
        help="the bench's own cluster's folder, kept between runs (default bench/out/postgres)",
    )
    parser.add_argument("--generate", action="store_true", help="generate the data set again")
    parser.add_argument("--quick", action="store_true", help="each benchmark once, briefly")
    parser.add_argument("--seconds", type=float, default=10.0, help="one load run")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--mails", type=int, default=None, help="default 100,000 x scale")
    parser.add_argument(
        "--only",
        default="",
        help="comma-separated: "
        + ", ".join(
            sorted(HTTP_NAMES | {"statements", "report", "effect", "matching", "mail", "monday"})
        ),
    )
    parser.add_argument(
        "--monday-seconds",
        type=float,
        default=600.0,
        help="the Monday morning load's sustained run",
    )
    parser.add_argument(
        "--monday-step-seconds",
        type=float,
        default=30.0,
        help="each step of the Monday morning load's search for saturation",
    )
    parser.add_argument("--tool", choices=["wrk", "python"], default=None)
    parser.add_argument(
        "--redis",
        default=os.environ.get("BENCH_REDIS", "redis://127.0.0.1:6379/15"),
        help="broker of the mail benchmark (its database is flushed)",
    )
    parser.add_argument("--results", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    with bench_server(args.server, args.pgdata) as server:
        return _run(args, server)


def _run(args: argparse.Namespace, server: BenchServer) -> int:

    database = args.database or (
        DEFAULT_DATABASE
        if args.scale == 1.0
        else f"{DEFAULT_DATABASE}_{str(args.scale).replace('.', '_')}"
    )
    only = [x.strip() for x in args.only.split(",") if x.strip()]
    options = Options(
        database=database,
        server=server.server,
        seconds=args.seconds,
        runs=args.runs,
        connections=args.connections,
        quick=args.quick,
        only=only,
        tool=args.tool,
        mails=args.mails or max(200, round(100_000 * args.scale)),
        warmup=0.0 if args.quick else 3.0,
        redis=args.redis,
        monday_seconds=args.monday_seconds,
        monday_step_seconds=args.monday_step_seconds,
    )
    stale = False
    if manifest_path(database).exists():
        from bench.generate import migration_heads

        stale = load_manifest(database).get("migration_heads") != migration_heads()
        if stale:
            print("the data set predates a migration: generating it again", flush=True)
    missing = not asyncio.run(database_exists(server.server, database))
    if missing and manifest_path(database).exists():
        print(f"{database} is not on {server.server}: generating it", flush=True)
    if args.generate or stale or missing or not manifest_path(database).exists():
        from bench.generate import main as generate

        generate(["--scale", str(args.scale), "--database", database, "--server", server.server])
    run = Run(options=options, manifest=load_manifest(database))
    print("== warm-up", flush=True)
    try:
        server.warmed = asyncio.run(prewarm(options.plain_url))
    except (OSError, asyncpg.PostgresError) as error:  # e.g. no pg_prewarm on a given server
        server.warmed = {"error": f"{type(error).__name__}: {error}"}
    print(f"  {describe_warm_up(server.warmed)}", flush=True)
    started = time.perf_counter()
    for name, benchmark in benchmarks():
        if only and name != "http" and name not in only:
            continue
        if only and name == "http" and not (set(only) & HTTP_NAMES):
            continue
        print(f"== {name}", flush=True)
        run.group = name
        if name != "http":
            run.ran.add(name)
        try:
            benchmark(run)
        except Exception as error:  # noqa: BLE001 - one broken benchmark must not hide the others
            import traceback

            traceback.print_exc()
            run.skip(name, f"failed: {type(error).__name__}: {error}")
    from bench.results import write

    settings = asyncio.run(show_settings(server.server))
    described = {
        **machine(),
        "postgres server": server.describe(),
        "postgres settings (SHOW)": ", ".join(f"{k} {v}" for k, v in settings.items()),
        "warm-up": describe_warm_up(server.warmed),
    }
    write(run, args.results, described, time.perf_counter() - started)
    print(f"wrote {args.results}")
    return 0


if __name__ == "__main__":
    sys.exit(main())


__all__ = ["main", "landed"]
