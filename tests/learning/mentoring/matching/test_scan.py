"""The indexed candidate scan finds exactly what scoring every pair finds: the
same candidates (mentee, mentor, fit), the same greedy choices, and therefore
the same optimum; on random problems with many ties in fit, several groups,
mentors who are also mentees, forbidden reporting-line pairs, mentors without
room and a minimum fit."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from learning.mentoring.matching import exhaustive, matching, scan
from learning.mentoring.matching.matching import AreaWish, MenteeInput, MentorInput, Weights

KEYS = [f"competency:{i}" for i in range(6)] + [f"tag:{i}" for i in range(20)]
# Competencies are popular, so that many mentors share a mentee's features.
POPULARITY = np.r_[np.full(6, 5.0), np.ones(20)] / 50.0
LANGUAGES = ["da", "en", "ar"]
PLACES = [f"place-{i}" for i in range(12)]
AREAS = [f"area-{i}" for i in range(5)]


def random_problem(
    mentees: int, mentors: int, groups: int, seed: int, min_fit: float = 0.0
) -> matching.Problem:
    """Whole years of experience and few places and areas: many exact ties."""
    rng = np.random.default_rng(seed)

    def some(values: list[str], size: int, p: np.ndarray | None = None) -> list[str]:
        return [str(v) for v in rng.choice(values, size=size, replace=False, p=p)]

    mentor_list = [
        MentorInput(
            strengths=some(KEYS, int(rng.integers(0, 7)), POPULARITY),
            languages=["da"] + (["en"] if rng.random() < 0.4 else []),
            location=str(rng.choice(PLACES)) if rng.random() < 0.9 else None,
            areas=some(AREAS, int(rng.integers(0, 3))),
            experience_years=float(rng.integers(0, 20)),
            capacity=int(rng.integers(0, 3)),
            group=int(rng.integers(groups)),
            # Some mentors are also mentees: never paired with themselves.
            person=int(rng.integers(mentees)) if rng.random() < 0.05 else 10**6 + j,
        )
        for j in range(mentors)
    ]
    mentee_list = [
        MenteeInput(
            focus=some(KEYS, int(rng.integers(0, 5)), POPULARITY),
            language=str(rng.choice(LANGUAGES)) if rng.random() < 0.95 else None,
            location=str(rng.choice(PLACES)) if rng.random() < 0.9 else None,
            area=str(rng.choice(AREAS)) if rng.random() < 0.9 else None,
            area_wish=AreaWish(int(rng.integers(3))),
            group=int(rng.integers(groups)),
            person=i,
        )
        for i in range(mentees)
    ]
    forbidden = [
        (int(i), int(j))
        for i, j in zip(
            rng.integers(mentees, size=3 * mentees),
            rng.integers(mentors, size=3 * mentees),
            strict=True,
        )
    ]
    weights = Weights(*(float(w) for w in rng.choice([0.0, 1.0, 2.0, 4.0], size=5)))
    if not any(weights.__dict__.values()):
        weights = Weights()
    return matching.build_problem(mentee_list, mentor_list, weights, forbidden, min_fit)


def edges(found: scan.Scan) -> list[tuple[int, int, float]]:
    return sorted(zip(found.rows.tolist(), found.cols.tolist(), found.fits.tolist(), strict=True))


def assert_same_scan(problem: matching.Problem, k: int, seed: int = 0) -> None:
    reference = exhaustive.exhaustive(problem, k, seed)
    indexed = scan.indexed(problem, k, seed, index_from=0)
    assert edges(indexed) == edges(reference)
    assert indexed.greedy_mentor.tolist() == reference.greedy_mentor.tolist()
    assert indexed.greedy_fit.tolist() == reference.greedy_fit.tolist()


@pytest.mark.parametrize(
    ("mentees", "mentors", "groups", "seed", "min_fit"),
    [
        (300, 3000, 1, 1, 0.0),
        (400, 2000, 1, 2, 0.0),
        (300, 3000, 3, 3, 0.0),
        (200, 2500, 1, 4, 0.45),
        (500, 1500, 2, 5, 0.2),
    ],
)
def test_the_indexed_scan_finds_what_scoring_every_pair_finds(
    mentees: int, mentors: int, groups: int, seed: int, min_fit: float
) -> None:
    problem = random_problem(mentees, mentors, groups, seed, min_fit)
    assert_same_scan(problem, k=16, seed=seed)
    assert_same_scan(problem, k=3, seed=seed + 1)


def test_the_indexed_scan_scores_fewer_pairs_than_every_pair(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    problem = random_problem(400, 4000, 1, 6)
    scored = 0
    real_block = scan.block

    def counting_block(*args: Any, **kwargs: Any) -> np.ndarray:
        nonlocal scored
        cells = real_block(*args, **kwargs)
        scored += cells.size
        return cells

    monkeypatch.setattr(scan, "block", counting_block)
    scan.indexed(problem, 16, index_from=0)
    assert scored < 0.6 * 400 * 4000


def test_the_optimiser_reaches_the_same_total_fit_from_either_scan() -> None:
    problem = random_problem(300, 1200, 2, 7)
    best = matching.optimise(problem, k=8)
    edges = matching.candidate_edges(exhaustive.exhaustive(problem, 8), problem.size[1])
    mentor, fit = matching._solve(*edges, problem.capacity, *problem.size)
    assert best.total_fit == pytest.approx(float(fit[mentor >= 0].sum()), abs=1e-9)
    assert best.mentor.tolist() == mentor.tolist()


@st.composite
def small_problems(draw: st.DrawFn) -> matching.Problem:
    n, m = draw(st.integers(0, 12)), draw(st.integers(0, 30))
    groups = draw(st.integers(1, 2))
    keys = KEYS[:4]
    mentees = [
        MenteeInput(
            focus=draw(st.lists(st.sampled_from(keys), max_size=3)),
            language=draw(st.sampled_from(["da", "en", None])),
            location=draw(st.sampled_from(PLACES[:3] + [None])),
            area=draw(st.sampled_from(AREAS[:2] + [None])),
            area_wish=draw(st.sampled_from(list(AreaWish))),
            group=draw(st.integers(0, groups - 1)),
            person=i,
        )
        for i in range(n)
    ]
    mentors = [
        MentorInput(
            strengths=draw(st.lists(st.sampled_from(keys), max_size=3)),
            languages=draw(st.lists(st.sampled_from(["da", "en"]), max_size=2)),
            location=draw(st.sampled_from(PLACES[:3] + [None])),
            areas=draw(st.lists(st.sampled_from(AREAS[:2]), max_size=2)),
            experience_years=float(draw(st.integers(0, 3))),
            capacity=draw(st.integers(0, 2)),
            group=draw(st.integers(0, groups - 1)),
            person=draw(st.sampled_from([j, 100 + j])),
        )
        for j in range(m)
    ]
    forbidden = draw(
        st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, m - 1)), max_size=10)
        if n and m
        else st.just([])
    )
    focus, experience, language, location = (float(draw(st.integers(0, 3))) for _ in range(4))
    weights = Weights(focus, experience, language, location, area=1.0)
    return matching.build_problem(
        mentees, mentors, weights, forbidden, draw(st.sampled_from([0.0, 0.3]))
    )


@pytest.mark.slow
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(problem=small_problems(), k=st.integers(1, 5), seed=st.integers(0, 3))
def test_on_small_problems_too(problem: matching.Problem, k: int, seed: int) -> None:
    assert_same_scan(problem, k, seed)
