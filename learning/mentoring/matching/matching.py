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
each mentee has a private "unmatched" slot of fit 0, so infeasible mentees
never break the run. Because the greedy choices are candidate edges, the
optimum on the graph is never worse than the greedy baseline.

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
    """Min-cost matching of mentees to mentor slots, with an "unmatched" slot each."""
    mentees = np.unique(rows)
    row_of = np.full(n, -1, np.int64)
    row_of[mentees] = np.arange(len(mentees))
    degree = np.bincount(cols, minlength=m)
    slots = np.minimum(capacity, degree)
    offset = np.zeros(m + 1, np.int64)
    offset[1:] = np.cumsum(slots)
    copies = slots[cols]
    edge_rows = np.repeat(row_of[rows], copies)
    first_slot = np.repeat(offset[cols], copies)
    within = np.arange(int(copies.sum())) - np.repeat(np.cumsum(copies) - copies, copies)
    edge_cols = first_slot + within
    # cost = 2 - fit >= 1 > 0: stored explicitly, and minimum cost is maximum fit.
    edge_cost = 2.0 - np.repeat(values, copies)
    dummies = np.arange(len(mentees))
    total_slots = int(offset[-1])
    graph = sp.csr_matrix(
        (
            np.concatenate([edge_cost, np.full(len(mentees), 2.0)]),
            (
                np.concatenate([edge_rows, dummies]),
                np.concatenate([edge_cols, total_slots + dummies]),
            ),
        ),
        shape=(len(mentees), total_slots + len(mentees)),
    )
    matched_rows, matched_cols = min_weight_full_bipartite_matching(graph)
    slot_owner = np.repeat(np.arange(m), slots)
    mentor = np.full(n, -1, np.int64)
    fit = np.zeros(n, np.float64)
    real = matched_cols < total_slots
    chosen_rows = mentees[matched_rows[real]]
    chosen_mentors = slot_owner[matched_cols[real]]
    mentor[chosen_rows] = chosen_mentors
    costs = np.asarray(graph[matched_rows[real], matched_cols[real]]).ravel()
    fit[chosen_rows] = 2.0 - costs
    return mentor, fit
