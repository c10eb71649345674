"""The demo seed gives the effect view numbers: progress of every depth,
checkpoints, ratings, and a before/after 360 with effect sizes."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from backend.settings import Settings
from feedback.seed import seed_feedback
from learning.effect.seed import seed_effect
from learning.programmes.seed import seed_programmes
from tests.support.factories import make_organisation, make_person, token_for
from tests.support.operations import operation


async def test_seed_gives_the_area_progress_goals_and_360_change(
    session: AsyncSession, settings: Settings, api: Any
) -> None:
    organisation = await make_organisation(session)
    await make_person(session, organisation, roles=["HR"], name="Helle HR")
    director = await make_person(session, organisation, roles=["LEADER"], name="Dorte Direktør")
    chief = await make_person(
        session, organisation, roles=["LEADER"], manager=director, name="Bo Chef"
    )
    for index in range(4):
        leader = await make_person(
            session,
            organisation,
            roles=["LEADER"],
            manager=chief,
            name=f"Ny leder {index}",
            leader_since=date.today() - timedelta(days=100 + index),
        )
        for n in range(3):
            await make_person(session, organisation, manager=leader, name=f"Ansat {index}.{n}")
    await seed_programmes(session, organisation.id)
    await seed_feedback(session, organisation.id)
    seeded = await seed_effect(session, organisation.id)
    await session.commit()
    assert seeded is not None and seeded.leaders == 4 and seeded.cycles is not None

    response = await api.execute(operation("LearningEffect"), token=token_for(director, settings))
    assert response.errors == []
    effect = response.data["learningEffect"]
    participation = effect["participation"]
    assert (participation["enrolled"], participation["completed"]) == (4, 1)
    assert {c["kind"]: c["held"] for c in participation["checkpoints"]} == {
        "BEFORE": 4,
        "DURING": 3,
        "AFTER": 1,
    }
    # One completed enrolment has rated goals: one leader's, so suppressed.
    assert effect["goalAttainment"]["overall"]["suppressed"] is True
    change = effect["behaviourChange"]
    assert change["overall"]["leaders"] == 4 and change["overall"]["effectSize"] is not None
    assert len(change["competencies"]) == 7
    assert effect["reaction"]["leaders"] == 4

    assert await seed_effect(session, organisation.id) is None
