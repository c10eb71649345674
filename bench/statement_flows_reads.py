"""The reads and the rarer writes that follow the programme and 360 flows of
``bench/statement_flows.py``, on the organisation those flows built: the
lists HR, a leader and a leader of leaders open every day, learning effect
over the N leaders below the manager, and the cycle HR adjusts."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from bench.statement_counter import Counter, gid


def _get(data: dict[str, Any], *path: str) -> Any:
    for key in path:
        data = (data or {}).get(key) or {}
    return data or None


@dataclass
class ProgrammeWorld:
    """What the programme flow made: HR, the manager of the N leaders, the
    first leader, the programme of N activities and the leader's enrolment."""

    hr: Any
    manager: Any
    leader: Any
    programme: str
    enrolment: str
    activities: list[str]
    goal_ids: list[str]
    reflection: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


async def programme_reads(api: Counter, world: ProgrammeWorld, n: int) -> None:
    hr, leader, manager = world.hr, world.leader, world.manager
    small = [
        {"kind": kind, "title": kind.title(), "body": "Tekst", "dueOffsetDays": 1}
        for kind in ("KNOWLEDGE", "REFLECTION", "ACTION")
    ]
    extra = []
    for i in range(n - 1):  # N programmes in all
        made = await api.op(
            "CreateProgramme",
            {
                "input": {
                    "title": f"Forløb {i}",
                    "goalIds": world.goal_ids[:1],
                    "modules": [{"title": "Modul", "activities": small}],
                }
            },
            hr,
            record=False,
        )
        extra.append(_get(made, "createProgramme", "programme", "id"))
        await api.op(
            "CreateCohort",
            {
                "input": {
                    "programmeId": world.programme,
                    "name": f"Hold {i}",
                    "startsOn": date.today().isoformat(),
                }
            },
            hr,
            record=False,
        )  # N cohorts of the one programme
    await api.op("Programmes", {"first": 100}, hr, label="Programmes (N)")
    await api.op("Enrolments", {"first": 100}, hr, label="Enrolments (N)")
    await api.op(
        "ProgrammeCohorts", {"id": world.programme}, hr, label="ProgrammeCohorts (N cohorts)"
    )
    for i, activity in enumerate(world.activities):
        await api.op(
            "RateActivity",
            {"input": {"activityId": activity, "rating": 4, "comment": "Brugbart"}},
            leader,
            record=i == 0,
        )
    await api.op(
        "MyActivityRatings",
        {"activityIds": world.activities},
        leader,
        label="MyActivityRatings (N activities)",
    )
    if world.reflection:
        await api.op("Reflection", {"id": world.reflection}, leader)
    await api.op("LearningEffectScopes", {}, manager)
    await api.op(
        "LearningEffectSummary", {}, manager, label="LearningEffectSummary (N leaders below)"
    )
    await api.op("LearningEffect", {}, manager, label="LearningEffect (N leaders below)")
    await api.op("OrganisationLearningEffect", {}, hr, label="OrganisationLearningEffect (N)")
    exported = await api.op(
        "ExportLearningEffect", {"input": {"format": "CSV", "scope": "ORGANISATION"}}, hr
    )
    export = _get(exported, "exportLearningEffect", "export", "id")
    if export:
        await api.op("LearningEffectExport", {"id": export}, hr)
    asked = await api.op("RequestPersonalDataExport", {"input": {}}, leader)
    personal = _get(asked, "requestPersonalDataExport", "export", "id")
    if personal:
        await api.op("PersonalDataExport", {"id": personal}, leader)
    await api.op(
        "RequestActivityMediaUpload",
        {
            "input": {
                "programmeId": world.programme,
                "filename": "film.mp4",
                "contentType": "video/mp4",
                "byteSize": 1_000_000,
            }
        },
        hr,
    )
    if extra:
        await api.op("ArchiveProgramme", {"input": {"programmeId": extra[0]}}, hr)
    else:
        await api.op("ArchiveProgramme", {"input": {"programmeId": world.programme}}, hr)


@dataclass
class CycleWorld:
    """What the 360 flow made, before the cycle closes."""

    hr: Any
    manager: Any
    leader: Any
    cycle: str
    evaluation: str
    framework: int
    others: list[Any]


async def cycle_adjustments(api: Counter, world: CycleWorld, n: int) -> None:
    """HR adjusts the open cycle of N leaders; the leader opens their own form."""
    hr = world.hr
    await api.op("EvaluationCycles", {"first": 100}, hr, label="EvaluationCycles (N leaders)")
    closes = (datetime.now(UTC) + timedelta(days=20)).isoformat()
    await api.op(
        "ChangeEvaluationCycleDeadline", {"input": {"cycleId": world.cycle, "closesAt": closes}}, hr
    )
    await api.op(
        "ChangeEvaluationReminderDays",
        {"input": {"cycleId": world.cycle, "reminderDaysBeforeClose": [3, 1]}},
        hr,
    )
    await api.op("RemindEvaluationRaters", {"input": {"cycleId": world.cycle}}, hr)
    await api.op(
        "AddLeadersToEvaluationCycle",
        {
            "input": {
                "cycleId": world.cycle,
                "leaderIds": [gid("Membership", x.id) for x in world.others],
            }
        },
        hr,
        label="AddLeadersToEvaluationCycle (N)",
    )
    await api.op("OpenMyRaterForm", {"input": {"evaluationId": world.evaluation}}, world.leader)


async def cycle_results(api: Counter, world: CycleWorld) -> None:
    await api.op(
        "EvaluationCycleResults", {"id": world.cycle}, world.hr, label="EvaluationCycleResults"
    )
