"""An area of an organisation built through the services: HR, a director (a
leader of leaders) with leaders below, each leader with staff; a colleague
outside the area and another organisation's HR; goals, a published programme
(one module of each kind) with every leader enrolled; and helpers that run a
BASELINE and a FOLLOW_UP 360 cycle with given answers, through the feedback
services. The learning-effect tests' area, and the attacks' and others that
need leaders with 360 results."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from backend.auth.viewer import Viewer
from backend.db import utcnow
from backend.identity.models import Membership, Organisation
from backend.settings import Settings
from feedback.evaluations import service
from feedback.evaluations.models import CyclePurpose, RaterGroup
from feedback.evaluations.reports import repository as results
from feedback.frameworks.repository import FrameworkStructure
from feedback.frameworks.service import write_framework
from learning.effect.ratings import service as ratings
from learning.programmes import service as programmes
from learning.programmes.enrolments import service as enrolments
from learning.programmes.models import ActivityKind, ProgrammeActivity
from tests.support.evaluation_world import small_framework
from tests.support.factories import make_organisation, make_person, token_for, viewer_of
from tests.support.programme_content import content, make_goals
from tests.support.programme_world import activities_by_kind

# group -> the value each rater gives every item (or item id -> value).
Answers = Mapping[RaterGroup, Sequence[int | Mapping[int, int | None]]]


@dataclass
class Area:
    organisation: Organisation
    hr: Membership
    director: Membership
    leaders: list[Membership]
    staff: dict[int, list[Membership]]
    colleague: Membership
    outsider_hr: Membership
    goal_ids: list[int]
    programme_id: int
    version_id: int
    enrolment_ids: dict[int, int]  # leader membership id -> enrolment id
    activities: dict[ActivityKind, ProgrammeActivity]
    settings: Settings
    structure: FrameworkStructure | None = None
    cycle_ids: list[int] = field(default_factory=list)

    def token(self, who: Membership, locale: str = "da") -> str:
        return token_for(who, self.settings, locale)

    def viewer(self, who: Membership) -> Viewer:
        return viewer_of(who)


async def build_area(
    session: AsyncSession,
    settings: Settings,
    leaders: int = 3,
    staff: int = 2,
    starts_on: date | None = None,
) -> Area:
    organisation = await make_organisation(session)
    hr = await make_person(session, organisation, roles=["HR"], name="Hanne HR")
    director = await make_person(session, organisation, roles=["LEADER"], name="Dorte Direktør")
    below: list[Membership] = []
    staff_of: dict[int, list[Membership]] = {}
    for index in range(leaders):
        leader = await make_person(
            session, organisation, roles=["LEADER"], manager=director, name=f"Leder {index}"
        )
        below.append(leader)
        staff_of[leader.id] = [
            await make_person(session, organisation, manager=leader, name=f"Ansat {index}.{n}")
            for n in range(staff)
        ]
    colleague = await make_person(session, organisation, roles=["LEADER"], name="Kim Kollega")
    outsider_hr = await make_person(session, roles=["HR"], name="Anden HR")
    goal_ids = await make_goals(session, organisation)
    hr_viewer = viewer_of(hr)
    programme, _ = await programmes.create_programme(
        session, hr_viewer, content(goal_ids), settings
    )
    _, version = await programmes.publish_programme(session, hr_viewer, programme.id)
    enrolment_ids: dict[int, int] = {}
    for leader in below:
        enrolment = await enrolments.enrol_leader(
            session,
            hr_viewer,
            enrolments.EnrolCommand(
                programme_id=programme.id,
                membership_id=leader.id,
                starts_on=starts_on or date.today() - timedelta(days=30),
                goals=[
                    enrolments.GoalDraft(title="Mål A", organisation_goal_id=goal_ids[0]),
                    enrolments.GoalDraft(title="Mål B", organisation_goal_id=goal_ids[1]),
                ],
            ),
        )
        enrolment_ids[leader.id] = enrolment.id
    activities = await activities_by_kind(session, version.id)
    await session.commit()
    return Area(
        organisation=organisation,
        hr=hr,
        director=director,
        leaders=below,
        staff=staff_of,
        colleague=colleague,
        outsider_hr=outsider_hr,
        goal_ids=goal_ids,
        programme_id=programme.id,
        version_id=version.id,
        enrolment_ids=enrolment_ids,
        activities=activities,
        settings=settings,
    )


async def run_cycle(
    session: AsyncSession,
    area: Area,
    answers: Mapping[int, Answers],
    *,
    baseline_id: int | None = None,
    close: bool = True,
    **policy: Any,
) -> int:
    """A cycle for the leaders in ``answers``, with those responses written
    as the rater path writes them, then closed (which freezes the results),
    unless not ``close`` (then ``service.close_now`` closes it later)."""
    if area.structure is None:
        framework = await write_framework(
            session, area.organisation.id, small_framework(), publish=True
        )
        area.structure = await service.rater_form_structure(session, framework.id)
    structure = area.structure
    cycle = await service.write_cycle(
        session,
        area.organisation.id,
        area.hr.id,
        service.CycleCommand(
            name="Opfølgning" if baseline_id else "Udgangspunkt",
            framework_id=structure.framework.id,
            opens_at=utcnow() - timedelta(days=1),
            closes_at=utcnow() + timedelta(days=10),
            purpose=CyclePurpose.FOLLOW_UP if baseline_id else CyclePurpose.BASELINE,
            baseline_cycle_id=baseline_id,
            leader_ids=list(answers),
            **policy,
        ),
    )
    await service.open_now(session, cycle)
    items = [item.id for c in structure.competencies for item in c.items]
    evaluations = {
        leader_id: await _evaluation_id(session, cycle.id, leader_id) for leader_id in answers
    }
    for leader_id, groups in answers.items():
        for group, raters in groups.items():
            for value in raters:
                given: dict[int, int | None] = (
                    dict(value) if isinstance(value, Mapping) else dict.fromkeys(items, value)
                )
                await results.write_response(
                    session, area.organisation.id, evaluations[leader_id], group.value, given, {}
                )
    if close:
        await service.close_now(session, cycle.id)
    await session.commit()
    area.cycle_ids.append(cycle.id)
    return cycle.id


async def _evaluation_id(session: AsyncSession, cycle_id: int, leader_id: int) -> int:
    from feedback.evaluations import repository

    found = await repository.evaluation_of_leader(session, cycle_id, leader_id)
    assert found is not None
    return found.id


def raters(peer: int, report: int, manager: int | None, own: int = 5, peers: int = 3) -> Answers:
    """Three peers and three direct reports giving one value each to every
    item, the manager one, and the leader themselves ``own`` (never counted)."""
    found: dict[RaterGroup, list[int | Mapping[int, int | None]]] = {
        RaterGroup.PEER: [peer] * peers,
        RaterGroup.DIRECT_REPORT: [report] * 3,
        RaterGroup.SELF: [own],
    }
    if manager is not None:
        found[RaterGroup.MANAGER] = [manager]
    return found


async def area_with_everything(session: AsyncSession, settings: Settings, leaders: int) -> Area:
    """An area whose every figure has something to show: a baseline and a
    follow-up 360 closed for each leader, and each leader's rating of an activity."""
    area = await build_area(session, settings, leaders=leaders, staff=1)
    baseline = await run_cycle(
        session, area, {leader.id: raters(3, 3, 3) for leader in area.leaders}
    )
    await run_cycle(
        session,
        area,
        {leader.id: raters(3 + i % 2, 4, 3) for i, leader in enumerate(area.leaders)},
        baseline_id=baseline,
    )
    for leader in area.leaders:
        await ratings.rate_activity(
            session, viewer_of(leader), area.activities[ActivityKind.KNOWLEDGE].id, 4
        )
    await session.commit()
    return area
