"""The linear attacker's own rank tests (numpy), independent of the code
under test: from which figures (each the sum over a set of unknowns) an
unknown, or a pair's difference, can be solved."""

from __future__ import annotations

from typing import Any

import numpy as np


def determined(rows: list[set[Any]], unknowns: list[Any]) -> list[Any]:
    """The unknowns whose value follows from the sums over ``rows``."""
    if not rows:
        return []
    index = {u: i for i, u in enumerate(unknowns)}
    matrix = np.zeros((len(rows), len(unknowns)))
    for r, row in enumerate(rows):
        for unknown in row:
            matrix[r, index[unknown]] = 1.0
    rank = np.linalg.matrix_rank(matrix)
    found = []
    for unknown in unknowns:
        probe = np.zeros((1, len(unknowns)))
        probe[0, index[unknown]] = 1.0
        if np.linalg.matrix_rank(np.vstack([matrix, probe])) == rank:
            found.append(unknown)
    return found


def pair_determined(rows: list[set[int]], size: int, a: int, b: int) -> bool:
    """Whether some combination of the rows is supported on {a, b} only."""
    if not rows:
        return False
    matrix = np.array([[1.0 if i in row else 0.0 for i in range(size)] for row in rows])
    others = [i for i in range(size) if i not in (a, b)]
    # A combination w with w·M zero outside {a, b} but not on both: the null
    # space of M restricted to the others, mapped onto columns a and b.
    if others:
        _, values, vt = np.linalg.svd(matrix[:, others].T, full_matrices=True)
        rank = int((values > 1e-9).sum())
        null = vt[rank:]
    else:
        null = np.eye(len(rows))
    if len(null) == 0:
        return False
    reached = null @ matrix[:, [a, b]]
    return bool(np.any(np.abs(reached) > 1e-9))
