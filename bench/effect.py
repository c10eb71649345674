"""Learning effect for a leader of leaders (5,000 leaders below at full scale)
and for a whole organisation: the slice beside one hand-written SQL query.

``BASELINE_SQL`` is the baseline: before/after 360 change per competency
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
from typing import Any

import asyncpg

from bench.common import Row, Run, fmt, landed
from bench.harness import median

SCOPE_BELOW = """
WITH RECURSIVE below AS (
    SELECT id FROM membership WHERE manager_id = $1
    UNION ALL
    SELECT m.id FROM membership m JOIN below b ON m.manager_id = b.id
)
SELECT id FROM below
"""
SCOPE_ORGANISATION = "SELECT id FROM membership WHERE organisation_id = $1"

BASELINE_SQL = """
WITH RECURSIVE {scope_cte},
responses AS MATERIALIZED (
    SELECT r.id, e.leader_id, c.purpose, r.rater_group,
           count(*) OVER (PARTITION BY r.evaluation_id, r.rater_group) AS group_size
    FROM evaluation_response r
    JOIN evaluation e ON e.id = r.evaluation_id
    JOIN evaluation_cycle c ON c.id = e.cycle_id
    WHERE e.leader_id IN (SELECT id FROM scope) AND c.purpose IN ('BASELINE', 'FOLLOW_UP')
      AND r.rater_group <> 'SELF'
),
per_response AS (
    SELECT a.response_id, ci.competency_id, sum(a.value) AS total, count(a.value) AS n
    FROM response_answer a
    JOIN competency_item ci ON ci.id = a.item_id
    WHERE a.response_id = ANY(ARRAY(
        SELECT id FROM responses WHERE rater_group = 'MANAGER' OR group_size >= 3))
    GROUP BY a.response_id, ci.competency_id
),
per_leader AS (
    SELECT r.leader_id, r.purpose, p.competency_id,
           sum(p.total)::numeric / nullif(sum(p.n), 0) AS mean
    FROM per_response p JOIN responses r ON r.id = p.response_id
    GROUP BY r.leader_id, r.purpose, p.competency_id
),
pairs AS (
    SELECT b.leader_id, b.competency_id, b.mean AS before, f.mean AS after,
           EXISTS (SELECT 1 FROM programme_enrolment pe WHERE pe.membership_id = b.leader_id
                   AND pe.status IN ('ACTIVE', 'COMPLETED')) AS in_programme
    FROM per_leader b
    JOIN per_leader f ON f.leader_id = b.leader_id AND f.competency_id = b.competency_id
    WHERE b.purpose = 'BASELINE' AND f.purpose = 'FOLLOW_UP'
)
SELECT c.position, min(c.title_en) AS competency, p.in_programme, count(*) AS leaders,
       round(avg(p.before), 3) AS before, round(avg(p.after), 3) AS after,
       round(avg(p.after - p.before), 3) AS change,
       round(avg(p.after - p.before) / nullif(stddev_samp(p.after - p.before), 0), 3) AS effect_size
