"""The shortlist's shuffle, as pure computation: equal mentors are spread
evenly over the leaders who ask, whatever ids the database hands out."""

from __future__ import annotations

import numpy as np

from learning.mentoring.matching.shortlist import scores


def _shown(first_id: int, leaders: int = 10, mentors: int = 20, size: int = 3) -> dict[int, int]:
    mentor_ids = list(range(first_id + leaders, first_id + leaders + mentors))
    fit, load = np.ones(mentors), np.zeros(mentors)
    shown: dict[int, int] = {}
    for mentee_id in range(first_id, first_id + leaders):
        order, _score = scores(fit, load, mentee_id, mentor_ids)
        for j in order[:size].tolist():
            shown[mentor_ids[j]] = shown.get(mentor_ids[j], 0) + 1
    return shown


def test_equal_mentors_are_shown_evenly_for_any_ids() -> None:
    # 30 places on lists over 20 equal mentors: each shown once or twice, at
    # most three times. Hashes placed on the circle as they fall clustered
    # and showed one mentor to 5-7 of 10 leaders for ~4 % of id ranges.
    for first_id in range(1, 3000, 7):
        shown = _shown(first_id)
        assert len(shown) == 20, first_id
        assert max(shown.values()) <= 3, first_id


def test_a_leader_sees_the_same_list_on_every_visit() -> None:
    mentor_ids = list(range(100, 120))
    fit, load = np.ones(20), np.zeros(20)
    first, _ = scores(fit, load, 42, mentor_ids)
    again, _ = scores(fit, load, 42, mentor_ids)
    assert first.tolist() == again.tolist()


def test_a_better_fit_beats_the_shuffle() -> None:
    mentor_ids = list(range(100, 120))
    fit, load = np.ones(20), np.zeros(20)
    fit[7] = 1.2
    for mentee_id in range(1, 50):
        order, _ = scores(fit, load, mentee_id, mentor_ids)
        assert order[0] == 7
