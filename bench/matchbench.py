"""Matching 10,000 new leaders to 30,000 mentors: the optimiser, the greedy
baseline on the same instance, and a second solver confirming optimality.

The instance is ``bench/matching.py``'s (one national pool, capacities 1-3,
forbidden reporting-line pairs), scaled with the data set. The second solver
is HiGHS (``scipy.optimize.linprog``) on the optimiser's candidate graph: a
bipartite b-matching LP has integral optima, so its value must equal the
optimiser's. Its duals then certify optimality on the whole problem: if no
allowed pair anywhere has a fit above its mentee's plus its mentor's dual
price, no assignment outside the candidate graph could do better.

Beside it, at full scale, a real run through the database: a matching run of
the largest organisation's HR over the national pool
(``learning.mentoring.matching.service.execute_run``: read the needs and profiles, solve,
explain, write the proposals), rolled back afterwards.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

import numpy as np
import scipy.sparse as sp
from scipy.optimize import linprog

from bench.common import Row, Run, fmt, landed


def second_solver(
    problem: Any, rows: np.ndarray, cols: np.ndarray, fits: np.ndarray
) -> tuple[float, np.ndarray, np.ndarray, float]:
    """LP optimum on the candidate edges, duals of mentees and mentors, seconds."""
    n, m = problem.size
    e = len(rows)
    a = sp.csr_matrix(
        (np.ones(2 * e), (np.r_[rows, n + cols], np.r_[np.arange(e), np.arange(e)])),
        shape=(n + m, e),
    )
    b = np.r_[np.ones(n), problem.capacity.astype(float)]
    started = time.perf_counter()
    result = linprog(-fits, A_ub=a, b_ub=b, bounds=(0, None), method="highs")
    seconds = time.perf_counter() - started
    if result.status != 0:
        raise RuntimeError(f"HiGHS: {result.message}")
    duals = -np.asarray(result.ineqlin.marginals)
    return -float(result.fun), duals[:n], duals[n:], seconds


def certificate(
    problem: Any, u: np.ndarray, v: np.ndarray, tolerance: float = 1e-6
) -> tuple[int, float]:
    """Allowed pairs whose fit exceeds u_i + v_j (none: optimal on the whole
    problem) and the seconds the scan of every pair took."""
    from learning.mentoring.matching import scan

    started = time.perf_counter()
    forbidden = scan.sorted_forbidden(problem)
    violations = 0
    for group in np.unique(problem.mentee_group):
        mentees = np.flatnonzero(problem.mentee_group == group)
        mentors = np.flatnonzero((problem.mentor_group == group) & (problem.capacity > 0))
        if not len(mentors):
            continue
        step = max(1, min(len(mentees), scan.BLOCK_CELLS // len(mentors)))
        for start in range(0, len(mentees), step):
            block_rows = mentees[start : start + step]
            block = scan.block(problem, block_rows, mentors, forbidden)
            allowed = block >= np.float32(problem.min_fit)
            slack = block - u[block_rows][:, None] - v[mentors][None, :]
            violations += int(np.count_nonzero(allowed & (slack > tolerance)))
    return violations, time.perf_counter() - started


def _in_memory(run: Run) -> None:
    from bench.matching import check, instance
    from learning.mentoring.matching import matching, scan

    scale = float(run.manifest["scale"])
    mentees = max(50, round(10_000 * scale))
    mentors = max(150, round(30_000 * scale))
    generated = instance(mentees, mentors, groups=1, seed=1)
    started = time.perf_counter()
    problem = matching.build_problem(generated[0], generated[1], matching.Weights(), generated[2])
    built = time.perf_counter() - started
    baseline = matching.greedy(problem)
    best = matching.optimise(problem)
    started = time.perf_counter()
    chosen = np.flatnonzero(best.mentor >= 0)
    matching.explain(problem, chosen, best.mentor[chosen])
    explained = time.perf_counter() - started
    end_to_end = built + best.seconds + explained
    check(problem, best.mentor)
    check(problem, baseline.mentor)
    # The candidate graph again (the optimiser does not return it): its edges are the
    # same scan with the same seed, so the LP sees exactly what the optimiser saw.
    found = scan.indexed(problem, k=matching.DEFAULT_CANDIDATES, seed=0)
    rows, cols, fits = matching.candidate_edges(found, problem.size[1])
    lp_value, u, v, lp_seconds = second_solver(problem, rows, cols, fits)
    violations, scan_seconds = certificate(problem, u, v)
    agrees = abs(lp_value - best.total_fit) <= 1e-6 * max(1.0, abs(lp_value))
    gain = best.total_fit - baseline.total_fit
    run.add(
        Row(
            f"matching {mentees:,} new leaders to {mentors:,} mentors",
            f"optimiser total fit {best.total_fit:,.2f} ({best.matched:,} matched) in "
            f"{fmt(best.seconds, 2)} s; end to end {fmt(end_to_end, 2)} s "
            f"(arrays {fmt(built, 2)} s, "
            f"explanations {fmt(explained, 2)} s)",
            f"greedy {baseline.total_fit:,.2f} ({baseline.matched:,} matched) in "
            f"{fmt(baseline.seconds, 2)} s",
            f"{best.total_fit / baseline.total_fit:.4f} ({gain:+,.2f})"
            if baseline.total_fit
            else "",
            "optimal; total fit >= greedy's; < 2 s end to end",
            agrees and violations == 0 and gain >= -1e-6 and end_to_end < 2.0,
            f"second solver HiGHS LP on the {best.candidate_edges:,} candidate edges: "
            f"{lp_value:,.4f} "
            f"({'equal' if agrees else 'DIFFERENT'}, {fmt(lp_seconds, 2)} s); its duals leave "
            f"{violations:,} of all allowed pairs with a better fit than their prices "
            f"({'optimal on the whole problem' if violations == 0 else 'NOT proven optimal'}; "
            f"scan {fmt(scan_seconds, 2)} s); hard rules and capacities checked",
        )
    )


async def _database_run(run: Run) -> None:
    from backend.composition import compose
    from backend.db import Database
    from backend.settings import Settings
    from learning.mentoring.matching import service as runs
    from learning.mentoring.models import MatchingRun

    compose()  # the texts of the explanations, as the worker has them
    hr = run.subjects["hr"][0]
    database = Database(Settings(database_url=run.options.asyncpg_url, secret_key="x" * 40))
    try:
        async with database.session() as session:
            matching_run = MatchingRun(
                organisation_id=hr["organisation"],
                started_by_id=hr["membership"],
                status="PENDING",
                weights={
                    "focus": 0.4,
                    "experience": 0.2,
                    "language": 0.15,
                    "location": 0.1,
                    "area": 0.15,
                },
                mentee_ids=None,
                mentor_ids=None,
                use_shared_pool=True,
                candidates_per_mentee=16,
            )
            session.add(matching_run)
            await session.flush()
            started = time.perf_counter()
            done = await runs.execute_run(session, matching_run.id)
            seconds = time.perf_counter() - started
            await session.rollback()
    finally:
        await database.dispose()
    result = (done.result or {}) if done is not None else {}
    run.add(
        Row(
            "matching run through the database (largest organisation, national pool)",
            f"{fmt(seconds, 2)} s end to end: {result.get('mentees', 0):,} needs, "
            f"{result.get('mentors', 0):,} mentors, {result.get('matched', 0):,} proposals written",
            f"greedy total fit {result.get('greedyTotalFit', 0):,}",
            f"optimiser {result.get('totalFit', 0):,}",
            "< 5 s end to end",
            seconds < 5.0,
            f"execute_run: reads needs and profiles, solves, explains, writes proposals "
            f"(optimiser {result.get('optimiserSeconds', '?')} s); rolled back",
        )
    )


def run(run: Run) -> None:
    if not landed("learning.mentoring.matching"):
        run.skip("matching", "learning.mentoring has not landed")
        return
    _in_memory(run)
    try:
        asyncio.run(_database_run(run))
    except Exception as error:  # noqa: BLE001 - the slice is in progress; report, go on
        run.skip("matching run through the database", f"failed: {type(error).__name__}: {error}")
