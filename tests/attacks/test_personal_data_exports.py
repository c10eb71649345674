"""Attack class 1: a personal-data export beside the report. The export holds
what its person may see (their report as shown, their own rows), never the
frozen cells of others' answers; one HR asks for is delivered to the person."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from backend.db import Database
from backend.privacy import service as privacy
from backend.privacy.models import PersonalDataExport
from backend.privacy.tasks import render_export
from backend.settings import Settings
from feedback.evaluations.models import CycleProfile, RaterGroup
from tests.support.attack_tools import as_json, ask, numbers_in, run_task, stored
from tests.support.effect_area import Area, build_area, run_cycle
from tests.support.operations import gid

PEER, REPORT, SELF, MANAGER = (
    RaterGroup.PEER,
    RaterGroup.DIRECT_REPORT,
    RaterGroup.SELF,
    RaterGroup.MANAGER,
)
# Two peers answering 1 and 2: the cell (n=2, Σ=3, Σ²=5) has one solution on 1-5.
TWO_PEERS = {PEER: [1, 2], REPORT: [4, 4, 5], SELF: [3], MANAGER: [2]}
HIDDEN_PEER_CELL = [2, 3, 5]


async def _export(
    session: AsyncSession,
    database: Database,
    settings: Settings,
    api: Any,
    token: str,
    **input: Any,
) -> tuple[dict[str, Any], dict[str, Any]]:
    asked = await ask(api, "RequestPersonalDataExport", token, input=input)
    payload = asked.data["requestPersonalDataExport"]
    assert payload["errors"] == []
    export_id = await run_task(session, database, settings, privacy.EXPORT_TASK, render_export)
    row = await session.get(PersonalDataExport, export_id, populate_existing=True)
    assert row is not None and row.object_key is not None
    return payload["export"], as_json(await stored(settings, row.object_key))


def _evaluations(document: dict[str, Any]) -> list[dict[str, Any]]:
    return list(document["slices"]["feedback.evaluations"]["evaluation"])


def _groups_in(report: dict[str, Any] | None) -> set[str]:
    if report is None:
        return set()
    found = set(report["shown_groups"])
    for competency in report["competencies"]:
        found |= {f["group"] for f in competency["figures"]}
        for item in competency["items"]:
            found |= {f["group"] for f in item["figures"]}
    return found


async def test_leaders_own_export_holds_no_cells_of_a_hidden_peer_group(
    session: AsyncSession, database: Database, settings: Settings, area: Area, api: Any
) -> None:
    leader = area.leaders[0]
    await run_cycle(session, area, {leader.id: TWO_PEERS})
    _, document = await _export(session, database, settings, api, area.token(leader))
    (evaluation,) = _evaluations(document)
    assert "frozen_results" not in evaluation
    report = evaluation["report"]
    # The report as the leader reads it: direct reports shown, the two peers nowhere.
    assert REPORT.value in _groups_in(report)
    assert PEER.value not in _groups_in(report)
    assert PEER.value not in report["responses"] or report["responses"][PEER.value] == 2
    assert HIDDEN_PEER_CELL not in list(numbers_in(document))


async def test_export_of_a_report_the_danish_profile_withheld_holds_none_of_it(
    session: AsyncSession, database: Database, settings: Settings, api: Any
) -> None:
    small = await build_area(session, settings, leaders=1, staff=3)  # under 5 employees
    leader = small.leaders[0]
    await run_cycle(
        session,
        small,
        {leader.id: {REPORT: [1, 5, 5], PEER: [4, 4, 4], SELF: [3]}},
        profile=CycleProfile.DANISH_PUBLIC_SECTOR,
    )
    _, document = await _export(session, database, settings, api, small.token(leader))
    (evaluation,) = _evaluations(document)
    assert evaluation["report_status"] == "WITHHELD"
    assert evaluation["report"] is None and "frozen_results" not in evaluation
    assert [3, 11, 51] not in list(numbers_in(document))  # the direct reports' cell


async def test_hr_export_about_a_leader_is_delivered_to_the_leader_not_to_hr(
    session: AsyncSession, database: Database, settings: Settings, area: Area, api: Any
) -> None:
    leader = area.leaders[1]
    await run_cycle(session, area, {leader.id: TWO_PEERS})
    export, document = await _export(
        session,
        database,
        settings,
        api,
        area.token(area.hr),
        personId=gid("Person", leader.person_id),
    )
    assert HIDDEN_PEER_CELL not in list(numbers_in(document))
    by_hr = await ask(api, "PersonalDataExport", area.token(area.hr), id=export["id"])
    assert by_hr.data["personalDataExport"]["status"] == "READY"
    assert by_hr.data["personalDataExport"]["downloadUrl"] is None
    by_leader = await ask(api, "PersonalDataExport", area.token(leader), id=export["id"])
    assert by_leader.data["personalDataExport"]["downloadUrl"].startswith("http")
    # Nor can the director, who asked for nothing, read it.
    by_director = await ask(api, "PersonalDataExport", area.token(area.director), id=export["id"])
    assert by_director.data["personalDataExport"] is None