FROM pairs p JOIN competency c ON c.id = p.competency_id
GROUP BY c.position, p.in_programme
ORDER BY c.position, p.in_programme
"""
# The new baselines (issue 17): the best hand-written SQL over the raw answers
# (BASELINE_SQL's figures, grouped on integer keys: evaluation and competency
# instead of the 32-character response key), and over the stored sums of the
# read model (``evaluation_competency_sums``, the slice's own pairing rules).
RAW_BEST_SQL = """
WITH RECURSIVE {scope_cte},
evaluations AS MATERIALIZED (
    SELECT e.id, e.leader_id, c.purpose FROM evaluation e
    JOIN evaluation_cycle c ON c.id = e.cycle_id
    WHERE e.leader_id IN (SELECT id FROM scope) AND c.purpose IN ('BASELINE', 'FOLLOW_UP')
),
responses AS MATERIALIZED (
    SELECT id, evaluation_id FROM (
        SELECT r.id, r.evaluation_id, r.rater_group,
               count(*) OVER (PARTITION BY r.evaluation_id, r.rater_group) AS group_size
        FROM evaluation_response r
        WHERE r.evaluation_id IN (SELECT id FROM evaluations) AND r.rater_group <> 'SELF'
    ) r WHERE rater_group = 'MANAGER' OR group_size >= 3
),
per_evaluation AS (
    SELECT r.evaluation_id, ci.competency_id,
           sum(a.value)::numeric / nullif(count(a.value), 0) AS mean
    FROM response_answer a
    JOIN responses r ON r.id = a.response_id
    JOIN competency_item ci ON ci.id = a.item_id
    GROUP BY r.evaluation_id, ci.competency_id
),
pairs AS (
    SELECT b.leader_id, pb.competency_id, pb.mean AS before, pf.mean AS after,
           EXISTS (SELECT 1 FROM programme_enrolment pe WHERE pe.membership_id = b.leader_id
                   AND pe.status IN ('ACTIVE', 'COMPLETED')) AS in_programme
    FROM evaluations b
    JOIN evaluations f ON f.leader_id = b.leader_id AND f.purpose = 'FOLLOW_UP'
    JOIN per_evaluation pb ON pb.evaluation_id = b.id
    JOIN per_evaluation pf ON pf.evaluation_id = f.id AND pf.competency_id = pb.competency_id
    WHERE b.purpose = 'BASELINE'
)
SELECT c.position, p.in_programme, count(*) AS leaders,
       round(avg(p.after - p.before), 3) AS change,
       round(avg(p.after - p.before) / nullif(stddev_samp(p.after - p.before), 0), 3) AS effect_size
FROM pairs p JOIN competency c ON c.id = p.competency_id
GROUP BY c.position, p.in_programme
ORDER BY c.position, p.in_programme
"""

STORED_SUMS_SQL = """
WITH RECURSIVE {scope_cte},
pairs AS MATERIALIZED (
    SELECT DISTINCT ON (f.leader_id) f.leader_id, f.id AS follow_up_id, b.id AS baseline_id
    FROM evaluation f
    JOIN evaluation_cycle fc ON fc.id = f.cycle_id
    JOIN evaluation b ON b.cycle_id = fc.baseline_cycle_id AND b.leader_id = f.leader_id
    JOIN evaluation_cycle bc ON bc.id = b.cycle_id
    WHERE f.leader_id IN (SELECT id FROM scope) AND fc.purpose = 'FOLLOW_UP'
      AND fc.status = 'CLOSED' AND bc.status = 'CLOSED'
      AND f.report_status IN ('RENDERING', 'READY') AND b.report_status IN ('RENDERING', 'READY')
    ORDER BY f.leader_id, fc.closed_at DESC, f.id DESC
),
means AS (
    SELECT s.evaluation_id, s.lineage_id, min(s.competency_id) AS competency_id,
           sum(s.total)::float8 / sum(s.answers) AS mean
    FROM evaluation_competency_sums s
    WHERE s.evaluation_id IN (SELECT follow_up_id FROM pairs
                              UNION ALL SELECT baseline_id FROM pairs)
    GROUP BY s.evaluation_id, s.lineage_id
    HAVING sum(s.answers) > 0
),
changes AS (
    SELECT p.leader_id, a.competency_id, a.mean - b.mean AS change,
           EXISTS (SELECT 1 FROM programme_enrolment pe WHERE pe.membership_id = p.leader_id
                   AND pe.status IN ('ACTIVE', 'COMPLETED')) AS in_programme
    FROM pairs p
    JOIN means a ON a.evaluation_id = p.follow_up_id
    JOIN means b ON b.evaluation_id = p.baseline_id AND b.lineage_id = a.lineage_id
)
SELECT c.position, p.in_programme, count(*) AS leaders, round(avg(p.change)::numeric, 3) AS change,
       round((avg(p.change) / nullif(stddev_samp(p.change), 0))::numeric, 3) AS effect_size
