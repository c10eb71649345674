"""The candidate scan: for each mentee the ``k`` best mentors and the greedy
baseline's choice, found without scoring every allowed pair.

What is found is defined by the whole problem, and ``exhaustive.py`` computes
it by scoring every pair (the reference; tests and the bench compare the two):

- the candidates of a mentee are its ``k`` allowed mentors (same group, not
  the same person, not a forbidden pair, room, fit >= ``min_fit``) of highest
  key, fit plus a fixed jitter below ``JITTER`` drawn from a hash of (seed,
  mentee, mentor), ties by mentor index; the jitter spreads equally good
  mentors over mentees;
- the greedy baseline takes mentees in order, each the first mentor of highest
  fit that still has room.

``indexed`` scores a mentee only against the mentors that share one of its
features (the mentor lists per feature column are the index): first its place
and its rarest feature, then, knowing a lower bound on its ``k``-th best fit,
as many of its rarer features as it takes for every mentor outside them to be
provably below it (an upper bound: the mentee's bias, the group's best mentor
bias, the weights of the features not indexed). A mentee that cannot be
bounded so, and a small group, is scored against every mentor. What is kept
of a mentee is every allowed mentor within ``JITTER`` of its ``k``-th best
fit; greedy takes the first of them (by fit, then mentor) with room, and only
when none has room scores the mentee's whole row.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from numpy.typing import NDArray

from learning.mentoring.matching.problem import (
    FloatArray,
    IntArray,
    Problem,
    dense_columns,
    take_rows,
)

# Ties in fit are broken by noise far below any real difference in fit.
JITTER = 1e-4
# Rounding of a float32 fit in [0, 1], generously.
MARGIN = 1e-5
# Fits in one block (mentees x mentors), ~32 MB of float32.
BLOCK_CELLS = 8_000_000
# Groups with fewer allowed pairs than this are scored whole.
INDEX_FROM_CELLS = 4_000_000


Pairs = tuple[IntArray, IntArray]


@dataclass
class Scan:
    rows: IntArray  # candidate edges, by mentee
    cols: IntArray
    fits: FloatArray
    greedy_mentor: IntArray  # -1: unmatched
    greedy_fit: FloatArray


def jitter(rows: IntArray, cols: IntArray, seed: int) -> NDArray[np.float32]:
    """A fixed value in [0, JITTER) per (mentee, mentor): splitmix64 of the pair."""
    x = rows.astype(np.uint64) * np.uint64(0x9E3779B97F4A7C15)
    x += cols.astype(np.uint64) * np.uint64(0xC2B2AE3D27D4EB4F)
    x += np.uint64((seed * 0x165667B1) & 0xFFFFFFFF)
    x ^= x >> np.uint64(30)
    x *= np.uint64(0xBF58476D1CE4E5B9)
    x ^= x >> np.uint64(27)
    x *= np.uint64(0x94D049BB133111EB)
    x ^= x >> np.uint64(31)
    return (x >> np.uint64(40)).astype(np.float32) * np.float32(JITTER / 2**24)


def sorted_forbidden(problem: Problem) -> Pairs:
    """The forbidden pairs and the pairs of the same person, sorted by mentee."""
    by_person = np.argsort(problem.mentor_person, kind="stable")
    persons = problem.mentor_person[by_person]
    lo = np.searchsorted(persons, problem.mentee_person, side="left")
    count = np.searchsorted(persons, problem.mentee_person, side="right") - lo
    at = np.repeat(lo - np.cumsum(count) + count, count) + np.arange(int(count.sum()))
    mentees = np.concatenate([problem.forbidden[0], np.repeat(np.arange(len(count)), count)])
    mentors = np.concatenate([problem.forbidden[1], by_person[at]])
    order = np.argsort(mentees, kind="stable")
    return mentees[order].astype(np.int64), mentors[order].astype(np.int64)


def block(
    problem: Problem,
    rows: IntArray,
    mentors: IntArray,
    forbidden: Pairs,
    phi: sp.csr_matrix | None = None,
) -> NDArray[np.float32]:
    """Fits of the sorted ``rows`` x sorted ``mentors``, -inf where a hard rule
    forbids the pair (another group; ``forbidden``, from ``sorted_forbidden``).
    Each cell is computed alone: the same in any block. ``phi``: the mentors'
    feature rows, when the caller has them."""
    if phi is None:
        phi = take_rows(problem.mentor_features, mentors)
    psi = dense_columns(problem.mentee_features, rows)
    product = np.asarray(phi @ psi, dtype=np.float32)
    out = np.empty((len(rows), len(mentors)), np.float32)
    np.add(product.T, problem.mentee_bias[rows][:, None], out=out)
    out += problem.mentor_bias[mentors][None, :]
    groups = np.r_[problem.mentee_group[rows], problem.mentor_group[mentors]]
    if groups.min() != groups.max():
        other_group = problem.mentee_group[rows][:, None] != problem.mentor_group[mentors][None, :]
        out[other_group] = -np.inf
    # The forbidden pairs of these rows (``forbidden`` is sorted by mentee).
    lo = np.searchsorted(forbidden[0], rows, side="left")
    count = np.searchsorted(forbidden[0], rows, side="right") - lo
    if count.any():
        pair_rows = np.repeat(np.arange(len(rows)), count)
        at = np.repeat(lo - np.cumsum(count) + count, count) + np.arange(int(count.sum()))
        pair_cols = np.searchsorted(mentors, forbidden[1][at])
        ok = pair_cols < len(mentors)
        pair_rows, pair_cols = pair_rows[ok], pair_cols[ok]
        hit = mentors[pair_cols] == forbidden[1][at][ok]
        out[pair_rows[hit], pair_cols[hit]] = -np.inf
    return out


class _Found:
    """Scored entries (mentee, mentor, fit) within reach of the candidates, and
    per mentee a lower bound on its ``k``-th best fit."""

    def __init__(self, n: int, k: int) -> None:
        self.k = k
        self.rows: list[IntArray] = []
        self.cols: list[IntArray] = []
        self.fits: list[NDArray[np.float32]] = []
        self.lower = np.full(n, -np.inf, np.float32)

    def add(
        self, cells: NDArray[np.float32], rows: IntArray, mentors: IntArray, floor: float
    ) -> None:
        """Keeps of each row the allowed fits within ``JITTER`` of its ``k``-th
        best so far: all that can be a candidate (a key is fit plus jitter).

        Only a row's first block is partitioned; later blocks are first cut at
        the row's bound so far, and the ``k``-th best is taken among what is
        left: when fewer than ``k`` are left, the block's ``k``-th best is
        below the bound, which therefore stays as it was."""
        k, w = self.k, cells.shape[1]
        lower = self.lower[rows]
        fresh = np.flatnonzero(lower == -np.inf)
        if len(fresh) and w >= k:
            part = cells[fresh]
            part[part < np.float32(floor)] = -np.inf
            lower[fresh] = np.partition(part, w - k, axis=1)[:, w - k]
        theta = np.maximum(lower - np.float32(JITTER + MARGIN), np.float32(floor))
        r, col = np.nonzero(cells >= theta[:, None])
        fits = cells[r, col]
        count = np.bincount(r, minlength=len(rows))
        full = count >= k
        full[fresh] = False
        if full.any():
            at = np.flatnonzero(full[r])
            keyed = _key(r[at], fits[at], np.zeros(len(at), np.int64))
            assert keyed is not None  # a block's rows: far fewer than 2**31
            start = np.cumsum(count * full) - count * full
            kth = _decode(np.sort(keyed[0])[start[full] + k - 1], 0)[1]
            lower[full] = np.maximum(lower[full], kth)
            theta = np.maximum(lower - np.float32(JITTER + MARGIN), np.float32(floor))
            keep = fits >= theta[r]
            r, col, fits = r[keep], col[keep], fits[keep]
        self.lower[rows] = lower
        self.rows.append(rows[r])
        self.cols.append(mentors[col])
        self.fits.append(fits)

    def score(
        self,
        problem: Problem,
        rows: IntArray,
        mentors: IntArray,
        phi: sp.csr_matrix | None,
        forbidden: Pairs,
    ) -> None:
        if not len(rows) or not len(mentors):
            return
        if phi is None:
            phi = take_rows(problem.mentor_features, mentors)
        step = max(1, min(len(rows), BLOCK_CELLS // len(mentors)))
        for s in range(0, len(rows), step):
            part = rows[s : s + step]
            cells = block(problem, part, mentors, forbidden, phi)
            self.add(cells, part, mentors, problem.min_fit)


def groups(problem: Problem) -> list[tuple[IntArray, IntArray]]:
    """(mentees, mentors with room) of each group that has both."""
    out = []
    for group in np.unique(problem.mentee_group):
        mentees = np.flatnonzero(problem.mentee_group == group)
        mentors = np.flatnonzero((problem.mentor_group == group) & (problem.capacity > 0))
        if len(mentors):
            out.append((mentees, mentors))
    return out


def _index(
    problem: Problem,
    found: _Found,
    mentees: IntArray,
    mentors: IntArray,
    forbidden: Pairs,
) -> None:
    """Scores ``mentees`` by feature (see the module text)."""
    postings = sp.csc_matrix(problem.mentor_features[mentors])
    postings.sort_indices()
    size = np.diff(postings.indptr)
    psi = problem.mentee_features[mentees]
    owner = np.repeat(np.arange(len(mentees)), np.diff(psi.indptr))
    col, val = psi.indices.astype(np.int64), psi.data.astype(np.float64)
    positive = val > 0
    owner, col, val = owner[positive], col[positive], val[positive]
    # Each mentee's positive features: its place first (few mentors), then rarest first.
    is_place = problem.location_match[mentees][owner] == col
    order = np.lexsort((col, size[col], ~is_place, owner))
    owner, col, val = owner[order], col[order], val[order]
    first = np.searchsorted(owner, np.arange(len(mentees)))
    rank = np.arange(len(owner)) - first[owner]
    done = np.zeros(len(owner), bool)
    phis: dict[int, tuple[IntArray, sp.csr_matrix]] = {}

    def score(chosen: NDArray[np.bool_]) -> None:
        for c in np.unique(col[chosen]).tolist():
            if c not in phis:
                them = mentors[postings.indices[postings.indptr[c] : postings.indptr[c + 1]]]
                phis[c] = them, take_rows(problem.mentor_features, them)
            who = mentees[np.sort(owner[chosen & (col == c)])]
            found.score(problem, who, *phis[c], forbidden)
        done[chosen] = True

    # Each mentee's first feature (its place: few mentors) gives the bound that
    # cuts the blocks of its second.
    score(rank == 0)
    score(rank == 1)
    # A mentor sharing none of a mentee's features of rank <= r has at most this fit.
    total = np.bincount(owner, weights=val, minlength=len(mentees))
    running = np.cumsum(val)
    prefix = running - running[first[owner]] + val[first[owner]]
    top = float(problem.mentor_bias[mentors].max())
    bound = problem.mentee_bias[mentees].astype(np.float64)[owner] + top + total[owner] - prefix
    bound += MARGIN
    enough = bound + JITTER + MARGIN < found.lower[mentees][owner]
    none = np.iinfo(np.int64).max
    need = np.full(len(mentees), none)
    np.minimum.at(need, owner[enough], rank[enough])
    covered = need < none
    score((rank <= need[owner]) & covered[owner] & ~done)
    found.score(problem, mentees[~covered], mentors, None, forbidden)


def _key(rows: IntArray, fits: NDArray[np.float32], cols: IntArray) -> tuple[IntArray, int] | None:
    """One integer per entry that orders by mentee, fit descending, mentor, and
    the mentor's bits; None when it does not fit in 63 bits."""
    fits = fits + np.float32(0.0)  # -0.0 as 0.0
    bits = fits.view(np.int32).astype(np.int64)
    descending = 0x7FFFFFFF - np.where(bits >= 0, bits, bits ^ 0x7FFFFFFF)
    row_bits = int(rows.max(initial=0)).bit_length()
    col_bits = int(cols.max(initial=0)).bit_length()
    if row_bits + 32 + col_bits > 63:
        return None
    return (rows << (32 + col_bits)) | (descending << col_bits) | cols, col_bits


