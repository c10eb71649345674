"""The statistics against values computed by hand for a small paired dataset.

Five leaders changed by d = 0.5, 1.0, 0.0, 1.5, 0.5 (follow-up − baseline):
n = 5, Σd = 3.5, Σd² = 3.75, so
  mean = 3.5 / 5 = 0.7
  s²   = (3.75 − 3.5²/5) / 4 = 1.3 / 4 = 0.325,  s = √0.325
  d_z  = 0.7 / √0.325
  mean ± t(0.975, 4)·s/√5 with t(0.975, 4) = 2.7764451051977934 (the table's 2.776445)
"""

from __future__ import annotations

import math

import pytest
from scipy import stats as scipy_stats

from learning.effect.calculation.statistics import (
    MIN_LEADERS,
    Moments,
    effect_size_interval,
    mean_interval,
    normal_interval,
    paired_change,
    shown,
    standardised_mean_change,
    t_quantile,
)

CHANGES = [0.5, 1.0, 0.0, 1.5, 0.5]
T_975_4 = 2.7764451051977934
Z_975 = 1.959963984540054


def moments() -> Moments:
    return Moments(n=5, total=3.5, total_sq=3.75)


def test_sums_match_the_dataset() -> None:
    assert sum(CHANGES) == 3.5
    assert sum(d * d for d in CHANGES) == 3.75


def test_mean_and_spread_by_hand() -> None:
    m = moments()
    assert m.mean == pytest.approx(0.7, abs=1e-12)
    assert m.sd == pytest.approx(math.sqrt(0.325), abs=1e-12)
    assert m.sd == pytest.approx(0.5700877125495689, abs=1e-9)


def test_t_quantile_is_the_tables() -> None:
    assert t_quantile(5) == pytest.approx(T_975_4, abs=1e-9)


def test_mean_change_interval_by_hand() -> None:
    half = T_975_4 * math.sqrt(0.325) / math.sqrt(5)
    interval = mean_interval(moments())
    assert interval is not None
    assert interval.low == pytest.approx(0.7 - half, abs=1e-6)
    assert interval.high == pytest.approx(0.7 + half, abs=1e-6)
    assert interval.low == pytest.approx(-0.007857388, abs=1e-6)
    assert interval.high == pytest.approx(1.407857388, abs=1e-6)


def test_effect_size_by_hand() -> None:
    d_z = standardised_mean_change(moments())
    assert d_z == pytest.approx(0.7 / math.sqrt(0.325), abs=1e-12)
    assert d_z == pytest.approx(1.227881227, abs=1e-6)


def test_effect_size_interval_is_the_exact_noncentral_t_interval() -> None:
    """The bounds δ/√n are where t = d_z·√5 is the 97.5th and 2.5th percentile
    of a noncentral t with 4 degrees of freedom (Steiger & Fouladi 1997)."""
    d_z = 0.7 / math.sqrt(0.325)
    interval = effect_size_interval(d_z, 5)
    assert interval.low == pytest.approx(-0.007587268, abs=1e-6)
    assert interval.high == pytest.approx(2.392520808, abs=1e-6)
    t = d_z * math.sqrt(5)
    assert scipy_stats.nct.cdf(t, 4, interval.low * math.sqrt(5)) == pytest.approx(0.975, abs=1e-9)
    assert scipy_stats.nct.cdf(t, 4, interval.high * math.sqrt(5)) == pytest.approx(0.025, abs=1e-9)


def test_effect_size_interval_holds_zero_exactly_when_the_mean_interval_does() -> None:
    """Both invert the same t test: here p is just above 0.05, so both hold 0."""
    change = paired_change(moments())
    assert change is not None
    assert change.mean_interval is not None and change.effect_size_interval is not None
    assert change.mean_interval.low < 0 < change.mean_interval.high
    assert change.effect_size_interval.low < 0 < change.effect_size_interval.high


def test_normal_approximation_by_hand() -> None:
    d_z = 0.7 / math.sqrt(0.325)
    se = math.sqrt(1 / 5 + d_z * d_z / 10)
    interval = normal_interval(d_z, 5)
    assert interval.low == pytest.approx(d_z - Z_975 * se, abs=1e-6)
    assert interval.high == pytest.approx(d_z + Z_975 * se, abs=1e-6)


def test_paired_change_carries_every_figure() -> None:
    change = paired_change(moments())
    assert change is not None
    assert (change.n, round(change.mean, 6), round(change.sd or 0, 6)) == (5, 0.7, 0.570088)
    assert change.effect_size == pytest.approx(1.227881227, abs=1e-6)


def test_no_effect_size_without_spread() -> None:
    same = Moments(n=4, total=2.0, total_sq=1.0)  # every leader changed by 0.5
    assert same.sd == 0.0
    assert standardised_mean_change(same) is None
    change = paired_change(same)
    assert change is not None and change.effect_size is None
    assert change.effect_size_interval is None


def test_one_value_has_no_spread_and_none_has_no_mean() -> None:
    assert Moments(1, 0.5, 0.25).sd is None
    assert mean_interval(Moments(1, 0.5, 0.25)) is None
    assert paired_change(Moments(0, 0.0, 0.0)) is None


@pytest.mark.parametrize(
    ("n", "totals", "expected"),
    [
        (2, (), False),  # under the minimum
        (3, (), True),
        (3, (3,), True),  # nothing left outside
        (3, (4,), False),  # one leader outside: subtracting shows them
        (3, (5,), False),
        (3, (6,), True),
        (4, (4, 5), False),  # any larger figure with a small rest suppresses
    ],
)
def test_shown_needs_three_leaders_and_no_small_rest(
    n: int, totals: tuple[int, ...], expected: bool
) -> None:
    assert MIN_LEADERS == 3
    assert shown(n, *totals) is expected


def test_effect_size_interval_is_exact_where_nctdtr_gives_nan_in_a_tail() -> None:
    """Here Brent's method steps to a noncentrality where ``nctdtr`` gives NaN
    (the cdf is ~0 so far above t): that reads as 0, and the interval is the
    exact one, as for d_z one ulp lower, not the normal approximation."""
    n, d_z = 1460, 0.9790484798429147
    t = d_z * math.sqrt(n)
    assert math.isnan(scipy_stats.nct.cdf(t, n - 1, 75.5601505911757))
    interval = effect_size_interval(d_z, n)
    below = effect_size_interval(math.nextafter(d_z, 0.0), n)
    assert interval.low == pytest.approx(below.low, abs=1e-12)
    assert interval.high == pytest.approx(below.high, abs=1e-12)
    assert scipy_stats.nct.cdf(t, n - 1, interval.low * math.sqrt(n)) == pytest.approx(0.975)
    assert interval.low != pytest.approx(normal_interval(d_z, n).low, abs=1e-6)
