"""Demo data: mentors, new leaders, a completed matching run and a running
mentorship.

``seed_mentoring(session, organisation_id)`` gives the organisation's
experienced leaders (leaders for three years or more) mentor profiles and its
new leaders (leaders for less than two years) mentoring needs, creating a few
demo people when the organisation has too few. It then runs the matching
(the same code as the Celery task) and makes the best proposal an active
mentorship with an agreement, a past and a coming meeting, an observation
and a general feedback note from the mentor. Running it again changes
nothing. The caller commits.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.db import utcnow
from backend.identity.models import Organisation, Role
from learning.mentoring import repository as repo
from learning.mentoring.matching import service as runs
from learning.mentoring.models import (
    AreaPreference,
    MatchingRun,
    MentoringNeed,
    MentorProfile,
    Mentorship,
    NeedStatus,
    RunStatus,
)
from learning.mentoring.seed import people
from learning.mentoring.seed.people import (
    AREAS,
    DEMO_MENTEES,
    DEMO_MENTORS,
    EXPERIENCED_DAYS,
    MAX_MENTEES,
    MAX_MENTORS,
    NEW_LEADER_DAYS,
    PLACES,
    TAGS,
)
from learning.mentoring.seed.stories import best_proposal_mentorship, mentorship_of


@dataclass
class SeededMentoring:
    profile_ids: list[int]
    need_ids: list[int]
    run_id: int | None
    mentorship_id: int | None
    created: bool = True


async def seed_mentoring(session: AsyncSession, organisation_id: int) -> SeededMentoring:
    done = await session.scalar(
        select(MatchingRun.id).where(
            MatchingRun.organisation_id == organisation_id,
            MatchingRun.status == RunStatus.COMPLETED.value,
        )
    )
    if done is not None:
        return SeededMentoring([], [], done, None, created=False)
    organisation = await session.get(Organisation, organisation_id)
    if organisation is None:
        raise ValueError(f"no organisation {organisation_id}")
    today = utcnow().date()
    leaders = await people.leaders(session, organisation_id)
    experienced = [
        m for m in leaders if m.leader_since and (today - m.leader_since).days >= EXPERIENCED_DAYS
    ][:MAX_MENTORS]
    new = [
        m for m in leaders if m.leader_since and (today - m.leader_since).days < NEW_LEADER_DAYS
    ][:MAX_MENTEES]
    # The demo's story: its mentor and both mentees take part, whatever their ids.
    story = await people.story(session, organisation_id)
    if story is not None:
        mentor, mentees = story
        experienced = [mentor, *[m for m in experienced if m.id != mentor.id]][:MAX_MENTORS]
        taken = {m.id for m in mentees}
        new = [*mentees, *[m for m in new if m.id not in taken]][:MAX_MENTEES]
    for n, (name, title) in enumerate(DEMO_MENTORS[: max(0, 2 - len(experienced))]):
        since = today - timedelta(days=365 * (9 + 3 * n))
        experienced.append(
            await people.demo_person(session, organisation, name, title, since, None)
        )
    for n, (name, title) in enumerate(DEMO_MENTEES[: max(0, 1 - len(new))]):
        since = today - timedelta(days=120 + 60 * n)
        new.append(await people.demo_person(session, organisation, name, title, since, None))

    profiles = []
    for n, member in enumerate(experienced):
        profile = await repo.profile_of(session, member.id) or MentorProfile(
            organisation_id=organisation_id, membership_id=member.id
        )
        profile.capacity = 3 if story is not None and member.id == story[0].id else 2
        profile.tags = [TAGS[(n + k) % len(TAGS)] for k in (0, 3, 5)]
        profile.areas = [AREAS[n % len(AREAS)]]
        profile.languages = ["da", "en"] if n % 2 == 0 else ["da"]
        profile.location = PLACES[n % len(PLACES)]
        profile.availability = "Et møde hver 14. dag, gerne tirsdag eftermiddag."
        session.add(profile)
        profiles.append(profile)
    needs = []
    wishes = [AreaPreference.SAME_AREA, AreaPreference.OTHER_AREA, AreaPreference.ANY]
    for n, member in enumerate(new):
        need = await repo.need_of(session, member.id) or MentoringNeed(
            organisation_id=organisation_id, membership_id=member.id
        )
        need.tags = [TAGS[(2 * n) % len(TAGS)], TAGS[(2 * n + 3) % len(TAGS)]]
        need.area = AREAS[(n + 1) % len(AREAS)]
        need.area_preference = wishes[n % len(wishes)].value
        need.language = "da"
        need.location = PLACES[n % len(PLACES)]
        need.notes = "Jeg er ny som leder og vil gerne lære af en erfaren kollega."
        need.status = NeedStatus.OPEN.value
        session.add(need)
        needs.append(need)
    await session.flush()

    hr = next((m for m in leaders if Role.HR.value in (m.roles or [])), None)
    run = MatchingRun(
        organisation_id=organisation_id,
        started_by_id=hr.id if hr else None,
        weights={"focus": 4.0, "experience": 1.0, "language": 2.0, "location": 1.0, "area": 1.0},
    )
    session.add(run)
    await session.flush()
    await runs.execute_run(session, run.id, today)
    mentorship: Mentorship | None
    if story is not None:
        mentor, mentees = story
        mentorship = await mentorship_of(session, run.id, mentor, mentees[0], today, full=True)
        for other in mentees[1:]:
            await mentorship_of(session, run.id, mentor, other, today, full=False)
    else:
        mentorship = await best_proposal_mentorship(session, run.id, today)
    return SeededMentoring(
        [p.id for p in profiles],
        [n.id for n in needs],
        run.id,
        mentorship.id if mentorship else None,
    )


# Picked up by ``ledelyst seed-demo`` (backend.seed): before programmes, so
# that the mentees can share their reflections with their mentor.
SEED_ORDER = 5
seed_demo = seed_mentoring
