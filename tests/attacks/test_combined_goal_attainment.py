"""Learning effect suppresses goal attainment resting on fewer than three
leaders; the same figure must not be read one leader at a time somewhere
else. The AFTER checkpoint's attainment rating is the manager's judgement of
one leader: the leader and the manager who gave it read it; HR and leaders
higher up read it only through learning effect, under its release rule."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from backend.settings import Settings
from tests.support.attack_tools import ask, rate_goals
from tests.support.effect_area import Area
from tests.support.factories import make_person, token_for
from tests.support.operations import gid


async def _ratings_read(api: Any, token: str, enrolment_id: int) -> list[int | None]:
    response = await ask(api, "EnrolmentDetail", token, id=gid("Enrolment", enrolment_id))
    node = response.data["node"]
    assert node is not None, response.errors
    return [g["attainmentRating"] for g in node["developmentGoals"]]


async def _goal_node(api: Any, token: str, goal_id: str) -> Any:
    query = "query($id: ID!) { node(id: $id) { ... on DevelopmentGoal { attainmentRating } } }"
    response = await api.execute(query, {"id": goal_id}, token=token)
    assert "INTERNAL_SERVER_ERROR" not in response.codes
    return response.data["node"]


async def test_hr_cannot_read_one_leaders_goal_attainment_the_learning_effect_suppresses(
    api: Any, session: AsyncSession, settings: Settings, area: Area
) -> None:
    leader = area.leaders[0]
    enrolment = area.enrolment_ids[leader.id]
    await rate_goals(session, enrolment, 2)
    # Above the director: a leader of leaders two levels up.
    top = await make_person(session, area.organisation, roles=["LEADER"], name="Topchef")
    area.director.manager_id = top.id
    await session.commit()

    hr = area.token(area.hr)
    effect = await ask(api, "OrganisationLearningEffect", hr, filter=None)
    overall = effect.data["organisationLearningEffect"]["goalAttainment"]["overall"]
    assert overall["suppressed"] and overall["mean"] is None  # one leader: suppressed

    detail = await ask(api, "EnrolmentDetail", hr, id=gid("Enrolment", enrolment))
    goal_ids = [g["id"] for g in detail.data["node"]["developmentGoals"]]
    assert goal_ids  # HR still sees the enrolment and its goals
    for who in (hr, token_for(top, settings)):
        assert await _ratings_read(api, who, enrolment) == [None] * len(goal_ids)
        for goal_id in goal_ids:
            assert (await _goal_node(api, who, goal_id) or {}).get("attainmentRating") is None
    # The leader and the manager who gave the rating read it.
    for who in (area.token(leader), area.token(area.director)):
        assert await _ratings_read(api, who, enrolment) == [2] * len(goal_ids)
