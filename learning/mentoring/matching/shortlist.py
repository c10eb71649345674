"""A new leader's shortlist of mentors: the ranking, pure computation.

The shortlist picks by the same fit as a matching run, with a penalty for
mentors already busy or asked, and a fixed per-leader shuffle among mentors
of nearly equal fit, so that the same few mentors are not shown to everyone;
those picked are shown best fit first. ``service.py`` reads the rows and
keeps the requests.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

MAX_SHORTLIST = 10
# How much a full mentor loses, and the width of the shuffle.
LOAD_PENALTY = 0.5
SHUFFLE = 0.05


@dataclass(frozen=True)
class Candidate:
    profile_id: int
    mentor_id: int
    fit: float
    score: float
    explanation: dict[str, Any]


GOLDEN = (5**0.5 - 1) / 2


def shuffle(mentee_id: int, mentor_ids: list[int]) -> NDArray[np.float64]:
    """A fixed offset in [0, SHUFFLE) per (mentee, mentor).

    Each mentor gets a place on a circle (evenly spaced, ordered by a hash of
    its id) and each mentee a
    starting point (its id times the golden ratio, so that leaders of a
    cohort start far apart); the offset is the distance round the circle.
    Among mentors of nearly equal fit a leader thus sees the ones just after
    their own starting point: the same list on every visit, and different
    lists for leaders with equal needs, spread evenly over the mentors.
    """
    hashes = [
        int.from_bytes(hashlib.blake2b(str(m).encode(), digest_size=4).digest(), "big")
        for m in mentor_ids
    ]
    # Evenly spaced, not at the hash itself: hashes cluster, and a cluster of
    # equal mentors would all be shown to the same few leaders.
    places = np.empty(len(mentor_ids), np.float64)
    places[np.argsort(np.array(hashes, np.uint64), kind="stable")] = np.arange(len(mentor_ids))
    places /= max(len(mentor_ids), 1)
    start = (mentee_id * GOLDEN) % 1.0
    return ((places + start) % 1.0) * SHUFFLE


def scores(
    fit: NDArray[np.float64], load: NDArray[np.float64], mentee_id: int, mentor_ids: list[int]
) -> tuple[NDArray[np.int64], NDArray[np.float64]]:
    """The mentors a leader may ask for (those of finite fit), best score first,
    and every mentor's score: a full mentor keeps half its fit; the shuffle
    reorders near-equals only."""
    allowed = np.flatnonzero(np.isfinite(fit))
    finite = np.where(np.isfinite(fit), fit, 0.0)
    score = finite * (1 - LOAD_PENALTY * np.minimum(load, 1.0)) + shuffle(mentee_id, mentor_ids)
    return allowed[np.argsort(-score[allowed], kind="stable")], score
