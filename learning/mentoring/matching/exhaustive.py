"""The reference candidate scan: every allowed pair scored, block by block, as
the optimiser did before ``scan.indexed``. Tests and ``bench/matching.py``
check that the indexed scan finds exactly the same candidates and greedy
choices (``scan.py`` defines them)."""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from learning.mentoring.matching.problem import FloatArray, IntArray, Problem
from learning.mentoring.matching.scan import (
    BLOCK_CELLS,
    JITTER,
    MARGIN,
    Scan,
    block,
    groups,
    sorted_forbidden,
    top_by_key,
)


def exhaustive(problem: Problem, k: int, seed: int = 0) -> Scan:
    """The reference: every allowed pair scored, block by block, and greedy on
    the blocks themselves."""
    n, k = problem.size[0], max(1, k)
    forbidden = sorted_forbidden(problem)
    found: list[tuple[IntArray, IntArray, FloatArray]] = []
    chosen, chosen_fit = np.full(n, -1, np.int64), np.zeros(n, np.float64)
    remaining = problem.capacity.copy()
    floor = np.float32(problem.min_fit)
    for mentees, mentors in groups(problem):
        w = len(mentors)
        step = max(1, min(len(mentees), BLOCK_CELLS // w))
        for s in range(0, len(mentees), step):
            rows = mentees[s : s + step]
            cells = block(problem, rows, mentors, forbidden)
            allowed = np.where(cells >= floor, cells, np.float32(-np.inf))
            kth = np.full(len(rows), -np.inf, np.float32)
            if w >= k:
                kth = np.partition(allowed, w - k, axis=1)[:, w - k]
            near = (allowed > -np.inf) & (allowed >= kth[:, None] - np.float32(JITTER + MARGIN))
            r, c = np.nonzero(near)
            found.append(top_by_key(rows[r], mentors[c], cells[r, c], n, k, seed))
            _greedy_block(cells, rows, mentors, remaining, chosen, chosen_fit, floor)
    if not found:
        none = np.zeros(0, np.int64)
        return Scan(none, none, np.zeros(0), chosen, chosen_fit)
    rows, cols, fits = (np.concatenate(part) for part in zip(*found, strict=True))
    return Scan(rows.astype(np.int64), cols.astype(np.int64), fits, chosen, chosen_fit)


def _greedy_block(
    cells: NDArray[np.float32],
    rows: IntArray,
    mentors: IntArray,
    remaining: IntArray,
    chosen: IntArray,
    chosen_fit: FloatArray,
    floor: np.float32,
) -> None:
    """Each mentee of the block in order takes the best mentor with room."""
    cells[:, remaining[mentors] <= 0] = -np.inf
    for r in range(len(rows)):
        c = int(np.argmax(cells[r]))
        value = cells[r, c]
        if not np.isfinite(value) or value < floor:
            continue
        j = mentors[c]
        chosen[rows[r]] = j
        chosen_fit[rows[r]] = float(value)
        remaining[j] -= 1
        if remaining[j] == 0:
            cells[r + 1 :, c] = -np.inf
