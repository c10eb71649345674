"""The people, units, goals and competency framework flow of
``bench/statements.py``: HR builds an organisation of N units, N people
(leaders reporting to one manager), N organisational goals, a leadership
foundation of N principles and N competency frameworks, through the
operations themselves, and every read that lists them is counted."""

from __future__ import annotations

from datetime import date
from typing import Any

from bench.statement_counter import Counter


def _payload(data: dict[str, Any], field: str, key: str) -> Any:
    return ((data.get(field) or {}).get(key) or {}).get("id")


async def people_flow(api: Counter, session: Any, n: int) -> None:
    from tests.support.factories import make_organisation, make_person

    org = await make_organisation(session)
    hr = await make_person(session, org, roles=["HR", "ADMIN"], name="HR")
    await session.commit()
    root = await api.op("CreateUnit", {"input": {"name": "Kommunen"}}, hr, record=False)
    units: list[str] = []
    for i in range(n):
        created = await api.op(
            "CreateUnit",
            {"input": {"name": f"Enhed {i}", "parentId": _payload(root, "createUnit", "unit")}},
            hr,
            record=i == n - 1,
        )
        units.append(_payload(created, "createUnit", "unit"))
    made = await api.op(
        "CreatePerson",
        {
            "input": {
                "email": f"mona-{org.slug}@example.dk",
                "name": "Mona Manager",
                "unitId": units[0],
                "jobTitle": "Direktør",
                "roles": ["LEADER"],
            }
        },
        hr,
        label="CreatePerson (the manager)",
    )
    manager_person = _payload(made, "createPerson", "person")
    manager_membership = ((made.get("createPerson") or {}).get("person") or {}).get(
        "membership"
    ) or {}
    people: list[str] = []
    for i in range(n):
        created = await api.op(
            "CreatePerson",
            {
                "input": {
                    "email": f"leder-{i}-{org.slug}@example.dk",
                    "name": f"Leder {i}",
                    "unitId": units[i],
                    "jobTitle": "Afdelingsleder",
                    "managerId": manager_person,
                    "leaderSince": date.today().isoformat(),
                    "roles": ["LEADER"],
                }
            },
            hr,
            record=i == n - 1,
        )
        people.append(_payload(created, "createPerson", "person"))
    first = people[0]
    await api.op("UpdatePerson", {"input": {"id": first, "name": "Leder Nul"}}, hr)
    await api.op("UpdateUnit", {"input": {"id": units[-1], "name": "Enhed X"}}, hr)
    await api.op("SetReportingLine", {"input": {"personId": first, "managerId": None}}, hr)
    await api.op(
        "SetReportingLine",
        {"input": {"personId": first, "managerId": manager_person}},
        hr,
        record=False,
    )
    await api.op(
        "UpdateMembership", {"input": {"personId": first, "jobTitle": "Sektionsleder"}}, hr
    )
    goals: list[str] = []
    for i in range(n):
        created = await api.op(
            "CreateGoal",
            {"input": {"title": f"Mål {i}", "unitIds": units[: min(3, i + 1)]}},
            hr,
            record=i == n - 1,
        )
        goals.append(_payload(created, "createGoal", "goal"))
    await api.op("UpdateGoal", {"input": {"id": goals[0], "title": "Borgeren i centrum"}}, hr)
    kinds = ["PRINCIPLE", "VALUE"]
    await api.op(
        "PublishLeadershipFoundation",
        {
            "input": {
                "title": "Ledelsesgrundlag",
                "principles": [{"kind": kinds[i % 2], "title": f"Princip {i}"} for i in range(n)],
            }
        },
        hr,
    )
    await api.op("LeadershipFoundation", {}, hr)
    await _frameworks(api, hr, n)
    manager = await _membership(session, manager_membership.get("id"))
    await api.op("Viewer", {}, hr, label="Viewer (HR)")
    if manager is not None:
        await api.op("Viewer", {}, manager, label="Viewer (manager of N)")
        await api.op("SetMyLocale", {"input": {"locale": "EN"}}, manager)
    await api.op("People", {"first": 100}, hr, label="People (N+1 people)")
    await api.op("OrganisationUnits", {"first": 100}, hr, label="OrganisationUnits (N units)")
    await api.op("Goals", {"first": 100}, hr, label="Goals (N goals)")
    await api.op("SpansOfControl", {"first": 100}, hr)
    await api.op(
        "Reports", {"personId": manager_person, "first": 100}, hr, label="Reports (N reports)"
    )
    emails = {p: f"leder-{i}-{org.slug}@example.dk" for i, p in enumerate(people)}
    for i, person in enumerate(people):  # N entries in the audit log
        await api.op(
            "RequestPersonalDataExport", {"input": {"personId": person}}, hr, record=i == n - 1
        )
    await api.op(
        "ErasePerson", {"input": {"personId": people[-1], "confirmEmail": emails[people[-1]]}}, hr
    )
    await api.op("PrivacyAuditLog", {"first": 100}, hr, label="PrivacyAuditLog (N+1 entries)")


async def _frameworks(api: Counter, hr: Any, n: int) -> None:
    """N frameworks of one competency each, the last with N competencies."""
    framework = None
    for i in range(n):
        count = n if i == n - 1 else 1
        created = await api.op(
            "CreateCompetencyFramework",
            {
                "input": {
                    "family": f"ledelse-{i}",
                    "nameDa": f"Ledelse {i}",
                    "nameEn": f"Leadership {i}",
                    "scaleLabelsDa": ["1", "2", "3", "4", "5"],
                    "scaleLabelsEn": ["1", "2", "3", "4", "5"],
                    "competencies": [
                        {
                            "titleDa": f"Kompetence {c}",
                            "titleEn": f"Competency {c}",
                            "items": [{"textDa": "Spørgsmål", "textEn": "Question"}],
                        }
                        for c in range(count)
                    ],
                    "openQuestions": [{"textDa": "Andet?", "textEn": "Else?"}],
                }
            },
            hr,
            record=i == n - 1,
        )
        framework = _payload(created, "createCompetencyFramework", "framework")
    if framework is None:
        return
    await api.op("PublishCompetencyFramework", {"input": {"id": framework}}, hr)
    await api.op("CreateCompetencyFrameworkVersion", {"input": {"id": framework}}, hr)
    await api.op("CompetencyFrameworks", {"first": 100}, hr, label="CompetencyFrameworks (N)")


async def _membership(session: Any, global_id: str | None) -> Any:
    from backend.api.relay import from_global_id
    from backend.identity.models import Membership

    if global_id is None:
        return None
    return await session.get(Membership, int(from_global_id(global_id)[1]))
