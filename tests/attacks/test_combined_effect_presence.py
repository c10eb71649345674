"""Learning effect narrowed to one leader (a unit of one): the figures are
suppressed, but a figure nobody contributed to is shown as empty (0 leaders,
0 ratings) while one with one or two contributors is "suppressed". The
difference says whether that one leader rated an activity, or had their
goals rated: an answer of one person, read by HR and the leader's leaders.
Two organisations alike but for one leader's rating must read alike."""

from __future__ import annotations

from typing import Any

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from backend.identity.models import Membership
from backend.settings import Settings
from learning.effect.ratings import service as ratings
from learning.programmes.models import ActivityKind
from tests.support.attack_tools import ask
from tests.support.effect_area import build_area
from tests.support.factories import make_unit, viewer_of
from tests.support.operations import gid


async def _hr_reads_unit_of_one(
    api: Any, session: AsyncSession, settings: Settings, rates: bool
) -> Any:
    area = await build_area(session, settings, leaders=4, staff=1)
    unit = await make_unit(session, area.organisation)
    lone = area.leaders[0]
    await session.execute(
        update(Membership).where(Membership.id == lone.id).values(unit_id=unit.id)
    )
    await session.commit()
    if rates:
        activity = area.activities[ActivityKind.KNOWLEDGE].id
        await ratings.rate_activity(session, viewer_of(lone), activity, 4)
        await session.commit()
    response = await ask(
        api,
        "OrganisationLearningEffect",
        area.token(area.hr),
        filter={"unitId": gid("Unit", unit.id)},
    )
    assert response.errors == []
    found = response.data["organisationLearningEffect"]
    return found["reaction"], [row["reaction"] for row in found["breakdowns"]["byActivityKind"]]


async def test_a_unit_of_one_does_not_say_whether_its_leader_rated_an_activity(
    api: Any, session: AsyncSession, settings: Settings
) -> None:
    rated = await _hr_reads_unit_of_one(api, session, settings, rates=True)
    silent = await _hr_reads_unit_of_one(api, session, settings, rates=False)
    assert rated == silent
