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

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import IntEnum
from itertools import chain
from operator import attrgetter
from typing import Any

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
    """Arrays from plain inputs; ``forbidden`` holds (mentee index, mentor index).

    Column by column: the strings of all inputs are flattened once and each
    distinct string folded once. Feature columns are numbered by first
    appearance: the mentees' focus keys, then the other values (each mentor's
    languages, place and areas, then the mentees' languages, places, areas)."""
    w = weights.normalised()
    n, m = len(mentees), len(mentors)
    # Focus keys, in the mentees' order; a blank key has a column but is no feature.
    focus = _Flat([e.focus for e in mentees])
    focus_codes: dict[str, int] = {}
    code_of = {v: focus_codes.setdefault(_folded(v), len(focus_codes)) for v in focus.distinct}
    focus_columns = len(focus_codes)
    blank = focus_codes.get("", -1)
    owner, code = focus.owner, focus.codes(code_of)
    pairs = _distinct(owner[code != blank] * max(focus_columns, 1) + code[code != blank])
    focus_owner, focus_code = pairs // max(focus_columns, 1), pairs % max(focus_columns, 1)
    focus_count = np.bincount(focus_owner, minlength=n).astype(np.int64)

    strengths = _Flat([x.strengths for x in mentors])
    strength_code = strengths.codes(
        {v: focus_codes.get(_folded(v), -1) for v in strengths.distinct}
    )
    # The other values: a column per (kind, value folded), numbered by first appearance.
    languages, areas = _Flat([x.languages for x in mentors]), _Flat([x.areas for x in mentors])
    per_mentor = np.bincount(languages.owner, minlength=m) + np.bincount(areas.owner, minlength=m)
    stride = int(per_mentor.max(initial=0)) + 1
    late = m * stride  # the mentees' values come after every mentor's
    places = _Flat([[x.location] for x in mentors])
    spoken, lives, works = (
        _Flat([[getattr(e, name)] for e in mentees]) for name in ("language", "location", "area")
    )
    kinds = (
        ("lang", languages, languages.owner * stride + languages.local),
        ("place", places, places.owner * stride + np.bincount(languages.owner, minlength=m)),
        ("area", areas, areas.owner * stride + areas.local + 1 + _count_of(languages, areas)),
        ("lang", spoken, late + spoken.owner),
        ("place", lives, late + n + lives.owner),
        ("area", works, late + 2 * n + works.owner),
    )
    first: list[tuple[int, str, str | None]] = []
    for prefix, flat, position in kinds:
        ids, at = np.unique(flat.ids, return_index=True)
        first.extend(
            (int(position[a]), prefix, flat.distinct[int(i)])
            for i, a in zip(ids.tolist(), at.tolist(), strict=True)
        )
    other: dict[str, int] = {}
    column: dict[tuple[str, str | None], int] = {}
    for _, prefix, value in sorted(first, key=lambda f: f[0]):
        if (prefix, value) not in column:
            column[prefix, value] = (
                -1
                if value is None or not value.strip()
                else focus_columns + other.setdefault(_folded(f"{prefix}:{value}"), len(other))
            )
    width = focus_columns + len(other)

    def columns(prefix: str, flat: _Flat) -> IntArray:
        return flat.codes({v: column[prefix, v] for v in flat.distinct})

    owners = np.concatenate([strengths.owner, languages.owner, places.owner, areas.owner]).astype(
        np.int64
    )
    cols = np.concatenate(
        [
            strength_code,
            columns("lang", languages),
            columns("place", places),
            columns("area", areas),
        ]
    )
    keys = _distinct(owners[cols >= 0] * max(width, 1) + cols[cols >= 0])
    indptr = np.zeros(m + 1, np.int64)
    np.cumsum(np.bincount(keys // max(width, 1), minlength=m), out=indptr[1:])
    mentor_features = sp.csr_matrix(
        (np.ones(len(keys), np.float32), keys % max(width, 1), indptr), shape=(m, width)
    )

    language, location, area = (
        columns("lang", spoken),
        columns("place", lives),
        columns("area", works),
    )
    wish = np.fromiter((int(e.area_wish) for e in mentees), np.int8, n)
    same = (wish == int(AreaWish.SAME)) & (area >= 0)
    avoided = (wish == int(AreaWish.OTHER)) & (area >= 0)
    bias = np.where(same, 0.0, w.area)
    everyone = np.arange(n)
    rows = np.concatenate([focus_owner, everyone[language >= 0], everyone[location >= 0]])
    values = np.concatenate(
        [
            w.focus / focus_count[focus_owner],
            np.full(int((language >= 0).sum()), w.language),
            np.full(int((location >= 0).sum()), w.location),
        ]
    )
    mentee_features = sp.csr_matrix(
        (
            np.r_[
                values, np.full(int(same.sum()), w.area), np.full(int(avoided.sum()), -w.area)
            ].astype(np.float32),
            (
                np.r_[rows, everyone[same], everyone[avoided]],
                np.r_[
                    focus_code,
                    language[language >= 0],
                    location[location >= 0],
                    area[same],
                    area[avoided],
                ],
            ),
        ),
        shape=(n, width),
    )
    years = np.fromiter(map(attrgetter("experience_years"), mentors), np.float64, m)
    experience = np.fmax(years, 0.0).astype(np.float32)
    mentor_bias = (
        w.experience * np.minimum(experience, EXPERIENCE_CAP_YEARS) / EXPERIENCE_CAP_YEARS
    ).astype(np.float32)
    pairs = np.array(list(forbidden), np.int64).reshape(-1, 2)
    return Problem(
        mentee_features=mentee_features,
        mentor_features=mentor_features,
        mentee_bias=bias.astype(np.float32),
        mentor_bias=mentor_bias,
        capacity=np.maximum(_ints(mentors, "capacity"), 0),
        mentee_group=_ints(mentees, "group"),
        mentor_group=_ints(mentors, "group"),
        mentee_person=_ints(mentees, "person"),
        mentor_person=_ints(mentors, "person"),
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


def _folded(value: str | None) -> str:
    return (value or "").strip().casefold()


def _distinct(keys: IntArray) -> IntArray:
    """The sorted distinct keys (a sort, not ``np.unique``'s hash table)."""
    keys = np.sort(keys)
    fresh = np.ones(len(keys), bool)
    fresh[1:] = keys[1:] != keys[:-1]
    return keys[fresh]


def _ints(items: Sequence[object], name: str) -> IntArray:
    return np.fromiter(map(attrgetter(name), items), np.int64, len(items))


class _Flat:
    """Lists of values, one per input, flattened: which input (``owner``), the
    place in its list (``local``) and an id per distinct value."""

    def __init__(self, lists: Sequence[Sequence[str | None]]) -> None:
        lengths = np.fromiter(map(len, lists), np.int64, len(lists))
        values = list(chain.from_iterable(lists))
        index = {v: i for i, v in enumerate(dict.fromkeys(values))}
        self.distinct: list[str | None] = list(index)
        self.ids = np.fromiter(map(index.__getitem__, values), np.int64, len(values))
        self.owner = np.repeat(np.arange(len(lists)), lengths)
        starts = np.cumsum(lengths) - lengths
        self.local = np.arange(len(values)) - np.repeat(starts, lengths)

    def codes(self, code_of: Mapping[Any, int]) -> IntArray:
        """Each value's code, from a code per distinct value."""
        table = np.fromiter(map(code_of.__getitem__, self.distinct), np.int64, len(self.distinct))
        return table[self.ids]


def _count_of(before: _Flat, flat: _Flat) -> IntArray:
    """For each value of ``flat``, how many values its owner has in ``before``."""
    return np.bincount(before.owner, minlength=int(flat.owner.max(initial=-1)) + 1)[flat.owner]


def dense_columns(matrix: sp.csr_matrix, rows: IntArray) -> NDArray[np.float32]:
    """``matrix[rows].toarray().T`` (a canonical CSR matrix: no repeated entries)."""
    start = matrix.indptr[rows].astype(np.int64)
    length = matrix.indptr[rows + 1] - start
    at = np.repeat(start - np.cumsum(length) + length, length) + np.arange(int(length.sum()))
    out = np.zeros((matrix.shape[1], len(rows)), np.float32)
    out[matrix.indices[at], np.repeat(np.arange(len(rows)), length)] = matrix.data[at]
    return out


def take_rows(matrix: sp.csr_matrix, rows: IntArray) -> sp.csr_matrix:
    """``matrix[rows]`` for a CSR matrix, without scipy's checks (same entries, same order)."""
    start = matrix.indptr[rows].astype(np.int64)
    length = matrix.indptr[rows + 1] - start
    indptr = np.zeros(len(rows) + 1, np.int64)
    np.cumsum(length, out=indptr[1:])
    take = np.repeat(start - indptr[:-1], length) + np.arange(indptr[-1])
    return sp.csr_matrix(
        (matrix.data[take], matrix.indices[take], indptr), shape=(len(rows), matrix.shape[1])
    )
