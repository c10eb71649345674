"""Publishing: the leader alone decides; the task renders the page and the
PDF, stores both and only then makes the version current; a failure leaves
the previous version in place; the manager is told."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.api.relay import from_global_id
from backend.db import Database
from backend.jobs.models import OutboxMessage
from backend.jobs.outbox_task import Outcome
from backend.mail import SEND_MAIL_TASK, render_mail
from backend.storage import get_storage
from learning.philosophy import service
from learning.philosophy.models import LeadershipPhilosophy, PhilosophyVersion, VersionStatus
from learning.philosophy.publishing import service as publishing
from tests.learning.philosophy.drafting.test_drafting import full, save
from tests.support.factories import viewer_of
from tests.support.graphql_client import GraphQLClient, payload
from tests.support.operations import operation
from tests.support.philosophy_world import (
    World,
    publish_messages,
    run_publication,
    sections,
    write_and_publish,
)


async def load(
    session: AsyncSession, version_id: int
) -> tuple[PhilosophyVersion, LeadershipPhilosophy]:
    version = await session.get(PhilosophyVersion, version_id)
    assert version is not None
    philosophy = await session.get(LeadershipPhilosophy, version.philosophy_id)
    assert philosophy is not None
    return version, philosophy


async def publish(gql: GraphQLClient, world: World, philosophy_id: str, **extra: Any) -> Any:
    return await gql.execute(
        operation("PublishPhilosophy"),
        {"input": {"philosophyId": philosophy_id, **extra}},
        token=world.token(extra.pop("who", None) or world.leader),
    )


async def test_publishing_renders_stores_and_makes_the_version_current(
    gql: GraphQLClient, world: World, database: Database
) -> None:
    saved = payload(await save(gql, world, full(world)), "savePhilosophyDraft")
    philosophy_id = saved["philosophy"]["id"]
    result = payload(
        await publish(gql, world, philosophy_id, visibility="PUBLIC"), "publishPhilosophy"
    )
    assert result["errors"] == []
    assert result["version"]["status"] == "PUBLISHING"
    assert result["philosophy"]["visibility"] == "PUBLIC"
    version_pk = from_global_id(result["version"]["id"])[1]
    async with database.session() as session:
        _, philosophy = await load(session, version_pk)
        assert philosophy.current_version_id is None
    assert await run_publication(database, world.settings, version_pk) == Outcome.DONE
    async with database.session() as session:
        version, philosophy = await load(session, version_pk)
        assert version.html_key and version.pdf_key
        assert version.status == VersionStatus.PUBLISHED.value and version.published_at
        assert philosophy.current_version_id == version.id
        storage = get_storage(world.settings)
        html = (await storage.get(version.html_key)).decode()
        assert "Lise Ærø-Leders personlige ledelsesgrundlag" in html and 'lang="da"' in html
        assert (await storage.get(version.pdf_key)).startswith(b"%PDF")
        public_html, public_pdf = publishing.public_keys(
            philosophy.organisation_id, philosophy.slug
        )
        assert await storage.exists(public_html) and await storage.exists(public_pdf)
    # Done once: the same message again changes nothing.
    assert await run_publication(database, world.settings, version_pk) == Outcome.SKIPPED
    mine = payload(
        await gql.execute(operation("MyPhilosophy"), token=world.token(world.leader)),
        "myPhilosophy",
    )
    assert mine["currentVersion"]["status"] == "PUBLISHED"
    assert mine["currentVersion"]["pdfUrl"].startswith("http://testserver/files/org/")
    assert mine["draft"] is None
    assert (
        mine["pageLink"]
        == mine["address"]
        == f"http://testserver/p/{world.organisation.slug}/lise-aeroe-leder"
    )


async def test_the_manager_is_told_when_a_version_is_published(
    world: World, database: Database
) -> None:
    version_id = await write_and_publish(database, world)
    async with database.session() as session:
        mails = list(
            await session.scalars(select(OutboxMessage).where(OutboxMessage.task == SEND_MAIL_TASK))
        )
    from backend.identity import repository as identity

    async with database.session() as session:
        manager = (
            await identity.members_by_ids(session, world.organisation.id, [world.manager.id])
        )[0]
    to_manager = [m for m in mails if m.payload["to"] == manager.email]
    assert len(to_manager) == 1
    assert to_manager[0].payload["template"] == "philosophy_published"
    subject, text, html = render_mail(
        "philosophy_published", "da", to_manager[0].payload["context"]
    )
    assert subject == "Lise Ærø-Leder har offentliggjort version 1 af sit ledelsesgrundlag"
    assert "/p/" in text and "godkendes" in text
    assert version_id


async def test_required_sections_are_needed_to_publish(gql: GraphQLClient, world: World) -> None:
    partial = full(world)[:1] + [{"kind": "VALUES", "body": "   "}]
    saved = payload(await save(gql, world, partial), "savePhilosophyDraft")
    result = payload(await publish(gql, world, saved["philosophy"]["id"]), "publishPhilosophy")
    # Publishing sends no sections: the errors name the philosophy sent and,
    # in the message, the section (never a path that is not in the input).
    assert [(e["code"], e["field"]) for e in result["errors"]] == [
        ("REQUIRED", ["input", "philosophyId"]),
        ("REQUIRED", ["input", "philosophyId"]),
    ]
    assert "Sådan omsætter jeg organisationens strategi" in result["errors"][0]["message"]
    assert result["errors"][1]["message"] != result["errors"][0]["message"]
    mine = payload(
        await gql.execute(operation("MyPhilosophy"), token=world.token(world.leader)),
        "myPhilosophy",
    )
    assert mine["draft"]["status"] == "DRAFT"  # rolled back, nothing frozen


async def test_nobody_publishes_someone_elses_philosophy(gql: GraphQLClient, world: World) -> None:
    saved = payload(await save(gql, world, full(world)), "savePhilosophyDraft")
    for who, code in (
        (world.manager, "FORBIDDEN"),
        (world.hr, "FORBIDDEN"),
        (world.outsider, "NOT_FOUND"),
    ):
        result = await gql.execute(
            operation("PublishPhilosophy"),
            {"input": {"philosophyId": saved["philosophy"]["id"]}},
            token=world.token(who),
        )
        assert [e["code"] for e in payload(result, "publishPhilosophy")["errors"]] == [code]
    nothing = await publish(gql, world, saved["philosophy"]["id"])
    assert payload(nothing, "publishPhilosophy")["errors"] == []
    again = await publish(gql, world, saved["philosophy"]["id"])
    assert payload(again, "publishPhilosophy")["errors"][0]["code"] == "RULE_VIOLATED"


async def test_a_later_version_needs_a_summary_of_what_changed(
    gql: GraphQLClient, world: World, database: Database
) -> None:
    await write_and_publish(database, world)
    saved = payload(await save(gql, world, full(world, "Ny version.")), "savePhilosophyDraft")
    assert saved["draft"]["number"] == 2
    result = payload(await publish(gql, world, saved["philosophy"]["id"]), "publishPhilosophy")
    assert result["errors"][0]["field"] == ["input", "summary"]


async def test_a_failed_publication_leaves_the_previous_version_in_place(
    world: World, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = await write_and_publish(database, world, summary="")
    async with database.session() as session:
        viewer = viewer_of(world.leader)
        philosophy, draft = await service.save_draft(
            session, viewer, world.settings, service.DraftCommand(sections(foundation="Version 2"))
        )
        await service.request_publication(
            session, viewer, world.settings, service.PublishCommand(philosophy.id, "Ny tekst")
        )
        await session.commit()
        second = draft.id
    storage = get_storage(world.settings)
    real_put = storage.put
    calls: list[str] = []

    async def put_then_fail(key: str, data: bytes, content_type: str) -> None:
        calls.append(key)
        if key.endswith(".pdf"):
            raise OSError("storage is down")
        await real_put(key, data, content_type)

    monkeypatch.setattr(storage, "put", put_then_fail)
    assert await run_publication(database, world.settings, second) == Outcome.FAILED
    async with database.session() as session:
        version, philosophy = await load(session, second)
        message = (await publish_messages(session, second))[-1]
        assert version.status == VersionStatus.PUBLISHING.value
        assert philosophy.current_version_id == first
        assert message.done_at is None and message.attempts == 1 and message.relayed_at is None
        assert "storage is down" in (message.last_error or "")
    assert calls  # it tried
    # The last attempt marks it FAILED, and the first version still stands.
    async with database.session() as session, session.begin():
        assert not await publishing.complete_publication(
            session, world.settings, second, final_attempt=True
        )
    monkeypatch.undo()
    async with database.session() as session:
        version, philosophy = await load(session, second)
        assert version.status == VersionStatus.FAILED.value
        assert "storage is down" in (version.last_error or "")
        assert philosophy.current_version_id == first


async def test_the_last_attempt_is_known_from_the_outbox(world: World) -> None:
    assert not publishing.is_final_attempt(world.settings, 0)
    assert publishing.is_final_attempt(world.settings, 11)


async def test_published_version_for_a_checkpoint(world: World, database: Database) -> None:
    async with database.session() as session:
        assert (
            await service.published_version_for_checkpoint(
                session, viewer_of(world.manager), world.leader.id, world.settings
            )
            is None
        )
    version_id = await write_and_publish(database, world)
    async with database.session() as session:
        found = await service.published_version_for_checkpoint(
            session, viewer_of(world.manager), world.leader.id, world.settings
        )
        assert found is not None and found.version_id == version_id and found.number == 1
        assert found.address.endswith("/lise-aeroe-leder")
        with pytest.raises(Exception) as refused:
            await service.published_version_for_checkpoint(
                session, viewer_of(world.outsider), world.leader.id, world.settings
            )
        assert getattr(refused.value, "message_key", "") == "error.not_found"


async def test_a_retried_publication_is_not_published_twice(
    gql: GraphQLClient, world: World, database: Database
) -> None:
    saved = payload(await save(gql, world, full(world)), "savePhilosophyDraft")
    first = payload(
        await publish(gql, world, saved["philosophy"]["id"], clientMutationId="phone-1"),
        "publishPhilosophy",
    )
    again = payload(
        await publish(gql, world, saved["philosophy"]["id"], clientMutationId="phone-1"),
        "publishPhilosophy",
    )
    assert again["errors"] == [] and again["version"]["id"] == first["version"]["id"]
    async with database.session() as session:
        messages = await publish_messages(session, from_global_id(first["version"]["id"])[1])
    assert len(messages) == 1
