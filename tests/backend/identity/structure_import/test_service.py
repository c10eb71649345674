"""Importing an organisation's structure: good rows in, bad rows reported,
cycles refused, the same file twice changes nothing, 10,000 rows in one go."""

from __future__ import annotations

import time
from typing import Any

import pytest
from sqlalchemy import func, select

from backend.identity.models import Membership, Person, Unit
from backend.identity.structure_import.rows import parse
from backend.identity.structure_import.service import Outcome, import_structure
from backend.identity.structure_import.tasks import import_structure as import_task
from backend.jobs.models import OutboxMessage
from backend.jobs.outbox_task import Outcome as TaskOutcome
from backend.jobs.outbox_task import handle_message
from tests.support.factories import make_organisation, token_for, unique
from tests.support.identity_world import World

HEADER = "e-mail;navn;enhed;leder_email;stilling;leder_siden;roller"


async def run(session: Any, organisation_id: int, text: str, encoding: str = "utf-8") -> Outcome:
    outcome = await import_structure(session, organisation_id, parse(text.encode(encoding)))
    await session.commit()
    return outcome


def reasons(outcome: Outcome) -> list[tuple[int, str]]:
    return [(r.line, r.key) for r in sorted(outcome.rejected, key=lambda r: r.line)]


async def members(session: Any, organisation_id: int) -> dict[str, dict[str, Any]]:
    """E-mail -> what the organisation says about the person."""
    rows = (
        await session.execute(
            select(Membership.id, Membership.manager_id, Membership.roles, Unit.name, Person.email)
            .join(Person, Person.id == Membership.person_id)
            .outerjoin(Unit, Unit.id == Membership.unit_id)
            .where(Membership.organisation_id == organisation_id)
        )
    ).all()
    email_of = {row.id: row.email for row in rows}
    return {
        row.email: {"roles": row.roles, "unit": row.name, "manager": email_of.get(row.manager_id)}
        for row in rows
    }


async def test_a_good_file_builds_people_units_and_reporting_lines(session) -> None:
    organisation = await make_organisation(session)
    p = unique("imp")
    text = "\n".join(
        [
            HEADER,
            f"{p}.dir@fjordby.dk;Dorte Direktør;Fjordby > Børn og Unge;;Direktør;01-01-2010;leder",
            f"{p}.leder@fjordby.dk;Lars Leder;Fjordby > Børn og Unge > Skole Nord;"
            f"{p}.dir@fjordby.dk;Skoleleder;2024-09-01;leder,mentor",
            f"{p}.laerer@fjordby.dk;Lone Lærer;Fjordby > Børn og Unge > Skole Nord;"
            f"{p}.leder@fjordby.dk;Lærer;;",
        ]
    )
    outcome = await run(session, organisation.id, text)
    assert outcome.created == [2, 3, 4] and outcome.rejected == [] and outcome.units_created == 3
    people = await members(session, organisation.id)
    assert people[f"{p}.laerer@fjordby.dk"]["manager"] == f"{p}.leder@fjordby.dk"
    assert people[f"{p}.leder@fjordby.dk"]["roles"] == ["LEADER", "MENTOR"]
    assert people[f"{p}.leder@fjordby.dk"]["unit"] == "Skole Nord"
    again = await run(session, organisation.id, text)
    assert (again.created, again.updated, again.unchanged, again.units_created) == ([], [], 3, 0)
    changed = text.replace("Lærer;;", "Overlærer;;mentor").replace(
        f"Skole Nord;{p}.leder", f"Skole Syd;{p}.leder"
    )
    third = await run(session, organisation.id, changed)
    assert (third.created, third.updated, third.unchanged, third.units_created) == ([], [4], 2, 1)
    assert (await members(session, organisation.id))[f"{p}.laerer@fjordby.dk"][
        "unit"
    ] == "Skole Syd"


