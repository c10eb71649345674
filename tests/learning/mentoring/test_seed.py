"""The demo seed: mentors, new leaders, a completed run with explained
proposals, and a running mentorship with a meeting and an observation."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from learning.mentoring.matching.explanations import explanation_text
from learning.mentoring.models import (
    MatchingRun,
    MatchProposal,
    MentoringMeeting,
    MentoringObservation,
    Mentorship,
    RunStatus,
)
from learning.mentoring.seed import seed_mentoring
from tests.support.factories import make_organisation, make_person


async def test_the_seed_makes_a_completed_run_and_a_running_mentorship(
    session: AsyncSession,
) -> None:
    organisation = await make_organisation(session)
    await make_person(session, organisation, roles=["HR"], name="Hanne HR")
    boss = await make_person(
        session,
        organisation,
        roles=["LEADER"],
        name="Bo Chef",
        leader_since=date.today() - timedelta(days=15 * 365),
    )
    new = await make_person(
        session,
        organisation,
        roles=["LEADER"],
        name="Ny Leder",
        manager=boss,
        leader_since=date.today() - timedelta(days=90),
    )
    seeded = await seed_mentoring(session, organisation.id)
    await session.commit()
    assert seeded.created and len(seeded.profile_ids) >= 2 and len(seeded.need_ids) >= 1

    run = await session.get(MatchingRun, seeded.run_id)
    assert run is not None and run.status == RunStatus.COMPLETED.value
    assert run.result is not None and run.result["matched"] >= 1
    proposals = (
        await session.scalars(select(MatchProposal).where(MatchProposal.run_id == run.id))
    ).all()
    assert (new.id, boss.id) not in {(p.mentee_id, p.mentor_id) for p in proposals}
    assert new.id in {p.mentee_id for p in proposals}  # matched with the demo mentor
    assert explanation_text(proposals[0].explanation, "da").startswith("Matcher på")
    mentorship = await session.get(Mentorship, seeded.mentorship_id)
    assert mentorship is not None and mentorship.status == "ACTIVE"
    for model in (MentoringMeeting, MentoringObservation):
        count = await session.scalar(
            select(func.count()).select_from(model).where(model.mentorship_id == mentorship.id)
        )
        assert count and count >= 1

    again = await seed_mentoring(session, organisation.id)
    assert not again.created and again.run_id == run.id
