"""The matching optimiser: new leaders to mentors, on numpy arrays, no database.

The fit and the arrays are in ``problem.py``. Hard rules are applied before
anything is scored, so no rule-breaking pair can ever be proposed: a mentor
only meets mentees of the same group (the organisation, or its shared pool),
never mentors themselves (same person), never mentors a mentee who has them
in the reporting line above (``forbidden`` pairs), and mentors without
capacity are left out.

``optimise`` is a real optimisation. Candidate generation (``scan.py``) keeps,
per mentee, the ``k`` best mentors by fit (ties broken by a small fixed jitter
per pair, so that equally good mentors are spread over mentees) together with
the edge that the greedy baseline would choose; it scores mostly the mentors
that share a feature with the mentee, and finds exactly what scoring every
pair finds (``exhaustive.py``, the reference). The assignment is then a minimum-cost
bipartite matching (``scipy.sparse.csgraph.min_weight_full_bipartite_matching``,
LAPJVsp) on a graph where each mentor is expanded into ``capacity`` slots and
each mentee has a private way out (fit 0, unmatched), so infeasible mentees
never break the run. Before it, what needs no search is decided (``_kernel``:
mentors with room for every mentee that lists them, and edges no better than
such a mentor); the matching then sees a few hundred mentees instead of all.
Because the greedy choices are candidate edges, the optimum on the graph is
never worse than the greedy baseline.

``greedy`` is the baseline only: each mentee in order takes the best mentor
that still has room. ``bench/matching.py`` measures one against the other.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from numpy.typing import NDArray
from scipy.sparse.csgraph import min_weight_full_bipartite_matching

from learning.mentoring.matching import scan
from learning.mentoring.matching.explanations import Explanation, explain
from learning.mentoring.matching.problem import (
    AreaWish,
    FloatArray,
    IntArray,
    MenteeInput,
    MentorInput,
    Problem,
    Weights,
    build_problem,
)

__all__ = [
    "AreaWish",
    "Assignment",
    "Explanation",
    "MenteeInput",
    "MentorInput",
    "Problem",
    "Weights",
    "build_problem",
    "explain",
    "fits",
    "greedy",
    "optimise",
]

DEFAULT_CANDIDATES = 16


@dataclass
class Assignment:
    """``mentor[i]`` is the mentor index of mentee ``i``, or -1 when unmatched."""

    mentor: IntArray
    fit: FloatArray
    seconds: float = 0.0
    candidate_edges: int = 0
    # ``optimise``: the greedy baseline, from the same scan (what ``greedy`` returns).
    greedy: Assignment | None = None

    @property
    def total_fit(self) -> float:
        return float(self.fit[self.mentor >= 0].sum())

    @property
    def matched(self) -> int:
        return int((self.mentor >= 0).sum())


# --- scoring ---------------------------------------------------------------------------


def fits(problem: Problem, mentees: IntArray, mentors: IntArray) -> NDArray[np.float32]:
    """Fit of every (mentee, mentor) of the given sorted indices, -inf where a
    hard rule forbids the pair or the mentor has no room; shape
    (len(mentees), len(mentors)). The shortlist uses it for one mentee."""
    cells = scan.block(problem, mentees, mentors, scan.sorted_forbidden(problem))
    cells[:, problem.capacity[mentors] <= 0] = -np.inf
    return cells


# --- the two algorithms ----------------------------------------------------------------


def greedy(problem: Problem) -> Assignment:
    """The baseline: mentees in order, each the best mentor that still has room."""
    started = time.perf_counter()
    found = scan.indexed(problem, k=DEFAULT_CANDIDATES)
    return Assignment(found.greedy_mentor, found.greedy_fit, time.perf_counter() - started)


def optimise(problem: Problem, k: int = DEFAULT_CANDIDATES, seed: int = 0) -> Assignment:
    """The assignment of maximum total fit on the candidate graph (see the module text)."""
    started = time.perf_counter()
    n, m = problem.size
    found = scan.indexed(problem, k=k, seed=seed)
    rows, cols, values = candidate_edges(found, m)
    mentor = np.full(n, -1, np.int64)
    fit = np.zeros(n, np.float64)
    if len(rows):
        mentor, fit = _solve(rows, cols, values, problem.capacity, n, m)
    return Assignment(
        mentor=mentor,
        fit=fit,
        seconds=time.perf_counter() - started,
        candidate_edges=len(rows),
        greedy=Assignment(found.greedy_mentor, found.greedy_fit),
    )


def candidate_edges(found: scan.Scan, m: int) -> tuple[IntArray, IntArray, FloatArray]:
    """The candidates and greedy's choices, each edge once."""
    matched = found.greedy_mentor >= 0
    rows = np.concatenate([found.rows, np.flatnonzero(matched)]).astype(np.int64)
    cols = np.concatenate([found.cols, found.greedy_mentor[matched]]).astype(np.int64)
    values = np.concatenate([found.fits, found.greedy_fit[matched]])
    return _unique_edges(rows, cols, values, m)


