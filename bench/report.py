"""One leader's 360 report data at full scale: statements and time in the database.

``feedback.evaluations.results.aggregates`` computes what a report is built
from (responses per group, qualifying raters per competency, n / sum / sum of
squares per item). For sample evaluations of the open follow-up cycle this
counts its statements and measures each with ``EXPLAIN (ANALYZE)`` on the
same SQL and parameters (planning + execution, the time in the database).

Beside it: ``ONE_STATEMENT``, the same aggregates in one statement (the
shape the target asks for), checked to give identical figures, so the note
can say what would meet the target if the slice does not yet.
"""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from bench.common import Row, Run, fmt
from bench.harness import median

ONE_STATEMENT = """
WITH responses AS (
    SELECT r.id, r.evaluation_id, r.rater_group
    FROM evaluation_response r
    WHERE r.evaluation_id = ANY(CAST(:ids AS bigint[]))
),
answers AS (
    SELECT r.id AS response_id, r.evaluation_id, r.rater_group, ci.competency_id, a.item_id, a.value
    FROM responses r
    JOIN response_answer a ON a.response_id = r.id
    JOIN competency_item ci ON ci.id = a.item_id
),
answered AS (
    SELECT response_id, competency_id, count(value) AS answered
    FROM answers GROUP BY response_id, competency_id
),
item_counts AS (
    SELECT competency_id, count(*) AS item_total FROM competency_item
    WHERE competency_id IN (SELECT competency_id FROM answered) GROUP BY competency_id
),
qualifying AS (
    SELECT a.response_id, a.competency_id FROM answered a
    JOIN item_counts c ON c.competency_id = a.competency_id
    WHERE a.answered * 2 >= c.item_total
)
SELECT 'R' AS kind, evaluation_id, rater_group, NULL::bigint AS key, count(*) AS n,
       NULL::bigint AS total, NULL::bigint AS total_sq
FROM responses GROUP BY evaluation_id, rater_group
UNION ALL
SELECT 'C', r.evaluation_id, r.rater_group, q.competency_id, count(*), NULL, NULL
FROM qualifying q JOIN responses r ON r.id = q.response_id
GROUP BY r.evaluation_id, r.rater_group, q.competency_id
UNION ALL
SELECT 'I', a.evaluation_id, a.rater_group, a.item_id, count(a.value), sum(a.value),
       sum(a.value * a.value)
FROM answers a
JOIN qualifying q ON q.response_id = a.response_id AND q.competency_id = a.competency_id
WHERE a.value IS NOT NULL
GROUP BY a.evaluation_id, a.rater_group, a.item_id
"""


async def one_statement(session: AsyncSession, evaluation_ids: list[int]) -> dict[int, Any]:
    found: dict[int, Any] = {
        e: {"responses": {}, "competencies": {}, "items": {}} for e in evaluation_ids
    }
    rows = await session.execute(text(ONE_STATEMENT), {"ids": evaluation_ids})
    for kind, evaluation_id, group, key, n, total, total_sq in rows:
        part = found[evaluation_id]
        if kind == "R":
            part["responses"][group] = int(n)
        elif kind == "C":
            part["competencies"].setdefault(str(key), {})[group] = int(n)
        else:
            part["items"].setdefault(str(key), {})[group] = [
                int(n),
                int(total or 0),
                int(total_sq or 0),
            ]
    return found


