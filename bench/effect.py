"""Learning effect for a leader of leaders (5,000 leaders below at full scale)
and for a whole organisation: the slice beside one hand-written SQL query.

``BASELINE_SQL`` (in ``bench/effect_sql.py`` with the other hand-written
queries) is the baseline: before/after 360 change per competency
(others' ratings, self left out; a rater group below the anonymity threshold
of its evaluation left out), for leaders in a programme and the others:
leaders, mean before, mean after, mean change and the paired effect size
(mean change / standard deviation of the changes). It runs entirely in SQL;
the figure to beat is answer rows aggregated per second per core.

The slice (``learning.effect``) is measured through the real schema, in
process: its whole operation (``LearningEffect`` for the leader of leaders,
``OrganisationLearningEffect`` for HR) and a document asking only for
``behaviourChange``, the figures the baseline computes; that one is the ratio.
"""

from __future__ import annotations

import asyncio
import json
import time
from dataclasses import dataclass
from typing import Any

import asyncpg

from bench.common import Row, Run, fmt, landed
from bench.effect_sql import (
    BASELINE_SQL,
    RAW_BEST_SQL,
    ROWS_SQL,
    STORED_SUMS_SQL,
    scoped_sql,
)
from bench.harness import median

# The query's own memory for sorts and hashes (PostgreSQL's default of 4 MB
# spills millions of rows to disk).
WORK_MEM = "256MB"
# "Several million answer rows per second per core", read as at least three.
SEVERAL_MILLION = 3_000_000


def _workers(plan: Any) -> int:
    found = 0
    if isinstance(plan, dict):
        found = int(plan.get("Workers Launched", 0))
        for value in plan.values():
            found = max(found, _workers(value))
    elif isinstance(plan, list):
        for value in plan:
            found = max(found, _workers(value))
    return found


async def _measure(run: Run) -> None:
    boss = run.subjects["leader_of_leaders"]
    organisation = run.subjects["hr"][0]["organisation"]
    scopes = [
        (f"leader of leaders, {boss['below']:,} leaders below", "below", boss["membership"]),
        (
            f"whole organisation, {run.subjects.get('largest_organisation_leaders', 0):,} leaders",
            "organisation",
            organisation,
        ),
    ]
    connection = await asyncpg.connect(run.options.plain_url)
    await connection.execute(f"SET work_mem = '{WORK_MEM}'")
    # Every run starts from the data set's empty release audit (earlier runs on
    # the same data set recorded their sets): the first request of each view
    # records its sets, the later ones find them.
    await connection.execute("DELETE FROM released_figure")
    try:
        for label, scope, argument in scopes:
            sql = scoped_sql(BASELINE_SQL, scope)
            rows = await connection.fetchval(scoped_sql(ROWS_SQL, scope), argument)
            plan = await connection.fetchval(f"EXPLAIN (ANALYZE, FORMAT JSON) {sql}", argument)
            workers = _workers(json.loads(plan) if isinstance(plan, str) else plan)
            times, result = [], []
            for _ in range(1 if run.options.quick else 3):
                started = time.perf_counter()
                result = await connection.fetch(sql, argument)
                times.append(time.perf_counter() - started)
            seconds = median(times)
            per_core = rows / seconds / (1 + workers) if seconds else 0.0
            in_programme = [r for r in result if r["in_programme"]]
            others = [r for r in result if not r["in_programme"]]

            def mean(values: list[Any], key: str) -> float:
                found = [float(v[key]) for v in values if v[key] is not None]
                return sum(found) / len(found) if found else float("nan")

            raw_best, raw_rows = await _timed(
                run, connection, scoped_sql(RAW_BEST_SQL, scope), argument
            )
            stored, stored_rows = await _timed(
                run, connection, scoped_sql(STORED_SUMS_SQL, scope), argument
            )
            slice_figure = "not run: learning.effect has not landed"
            ratio, met = "", None
            if landed("learning.effect.api"):
                found = await _slice(
                    run, scope, boss if scope == "below" else run.subjects["hr"][0]
                )
                if found is not None:
                    whole, change, problem, counted = found
                    slice_figure = (
                        f"behaviour change alone {fmt(change * 1000)} ms; the whole "
                        f"operation {fmt(whole * 1000)} ms" + (f" ({problem})" if problem else "")
                    )
                    ratio = f"{change / seconds:.2f}"
                    per_core_slice = rows / change if change else 0.0
                    slice_figure += f"; {fmt(per_core_slice / 1e6, 2)} M answer rows/s"
                    slice_figure += f"; {counted:,} leaders in its figures"
                    met = (
                        change <= 1.5 * seconds
                        and not problem
                        and per_core_slice >= SEVERAL_MILLION
                    )
                    run.add(
                        Row(
                            f"learning effect (new baselines), {label}",
                            f"behaviour change alone {fmt(change * 1000)} ms",
                            f"stored-sums SQL {fmt(stored * 1000)} ms ({stored_rows} figures); "
                            f"best raw-answer SQL {fmt(raw_best * 1000)} ms ({raw_rows} figures)",
                            f"{change / stored:.2f} / {change / raw_best:.3f}",
                            "<= 1.2x the stored-sums SQL; <= 0.1x the best raw-answer SQL",
                            change <= 1.2 * stored and change <= 0.1 * raw_best and not problem,
                            "bench/effect.py STORED_SUMS_SQL and RAW_BEST_SQL; ratio: slice / "
                            "stored sums, slice / raw",
                        )
                    )
            if landed("learning.effect.api"):
                summary = await _summary(
                    run, scope, boss if scope == "below" else run.subjects["hr"][0]
                )
                if summary is not None:
                    _summary_rows(run, label, summary, stored)
            run.add(
                Row(
                    f"learning effect, {label}",
                    slice_figure,
                    f"one SQL query: {fmt(seconds * 1000)} ms over {rows:,} answer rows = "
                    f"{fmt(rows / seconds / 1e6, 2)} M rows/s, {fmt(per_core / 1e6, 2)} M "
                    "rows/s per core "
                    f"({1 + workers} process(es))",
                    ratio,
                    "<= 1.5x the query; several (>= 3) M answer rows/s per core",
                    met,
                    f"{len(result)} figures (8 competencies x in a programme or not); mean change "
                    f"{mean(in_programme, 'change'):+.3f} in a programme, "
                    f"{mean(others, 'change'):+.3f} "
                    f"otherwise; effect size {mean(in_programme, 'effect_size'):.2f} / "
                    f"{mean(others, 'effect_size'):.2f} (bench/effect.py BASELINE_SQL)",
                )
            )
    finally:
        await connection.close()