async def test_a_partly_bad_file_imports_its_good_rows_and_reports_the_rest(
    session, world: World
) -> None:
    p = unique("bad")
    other_email = (await session.get(Person, world.other.person_id)).email
    text = "\n".join(
        [
            HEADER,
            f"{p}.a@x.dk;A;Enhed;;;;leder",  # 2 good
            f"{p}.b@x.dk;B;Enhed;{p}.a@x.dk;;;",  # 3 good
            f"{p}.c@x.dk;C;Enhed;{p}.nobody@x.dk;;;",  # 4 manager unknown
            f"{p}.d@x.dk;D;Enhed;{p}.e@x.dk;;;",  # 5 cycle d > e > d
            f"{p}.e@x.dk;E;Enhed;{p}.d@x.dk;;;",  # 6 cycle
            f"{p}.f@x.dk;F;Enhed;{p}.bad@x.dk;;;",  # 7 manager rejected itself
            f"{p}.bad@x.dk;Bad;Enhed;;;13-13-2020;",  # 8 bad date
            f"{p}.a@x.dk;A igen;Enhed;;;;",  # 9 duplicate of line 2
            f"{other_email};Anden;Enhed;;;;",  # 10 belongs to another organisation
            f"{p}.g@x.dk;G;Enhed;{p}.d@x.dk;;;",  # 11 manager on a cycle, so rejected
        ]
    )
    outcome = await run(session, world.organisation.id, text, "cp1252")
    assert outcome.created == [2, 3]
    assert reasons(outcome) == [
        (4, "import.row.manager_unknown"),
        (5, "import.row.cycle"),
        (6, "import.row.cycle"),
        (7, "import.row.manager_rejected"),
        (8, "import.row.date"),
        (9, "import.row.duplicate"),
        (10, "import.row.email_taken"),
        (11, "import.row.manager_rejected"),
    ]
    cycle = next(r for r in outcome.rejected if r.line == 5)
    assert cycle.params["chain"].count(" > ") == 2


async def test_a_cycle_through_people_already_there_is_refused(session, world: World) -> None:
    director = (await session.get(Person, world.director.person_id)).email
    staff = (await session.get(Person, world.staff.person_id)).email
    # The director would report to the staff member, who (through the new
    # leader, not in the file) reports to the director.
    text = f"{HEADER}\n{director};Direktør;;{staff};;;leder\n"
    outcome = await run(session, world.organisation.id, text)
    assert reasons(outcome) == [(2, "import.row.cycle")]
    assert (await session.get(Membership, world.director.id)).manager_id is None


async def test_the_import_never_grants_or_removes_the_administrator_role(
    session, world: World
) -> None:
    admin = (await session.get(Person, world.admin.person_id)).email
    outcome = await run(session, world.organisation.id, f"{HEADER}\n{admin};Admin;;;;;mentor\n")
    assert outcome.updated == [2]
    membership = await session.get(Membership, world.admin.id, populate_existing=True)
    assert membership.roles == ["ADMIN", "MENTOR"]


def ten_thousand_rows(prefix: str) -> str:
    """A municipality: a director, 20 areas of 20 institutions, 24 staff each."""
    lines = [HEADER, f"{prefix}.0@fjordby.dk;Kommunaldirektør;Fjordby;;Direktør;01-01-2005;leder"]
    n = 1
    for area in range(20):
        area_email = f"{prefix}.{n}@fjordby.dk"
        lines.append(
            f"{area_email};Områdechef {area};Fjordby > Område {area};{prefix}.0@fjordby.dk;"
            "Områdechef;01-03-2012;leder|mentor"
        )
        n += 1
        for institution in range(20):
            leader = f"{prefix}.{n}@fjordby.dk"
            unit = f"Fjordby > Område {area} > Institution {area}.{institution}"
            lines.append(
                f"{leader};Leder {n};{unit};{area_email};Institutionsleder;2023-08-01;leder"
            )
            n += 1
            for _ in range(24):
                lines.append(f"{prefix}.{n}@fjordby.dk;Medarbejder {n};{unit};{leader};Pædagog;;")
                n += 1
    return "\n".join(lines[:10_001])


@pytest.mark.slow
async def test_ten_thousand_rows_in_one_go_and_again_without_changes(
    session, record_property
) -> None:
    organisation = await make_organisation(session)
    text = ten_thousand_rows(unique("big"))
    started = time.perf_counter()
    first = await run(session, organisation.id, text)
    first_seconds = time.perf_counter() - started
    assert len(first.created) == 10_000 and first.rejected == []
    started = time.perf_counter()
    second = await run(session, organisation.id, text)
    second_seconds = time.perf_counter() - started
    assert (len(second.created), len(second.updated), second.unchanged) == (0, 0, 10_000)
    count = await session.scalar(
        select(func.count()).where(
            Membership.organisation_id == organisation.id, Membership.manager_id.is_not(None)
        )
    )
    assert count == 9_999
    # Speed is reported, not asserted (bench/ measures it); the counts above are the spec.
    record_property("first_import_seconds", round(first_seconds, 2))
    record_property("repeat_import_seconds", round(second_seconds, 2))


