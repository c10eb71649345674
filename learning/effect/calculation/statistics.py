"""Statistics of learning effect: pure functions on aggregates from SQL.

Every figure arrives as moments, (n, Σx, Σx²), summed in SQL, so nothing
here reads rows. The formulas, by name:

* mean: x̄ = Σx / n
* sample standard deviation: s = √((Σx² − (Σx)²/n) / (n − 1))
* 95% confidence interval of a mean (Student's t): x̄ ± t(0.975, n − 1) · s/√n
* standardised mean change for paired data (Cohen's d_z; Cohen 1988;
  Lakens 2013): d_z = mean(d) / sd(d), with d = follow-up − baseline per
  leader. It is standardised by the spread of the *changes*, so it is the
  effect size of the paired t test: t = d_z · √n.
* 95% confidence interval of d_z, exact, by inverting the noncentral t
  distribution (Steiger & Fouladi 1997; Cumming & Finch 2001): t = d_z·√n
  follows a noncentral t with n − 1 degrees of freedom and noncentrality
  δ = δ_z·√n; the bounds are the δ for which t is the 97.5th and the 2.5th
  percentile, found with the noncentral t cdf (``scipy.special.nctdtr``, which
  ``scipy.stats.nct`` calls) and Brent's method, divided by
  √n. Should the root finding fail (a change with no spread at all), the
  large-sample normal approximation is used instead: se(d_z) =
  √(1/n + d_z²/(2n)), d_z ± z(0.975)·se.

Figures resting on fewer than ``MIN_LEADERS`` leaders are not computed at all
(see ``service``): a mean of one or two leaders' change is their report.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

# scipy.special only: scipy.stats and scipy.optimize cost every process that
# imports this module (the API, the worker, each command) ~0.7 s to start;
# optimize is imported where an interval is computed, and the quantiles below
# are what stats.t.ppf and stats.norm.ppf compute (the same values).
from scipy import special

CONFIDENCE = 0.95
# No aggregate of 360 change (or of leaders' ratings) rests on fewer leaders.
MIN_LEADERS = 3


@dataclass(frozen=True)
class Moments:
    """n, Σx and Σx² of a set of values, as SQL sums them."""

    n: int
    total: float
    total_sq: float

    @property
    def mean(self) -> float | None:
        return self.total / self.n if self.n else None

    @property
    def sd(self) -> float | None:
        """Sample standard deviation (n − 1); None under two values."""
        if self.n < 2:
            return None
        variance = (self.total_sq - self.total * self.total / self.n) / (self.n - 1)
        # Rounding can make a variance of identical values a hair below zero.
        return math.sqrt(max(variance, 0.0))


@dataclass(frozen=True)
class Interval:
    low: float
    high: float


def t_quantile(n: int, confidence: float = CONFIDENCE) -> float:
    """t(1 − α/2, n − 1): Student's t quantile for a two-sided interval."""
    return float(special.stdtrit(n - 1, 0.5 + confidence / 2))


def mean_interval(moments: Moments, confidence: float = CONFIDENCE) -> Interval | None:
    """x̄ ± t(0.975, n − 1) · s/√n; None under two values."""
    mean, sd = moments.mean, moments.sd
    if mean is None or sd is None:
        return None
    half = t_quantile(moments.n, confidence) * sd / math.sqrt(moments.n)
    return Interval(mean - half, mean + half)


def standardised_mean_change(moments: Moments) -> float | None:
    """Cohen's d_z = mean(d) / sd(d) of paired differences; None when it is
    undefined (under two leaders, or every leader changed by the same amount)."""
    mean, sd = moments.mean, moments.sd
    if mean is None or sd is None or sd == 0.0:
        return None
    return mean / sd


def normal_interval(d_z: float, n: int, confidence: float = CONFIDENCE) -> Interval:
    """Large-sample approximation: d_z ± z(1 − α/2) · √(1/n + d_z²/(2n))."""
    z = float(special.ndtri(0.5 + confidence / 2))
    se = math.sqrt(1.0 / n + d_z * d_z / (2.0 * n))
    return Interval(d_z - z * se, d_z + z * se)


def _nct_cdf(df: int, ncp: float, t: float) -> float:
    """The noncentral t cdf at ``t``. Far in its tails (a noncentrality some
    tens above or below ``t`` with many degrees of freedom) ``nctdtr`` gives
    NaN instead of 0 or 1; Brent's method then gave up and the interval fell
    back to the normal approximation, for one figure and not for another one
    ulp away (a sum of the same changes in another order)."""
    value = float(special.nctdtr(df, ncp, t))
    if math.isnan(value):
        return 0.0 if ncp > t else 1.0
    return value


def effect_size_interval(d_z: float, n: int, confidence: float = CONFIDENCE) -> Interval:
    """Exact confidence interval of d_z by inverting the noncentral t
    distribution (see the module's docstring)."""
    from scipy import optimize

    df = n - 1
    t_observed = d_z * math.sqrt(n)
    upper_tail = (1 - confidence) / 2

    def cdf_minus(target: float) -> object:
        # ``special.nctdtr`` is what ``stats.nct.cdf`` computes for these
        # arguments (the same values, bit for bit), without its ~60 µs of
        # argument checking per call: Brent's method calls it ~40 times a figure.
        return lambda ncp: _nct_cdf(df, ncp, t_observed) - target

    # The cdf falls as the noncentrality rises; search well around t itself.
    reach = 10.0 + 2.0 * abs(t_observed)
    try:
        low = optimize.brentq(
            cdf_minus(1 - upper_tail), t_observed - reach, t_observed + reach, xtol=1e-12
        )
        high = optimize.brentq(
            cdf_minus(upper_tail), t_observed - reach, t_observed + reach, xtol=1e-12
        )
    except (ValueError, RuntimeError):
        return normal_interval(d_z, n, confidence)
    return Interval(low / math.sqrt(n), high / math.sqrt(n))


@dataclass(frozen=True)
class Change:
    """The paired change of a group of leaders, with every figure of it."""

    n: int
    mean: float
    sd: float | None
    mean_interval: Interval | None
    effect_size: float | None
    effect_size_interval: Interval | None


def paired_change(moments: Moments, confidence: float = CONFIDENCE) -> Change | None:
    """Mean change, its t interval, d_z and its exact interval, from the
    moments of the leaders' differences; None when there are none."""
    mean = moments.mean
    if mean is None:
        return None
    d_z = standardised_mean_change(moments)
    return Change(
        n=moments.n,
        mean=mean,
        sd=moments.sd,
        mean_interval=mean_interval(moments, confidence),
        effect_size=d_z,
        effect_size_interval=(
            effect_size_interval(d_z, moments.n, confidence) if d_z is not None else None
        ),
    )


def shown(n: int, *totals: int, minimum: int = MIN_LEADERS) -> bool:
    """Whether a figure over ``n`` leaders may be shown: at least ``minimum``
    of them, and for each larger figure it is part of (``totals``), a rest of
    none or of at least ``minimum``: otherwise subtracting this figure from
    that one would show one or two leaders' own figures."""
    if n < minimum:
        return False
    return all(total - n == 0 or total - n >= minimum for total in totals)
