"""Two approvals at once for the last place of a mentor: the profile's row
lock (PostgreSQL) lets one through and refuses the other."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from backend.api.errors import DomainError
from backend.db import Database
from learning.mentoring.mentorships import service as mentorships
from tests.conftest import TEST_DATABASE_URL
from tests.learning.mentoring.conftest import World, add_proposal
from tests.support.factories import viewer_of

pytestmark = pytest.mark.skipif(
    not TEST_DATABASE_URL, reason="row locks are PostgreSQL's; SQLite has one writer anyway"
)


async def test_concurrent_approvals_never_exceed_a_mentors_capacity(
    world: World, session: AsyncSession, database: Database
) -> None:
    mentor = world.mentors[0]  # capacity 1
    ids = []
    for mentee in world.new_leaders:
        ids.append((await add_proposal(session, world, mentee, mentor)).id)
    await session.commit()
    hr = viewer_of(world.hr)

    async def approve(proposal_id: int) -> str:
        async with database.session() as own:
            try:
                await mentorships.approve_proposal(own, hr, proposal_id)
                await asyncio.sleep(0.3)  # hold the lock while the other waits
                await own.commit()
                return "approved"
            except DomainError as error:
                await own.rollback()
                return error.message_key

    results = await asyncio.gather(*(approve(i) for i in ids))
    assert sorted(results) == ["approved", "mentoring.over_capacity"]