async def _timed(
    run: Run, connection: asyncpg.Connection, sql: str, argument: Any
) -> tuple[float, int]:
    """Median seconds of a query (after one warm-up) and its number of rows."""
    await connection.fetch(sql, argument)
    times, rows = [], 0
    for _ in range(1 if run.options.quick else 3):
        started = time.perf_counter()
        rows = len(await connection.fetch(sql, argument))
        times.append(time.perf_counter() - started)
    return median(times), rows


CHANGE_ONLY = """query BehaviourChange {{
  {field} {{
    behaviourChange {{
      minimumLeaders
      overall {{ key leaders baselineMean followUpMean meanChange effectSize suppressed }}
      competencies {{
        key title leaders baselineMean followUpMean meanChange effectSize suppressed
      }}
    }}
  }}
}}
"""


async def _slice(
    run: Run, scope: str, viewer: dict[str, Any]
) -> tuple[float, float, str, int] | None:
    """Seconds of the slice's whole operation and of its behaviour change alone
    (the figures BASELINE_SQL computes), in process through the real schema."""
    import httpx

    from backend.app import create_app
    from backend.db import Database, set_database
    from bench.common import OPERATIONS
    from bench.harness import bench_settings, token

    name = "LearningEffect" if scope == "below" else "OrganisationLearningEffect"
    path = OPERATIONS / f"{name}.graphql"
    if not path.exists():
        return None
    field = "learningEffect" if scope == "below" else "organisationLearningEffect"
    settings = bench_settings(run.options.asyncpg_url)
    database = Database(settings)
    set_database(database)
    app = create_app(settings, database=database)
    headers = {"authorization": f"Bearer {token(viewer, settings)}"}
    problem = ""
    leaders: Any = None
    try:
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://b", timeout=600
        ) as client:
            found = []
            for document in (path.read_text(encoding="utf-8"), CHANGE_ONLY.format(field=field)):
                times = []
                for _ in range(1 if run.options.quick else 3):
                    started = time.perf_counter()
                    response = await client.post(
                        "/graphql", json={"query": document}, headers=headers
                    )
                    times.append(time.perf_counter() - started)
                    body = response.json()
                    if body.get("errors"):
                        problem = str(
                            body["errors"][0].get("extensions", {}).get("code")
                            or body["errors"][0].get("message")
                        )[:200]
                    else:
                        change = ((body.get("data") or {}).get(field) or {}).get("behaviourChange")
                        overall = (change or {}).get("overall") if change else None
                        if isinstance(overall, list):
                            overall = overall[0] if overall else None
                        leaders = (overall or {}).get("leaders") if overall is not None else None
                found.append(median(times))
    finally:
        await database.dispose()
        set_database(None)
    if not problem:
        problem = f"{leaders} leaders in its figures" if leaders else "NO leaders in its figures"
        problem = problem if not leaders else ""
        if leaders:
            return found[0], found[1], "", int(leaders)
    return found[0], found[1], problem, 0


