"""CPU time per request of the 20-item pages and the mentees list, in process and one
request at a time, GraphQL beside its SQLAlchemy baseline, alternating request by request
(``bench/home_cpu.py`` does it for home in rounds). On the shared 2-core machine the
req/s of ``bench.run`` move a lot between runs; the CPU of each request, timed alone with
the other side's next to it, moves far less.

Cases: ``first`` (HR's first page of every enrolment), ``deep`` (HR's page about
10,000 rows deep, or as deep as the data set goes), ``team`` (``TeamEnrolments`` of the
leader of leaders), ``mentees`` (a mentor's ``Mentees``). Checks that both sides answer
byte for byte the same first; ``--dump FOLDER`` writes GraphQL's answers there (one file
a case) to compare two versions of the code.

    PYTHONPATH=. .venv/bin/python -m bench.page_cpu --database page_bench --requests 400

``--only CASE`` with ``--requests N`` sends only that case's GraphQL requests (for a
profiler around it).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import time
from pathlib import Path
from typing import Any

from bench.common import Options, Run, load_manifest
from bench.generate import DEFAULT_SERVER
from bench.harness import server_env
from bench.http_cases import ALL_ENROLMENTS, _deep_cursor, auth, graphql_body
from bench.load import Variant

CASES = ("first", "deep", "team", "mentees")


async def sides_of(run: Run, case: str) -> dict[str, list[Variant]]:
    """The case's requests by path: GraphQL, then the baseline."""
    variables: dict[str, Any] = {"first": 20}
    extra: dict[str, Any] = {}
    if case == "mentees":
        mentors = run.subjects.get("mentor_viewers", [])[:100]
        return {
            "/graphql": [
                Variant("/graphql", graphql_body("Mentees", variables), auth(v, run))
                for v in mentors
            ],
            "/bench/mentees": [
                Variant("/bench/mentees", json.dumps({"variables": variables}), auth(v, run))
                for v in mentors
            ],
        }
    if case == "team":
        viewer = run.subjects["leader_of_leaders"]
        body = graphql_body("TeamEnrolments", variables)
    else:
        viewer = run.subjects["hr"][0]
        after = None
        if case == "deep":
            after, _ = await _deep_cursor(run, viewer["organisation"], 10_000)
        variables["after"] = after
        body, extra = graphql_body("AllEnrolments", variables, ALL_ENROLMENTS), {"all": True}
    return {
        "/graphql": [Variant("/graphql", body, auth(viewer, run))],
        "/bench/enrolments": [
            Variant(
                "/bench/enrolments",
                json.dumps({"variables": variables, **extra}),
                auth(viewer, run),
            )
        ],
    }


async def measure(
    options: Options,
    cases: list[str],
    requests: int,
    only: str | None,
    dumped: dict[str, bytes],
) -> None:
    """``dumped``: filled with GraphQL's answers, a case's requests one a line."""
    os.environ.update(server_env(options.asyncpg_url))
    import httpx

    from backend.app import create_app

    run = Run(options=options, manifest=load_manifest(options.database))
    app = create_app()
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:

        async def one(variant: Variant) -> bytes:
            response = await client.post(
                variant.path, content=variant.body, headers=variant.headers
            )
            if response.status_code != 200 or b'"errors"' in response.content:
                raise SystemExit(f"{variant.path}: {response.status_code} {response.text[:300]}")
            return response.content

        for case in [only] if only else cases:
            sides = await sides_of(run, case)
            graphql, baseline = sides.values()
            answers = []
            for a, b in zip(graphql, baseline, strict=True):
                mine, theirs = await one(a), await one(b)
                if mine != theirs:
                    raise SystemExit(
                        f"{case}: the answers differ:\n{mine[:300]!r}\n{theirs[:300]!r}"
                    )
                answers.append(mine)
            dumped[case] = b"\n".join(answers) + b"\n"
            for variants in sides.values():  # warm: caches, prepared statements, the pool
                for i in range(40):
                    await one(variants[i % len(variants)])
            if only is not None:
                for i in range(requests):
                    await one(graphql[i % len(graphql)])
                return
            # One request of each side in turn, each timed alone: a burst of other work on
            # the machine then lands on both sides alike, and the median per request
            # shrugs it off; the mean keeps what comes now and then (the collector).
            cpu: dict[str, list[float]] = {path: [] for path in sides}
            for i in range(requests):
                for path, variants in sides.items():
                    started = time.process_time()
                    await one(variants[i % len(variants)])
                    cpu[path].append((time.process_time() - started) * 1000)
            medians = [statistics.median(values) for values in cpu.values()]
            means = [statistics.fmean(values) for values in cpu.values()]
            for path, values in cpu.items():
                print(
                    f"{case:8s} {path:18s} CPU a request: median {statistics.median(values):6.2f} "
                    f"ms, mean {statistics.fmean(values):6.2f} ms ({len(values)} requests)"
                )
            print(
                f"{case:8s} GraphQL's CPU per request against the baseline's: "
                f"median {medians[1] / medians[0]:.3f}, mean {means[1] / means[0]:.3f}; "
                f"load average {os.getloadavg()[0]:.1f}",
                flush=True,
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", default="page_bench")
    parser.add_argument("--server", default=DEFAULT_SERVER)
    parser.add_argument("--cases", default=",".join(CASES))
    parser.add_argument("--requests", type=int, default=400, help="of each side")
    parser.add_argument("--only", choices=CASES)
    parser.add_argument("--dump", type=Path)
    args = parser.parse_args()
    cases = [c for c in args.cases.split(",") if c]
    unknown = set(cases) - set(CASES)
    if unknown:
        parser.error(f"unknown cases: {', '.join(sorted(unknown))}")
    options = Options(database=args.database, server=args.server)
    dumped: dict[str, bytes] = {}
    asyncio.run(measure(options, cases, args.requests, args.only, dumped))
    if args.dump is not None:
        args.dump.mkdir(parents=True, exist_ok=True)
        for case, answers in dumped.items():
            (args.dump / f"{case}.json").write_bytes(answers)


if __name__ == "__main__":
    main()
