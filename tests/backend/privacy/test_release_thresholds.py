"""The release rule at thresholds above three (comments, EXTERNAL, the Danish
profile's 5 direct reports): no combination of released sums may rest on
fewer people than the applicable minimum, however many fewer; and the table
of group counts (progress, response rates) with its complementary suppression."""

from __future__ import annotations

from itertools import combinations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backend.privacy.release import count_table, owner, singles_out

PEOPLE = "abcdefg"


def _determines_a_few(sets: list[set[str]], threshold: int) -> bool:
    """The attacker by brute force: for every group S of fewer than
    ``threshold`` people, some combination of the sets is non-zero and lies on
    S's contributors alone iff the rank drops when S's columns are removed."""
    rows = [s for s in sets if s]
    if not rows:
        return False
    columns = sorted(set().union(*rows))
    matrix = np.array([[1.0 if c in s else 0.0 for c in columns] for s in rows])
    full = np.linalg.matrix_rank(matrix)
    everyone = sorted({owner(c) for c in columns})
    for size in range(1, threshold):
        for group in combinations(everyone, size):
            rest = [i for i, c in enumerate(columns) if owner(c) not in group]
            rank = np.linalg.matrix_rank(matrix[:, rest]) if rest else 0
            if rank < full:
                return True
    return False


contributor = st.builds(
    lambda person, part: f"{person}/{part}", st.sampled_from(PEOPLE), st.sampled_from("KR")
)
figure_sets = st.lists(st.sets(contributor, min_size=1, max_size=9), min_size=1, max_size=5)


@pytest.mark.parametrize("threshold", [3, 4, 5])
def test_no_combination_rests_on_fewer_than_the_applicable_minimum(threshold: int) -> None:
    @settings(max_examples=300, deadline=None)
    @given(figure_sets)
    def check(sets: list[set[str]]) -> None:
        assert singles_out(sets, threshold) == _determines_a_few(sets, threshold), sets

    check()


def test_a_difference_of_four_is_refused_at_five_but_not_at_four() -> None:
    """The Danish profile's 5: two figures of 9 and 5 direct reports' leaders
    differ by four people, allowed under a minimum of 4, refused under 5."""
    wide = {f"m{n}" for n in range(9)}
    narrow = {f"m{n}" for n in range(5)}
    assert not singles_out([wide, narrow], 4)
    assert singles_out([wide, narrow], 5)


def test_a_difference_of_three_in_the_span_of_overlapping_sets_is_refused_at_four() -> None:
    """Three people set apart only by adding and subtracting three figures."""
    first = {"a", "b", "c", "d", "e"}
    second = {"c", "d", "e", "f", "g"}
    third = {"a", "b", "f", "g", "h", "i", "j", "k"}
    # first + second - third = 2*(c, d, e) - (h, i, j, k): not on few people
    assert not singles_out([first, second, third], 4)
    whole = first | second
    # whole - second = a, b: two people
    assert singles_out([whole, second], 3)
    assert singles_out([whole | {"x"}, second], 4)  # a, b, x: three


def test_a_group_under_its_minimum_is_hidden_with_the_next_smallest() -> None:
    table = count_table({"PEER": 2, "DIRECT_REPORT": 4, "SELF": 9}, lambda g: 3)
    assert table.hidden == {"PEER", "DIRECT_REPORT"} and table.total


def test_groups_at_their_minimum_are_shown_and_so_is_the_total() -> None:
    table = count_table({"PEER": 3, "EXTERNAL": 5}, {"PEER": 3, "EXTERNAL": 5}.__getitem__)
    assert table.hidden == frozenset() and table.total and table.shown("PEER")


def test_a_lone_hidden_group_withholds_the_total() -> None:
    table = count_table({"PEER": 2}, lambda g: 3)
    assert table.hidden == {"PEER"} and not table.total


def test_no_minimum_under_three_even_if_configured() -> None:
    table = count_table({"PEER": 2, "EXTERNAL": 2}, lambda g: 1)
    assert table.hidden == {"PEER", "EXTERNAL"} and table.total
