"""The optimiser on random instances: hard rules never broken, capacities
respected, total fit at least the greedy baseline's, and the optimum itself
when every pair is a candidate."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scipy.optimize import linear_sum_assignment

from backend.i18n import Locale
from learning.mentoring.matching import matching
from learning.mentoring.matching.explanations import explanation_text
from learning.mentoring.matching.matching import AreaWish, MenteeInput, MentorInput, Weights

KEYS = ["competency:1", "competency:2", "competency:3", "tag:feedback", "tag:strategi"]
LANGUAGES = ["da", "en", "ar"]
PLACES = ["Aarhus", "Odense", None]
AREAS = ["Børn", "Ældre", None]


@st.composite
def instances(draw: st.DrawFn) -> matching.Problem:
    n = draw(st.integers(0, 14))
    m = draw(st.integers(0, 10))
    groups = draw(st.integers(1, 3))
    mentees = [
        MenteeInput(
            focus=draw(st.lists(st.sampled_from(KEYS), max_size=4)),
            language=draw(st.sampled_from(LANGUAGES)),
            location=draw(st.sampled_from(PLACES)),
            area=draw(st.sampled_from(AREAS)),
            area_wish=draw(st.sampled_from(list(AreaWish))),
            group=draw(st.integers(0, groups - 1)),
            person=i,
            unit=draw(st.sampled_from([1, 2, None])),
        )
        for i in range(n)
    ]
    mentors = [
        MentorInput(
            strengths=draw(st.lists(st.sampled_from(KEYS), max_size=5)),
            languages=draw(st.lists(st.sampled_from(LANGUAGES), min_size=1, max_size=2)),
            location=draw(st.sampled_from(PLACES)),
            areas=draw(st.lists(st.sampled_from(["Børn", "Ældre"]), max_size=2)),
            experience_years=draw(st.floats(0, 30)),
            capacity=draw(st.integers(0, 3)),
            group=draw(st.integers(0, groups - 1)),
            # Some mentors are also mentees (the same person): never paired with themselves.
            person=draw(st.sampled_from([100 + j, j])) if j < n else 100 + j,
            unit=draw(st.sampled_from([1, 2, None])),
        )
        for j in range(m)
    ]
    pairs = list(itertools.product(range(n), range(m)))
    forbidden = draw(st.lists(st.sampled_from(pairs), max_size=12)) if pairs else []
    weights = Weights(
        focus=draw(st.floats(0, 5)),
        experience=draw(st.floats(0, 2)),
        language=draw(st.floats(0, 3)),
        location=draw(st.floats(0, 2)),
        area=draw(st.floats(0.1, 2)),
    )
    return matching.build_problem(mentees, mentors, weights, forbidden)


def assert_keeps_the_rules(problem: matching.Problem, result: matching.Assignment) -> None:
    matched = np.flatnonzero(result.mentor >= 0)
    chosen = result.mentor[matched]
    load = np.bincount(chosen, minlength=problem.size[1])
    assert (load <= problem.capacity).all(), "a mentor over capacity"
    assert (problem.mentee_group[matched] == problem.mentor_group[chosen]).all(), "another group"
    assert (problem.mentee_person[matched] != problem.mentor_person[chosen]).all(), "oneself"
    forbidden = set(zip(problem.forbidden[0].tolist(), problem.forbidden[1].tolist(), strict=True))
    assert not {(int(i), int(j)) for i, j in zip(matched, chosen, strict=True)} & forbidden
    explained = matching.explain(problem, matched, chosen)
    assert np.allclose([e.fit for e in explained], result.fit[matched], atol=1e-5)


def exact_optimum(problem: matching.Problem) -> float:
    """Dense assignment on mentor slots plus an "unmatched" column per mentee."""
    n, m = problem.size
    if n == 0 or m == 0:
        return 0.0
    block = matching.fits(problem, np.arange(n), np.arange(m)).astype(np.float64)
    slots = [j for j in range(m) for _ in range(int(problem.capacity[j]))]
    gains = np.full((n, len(slots) + n), -1e9)
    if slots:
        gains[:, : len(slots)] = np.where(np.isfinite(block[:, slots]), block[:, slots], -1e9)
    gains[:, len(slots) :] = np.where(np.eye(n) > 0, 0.0, -1e9)
    rows, cols = linear_sum_assignment(gains, maximize=True)
    return float(gains[rows, cols].sum())


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(problem=instances(), k=st.integers(1, 4))
def test_hard_rules_and_capacities_hold_and_total_fit_beats_greedy_of_the_same_scan(
    problem: matching.Problem, k: int
) -> None:
    best = matching.optimise(problem, k=k)
    baseline = matching.greedy(problem)
    assert_keeps_the_rules(problem, best)
    assert_keeps_the_rules(problem, baseline)
    assert best.total_fit >= baseline.total_fit - 1e-6
    # The run reports the baseline from the optimiser's own scan: the same choices.
    assert best.greedy is not None
    assert best.greedy.mentor.tolist() == baseline.mentor.tolist()
    assert best.greedy.fit.tolist() == baseline.fit.tolist()


@settings(max_examples=100, deadline=None)
@given(problem=instances())
def test_with_every_pair_a_candidate_the_optimiser_finds_the_optimum(
    problem: matching.Problem,
) -> None:
    best = matching.optimise(problem, k=max(1, problem.size[1]))
    assert abs(best.total_fit - exact_optimum(problem)) < 1e-5


@st.composite
def candidate_graphs(draw: st.DrawFn) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Edges (mentee, mentor, fit) with few distinct fits (many ties) and small
    capacities: many mentors uncontested, some contested, chains between them."""
    n, m = draw(st.integers(1, 9)), draw(st.integers(1, 8))
    pairs = draw(
        st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, m - 1)), min_size=1, unique=True)
    )
    fits = draw(st.lists(st.sampled_from([0.0, 0.25, 0.5, 0.75, 1.0]), min_size=len(pairs)))
    capacity = draw(st.lists(st.integers(0, 3), min_size=m, max_size=m))
    rows, cols = (np.array(side, np.int64) for side in zip(*pairs, strict=True))
    return rows, cols, np.array(fits[: len(pairs)], np.float64), np.array(capacity, np.int64)