CREATE_IMPORT = """
mutation C($input: CreateStructureImportInput!) {
  createStructureImport(input: $input) {
    structureImport { id status upload { url method headers { name value } } }
    errors { code field message }
  }
}
"""
START_IMPORT = """
mutation S($input: StartStructureImportInput!) {
  startStructureImport(input: $input) { structureImport { id status } errors { code field } }
}
"""
IMPORT_RESULT = """
query R($id: ID!) { node(id: $id) { ... on StructureImport {
  status createdLines updatedLines unchangedCount unitsCreated error upload { url }
  rejected { line email message }
} } }
"""


async def test_an_import_through_upload_mutation_and_task(
    client, session, database, world: World
) -> None:
    hr = world.tokens["hr"]
    p = unique("up")
    text = f"{HEADER}\n{p}.a@x.dk;Åse;Fjordby > Løn;;;;\n{p}.b@x.dk;Bo;Fjordby;{p}.zz@x.dk;;;\n"
    data = text.encode("cp1252")
    too_big = await client.execute(
        CREATE_IMPORT,
        {"input": {"filename": "x.pdf", "contentType": "application/pdf", "size": 10}},
        token=hr,
    )
    assert too_big.data["createStructureImport"]["errors"][0]["code"] == "INVALID"
    created = await client.execute(
        CREATE_IMPORT,
        {
            "input": {
                "filename": "Medarbejdere å.csv",
                "contentType": "application/vnd.ms-excel",
                "size": len(data),
            }
        },
        token=hr,
    )
    record = created.data["createStructureImport"]["structureImport"]
    assert record["status"] == "AWAITING_UPLOAD"
    not_yet = await client.execute(START_IMPORT, {"input": {"id": record["id"]}}, token=hr)
    assert not_yet.data["startStructureImport"]["errors"][0]["code"] == "INVALID"
    upload = record["upload"]
    headers = {h["name"]: h["value"] for h in upload["headers"]}
    put = await client.http.request(upload["method"], upload["url"], content=data, headers=headers)
    assert put.status_code in (200, 201, 204), put.text
    started = await client.execute(START_IMPORT, {"input": {"id": record["id"]}}, token=hr)
    assert started.data["startStructureImport"]["structureImport"]["status"] == "PENDING"
    message = await session.scalar(
        select(OutboxMessage)
        .where(OutboxMessage.task == "identity.import_structure")
        .order_by(OutboxMessage.id.desc())
    )
    assert (
        await handle_message(database, client.settings, message.id, import_task) == TaskOutcome.DONE
    )
    # A redelivered task finds the message done.
    assert (
        await handle_message(database, client.settings, message.id, import_task)
        == TaskOutcome.SKIPPED
    )
    result = (await client.execute(IMPORT_RESULT, {"id": record["id"]}, token=hr)).data["node"]
    assert (
        result["status"] == "DONE" and result["createdLines"] == [2] and result["unitsCreated"] == 2
    )
    assert result["upload"] is None
    assert result["rejected"] == [
        {
            "line": 3,
            "email": f"{p}.b@x.dk",
            "message": f"Lederen {p}.zz@x.dk findes hverken i filen eller i organisationen.",
        }
    ]
    # Others see nothing of it: not a leader, not another organisation's HR.
    for role in ("new_leader", "other_org"):
        hidden = await client.execute(IMPORT_RESULT, {"id": record["id"]}, token=world.tokens[role])
        assert hidden.data["node"] is None


async def test_a_file_that_is_not_a_csv_fails_the_import_with_a_reason(
    client, world: World, session, database
) -> None:
    from backend.storage import get_storage

    hr = world.tokens["hr"]
    created = await client.execute(
        CREATE_IMPORT,
        {"input": {"filename": "a.csv", "contentType": "text/csv", "size": 10}},
        token=hr,
    )
    record_id = created.data["createStructureImport"]["structureImport"]["id"]
    from backend.api.relay import from_global_id
    from backend.identity.models import StructureImport

    record = await session.get(StructureImport, from_global_id(record_id)[1])
    await get_storage(client.settings).put(record.object_key, b"navn;stilling\nA;B\n", "text/csv")
    await client.execute(START_IMPORT, {"input": {"id": record_id}}, token=hr)
    message = await session.scalar(
        select(OutboxMessage.id).where(OutboxMessage.payload["import_id"].as_integer() == record.id)
    )
    await handle_message(database, client.settings, message, import_task)
    english = token_for(world.hr, client.settings, locale="en")
    node = (await client.execute(IMPORT_RESULT, {"id": record_id}, token=english)).data["node"]
    assert node["status"] == "FAILED"
    assert node["error"] == (
        "The file lacks the columns: e-mail/email, enhed/unit, leder_email/manager_email. "
        "Its first line must name the columns."
    )