SUMMARY_GOAL_MS = 50


@dataclass(frozen=True)
class SummaryTimes:
    """The phone's summary, median seconds and statements per request: opened
    again within its max age (``kept``), and computed (the first open of a
    viewer in that time, ``computed``)."""

    kept: float
    kept_statements: int
    computed: float
    computed_statements: int
    problem: str


async def _summary(run: Run, scope: str, viewer: dict[str, Any]) -> SummaryTimes | None:
    """The phone's summary (``LearningEffectSummary``) in process through the
    real schema. A first request records its sets in the release ledger and is
    left out; then requests with the viewer's kept summary forgotten before
    each (computed), then requests served from it (kept)."""
    import httpx
    from sqlalchemy import delete, event

    from backend.app import create_app
    from backend.db import Database, set_database
    from bench.common import OPERATIONS
    from bench.harness import bench_settings, token
    from learning.effect.summary.models import EffectSummarySnapshot

    path = OPERATIONS / "LearningEffectSummary.graphql"
    if not path.exists():
        return None
    variables = {"scope": "AREA" if scope == "below" else "ORGANISATION"}
    settings = bench_settings(run.options.asyncpg_url)
    database = Database(settings)
    set_database(database)
    app = create_app(settings, database=database)
    headers = {"authorization": f"Bearer {token(viewer, settings)}"}
    counted = [0]

    def count(*_: Any) -> None:
        counted[0] += 1

    problems: list[str] = []
    rounds = 2 if run.options.quick else 5
    try:
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://b", timeout=600
        ) as client:
            document = path.read_text(encoding="utf-8")

            async def ask() -> tuple[float, int]:
                counted[0] = 0
                started = time.perf_counter()
                response = await client.post(
                    "/graphql", json={"query": document, "variables": variables}, headers=headers
                )
                took = time.perf_counter() - started
                body = response.json()
                if body.get("errors"):
                    problems.append(str(body["errors"][0].get("message"))[:200])
                return took, counted[0]

            async def forget() -> None:
                async with database.session() as session, session.begin():
                    await session.execute(
                        delete(EffectSummarySnapshot).where(
                            EffectSummarySnapshot.viewer_id == viewer["membership"]
                        )
                    )

            event.listen(database.engine.sync_engine, "before_cursor_execute", count)
            await ask()
            computed = []
            for _ in range(rounds):
                await forget()
                computed.append(await ask())
            kept = [await ask() for _ in range(rounds)]
    finally:
        await database.dispose()
        set_database(None)
    # Statements are constant per request: more than one count is a problem too.
    for name, found in (("computed", computed), ("kept", kept)):
        if len({n for _, n in found}) > 1:
            problems.append(f"{name} statements vary: {sorted({n for _, n in found})}")
    return SummaryTimes(
        kept=median([t for t, _ in kept]),
        kept_statements=max(n for _, n in kept),
        computed=median([t for t, _ in computed]),
        computed_statements=max(n for _, n in computed),
        problem="; ".join(problems),
    )


def _summary_rows(run: Run, label: str, summary: SummaryTimes, stored: float) -> None:
    problem = f" ({summary.problem})" if summary.problem else ""
    for name, took, statements in (
        ("opened again (kept)", summary.kept, summary.kept_statements),
        ("computed (first open within the max age)", summary.computed, summary.computed_statements),
    ):
        run.add(
            Row(
                f"learning effect, phone summary {name}, {label}",
                f"{fmt(took * 1000)} ms, {statements} statements{problem}",
                f"stored-sums SQL {fmt(stored * 1000)} ms",
                "",
                f"< {SUMMARY_GOAL_MS} ms in a constant number of statements",
                took * 1000 < SUMMARY_GOAL_MS and not summary.problem,
                "LearningEffectSummary in process, median; computed: the viewer's kept "
                "summary forgotten before each request, after one request that recorded its "
                "sets in the release ledger; statements counted per request",
            )
        )


def run(run: Run) -> None:
    if not landed("feedback.evaluations.models") or not landed("learning.programmes.models"):
        run.skip("learning effect", "needs the programmes and 360 slices")
        return
    asyncio.run(_measure(run))