def _unique_edges(
    rows: IntArray, cols: IntArray, values: FloatArray, m: int
) -> tuple[IntArray, IntArray, FloatArray]:
    key = rows * max(m, 1) + cols
    _, first = np.unique(key, return_index=True)
    return rows[first], cols[first], values[first]


def _solve(
    rows: IntArray, cols: IntArray, values: FloatArray, capacity: IntArray, n: int, m: int
) -> tuple[IntArray, FloatArray]:
    """The maximum-fit assignment on the candidate edges: what is decided
    without search is taken out first (``_kernel``), the rest is a min-cost
    matching of mentees to mentor slots, each mentee with its own way out."""
    way_out, way_out_fit, alive = _kernel(rows, cols, values, capacity, n, m)
    mentor, fit = way_out.copy(), way_out_fit.copy()
    rows, cols, values = rows[alive], cols[alive], values[alive]
    if len(rows):
        mentees = np.unique(rows)
        row_of = np.full(n, -1, np.int64)
        row_of[mentees] = np.arange(len(mentees))
        slots = np.minimum(capacity, np.bincount(cols, minlength=m))
        offset = np.zeros(m + 1, np.int64)
        offset[1:] = np.cumsum(slots)
        copies = slots[cols]
        edge_rows = np.repeat(row_of[rows], copies)
        first_slot = np.repeat(offset[cols], copies)
        within = np.arange(int(copies.sum())) - np.repeat(np.cumsum(copies) - copies, copies)
        # cost = 2 - fit >= 1 > 0: stored explicitly, and minimum cost is maximum fit.
        # A mentee's last column is its way out: its best uncontested mentor, or none.
        total_slots = int(offset[-1])
        own = np.arange(len(mentees))
        graph = sp.csr_matrix(
            (
                np.concatenate([2.0 - np.repeat(values, copies), 2.0 - way_out_fit[mentees]]),
                (
                    np.concatenate([edge_rows, own]),
                    np.concatenate([first_slot + within, total_slots + own]),
                ),
            ),
            shape=(len(mentees), total_slots + len(mentees)),
        )
        matched_rows, matched_cols = min_weight_full_bipartite_matching(graph)
        real = np.flatnonzero(matched_cols < total_slots)
        if len(real):
            chosen = mentees[matched_rows[real]]
            mentor[chosen] = np.repeat(np.arange(m), slots)[matched_cols[real]]
            cost = np.asarray(graph[matched_rows[real], matched_cols[real]]).ravel()
            fit[chosen] = 2.0 - cost
    fit[mentor < 0] = 0.0
    return mentor, fit


def _kernel(
    rows: IntArray, cols: IntArray, values: FloatArray, capacity: IntArray, n: int, m: int
) -> tuple[IntArray, FloatArray, NDArray[np.bool_]]:
    """Each mentee's way out (a mentor or -1, and its fit) and the edges left to search.

    A mentor with at least as much room as edges is uncontested: whoever of its
    mentees wants it gets it, so its edges become each mentee's way out (the
    best of them, then the lowest mentor). A mentee's edge no better than its
    way out can always be swapped for it and is dropped. Dropping edges makes
    more mentors uncontested; repeated until nothing changes. On the bench
    instance 653 of 160,605 edges are left."""
    way_out = np.full(n, -1, np.int64)
    way_out_fit = np.zeros(n, np.float64)
    alive = capacity[cols] > 0
    while True:
        at = np.flatnonzero(alive)
        r, c, v = rows[at], cols[at], values[at]
        free = np.bincount(c, minlength=m)[c] <= capacity[c]
        if free.any():
            order = np.lexsort((c[free], -v[free], r[free]))
            fr, fc, fv = r[free][order], c[free][order], v[free][order]
            first = np.ones(len(fr), bool)
            first[1:] = fr[1:] != fr[:-1]
            fr, fc, fv = fr[first], fc[first], fv[first]
            # Better, or as good as being unmatched: a proposal rather than none.
            better = (fv > way_out_fit[fr]) | ((fv == way_out_fit[fr]) & (way_out[fr] < 0))
            way_out[fr[better]], way_out_fit[fr[better]] = fc[better], fv[better]
        outdone = (v < way_out_fit[r]) | ((v == way_out_fit[r]) & (way_out[r] >= 0))
        drop = free | outdone
        if not drop.any():
            return way_out, way_out_fit, alive
        alive[at[drop]] = False