def _decode(keys: IntArray, col_bits: int) -> tuple[IntArray, NDArray[np.float32], IntArray]:
    """(mentee, fit, mentor) of ``_key``'s integers."""
    t = 0x7FFFFFFF - ((keys >> col_bits) & 0xFFFFFFFF)
    fits = np.where(t >= 0, t, t ^ 0x7FFFFFFF).astype(np.int32).view(np.float32)
    return keys >> (32 + col_bits), fits, keys & ((1 << col_bits) - 1)


def _order(rows: IntArray, fits: NDArray[np.float32], cols: IntArray) -> IntArray:
    """Order by mentee, fit descending, mentor: one integer sort when it fits in 63 bits."""
    keyed = _key(rows, fits, cols)
    if keyed is None:
        return np.lexsort((cols, -fits, rows))
    return np.argsort(keyed[0])


def _finish(problem: Problem, found: _Found, seed: int) -> Scan:
    n, k = problem.size[0], found.k
    if found.rows:
        rows = np.concatenate(found.rows).astype(np.int64)
        cols = np.concatenate(found.cols).astype(np.int64)
        fits = np.concatenate(found.fits)
    else:
        rows, cols, fits = np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.float32)
    # The bound is at most the k-th best: what is further below cannot be near it.
    keep = fits >= found.lower[rows] - np.float32(JITTER + MARGIN)
    rows, cols, fits = rows[keep], cols[keep], fits[keep]
    keyed = _key(rows, fits, cols)
    if keyed is None:
        order = np.lexsort((cols, -fits, rows))
        rows, cols, fits = rows[order], cols[order], fits[order]
        fresh = np.ones(len(rows), bool)
        fresh[1:] = (rows[1:] != rows[:-1]) | (cols[1:] != cols[:-1])
        rows, cols, fits = rows[fresh], cols[fresh], fits[fresh]
    else:  # a mentor scored twice (in two blocks) is one key
        keys = np.sort(keyed[0])
        fresh = np.ones(len(keys), bool)
        fresh[1:] = keys[1:] != keys[:-1]
        rows, fits, cols = _decode(keys[fresh], keyed[1])
    start = np.searchsorted(rows, np.arange(n + 1))
    full = np.diff(start) >= k
    kth = np.full(n, -np.inf, np.float32)
    kth[full] = fits[start[:-1][full] + k - 1]
    # Every allowed mentor of fit >= kth - JITTER is here (those not scored are
    # below it): the candidates, and greedy's choice whenever one has room.
    near = fits >= kth[rows] - np.float32(JITTER + MARGIN)
    rows, cols, fits = rows[near], cols[near], fits[near]
    c_rows, c_cols, c_fits = top_by_key(rows, cols, fits, n, k, seed)
    mentor, fit = _greedy(problem, rows, cols, fits, full)
    return Scan(c_rows, c_cols, c_fits, mentor, fit)


