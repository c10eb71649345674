"""A person's data export: everything held about them in the organisation,
as JSON in storage, made by a task queued through the outbox; the person
asks for their own, HR for a person of their organisation, nobody else."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from backend.db import Database
from backend.privacy.registry import personal_tables
from backend.settings import Settings
from tests.backend.privacy.operations import exported_document, run_export_task
from tests.backend.privacy.world import MINE, OTHER, World
from tests.support.factories import token_for
from tests.support.graphql_client import GraphQLClient
from tests.support.operations import gid, operation

REQUEST = operation("RequestPersonalDataExport")
POLL = operation("PersonalDataExport")


async def _request(api: GraphQLClient, token: str | None, **values: Any) -> dict[str, Any]:
    response = await api.execute(REQUEST, {"input": values}, token=token)
    assert response.errors == []
    return dict(response.data["requestPersonalDataExport"])


async def test_own_export_holds_the_persons_data_from_every_slice_and_nobody_elses(
    session: AsyncSession, database: Database, settings: Settings, world: World, api: GraphQLClient
) -> None:
    token = world.token(world.subject, settings)
    payload = await _request(api, token)
    assert payload["errors"] == []
    assert (payload["export"]["status"], payload["export"]["downloadUrl"]) == ("PENDING", None)
    # Asking again while it is being made gives the same export, not a second one.
    assert (await _request(api, token))["export"]["id"] == payload["export"]["id"]

    export_id = await run_export_task(session, database, settings)
    polled = (await api.execute(POLL, {"id": payload["export"]["id"]}, token=token)).data
    assert polled["personalDataExport"]["status"] == "READY"
    assert polled["personalDataExport"]["downloadUrl"].startswith("http")

    document = await exported_document(session, settings, export_id)
    slices = document["slices"]
    with_rows = {name for name, tables in slices.items() if any(tables.values())}
    assert with_rows >= {
        "backend.identity",
        "backend.privacy",
        "feedback.evaluations",
        "feedback.notes",
        "learning.programmes",
        "learning.mentoring",
        "learning.philosophy",
        "learning.effect",
    }
    assert slices["backend.identity"]["person"][0]["email"] == world.subject_email
    assert "password_hash" not in slices["backend.identity"]["person"][0]
    assert [r["text"] for r in slices["learning.programmes"]["reflection"]] == [MINE]
    # The report as the person may read it, never the frozen cells of others' answers.
    evaluation = slices["feedback.evaluations"]["evaluation"][0]
    assert "frozen_results" not in evaluation
    assert evaluation["report"] is None or "competencies" in evaluation["report"]
    # Every declared table answers, even with nothing.
    assert {t for tables in slices.values() for t in tables} == set(personal_tables())
    text = json.dumps(document)
    assert OTHER not in text and world.colleague_email not in text
    assert not any("token_hash" in row for row in slices["backend.identity"]["refresh_token"])


async def test_hr_exports_a_person_of_their_organisation(
    session: AsyncSession, database: Database, settings: Settings, world: World, api: GraphQLClient
) -> None:
    payload = await _request(
        api, world.token(world.hr, settings), personId=gid("Person", world.subject.person_id)
    )
    assert payload["errors"] == []
    export_id = await run_export_task(session, database, settings)
    document = await exported_document(session, settings, export_id)
    assert document["subject"]["membership_id"] == world.subject.id
    # It is delivered to the person it is about; HR sees its status, not its content.
    polled = await api.execute(
        POLL, {"id": payload["export"]["id"]}, token=world.token(world.subject, settings)
    )
    assert polled.data["personalDataExport"]["status"] == "READY"
    assert polled.data["personalDataExport"]["downloadUrl"].startswith("http")
    by_hr = await api.execute(
        POLL, {"id": payload["export"]["id"]}, token=world.token(world.hr, settings)
    )
    assert by_hr.data["personalDataExport"]["status"] == "READY"
    assert by_hr.data["personalDataExport"]["downloadUrl"] is None


async def test_a_colleague_can_neither_export_nor_see_anothers_data(
    settings: Settings, world: World, api: GraphQLClient
) -> None:
    colleague = world.token(world.colleague, settings)
    refused = await _request(api, colleague, personId=gid("Person", world.subject.person_id))
    assert refused["export"] is None
    assert [e["code"] for e in refused["errors"]] == ["FORBIDDEN"]

    theirs = await _request(api, world.token(world.subject, settings))
    polled = await api.execute(POLL, {"id": theirs["export"]["id"]}, token=colleague)
    assert polled.errors == [] and polled.data["personalDataExport"] is None


async def test_hr_of_another_organisation_finds_no_such_person(
    settings: Settings, world: World, api: GraphQLClient
) -> None:
    refused = await _request(
        api,
        world.token(world.stranger, settings),
        personId=gid("Person", world.subject.person_id),
    )
    assert refused["errors"][0]["code"] == "NOT_FOUND"
    assert refused["errors"][0]["field"] == ["input", "personId"]


async def test_bad_input_is_refused_in_the_viewers_language(
    settings: Settings, world: World, api: GraphQLClient
) -> None:
    anonymous = await _request(api, None)
    assert [e["code"] for e in anonymous["errors"]] == ["UNAUTHENTICATED"]
    hr = world.token(world.hr, settings)
    wrong_kind = await api.execute(REQUEST, {"input": {"personId": gid("Unit", 1)}}, token=hr)
    assert wrong_kind.codes == []  # a payload error naming the field, not a nulled response
    refused_kind = wrong_kind.data["requestPersonalDataExport"]["errors"]
    assert [(e["code"], e["field"]) for e in refused_kind] == [("INVALID", ["input", "personId"])]
    english = await api.execute(
        REQUEST,
        {"input": {"personId": gid("Person", world.stranger.person_id)}},
        token=token_for(world.hr, settings, locale="en"),
    )
    danish = await api.execute(
        REQUEST, {"input": {"personId": gid("Person", world.stranger.person_id)}}, token=hr
    )
    assert english.data["requestPersonalDataExport"]["errors"][0]["message"] == (
        "The person is not in your organisation."
    )
    assert danish.data["requestPersonalDataExport"]["errors"][0]["message"] == (
        "Personen findes ikke i din organisation."
    )
