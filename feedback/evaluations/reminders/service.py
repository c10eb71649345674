"""HR's reminders of a 360 cycle: remind now, and change the reminder days.

Reminding now goes through the same delivery as the scheduled reminders
(``delivery.service.remind``): only raters who have neither answered nor
declined get one, at most one a day (and at most two in the Danish
profile). HR learns nothing of who they were, not even how many: the count
of raters reminded is the count of raters who have not answered, which,
beside a group's size, tells HR how many answered in a group under the
anonymity threshold. The answer is the cycle, whatever was sent.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from backend.api.errors import DomainError, ErrorCode
from backend.auth.viewer import Viewer
from backend.db import utcnow
from backend.identity import policy
from feedback.evaluations import policy as evaluation_policy
from feedback.evaluations.delivery import service as delivery
from feedback.evaluations.models import (
    DANISH_MAX_REMINDERS,
    CycleProfile,
    CycleStatus,
    EvaluationCycle,
)

MOST_REMINDER_DAYS = 5
LATEST_REMINDER_DAY = 60


def check_reminder_days(days: list[int], profile: CycleProfile | str) -> list[int]:
    """A cycle's reminder days, distinct and latest first: at most five (two
    in the Danish profile), each 0-60 days before the close."""
    most = (
        DANISH_MAX_REMINDERS if profile == CycleProfile.DANISH_PUBLIC_SECTOR else MOST_REMINDER_DAYS
    )
    if len(set(days)) > most or any(d < 0 or d > LATEST_REMINDER_DAY for d in days):
        raise DomainError(
            ErrorCode.INVALID,
            "feedback.cycle.reminders",
            field=["reminderDaysBeforeClose"],
            maximum=most,
        )
    return sorted(set(days), reverse=True)


async def remind_now(
    session: AsyncSession, viewer: Viewer | None, cycle_id: int, today: date | None = None
) -> EvaluationCycle:
    """Remind every rater of an open cycle who has not answered (HR)."""
    signed_in = policy.require_hr(viewer)
    cycle = await evaluation_policy.own_cycle(session, signed_in, cycle_id)
    if cycle.status != CycleStatus.OPEN.value:
        raise DomainError(ErrorCode.RULE_VIOLATED, "feedback.reminders.not_open", field=["cycleId"])
    await delivery.remind(session, cycle.id, today or utcnow().date())
    return cycle


async def change_reminder_days(
    session: AsyncSession, viewer: Viewer | None, cycle_id: int, days: list[int]
) -> EvaluationCycle:
    """The days before the close on which the scheduler reminds, until the cycle closes (HR)."""
    signed_in = policy.require_hr(viewer)
    cycle = await evaluation_policy.own_cycle(session, signed_in, cycle_id)
    if cycle.status == CycleStatus.CLOSED.value:
        raise DomainError(ErrorCode.RULE_VIOLATED, "feedback.cycle.closed", field=["cycleId"])
    cycle.reminder_days_before_close = check_reminder_days(days, cycle.profile)
    await session.flush()
    return cycle