class Captured:
    def __init__(self) -> None:
        self.statements: list[tuple[str, Any]] = []

    def __call__(self, _conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if not statement.lstrip().upper().startswith(("BEGIN", "COMMIT", "ROLLBACK", "EXPLAIN")):
            self.statements.append((statement, parameters))


async def database_ms(
    connection: AsyncConnection, statements: list[tuple[str, Any]]
) -> tuple[float, float]:
    """(round trip, execution) of these statements in milliseconds: the time
    asyncpg waits for them as prepared statements over loopback, which is what
    a request pays, and the execution time EXPLAIN ANALYZE reports."""
    raw = (await connection.get_raw_connection()).driver_connection
    assert raw is not None
    trip = execution = 0.0
    for statement, parameters in statements:
        started = time.perf_counter()
        await raw.fetch(statement, *(parameters or ()))
        trip += (time.perf_counter() - started) * 1000
        plan = await raw.fetchval(
            f"EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) {statement}", *(parameters or ())
        )
        top = json.loads(plan)[0] if isinstance(plan, str) else plan[0]
        execution += float(top["Execution Time"])
    return trip, execution


async def _measure(run: Run) -> None:
    from backend.db import Database
    from backend.settings import Settings
    from feedback.evaluations.reports import repository as results

    database = Database(Settings(database_url=run.options.asyncpg_url, secret_key="x" * 40))
    sample = run.subjects.get("followup_evaluations", [])
    warm, ids = sample[:10], sample[10 : 20 if run.options.quick else 110]
    try:
        figures: dict[str, dict[str, list[float]]] = {}
        counts: dict[str, set[int]] = {}
        mismatches = 0
        for label, compute in (("slice", results.aggregates), ("one statement", one_statement)):
            figures[label] = {"db": [], "wall": [], "execution": []}
            counts[label] = set()
            # The first ones only warm the plan caches, as a server's first requests do.
            for n, evaluation_id in enumerate(warm + ids):
                async with database.session() as session:
                    connection = await session.connection()
                    captured = Captured()
                    event.listen(database.engine.sync_engine, "before_cursor_execute", captured)
                    try:
                        started = time.perf_counter()
                        found = await compute(session, [evaluation_id])
                        wall = (time.perf_counter() - started) * 1000
                    finally:
                        event.remove(database.engine.sync_engine, "before_cursor_execute", captured)
                    trip, execution = await database_ms(connection, captured.statements)
                    if n < len(warm):
                        continue
                    counts[label].add(len(captured.statements))
                    figures[label]["wall"].append(wall)
                    figures[label]["db"].append(trip)
                    figures[label]["execution"].append(execution)
                    if label == "one statement":
                        async with database.session() as other:
                            expected = await results.aggregates(other, [evaluation_id])
                        mismatches += int(expected != found)
        answers = await _answers(database, ids)
    finally:
        await database.dispose()

    def p95(values: list[float]) -> float:
        ordered = sorted(values)
        return ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))] if ordered else float("nan")

    slice_db, one_db = figures["slice"]["db"], figures["one statement"]["db"]
    statements = sorted(counts["slice"])
    run.add(
        Row(
            "360 report data of one leader (results.aggregates)",
            f"{'/'.join(map(str, statements))} statements; database p95 {fmt(p95(slice_db), 2)} ms "
            f"(median {fmt(median(slice_db), 2)}; execution alone p95 "
            f"{fmt(p95(figures['slice']['execution']), 2)}); through the ORM p95 "
            f"{fmt(p95(figures['slice']['wall']), 2)} ms",
            f"one statement: database p95 {fmt(p95(one_db), 2)} ms (median "
            f"{fmt(median(one_db), 2)}; "
            f"execution alone p95 {fmt(p95(figures['one statement']['execution']), 2)})",
            f"{p95(slice_db) / p95(one_db):.2f}" if one_db else "",
            "one SQL statement; p95 < 5 ms in the database",
            statements == [1] and p95(slice_db) < 5.0,
            f"{len(ids)} evaluations of the follow-up cycle, ~{answers // max(1, len(ids)):,} "
            "answer rows "
            f"each, out of {run.manifest['counts'].get('response_answer', 0):,}; database time = "
            "round trips of the prepared statements over loopback; the one-statement version gives "
            f"identical aggregates for {len(warm) + len(ids) - mismatches} of "
            f"{len(warm) + len(ids)} "
            "(bench/report.py ONE_STATEMENT)",
        )
    )


async def _answers(database: Any, ids: list[int]) -> int:
    async with database.session() as session:
        found = await session.scalar(
            text(
                "SELECT count(*) FROM response_answer a JOIN evaluation_response r ON r.id = "
                "a.response_id "
                "WHERE r.evaluation_id = ANY(CAST(:ids AS bigint[]))"
            ),
            {"ids": ids},
        )
    return int(found or 0)


def run(run: Run) -> None:
    from bench.common import landed

    if not landed("feedback.evaluations.reports.repository"):
        run.skip("360 report data", "feedback.evaluations has not landed")
        return
    asyncio.run(_measure(run))
