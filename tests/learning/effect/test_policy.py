"""Who sees learning effect: a leader of leaders their area, HR and the
organisation's top leader the organisation, nobody else; nothing crosses
organisations."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from backend.api.errors import DomainError, ErrorCode
from backend.api.relay import to_global_id
from learning.effect import service
from learning.effect.calculation.population import EffectFilter
from learning.effect.models import EffectScope
from learning.programmes.enrolments import service as enrolments
from tests.support.effect_area import Area
from tests.support.factories import make_organisation, make_person, viewer_of
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


async def test_the_summary_is_dated_like_the_full_figures(area: Area, api: Any) -> None:
    """The phone's first view says which day overdue is counted against."""
    both = "query { learningEffect { asOf } learningEffectSummary(scope: AREA) { asOf scope } }"
    response = await api.execute(both, token=area.token(area.director))
    assert response.errors == []
    summary = response.data["learningEffectSummary"]
    assert summary == {"asOf": response.data["learningEffect"]["asOf"], "scope": "AREA"}


# --- the organisation's top leader ---------------------------------------------------------


async def _director_on_top(session: AsyncSession, area: Area) -> None:
    """Everyone of the organisation below the director: she is its top."""
    area.hr.manager_id = area.director.id
    area.colleague.manager_id = area.director.id
    await session.commit()


async def test_top_leader_sees_the_organisation(session: AsyncSession, area: Area) -> None:
    await _director_on_top(session, area)
    director = viewer_of(area.director)
    assert await service.scopes_for(session, director) == [
        EffectScope.AREA,
        EffectScope.ORGANISATION,
    ]
    scope = await service.scope_for(session, director, EffectScope.ORGANISATION, EffectFilter())
    assert scope.kind == EffectScope.ORGANISATION and scope.below_membership_id is None


async def test_top_leader_exports_the_organisation(
    session: AsyncSession, area: Area, api: Any
) -> None:
    await _director_on_top(session, area)
    response = await api.execute(
        operation("ExportLearningEffect"),
        {"input": {"format": "CSV", "scope": "ORGANISATION"}},
        token=area.token(area.director),
    )
    payload = response.data["exportLearningEffect"]
    assert payload["errors"] == []
    assert payload["export"]["scope"] == "ORGANISATION"
    scopes = await api.execute("query { learningEffectScopes }", token=area.token(area.director))
    assert scopes.data == {"learningEffectScopes": ["AREA", "ORGANISATION"]}


async def test_no_top_leader_where_the_reporting_line_has_two_tops(
    session: AsyncSession, area: Area
) -> None:
    """The colleague leads no one and has no manager: the director's area is
    not the whole organisation, so she gets her area and nothing more."""
    area.hr.manager_id = area.director.id
    await session.commit()
    director = viewer_of(area.director)
    assert await service.scopes_for(session, director) == [EffectScope.AREA]
    with pytest.raises(DomainError) as refused:
        await service.scope_for(session, director, EffectScope.ORGANISATION, EffectFilter())
    assert refused.value.code == ErrorCode.FORBIDDEN


async def test_top_without_leaders_below_is_no_top_leader(
    session: AsyncSession, area: Area
) -> None:
    """A lone member without a manager who leads only staff (or no one) is
    not a leader of leaders: nothing to see."""
    organisation = await make_organisation(session)
    head = await make_person(session, organisation, roles=["LEADER"])
    await make_person(session, organisation, manager=head)
    await session.commit()
    assert await service.scopes_for(session, viewer_of(head)) == []
    with pytest.raises(DomainError):
        await service.scope_for(session, viewer_of(head), EffectScope.ORGANISATION, EffectFilter())


async def test_scopes_by_role(session: AsyncSession, area: Area) -> None:
    assert await service.scopes_for(session, viewer_of(area.hr)) == [EffectScope.ORGANISATION]
    assert await service.scopes_for(session, viewer_of(area.leaders[0])) == []
    assert await service.scopes_for(session, viewer_of(area.colleague)) == []
