"""When an offline event may have happened: not in the future beyond a small
skew of the phone's clock, not absurdly far back."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from backend.api.errors import DomainError, ErrorCode

# A phone's clock may run a little ahead; beyond that an event dated in the
# future is refused, not applied (it would sort after, and win over, every
# real later change).
CLOCK_SKEW = timedelta(minutes=5)
# Longer than any phone stays offline: an older event is a wrong clock or a
# replay, not progress.
MAX_EVENT_AGE = timedelta(days=365)


def time_problem(moment: datetime | None, now: datetime) -> DomainError | None:
    """An event's time must lie within the last year and not (beyond a small
    skew of the phone's clock) in the future."""
    if moment is None:
        return None
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    if aware > now + CLOCK_SKEW:
        return DomainError(ErrorCode.INVALID, "programmes.event_in_future", ["occurredAt"])
    if aware < now - MAX_EVENT_AGE:
        return DomainError(
            ErrorCode.INVALID,
            "programmes.event_too_old",
            ["occurredAt"],
            days=MAX_EVENT_AGE.days,
        )
    return None
