"""The matching problem as arrays: what ``matching.py`` optimises, no database.

Fit of a mentee ``i`` and a mentor ``j`` is a weighted sum, in [0, 1], of
- focus: the share of the mentee's focus areas among the mentor's strengths;
- experience: the mentor's years as a leader, capped at ``EXPERIENCE_CAP_YEARS``;
- language: the mentor speaks the mentee's language;
- location: the same location;
- area: the mentee's wish about the area of work (the same, deliberately
  another one, or either).
Every term is linear in one-hot features, so a block of fits is one sparse
product ``Phi @ Psi.T`` plus a bias per row and per column.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import IntEnum

import numpy as np
import scipy.sparse as sp
from numpy.typing import NDArray

EXPERIENCE_CAP_YEARS = 15.0

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]


class AreaWish(IntEnum):
    ANY = 0
    SAME = 1
    OTHER = 2


@dataclass(frozen=True)
class Weights:
    """How much each part of the fit counts; normalised to sum to 1."""

    focus: float = 4.0
    experience: float = 1.0
    language: float = 2.0
    location: float = 1.0
    area: float = 1.0

    def normalised(self) -> Weights:
        values = (self.focus, self.experience, self.language, self.location, self.area)
        if any(v < 0 or not np.isfinite(v) for v in values) or sum(values) <= 0:
            raise ValueError("weights must be non-negative and not all zero")
        total = float(sum(values))
        return Weights(*(v / total for v in values))


class Vocabulary:
    """Stable integer codes for strings (focus keys, languages, places, areas)."""

    def __init__(self) -> None:
        self.codes: dict[str, int] = {}
        self._seen: dict[str, int] = {}  # as given -> code: most values repeat

    def code(self, value: str) -> int:
        found = self._seen.get(value)
        if found is None:
            key = value.strip().casefold()
            found = self.codes.get(key)
            if found is None:
                found = self.codes[key] = len(self.codes)
            self._seen[value] = found
        return found

    def __len__(self) -> int:
        return len(self.codes)


@dataclass(frozen=True)
class MenteeInput:
    focus: Sequence[str]
    language: str | None
    location: str | None
    area: str | None
    area_wish: AreaWish
    group: int
    person: int
    unit: int | None = None


@dataclass(frozen=True)
class MentorInput:
    strengths: Sequence[str]
    languages: Sequence[str]
    location: str | None
    areas: Sequence[str]
    experience_years: float
    capacity: int
    group: int
    person: int
    unit: int | None = None


@dataclass
class Problem:
    """Everything the optimiser reads, as arrays (n mentees, m mentors, d features)."""

    mentee_features: sp.csr_matrix  # (n, d) weighted: fit = Psi_i . Phi_j + biases
    mentor_features: sp.csr_matrix  # (m, d) 0/1
    mentee_bias: NDArray[np.float32]  # (n,)
    mentor_bias: NDArray[np.float32]  # (m,)
    capacity: IntArray  # (m,)
    mentee_group: IntArray
    mentor_group: IntArray
    mentee_person: IntArray
    mentor_person: IntArray
    forbidden: tuple[IntArray, IntArray]  # (mentee index, mentor index) pairs
    weights: Weights
    # For explanations only.
    focus_count: IntArray  # (n,)
    focus_columns: int  # the first columns of the features are the focus keys
    mentee_unit: IntArray
    mentor_unit: IntArray
    mentee_area_wish: NDArray[np.int8]
    mentor_experience: NDArray[np.float32]
    language_match: NDArray[np.int64]  # feature column of each mentee's language, -1
    location_match: NDArray[np.int64]
    area_match: NDArray[np.int64]
    min_fit: float = 0.0

    @property
    def size(self) -> tuple[int, int]:
        return self.mentee_features.shape[0], self.mentor_features.shape[0]


def build_problem(
    mentees: Sequence[MenteeInput],
    mentors: Sequence[MentorInput],
    weights: Weights,
    forbidden: Iterable[tuple[int, int]] = (),
    min_fit: float = 0.0,
) -> Problem:
    """Arrays from plain inputs; ``forbidden`` holds (mentee index, mentor index)."""
    w = weights.normalised()
    focus_vocabulary, other = Vocabulary(), Vocabulary()
    for mentee in mentees:
        for key in mentee.focus:
            focus_vocabulary.code(key)
    folded: dict[str, int] = {}  # a strength as given -> its focus code, -1 if none

    def strength(key: str) -> int:
        code = folded.get(key)
        if code is None:
            code = folded[key] = focus_vocabulary.codes.get(key.strip().casefold(), -1)
        return code

    strength_codes = [
        sorted({c for c in map(strength, mentor.strengths) if c >= 0}) for mentor in mentors
    ]
    focus_columns = len(focus_vocabulary)
    columns_of: dict[tuple[str, str | None], int] = {}

    def column(prefix: str, value: str | None) -> int:
        found = columns_of.get((prefix, value))
        if found is None:
            if value is None or not value.strip():
                found = -1
            else:
                found = focus_columns + other.code(f"{prefix}:{value}")
            columns_of[prefix, value] = found
        return found

    mentor_rows: list[list[int]] = []
    for mentor, strengths in zip(mentors, strength_codes, strict=True):
        columns = set(strengths)
        columns.update(column("lang", v) for v in mentor.languages)
        columns.add(column("place", mentor.location))
        columns.update(column("area", v) for v in mentor.areas)
        columns.discard(-1)
        mentor_rows.append(sorted(columns))

    n, m = len(mentees), len(mentors)
    focus_count = np.array([len(set(_fold(mentee.focus))) for mentee in mentees], np.int64)
    language = np.array([column("lang", e.language) for e in mentees], np.int64)
    location = np.array([column("place", e.location) for e in mentees], np.int64)
    area = np.array([column("area", e.area) for e in mentees], np.int64)
    wish = np.array([int(e.area_wish) for e in mentees], np.int8)
    width = focus_columns + len(other)

    rows: list[int] = []
    cols: list[int] = []
    values: list[float] = []
    bias = [0.0] * n
    any_area, same_area = int(AreaWish.ANY), int(AreaWish.SAME)
    per_mentee = zip(
        mentees, language.tolist(), location.tolist(), area.tolist(), wish.tolist(), strict=True
    )
    for i, (mentee, spoken, place, own_area, wished) in enumerate(per_mentee):
        codes = sorted({focus_vocabulary.code(k) for k in mentee.focus if k.strip()})
        for code in codes:
            rows.append(i)
            cols.append(code)
            values.append(w.focus / len(codes))
        if spoken >= 0:
            rows.append(i)
            cols.append(spoken)
            values.append(w.language)
        if place >= 0:
            rows.append(i)
            cols.append(place)
            values.append(w.location)
        if wished == any_area or own_area < 0:
            bias[i] = w.area
        elif wished == same_area:
            rows.append(i)
            cols.append(own_area)
            values.append(w.area)
        else:  # another area than their own: credit unless the mentor works in it
            bias[i] = w.area
            rows.append(i)
            cols.append(own_area)
            values.append(-w.area)
    mentee_features = sp.csr_matrix(
        (np.array(values, np.float32), (np.array(rows, np.int64), np.array(cols, np.int64))),
        shape=(n, width),
    )
    indptr = np.zeros(m + 1, np.int64)
    indptr[1:] = np.cumsum([len(r) for r in mentor_rows])
    indices = np.array([c for r in mentor_rows for c in r], np.int64)
    mentor_features = sp.csr_matrix(
        (np.ones(len(indices), np.float32), indices, indptr), shape=(m, width)
    )
    experience = np.array([max(0.0, x.experience_years) for x in mentors], np.float32)
    mentor_bias = (
        w.experience * np.minimum(experience, EXPERIENCE_CAP_YEARS) / EXPERIENCE_CAP_YEARS
    ).astype(np.float32)
    pairs = np.array(list(forbidden), np.int64).reshape(-1, 2)
    return Problem(
        mentee_features=mentee_features,
        mentor_features=mentor_features,
        mentee_bias=np.array(bias, np.float32),
        mentor_bias=mentor_bias,
        capacity=np.array([max(0, x.capacity) for x in mentors], np.int64),
        mentee_group=np.array([e.group for e in mentees], np.int64),
        mentor_group=np.array([x.group for x in mentors], np.int64),
        mentee_person=np.array([e.person for e in mentees], np.int64),
        mentor_person=np.array([x.person for x in mentors], np.int64),
        forbidden=(pairs[:, 0].copy(), pairs[:, 1].copy()),
        weights=w,
        focus_count=focus_count,
        focus_columns=focus_columns,
        mentee_unit=np.array([-1 if e.unit is None else e.unit for e in mentees], np.int64),
        mentor_unit=np.array([-1 if x.unit is None else x.unit for x in mentors], np.int64),
        mentee_area_wish=wish,
        mentor_experience=experience,
        language_match=language,
        location_match=location,
        area_match=area,
        min_fit=min_fit,
    )


def _fold(keys: Iterable[str]) -> list[str]:
    return [k.strip().casefold() for k in keys if k.strip()]