FROM changes p JOIN competency c ON c.id = p.competency_id
GROUP BY c.position, p.in_programme
ORDER BY c.position, p.in_programme
"""

# The query's own memory for sorts and hashes (PostgreSQL's default of 4 MB
# spills millions of rows to disk).
WORK_MEM = "256MB"
# "Several million answer rows per second per core", read as at least three.
SEVERAL_MILLION = 3_000_000

ROWS_SQL = """
WITH RECURSIVE {scope_cte}
SELECT count(*) FROM response_answer a
JOIN evaluation_response r ON r.id = a.response_id
JOIN evaluation e ON e.id = r.evaluation_id
WHERE e.leader_id IN (SELECT id FROM scope)
"""


def _sql(template: str, scope: str) -> str:
    inner = SCOPE_BELOW.strip().removeprefix("WITH RECURSIVE").strip() if scope == "below" else ""
    if scope == "below":
        # below AS (...) SELECT id FROM below  ->  below AS (...), scope AS (SELECT id FROM below)
        body = inner.rsplit("SELECT id FROM below", 1)[0].strip()
        cte = f"{body},\nscope AS (SELECT id FROM below)"
    else:
        cte = "scope AS (SELECT id FROM membership WHERE organisation_id = $1)"
    return template.format(scope_cte=cte)


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
    try:
        for label, scope, argument in scopes:
            sql = _sql(BASELINE_SQL, scope)
            rows = await connection.fetchval(_sql(ROWS_SQL, scope), argument)
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

            raw_best, raw_rows = await _timed(run, connection, _sql(RAW_BEST_SQL, scope), argument)
            stored, stored_rows = await _timed(
                run, connection, _sql(STORED_SUMS_SQL, scope), argument
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
                    took, statements, problem = summary
                    run.add(
                        Row(
                            f"learning effect, phone summary, {label}",
                            f"{fmt(took * 1000)} ms, {statements} statements"
                            + (f" ({problem})" if problem else ""),
                            f"stored-sums SQL {fmt(stored * 1000)} ms",
                            "",
                            f"< {SUMMARY_GOAL_MS} ms in a constant number of statements",
                            took * 1000 < SUMMARY_GOAL_MS and not problem,
                            "LearningEffectSummary in process, median after one request "
                            "(the release ledger then holds its sets); statements counted "
                            "per request",
                        )
                    )
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


async def _summary(run: Run, scope: str, viewer: dict[str, Any]) -> tuple[float, int, str] | None:
    """Median seconds and statements of the phone's summary
    (``LearningEffectSummary``), in process through the real schema: the
    first request is left out (it records its sets in the release ledger)."""
    import httpx
    from sqlalchemy import event

    from backend.app import create_app
    from backend.db import Database, set_database
    from bench.common import OPERATIONS
    from bench.harness import bench_settings, token

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

    event.listen(database.engine.sync_engine, "before_cursor_execute", count)
    problem, times, statements = "", [], set()
    try:
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://b", timeout=600
        ) as client:
            document = path.read_text(encoding="utf-8")
            for index in range(2 if run.options.quick else 6):
                counted[0] = 0
                started = time.perf_counter()
                response = await client.post(
                    "/graphql", json={"query": document, "variables": variables}, headers=headers
                )
                took = time.perf_counter() - started
                body = response.json()
                if body.get("errors"):
                    problem = str(body["errors"][0].get("message"))[:200]
                if index:
                    times.append(took)
                    statements.add(counted[0])
    finally:
        await database.dispose()
        set_database(None)
    # Statements are constant per request: more than one count is a problem too.
    if len(statements) > 1:
        problem = problem or f"statements vary: {sorted(statements)}"
    return median(times), max(statements), problem


def run(run: Run) -> None:
    if not landed("feedback.evaluations.models") or not landed("learning.programmes.models"):
        run.skip("learning effect", "needs the programmes and 360 slices")
        return
    asyncio.run(_measure(run))
