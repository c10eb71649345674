"""Who may see what: the leader and their manager read the report; HR sees
response rates, not answers; a mentor only when the leader shares."""

from __future__ import annotations

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from backend.api.errors import DomainError, ErrorCode
from feedback.evaluations import service
from feedback.evaluations.models import RaterGroup
from tests.support.evaluation_world import answer, build, close, report
from tests.support.factories import make_person, viewer_of


async def test_report_readers(session: AsyncSession) -> None:
    scenario = await build(session, peers=3, reports=3)
    for token in scenario.tokens_of(RaterGroup.PEER):
        await answer(session, scenario, token, 4)
    await close(session, scenario)
    mentor = viewer_of(await make_person(session, scenario.organisation, roles=["MENTOR"]))
    stranger = viewer_of(await make_person(session, scenario.organisation, roles=["LEADER"]))
    await session.commit()
    assert await report(session, scenario) is not None
    assert await report(session, scenario, scenario.manager_viewer) is not None
    for outsider in (scenario.hr_viewer, mentor, stranger):
        with pytest.raises(DomainError) as refused:
            await report(session, scenario, outsider)
        assert refused.value.code == ErrorCode.FORBIDDEN
    await service.share_report(
        session, scenario.leader_viewer, scenario.evaluation_id, mentor.membership_id, True
    )
    assert await report(session, scenario, mentor) is not None
    with pytest.raises(DomainError):
        await service.share_report(
            session, mentor, scenario.evaluation_id, stranger.membership_id, True
        )
    await service.share_report(
        session, scenario.leader_viewer, scenario.evaluation_id, mentor.membership_id, False
    )
    with pytest.raises(DomainError):
        await report(session, scenario, mentor)


async def test_hr_sees_response_rates_not_answers(session: AsyncSession) -> None:
    scenario = await build(session, peers=3, reports=3)
    await answer(session, scenario, scenario.tokens_of(RaterGroup.PEER)[0], 4)
    found = await service.response_rates(session, scenario.hr_viewer, scenario.cycle_id)
    rates = {r.group: r for r in found.groups}
    # One answer in the whole cycle: no group is shown, and an answer in a group
    # under its threshold is not counted in the total either (it would say it).
    assert rates["PEER"].answered is None and rates["DIRECT_REPORT"].answered is None
    assert found.answered == 0
    assert not hasattr(rates["PEER"], "mean")
    with pytest.raises(DomainError):
        await service.response_rates(session, scenario.leader_viewer, scenario.cycle_id)
    progress = await service.progress(session, scenario.hr_viewer, [scenario.evaluation_id])
    assert scenario.evaluation_id in progress
    assert await service.cycle_results(session, scenario.hr_viewer, scenario.cycle_id, "da") is None


async def test_nothing_crosses_organisations(session: AsyncSession) -> None:
    first = await build(session, peers=3, reports=0)
    second = await build(session, peers=3, reports=0)
    for viewer in (second.hr_viewer, second.leader_viewer):
        with pytest.raises(DomainError) as refused:
            await service.report_for_viewer(session, viewer, first.evaluation_id, "da")
        assert refused.value.code == ErrorCode.NOT_FOUND
    assert await service.progress(session, second.hr_viewer, [first.evaluation_id]) == {}
