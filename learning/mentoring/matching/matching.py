"""The matching optimiser: new leaders to mentors, on numpy arrays, no database.

The fit and the arrays are in ``problem.py``. Hard rules are applied before
anything is scored, so no rule-breaking pair can ever be proposed: a mentor
only meets mentees of the same group (the organisation, or its shared pool),
never mentors themselves (same person), never mentors a mentee who has them
in the reporting line above (``forbidden`` pairs), and mentors without
capacity are left out.

``optimise`` is a real optimisation. Candidate generation keeps, per mentee,
the ``k`` best mentors by fit (ties broken by a small random jitter, so that
equally good mentors are spread over mentees) together with the edge that
the greedy baseline would choose. The assignment is then a minimum-cost
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
from dataclasses import dataclass, field

import numpy as np
import scipy.sparse as sp
from numpy.typing import NDArray
from scipy.sparse.csgraph import min_weight_full_bipartite_matching

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
# Fits in one block (mentees x mentors), ~32 MB of float32.
BLOCK_CELLS = 8_000_000
# Ties in fit are broken by noise far below any real difference in fit.
JITTER = 1e-4


@dataclass
class Assignment:
    """``mentor[i]`` is the mentor index of mentee ``i``, or -1 when unmatched."""

    mentor: IntArray
    fit: FloatArray
    seconds: float = 0.0
    candidate_edges: int = 0

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
    order = np.argsort(problem.forbidden[0], kind="stable")
    forbidden = (problem.forbidden[0][order], problem.forbidden[1][order])
    block = _block(problem, mentees, mentors, forbidden)
    block[:, problem.capacity[mentors] <= 0] = -np.inf
    return block


@dataclass
class _Scan:
    rows: list[IntArray] = field(default_factory=list)
    cols: list[IntArray] = field(default_factory=list)
    fits: list[FloatArray] = field(default_factory=list)


def _scan(problem: Problem, k: int, greedy: bool, seed: int = 0) -> tuple[_Scan, Assignment]:
    """One pass over all allowed pairs, block by block: the top ``k`` candidates
    per mentee and, with ``greedy``, the greedy baseline's choices."""
    n, _m = problem.size
    rng = np.random.default_rng(seed)
    found = _Scan()
    chosen = np.full(n, -1, np.int64)
    chosen_fit = np.zeros(n, np.float64)
    remaining = problem.capacity.copy()
    # Forbidden pairs, sorted by mentee so that a block finds its own quickly.
    order = np.argsort(problem.forbidden[0], kind="stable")
    forbidden = (problem.forbidden[0][order], problem.forbidden[1][order])
    for group in np.unique(problem.mentee_group):
        mentees = np.flatnonzero(problem.mentee_group == group)
        mentors = np.flatnonzero((problem.mentor_group == group) & (problem.capacity > 0))
        if not len(mentors):
            continue
        step = max(1, min(len(mentees), BLOCK_CELLS // len(mentors)))
        for start in range(0, len(mentees), step):
            rows = mentees[start : start + step]
            block = _block(problem, rows, mentors, forbidden)
            if k > 0:
                r, c, f = _top_k(block, k, problem.min_fit, rng)
                found.rows.append(rows[r])
                found.cols.append(mentors[c])
                found.fits.append(f)
            if greedy:
                _greedy_block(block, rows, mentors, remaining, chosen, chosen_fit, problem.min_fit)
    return found, Assignment(mentor=chosen, fit=chosen_fit)


def _block(
    problem: Problem, rows: IntArray, mentors: IntArray, forbidden: tuple[IntArray, IntArray]
) -> NDArray[np.float32]:
    phi = problem.mentor_features[mentors]
    psi = problem.mentee_features[rows].toarray().T
    product = np.asarray(phi @ psi, dtype=np.float32)
    block = np.empty((len(rows), len(mentors)), np.float32)
    np.add(product.T, problem.mentee_bias[rows][:, None], out=block)
    block += problem.mentor_bias[mentors][None, :]
    other_group = problem.mentee_group[rows][:, None] != problem.mentor_group[mentors][None, :]
    other_group |= problem.mentee_person[rows][:, None] == problem.mentor_person[mentors][None, :]
    if other_group.any():
        block[other_group] = -np.inf
    lo = int(np.searchsorted(forbidden[0], rows[0], side="left"))
    hi = int(np.searchsorted(forbidden[0], rows[-1], side="right"))
    if hi > lo:
        pair_rows = np.searchsorted(rows, forbidden[0][lo:hi])
        pair_cols = np.searchsorted(mentors, forbidden[1][lo:hi])
        ok = (pair_rows < len(rows)) & (pair_cols < len(mentors))
        pair_rows, pair_cols = pair_rows[ok], pair_cols[ok]
        hit = (rows[pair_rows] == forbidden[0][lo:hi][ok]) & (
            mentors[pair_cols] == forbidden[1][lo:hi][ok]
        )
        block[pair_rows[hit], pair_cols[hit]] = -np.inf
    return block


def _top_k(
    block: NDArray[np.float32], k: int, min_fit: float, rng: np.random.Generator
) -> tuple[IntArray, IntArray, FloatArray]:
    """(row, column, fit) of up to ``k`` best allowed columns per row."""
    c, m = block.shape
    scores = block + rng.random((c, m), dtype=np.float32) * np.float32(JITTER)
    if m > 16 * k:
        # The k-th best of a sample is never above the k-th best of the row,
        # so thresholding at it keeps every true top-k column (and some more).
        sample = rng.choice(m, size=max(8 * k, m // 8), replace=False)
        part = scores[:, sample]
        threshold = np.partition(part, part.shape[1] - k, axis=1)[:, part.shape[1] - k]
        mask = scores >= threshold[:, None]
    else:
        mask = np.ones_like(scores, dtype=bool)
    mask &= block >= np.float32(min_fit)  # also drops -inf
    r, col = np.nonzero(mask)
    s = scores[r, col]
    order = np.lexsort((-s, r))
    r, col = r[order], col[order]
    starts = np.searchsorted(r, np.arange(c))
    rank = np.arange(len(r)) - starts[r]
    keep = rank < k
    r, col = r[keep], col[keep]
    return r.astype(np.int64), col.astype(np.int64), block[r, col].astype(np.float64)


def _greedy_block(
    block: NDArray[np.float32],
    rows: IntArray,
    mentors: IntArray,
    remaining: IntArray,
    chosen: IntArray,
    chosen_fit: FloatArray,
    min_fit: float,
) -> None:
    """Each mentee of the block in order takes the best mentor with room.
    Changes ``block``."""
    block[:, remaining[mentors] <= 0] = -np.inf
    floor = np.float32(min_fit)
    for r in range(len(rows)):
        c = int(np.argmax(block[r]))
        value = block[r, c]
        if not np.isfinite(value) or value < floor:
            continue
        j = mentors[c]
        chosen[rows[r]] = j
        chosen_fit[rows[r]] = float(value)
        remaining[j] -= 1
        if remaining[j] == 0:
            block[r + 1 :, c] = -np.inf


# --- the two algorithms ----------------------------------------------------------------


def greedy(problem: Problem) -> Assignment:
    """The baseline: mentees in order, each the best mentor that still has room."""
    started = time.perf_counter()
    _found, assignment = _scan(problem, k=0, greedy=True)
    assignment.seconds = time.perf_counter() - started
    return assignment


def optimise(problem: Problem, k: int = DEFAULT_CANDIDATES, seed: int = 0) -> Assignment:
    """The assignment of maximum total fit on the candidate graph (see the module text)."""
    started = time.perf_counter()
    n, m = problem.size
    found, baseline = _scan(problem, k=k, greedy=True, seed=seed)
    matched = baseline.mentor >= 0
    rows = np.concatenate([*found.rows, np.flatnonzero(matched)]) if n else np.zeros(0, np.int64)
    cols = np.concatenate([*found.cols, baseline.mentor[matched]]) if n else np.zeros(0, np.int64)
    values = np.concatenate([*found.fits, baseline.fit[matched]]) if n else np.zeros(0)
    rows, cols, values = _unique_edges(rows.astype(np.int64), cols.astype(np.int64), values, m)
    mentor = np.full(n, -1, np.int64)
    fit = np.zeros(n, np.float64)
    if len(rows):
        mentor, fit = _solve(rows, cols, values, problem.capacity, n, m)
    return Assignment(
        mentor=mentor, fit=fit, seconds=time.perf_counter() - started, candidate_edges=len(rows)
    )


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