def top_by_key(
    rows: IntArray, cols: IntArray, fits: NDArray[np.float32], n: int, k: int, seed: int
) -> tuple[IntArray, IntArray, FloatArray]:
    order = _order(rows, fits + jitter(rows, cols, seed), cols)
    rows, cols, fits = rows[order], cols[order], fits[order]
    rank = np.arange(len(rows)) - np.searchsorted(rows, np.arange(n))[rows]
    top = rank < k
    return rows[top], cols[top], fits[top].astype(np.float64)


def _greedy(
    problem: Problem,
    rows: IntArray,
    cols: IntArray,
    fits: NDArray[np.float32],
    partial: NDArray[np.bool_],
) -> tuple[IntArray, FloatArray]:
    """Mentees in order, each the first best mentor with room: from its list
    (by fit, then mentor) when one there has room, else from its whole row
    when the list is ``partial``."""
    n, _m = problem.size
    remaining, left = problem.capacity.tolist(), problem.capacity.copy()
    chosen, chosen_fit = np.full(n, -1, np.int64), np.zeros(n, np.float64)
    floor = np.float32(problem.min_fit)
    start = np.searchsorted(rows, np.arange(n + 1)).tolist()
    listed, values, more = cols.tolist(), fits.astype(np.float64).tolist(), partial.tolist()
    mentors_of: dict[int, tuple[IntArray, sp.csr_matrix]] = {}
    forbidden = sorted_forbidden(problem)
    for i in range(n):
        pick, value = -1, 0.0
        for t in range(start[i], start[i + 1]):
            if remaining[listed[t]] > 0:
                pick, value = listed[t], values[t]
                break
        if pick < 0:
            if not more[i]:
                continue
            group = int(problem.mentee_group[i])
            if group not in mentors_of:
                them = np.flatnonzero((problem.mentor_group == group) & (problem.capacity > 0))
                mentors_of[group] = them, take_rows(problem.mentor_features, them)
            mentors, phi = mentors_of[group]
            row = block(problem, np.array([i]), mentors, forbidden, phi)[0]
            row[left[mentors] <= 0] = -np.inf
            c = int(np.argmax(row))
            if not np.isfinite(row[c]) or row[c] < floor:
                continue
            pick, value = int(mentors[c]), float(row[c])
        chosen[i], chosen_fit[i] = pick, value
        remaining[pick] -= 1
        left[pick] -= 1
    return chosen, chosen_fit


def indexed(problem: Problem, k: int, seed: int = 0, index_from: int = INDEX_FROM_CELLS) -> Scan:
    """The candidates and greedy's choices, scoring mostly mentors that share a feature."""
    found = _Found(problem.size[0], max(1, k))
    forbidden = sorted_forbidden(problem)
    for mentees, mentors in groups(problem):
        if len(mentees) * len(mentors) < index_from:
            found.score(problem, mentees, mentors, None, forbidden)
        else:
            _index(problem, found, mentees, mentors, forbidden)
    return _finish(problem, found, seed)
