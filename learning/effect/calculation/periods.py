"""Learning effect's periods: fixed, never arbitrary date bounds.

Two filters that differ by a few days of start dates differ by the few
leaders who started then; the release audit refuses such a difference, but
the filter itself offers only whole quarters and whole years, so what one
can ask is a fixed lattice (as for units, programmes and cohorts). The old
free bounds (``startsFrom``/``startsUntil``) are still taken and widened to
the whole quarters they fall in."""

from __future__ import annotations

from datetime import date, timedelta

from backend.api.errors import DomainError, ErrorCode

FIRST_YEAR = 2000
LAST_YEAR = 2100


def quarter_start(day: date) -> date:
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def quarter_end(day: date) -> date:
    first = quarter_start(day)
    following = date(first.year + (first.month == 10), (first.month + 2) % 12 + 1, 1)
    return following - timedelta(days=1)


def period(year: int, quarter: int | None) -> tuple[date, date]:
    """A whole year, or one quarter (1-4) of it: its first and last day."""
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise DomainError(
            ErrorCode.INVALID,
            "effect.period_year",
            field=["filter", "period", "year"],
            first=FIRST_YEAR,
            last=LAST_YEAR,
        )
    if quarter is None:
        return date(year, 1, 1), date(year, 12, 31)
    if not 1 <= quarter <= 4:
        raise DomainError(
            ErrorCode.INVALID, "effect.period_quarter", field=["filter", "period", "quarter"]
        )
    first = date(year, 3 * quarter - 2, 1)
    return first, quarter_end(first)


def widened(start: date | None, end: date | None) -> tuple[date | None, date | None]:
    """Free bounds (deprecated) to the whole quarters they fall in."""
    return (
        quarter_start(start) if start else None,
        quarter_end(end) if end else None,
    )
