"""Nominations: who rates whom, their forms' state, and a member's own forms."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    bindparam,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql.elements import BindParameter

from backend.db import Id
from backend.repository import one_of
from feedback.evaluations.models import (
    CycleStatus,
    Evaluation,
    EvaluationCycle,
    Nomination,
    NominationStatus,
)


async def nominations_by_evaluation(
    session: AsyncSession, evaluation_ids: Sequence[int]
) -> dict[int, list[Nomination]]:
    rows = await session.scalars(
        select(Nomination)
        .where(Nomination.evaluation_id.in_(list(evaluation_ids)))
        .order_by(Nomination.evaluation_id, Nomination.rater_group, Nomination.id)
    )
    found: dict[int, list[Nomination]] = {}
    for row in rows:
        found.setdefault(row.evaluation_id, []).append(row)
    return found


async def insert_nominations(session: AsyncSession, rows: list[dict[str, Any]]) -> None:
    if rows:
        await session.execute(insert(Nomination), rows)


async def mark_responded(session: AsyncSession, nomination_id: int) -> bool:
    """Flip ``responded`` once; False when it was already set (a second submission)."""
    result = await session.execute(
        update(Nomination)
        .where(Nomination.id == nomination_id, Nomination.responded.is_(False))
        .values(responded=True, draft=None)
        .execution_options(synchronize_session=False)
    )
    return (result.rowcount or 0) == 1  # type: ignore[attr-defined]


async def discard_drafts(session: AsyncSession, cycle_id: int) -> None:
    """Unsubmitted drafts die with the cycle: they never count."""
    evaluation_ids = select(Evaluation.id).where(Evaluation.cycle_id == cycle_id)
    await session.execute(
        update(Nomination)
        .where(Nomination.evaluation_id.in_(evaluation_ids), Nomination.draft.is_not(None))
        .values(draft=None)
        .execution_options(synchronize_session=False)
    )


def _own_form(membership_id: int | BindParameter[int]) -> ColumnElement[bool]:
    """The member's own forms: SELF and MANAGER at once, a form in another
    group once its invitation went out (as the mail, the app tells only the
    rater; nothing links an answer to them once submitted)."""
    return and_(
        Nomination.rater_id == membership_id,
        Nomination.status == NominationStatus.APPROVED.value,
        or_(
            one_of(Nomination.rater_group, ["SELF", "MANAGER"]),
            Nomination.invited_at.is_not(None),
        ),
    )


async def own_open_named_nominations(
    session: AsyncSession, membership_id: int
) -> list[tuple[int, str]]:
    """(evaluation id, group) of the member's own forms (``_own_form``) in open
    cycles that still wait for their answers: their own to-dos."""
    rows = await session.execute(_own_open_named_statement(), {"rater": membership_id})
    return [(int(row[0]), str(row[1])) for row in rows]


@cache
def _own_open_named_statement() -> Select[int, str]:
    """Built once (the rater a parameter): home reads it on every request."""
    return (
        select(Nomination.evaluation_id, Nomination.rater_group)
        .join(Evaluation, Evaluation.id == Nomination.evaluation_id)
        .join(EvaluationCycle, EvaluationCycle.id == Evaluation.cycle_id)
        .where(
            _own_form(bindparam("rater", type_=Id)),
            Nomination.responded.is_(False),
            Nomination.declined.is_(False),
            EvaluationCycle.status == CycleStatus.OPEN.value,
        )
        # A fixed order: one taken from where rows happen to lie would move
        # with other rows' updates (raters answering).
        .order_by(Nomination.evaluation_id, Nomination.rater_group)
    )


async def own_named_nomination(
    session: AsyncSession, membership_id: int, evaluation_id: int
) -> Nomination | None:
    """The member's own form in an evaluation (``_own_form``)."""
    return await session.scalar(
        select(Nomination).where(
            _own_form(membership_id), Nomination.evaluation_id == evaluation_id
        )
    )
