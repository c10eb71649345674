"""The queries of progress and response rates: counts only, never who."""

from __future__ import annotations

import secrets
from collections.abc import Sequence

from sqlalchemy import case, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from feedback.evaluations.models import DeclineReason, Nomination, NominationStatus


async def group_progress(
    session: AsyncSession, evaluation_ids: Sequence[int]
) -> dict[int, dict[str, tuple[int, int, int, int]]]:
    """Per evaluation and group: (invited, answered, declined, approved). Counts
    only, one statement, nothing about who or when; ``progress.service`` decides
    what of it anyone sees."""
    invited = func.sum(case((Nomination.invited_at.is_not(None), 1), else_=0))
    rows = await session.execute(
        select(
            Nomination.evaluation_id,
            Nomination.rater_group,
            invited,
            func.sum(case((Nomination.responded.is_(True), 1), else_=0)),
            func.sum(case((Nomination.declined.is_(True), 1), else_=0)),
            func.count(Nomination.id),
        )
        .where(
            Nomination.evaluation_id.in_(list(evaluation_ids)),
            Nomination.status == NominationStatus.APPROVED.value,
        )
        .group_by(Nomination.evaluation_id, Nomination.rater_group)
    )
    found: dict[int, dict[str, tuple[int, int, int, int]]] = {}
    for evaluation_id, group, sent, answered, declined, approved in rows:
        found.setdefault(evaluation_id, {})[group] = (
            int(sent or 0),
            int(answered or 0),
            int(declined or 0),
            int(approved or 0),
        )
    return found


def add_decline_reason(
    session: AsyncSession, organisation_id: int, cycle_id: int, reason: str
) -> None:
    session.add(
        DeclineReason(
            id=secrets.token_hex(16),
            organisation_id=organisation_id,
            cycle_id=cycle_id,
            reason=reason,
        )
    )


async def decline_reasons(session: AsyncSession, cycle_id: int) -> list[str]:
    """A cycle's reasons, alphabetically: nothing says whose or when."""
    rows = await session.scalars(
        select(DeclineReason.reason).where(DeclineReason.cycle_id == cycle_id)
    )
    return sorted(rows, key=str.casefold)
