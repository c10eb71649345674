"""CPU time per ``home`` request, in process and one request at a time, for GraphQL,
the SQLAlchemy baseline and the raw-asyncpg floor, alternating.

Under load on this shared 2-core machine the req/s of every side move 2x between runs
(other sessions' work); the process's own CPU per request moves far less, and it is
what decides throughput once the cores are saturated. The requests go through the
whole ASGI app (middleware, authentication, the persisted query) with httpx's ASGI
transport, whose own cost is in every side's figure alike. Checks the three answers
are byte for byte the same first.

    PYTHONPATH=. .venv/bin/python -m bench.home_cpu --database home_bench --rounds 3 --requests 150

``--only /graphql`` sends only that side's requests (for a profiler around it:
``py-spy record --format raw -o out.txt -- .venv/bin/python -m bench.home_cpu --only
/graphql --requests 1500``).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import time

from bench.common import Options, Run, load_manifest
from bench.harness import server_env


async def measure(database: str, rounds: int, requests: int, only: str | None = None) -> None:
    os.environ.update(server_env(Options(database=database).asyncpg_url))
    import httpx

    from backend.app import create_app
    from bench.http_cases import home_sides

    run = Run(options=Options(database=database), manifest=load_manifest(database))
    sides = home_sides(run)
    app = create_app()
    cpu: dict[str, list[float]] = {path: [] for path in sides}
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:

        async def one(path: str, i: int) -> bytes:
            variant = sides[path][i % len(sides[path])]
            response = await client.post(path, content=variant.body, headers=variant.headers)
            if response.status_code != 200:
                raise SystemExit(f"{path}: {response.status_code} {response.text[:300]}")
            return response.content

        for i in range(len(sides["/graphql"])):
            answers = {await one(path, i) for path in sides}
            if len(answers) != 1:
                raise SystemExit(f"the answers differ for leader {i}")
        for path in sides:  # warm: caches, prepared statements, the pool
            for i in range(40):
                await one(path, i)
        if only is not None:
            for i in range(requests):
                await one(only, i)
            return
        for _ in range(rounds):
            for path in sides:
                started = time.process_time()
                for i in range(requests):
                    await one(path, i)
                cpu[path].append((time.process_time() - started) / requests * 1000)
    medians = {path: statistics.median(values) for path, values in cpu.items()}
    for path, values in cpu.items():
        runs = " ".join(f"{v:.2f}" for v in values)
        print(f"{path:20s} CPU {medians[path]:6.2f} ms a request (rounds: {runs})")
    graphql, baseline, floor = medians.values()
    print(
        f"GraphQL's CPU per request against the baseline's {baseline / graphql:.2f}, "
        f"the floor's {floor / graphql:.2f}; load average {os.getloadavg()[0]:.1f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", default="home_bench")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--requests", type=int, default=150)
    parser.add_argument("--only", choices=["/graphql", "/bench/home", "/bench/home-floor"])
    args = parser.parse_args()
    asyncio.run(measure(args.database, args.rounds, args.requests, args.only))


if __name__ == "__main__":
    main()
