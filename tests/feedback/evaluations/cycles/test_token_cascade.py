"""A nomination's link tokens go with it: rater_token has no foreign key to
nomination (its per-row check was half of inserting a cohort's tokens), so a
trigger deletes them, whatever deletes the nomination (migration 0003)."""

from __future__ import annotations

from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from feedback.evaluations import repository, service
from feedback.evaluations.models import Evaluation, Nomination, RaterToken
from tests.feedback.evaluations.cycles.test_cycles import _cohort


async def _tokens_by_nomination(session: AsyncSession, cycle_id: int) -> dict[int, int]:
    rows = await session.execute(
        select(Nomination.id, func.count(RaterToken.id))
        .join(Evaluation, Evaluation.id == Nomination.evaluation_id)
        .outerjoin(RaterToken, RaterToken.nomination_id == Nomination.id)
        .where(Evaluation.cycle_id == cycle_id)
        .group_by(Nomination.id)
    )
    return {nomination_id: count for nomination_id, count in rows}


async def _all_tokens(session: AsyncSession) -> set[int]:
    return set((await session.scalars(select(RaterToken.nomination_id))).all())


async def test_deleting_a_nomination_or_its_evaluation_deletes_its_tokens(
    session: AsyncSession,
) -> None:
    cycle_id = await _cohort(session, leaders=2, peers=2)
    await service.invite(session, cycle_id)
    await session.commit()
    tokens = await _tokens_by_nomination(session, cycle_id)
    assert len(tokens) == 8 and set(tokens.values()) == {1}  # self, manager, 2 peers x 2
    first, *others = sorted(tokens)

    await session.execute(delete(Nomination).where(Nomination.id == first))
    await session.commit()
    left = await _all_tokens(session)
    assert first not in left and set(others) <= left  # the others' links still work

    evaluations = await repository.evaluations_of_cycle(session, cycle_id)
    gone = await session.scalars(
        select(Nomination.id).where(Nomination.evaluation_id == evaluations[0].id)
    )
    gone_ids = set(gone.all())
    assert gone_ids
    # The evaluation's foreign key deletes its nominations; the trigger, their tokens.
    await session.execute(delete(Evaluation).where(Evaluation.id == evaluations[0].id))
    await session.commit()
    left = await _all_tokens(session)
    assert not gone_ids & left and set(others) - gone_ids <= left