@settings(max_examples=300, deadline=None)
@given(graph=candidate_graphs())
def test_the_assignment_on_the_candidate_edges_is_the_optimum_of_those_edges(
    graph: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray],
) -> None:
    rows, cols, fits, capacity = graph
    n, m = int(rows.max()) + 1, len(capacity)
    mentor, fit = matching._solve(rows, cols, fits, capacity, n, m)
    matched = mentor >= 0
    assert (np.bincount(mentor[matched], minlength=m) <= capacity).all()
    offered = dict(zip(zip(rows.tolist(), cols.tolist(), strict=True), fits.tolist(), strict=True))
    assert all(offered[i, int(mentor[i])] == fit[i] for i in np.flatnonzero(matched))
    # The reference: every slot a column, every mentee a way out of fit 0.
    slots = [j for j in range(m) for _ in range(int(capacity[j]))]
    gains = np.full((n, len(slots) + n), -1e9)
    for (i, j), value in offered.items():
        gains[i, [s for s, owner in enumerate(slots) if owner == j]] = value
    gains[np.arange(n), len(slots) + np.arange(n)] = 0.0
    best_rows, best_cols = linear_sum_assignment(gains, maximize=True)
    assert fit[matched].sum() == pytest.approx(gains[best_rows, best_cols].sum(), abs=1e-9)


def test_the_optimiser_beats_greedy_when_greedy_takes_the_wrong_mentor() -> None:
    # Mentee 0 comes first and grabs mentor 0; mentee 1 fits only mentor 0.
    mentees = [
        MenteeInput(["tag:a", "tag:b"], "da", None, None, AreaWish.ANY, 0, 1),
        MenteeInput(["tag:a", "tag:b"], "en", None, None, AreaWish.ANY, 0, 2),
    ]
    mentors = [
        MentorInput(["tag:a", "tag:b"], ["da", "en"], None, [], 10, 1, 0, 11),
        MentorInput(["tag:a"], ["da"], None, [], 10, 1, 0, 12),
    ]
    problem = matching.build_problem(mentees, mentors, Weights(), [(1, 1)])
    assert matching.greedy(problem).mentor.tolist() == [0, -1]
    assert matching.optimise(problem).mentor.tolist() == [1, 0]


def test_a_mentee_no_mentor_may_take_stays_unmatched_and_the_rest_are_matched() -> None:
    mentees = [
        MenteeInput(["tag:a"], "da", None, None, AreaWish.ANY, 0, 1),
        MenteeInput(["tag:a"], "da", None, None, AreaWish.ANY, 0, 2),
        MenteeInput(["tag:a"], "da", None, None, AreaWish.ANY, 1, 3),  # no mentor in group 1
    ]
    mentors = [
        MentorInput(["tag:a"], ["da"], None, [], 10, 1, 0, 11),
        MentorInput(["tag:a"], ["da"], None, [], 10, 0, 0, 12),  # no room
    ]
    problem = matching.build_problem(mentees, mentors, Weights(), [(0, 0)])
    best = matching.optimise(problem)
    assert best.mentor.tolist() == [-1, 0, -1]


def test_each_proposal_explains_itself() -> None:
    mentees = [
        MenteeInput(
            ["tag:a", "tag:b", "tag:c", "tag:d"],
            "da",
            "Aarhus",
            "Ældre",
            AreaWish.ANY,
            0,
            1,
            unit=7,
        )
    ]
    mentors = [
        MentorInput(["tag:a", "tag:b", "tag:c"], ["da", "en"], "Odense", [], 12, 1, 0, 2, unit=8)
    ]
    problem = matching.build_problem(mentees, mentors, Weights(), [])
    [explanation] = matching.explain(problem, np.array([0]), np.array([0]))
    assert (explanation.focus_matched, explanation.focus_total) == (3, 4)
    assert explanation.same_language is True and explanation.same_unit is False
    data = explanation.as_dict()
    assert explanation_text(data, Locale.EN) == (
        "Matches on 3 of 4 focus areas, same language, another location, another area of work,"
        " different unit, 12 years as a leader"
    )
    assert explanation_text(data, Locale.DA) == (
        "Matcher på 3 af 4 fokusområder, samme sprog, et andet sted, et andet fagområde,"
        " anden enhed, 12 års ledererfaring"
    )
