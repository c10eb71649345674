"""The privacy audit log: who read whose 360 report and who exported or
erased whose data. HR reads their organisation's entries, a person the
entries about themselves, and a peer none of another's."""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from backend.privacy import audit
from backend.settings import Settings
from feedback.evaluations.models import Evaluation
from feedback.evaluations.reports import service as reports
from tests.backend.privacy.world import Member, World
from tests.support.factories import viewer_of
from tests.support.graphql_client import GraphQLClient
from tests.support.no_connection import NoConnection
from tests.support.operations import gid, operation

LOG = operation("PrivacyAuditLog")
REPORT = operation("EvaluationReport")


async def _log(api: GraphQLClient, token: str | None, **page: Any) -> list[dict[str, Any]]:
    response = await api.execute(LOG, page or None, token=token)
    assert response.errors == []
    return [edge["node"] for edge in response.data["privacyAuditLog"]["edges"]]


async def test_report_views_and_exports_are_seen_by_hr_and_the_person_not_a_peer(
    settings: Settings, world: World, api: GraphQLClient
) -> None:
    manager = world.token(world.manager, settings)
    read = await api.execute(REPORT, {"id": gid("Evaluation", world.evaluation_id)}, token=manager)
    assert read.errors == [] and read.data["node"]["report"]["figures"] is not None
    exported = await api.execute(
        operation("RequestPersonalDataExport"),
        {"input": {"personId": gid("Person", world.subject.person_id)}},
        token=world.token(world.hr, settings),
    )
    assert exported.data["requestPersonalDataExport"]["errors"] == []

    def about(entries: list[dict[str, Any]], member: Member) -> list[tuple[str, str | None]]:
        subject = gid("Membership", member.id)
        return [
            (e["action"], e["actorMembershipId"])
            for e in entries
            if e["subjectMembershipId"] == subject
        ]

    expected = [
        ("DATA_EXPORT_REQUESTED", gid("Membership", world.hr.id)),
        ("REPORT_VIEWED", gid("Membership", world.manager.id)),
    ]
    assert about(await _log(api, world.token(world.hr, settings)), world.subject) == expected
    own = await _log(api, world.token(world.subject, settings))
    assert about(own, world.subject) == expected
    assert own[1]["objectId"] == gid("Evaluation", world.evaluation_id)
    assert await _log(api, world.token(world.colleague, settings)) == []
    assert await _log(api, world.token(world.stranger, settings)) == []


async def test_downloads_are_recorded_as_well_as_views(
    session: AsyncSession, settings: Settings, world: World, api: GraphQLClient
) -> None:
    leader = viewer_of(world.subject)
    await reports.report_for_viewer(session, leader, world.evaluation_id, "en")
    await session.execute(
        update(Evaluation)
        .where(Evaluation.id == world.evaluation_id)
        .values(report_status="READY", report_object_key=f"org-{world.organisation_id}/r.pdf")
    )
    await session.commit()
    assert (await reports.download_url(session, leader, world.evaluation_id, settings)).startswith(
        "http"
    )
    await session.commit()
    entries = await _log(api, world.token(world.subject, settings))
    own = gid("Membership", world.subject.id)
    assert [(e["action"], e["actorMembershipId"]) for e in entries] == [
        ("REPORT_DOWNLOADED", own),
        ("REPORT_VIEWED", own),
    ]


async def test_the_log_is_paginated_newest_first(
    session: AsyncSession, settings: Settings, world: World, api: GraphQLClient
) -> None:
    for _ in range(3):
        await reports.report_for_viewer(
            session, viewer_of(world.manager), world.evaluation_id, "da"
        )
    await session.commit()
    hr = world.token(world.hr, settings)
    first = await api.execute(LOG, {"first": 2}, token=hr)
    page = first.data["privacyAuditLog"]
    assert len(page["edges"]) == 2 and page["pageInfo"]["hasNextPage"]
    rest = await _log(api, hr, first=2, after=page["pageInfo"]["endCursor"])
    times = [e["node"]["at"] for e in page["edges"]] + [e["at"] for e in rest]
    assert len(times) == 3 and times == sorted(times, reverse=True)


async def test_bad_paging_and_anonymous_readers_are_refused(
    settings: Settings, world: World, api: GraphQLClient
) -> None:
    anonymous = await api.execute(LOG)
    assert anonymous.codes == ["UNAUTHENTICATED"]
    too_many = await api.execute(LOG, {"first": 1000}, token=world.token(world.hr, settings))
    assert too_many.codes == ["INVALID"]
    bad_cursor = await api.execute(
        LOG, {"first": 2, "after": "not-a-cursor"}, token=world.token(world.hr, settings)
    )
    assert bad_cursor.codes == ["INVALID"]
    for value in (["abc"], [2**70], [True]):
        forged = base64.urlsafe_b64encode(json.dumps(value).encode()).decode()
        refused = await api.execute(
            LOG, {"first": 2, "after": forged}, token=world.token(world.hr, settings)
        )
        assert refused.codes == ["INVALID"], value


async def test_a_report_read_while_no_connection_can_be_had_is_still_recorded(
    settings: Settings, world: World, api: GraphQLClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The entry then joins the query's own transaction, which must keep it:
    a report shown is a report recorded."""
    manager = world.token(world.manager, settings)
    with monkeypatch.context() as patched:
        patched.setattr(audit, "database_of", lambda _: NoConnection())
        read = await api.execute(
            REPORT, {"id": gid("Evaluation", world.evaluation_id)}, token=manager
        )
    assert read.errors == [] and read.data["node"]["report"]["figures"] is not None
    entries = await _log(api, world.token(world.hr, settings))
    assert [(e["action"], e["actorMembershipId"]) for e in entries] == [
        ("REPORT_VIEWED", gid("Membership", world.manager.id))
    ]
