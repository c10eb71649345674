"""Who sees learning effect: a leader of leaders their area, HR the
organisation, nobody else; nothing crosses organisations."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from backend.api.relay import to_global_id
from learning.programmes import enrolments
from tests.learning.effect.conftest import Area
from tests.support.factories import make_person, viewer_of
from tests.support.operations import operation

AREA = "query { learningEffect { scope participation { enrolled leaders } } }"
ORGANISATION = "query { organisationLearningEffect { scope participation { enrolled } } }"
SUMMARY = (
    "query($s: EffectScope!) { learningEffectSummary(scope: $s) { participation { enrolled } } }"
)


async def test_leader_of_leaders_sees_their_area(area: Area, api: Any) -> None:
    response = await api.execute(AREA, token=area.token(area.director))
    assert response.errors == []
    assert response.data["learningEffect"] == {
        "scope": "AREA",
        "participation": {"enrolled": 3, "leaders": 3},
    }


async def test_leader_of_leaders_sees_only_below_them(
    session: AsyncSession, area: Area, api: Any
) -> None:
    """Another director's leader is HR's to see, not this director's."""
    other_director = await make_person(session, area.organisation, roles=["LEADER"])
    other_leader = await make_person(
        session, area.organisation, roles=["LEADER"], manager=other_director
    )
    await enrolments.enrol_leader(
        session,
        viewer_of(area.hr),
        enrolments.EnrolCommand(programme_id=area.programme_id, membership_id=other_leader.id),
    )
    await session.commit()
    mine = await api.execute(AREA, token=area.token(area.director))
    assert mine.data["learningEffect"]["participation"]["enrolled"] == 3
    everyone = await api.execute(ORGANISATION, token=area.token(area.hr))
    assert everyone.errors == []
    assert everyone.data["organisationLearningEffect"] == {
        "scope": "ORGANISATION",
        "participation": {"enrolled": 4},
    }


async def test_hr_without_an_area_is_refused_the_area_view(area: Area, api: Any) -> None:
    response = await api.execute(AREA, token=area.token(area.hr))
    assert response.codes == ["FORBIDDEN"]


async def test_leader_without_leaders_below_is_refused(area: Area, api: Any) -> None:
    for query in (AREA, ORGANISATION):
        response = await api.execute(query, token=area.token(area.leaders[0]))
        assert response.codes == ["FORBIDDEN"], query
    summary = await api.execute(SUMMARY, {"s": "AREA"}, token=area.token(area.leaders[0]))
    assert summary.codes == ["FORBIDDEN"]


async def test_colleague_is_refused(area: Area, api: Any) -> None:
    for query in (AREA, ORGANISATION):
        response = await api.execute(query, token=area.token(area.colleague))
        assert response.codes == ["FORBIDDEN"], query


async def test_director_is_refused_the_organisation(area: Area, api: Any) -> None:
    response = await api.execute(ORGANISATION, token=area.token(area.director))
    assert response.codes == ["FORBIDDEN"]


async def test_signed_out_is_unauthenticated(api: Any) -> None:
    response = await api.execute(AREA)
    assert response.codes == ["UNAUTHENTICATED"]


async def test_other_organisation_sees_nothing_of_ours(area: Area, api: Any) -> None:
    theirs = await api.execute(ORGANISATION, token=area.token(area.outsider_hr))
    assert theirs.errors == []
    assert theirs.data["organisationLearningEffect"]["participation"]["enrolled"] == 0
    by_our_programme = await api.execute(
        operation("OrganisationLearningEffect"),
        {"filter": {"programmeId": to_global_id("Programme", area.programme_id)}},
        token=area.token(area.outsider_hr),
    )
    assert by_our_programme.codes == ["NOT_FOUND"]
    assert by_our_programme.data is None


async def test_hr_summary_of_the_organisation(area: Area, api: Any) -> None:
    response = await api.execute(SUMMARY, {"s": "ORGANISATION"}, token=area.token(area.hr))
    assert response.errors == []
    assert response.data["learningEffectSummary"]["participation"]["enrolled"] == 3
