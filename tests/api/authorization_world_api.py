"""What the people of the authorization matrix's world make first, through
the API as they would: a philosophy with two published versions, a comment
and an item, a mentoring meeting, exports, a draft cycle, a draft programme
and a structure import."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from backend.api.relay import from_global_id
from backend.db import utcnow
from backend.jobs.models import OutboxMessage
from backend.jobs.outbox_task import Outcome, handle_message
from learning.philosophy.publishing.service import PUBLISH_TASK
from learning.philosophy.publishing.tasks import publish_version
from tests.support.graphql_client import GraphQLClient

if TYPE_CHECKING:
    from tests.api.authorization_world import World


async def _run_publication(world: World, version_id: int) -> None:
    """What a worker does with the version's outbox message."""
    async with world.database.session() as session:
        messages = await session.scalars(
            select(OutboxMessage)
            .where(OutboxMessage.task == PUBLISH_TASK)
            .order_by(OutboxMessage.id)
        )
        (message,) = [m for m in messages if m.payload.get("version_id") == version_id]
    outcome = await handle_message(world.database, world.settings, message.id, publish_version)
    assert outcome == Outcome.DONE


async def through_api(client: GraphQLClient, world: World) -> None:
    """What the people themselves make first: a philosophy with two
    versions, a comment on it and an item from it, a mentoring meeting, an
    export, a draft cycle and a throwaway person for HR's changes."""

    async def run(role: str, document: str, variables: dict[str, Any]) -> dict[str, Any]:
        response = await client.execute(document, variables, token=world.tokens[role])
        assert not response.errors, response.errors
        (payload,) = response.data.values()
        assert not payload.get("errors"), payload
        return payload

    marker = f"Ledelsesgrundlag {uuid.uuid4().hex[:8]}"
    world.secrets.append(marker)
    sections: list[dict[str, object]] = [
        {
            "kind": kind,
            "title": kind.title(),
            "body": f"{marker} {kind}",
            "principleIds": [],
            "goalIds": [],
        }
        for kind in ("FOUNDATION", "STRATEGY", "VALUES")
    ]
    draft = await run(
        "new_leader",
        "mutation($i: SavePhilosophyDraftInput!) { savePhilosophyDraft(input: $i)"
        " { philosophy { id } errors { code } } }",
        {"i": {"sections": sections}},
    )
    philosophy = draft["philosophy"]["id"]
    versions = []
    for n in (1, 2):
        if n == 2:
            sections[0]["body"] = f"{marker} anden version"
            await run(
                "new_leader",
                "mutation($i: SavePhilosophyDraftInput!) { savePhilosophyDraft(input: $i)"
                " { errors { code } } }",
                {"i": {"sections": sections, "philosophyId": philosophy}},
            )
        published = await run(
            "new_leader",
            "mutation($i: PublishPhilosophyInput!) { publishPhilosophy(input: $i)"
            " { version { id } errors { code } } }",
            {
                "i": {
                    "philosophyId": philosophy,
                    "summary": f"Version {n}",
                    "visibility": "INTERNAL",
                }
            },
        )
        versions.append(published["version"]["id"])
        await _run_publication(world, from_global_id(published["version"]["id"])[1])
    comment = await run(
        "staff",
        "mutation($i: CommentOnPhilosophyInput!) { commentOnPhilosophy(input: $i)"
        " { comment { id } errors { code } } }",
        {"i": {"versionId": versions[1], "body": "Godt skrevet"}},
    )
    item = await run(
        "new_leader",
        "mutation($i: AddPhilosophyItemInput!) { addPhilosophyItem(input: $i)"
        " { item { id } errors { code } } }",
        {"i": {"philosophyId": philosophy, "text": "Følg op"}},
    )
    meeting = await run(
        "mentor",
        "mutation($i: ScheduleMentoringMeetingInput!) { scheduleMentoringMeeting(input: $i)"
        " { meeting { id } errors { code } } }",
        {
            "i": {
                "mentorshipId": world["mentorship"],
                "startsAt": (utcnow() + timedelta(days=3)).isoformat(),
                "place": "Rådhuset",
                "agenda": "Første møde",
            }
        },
    )
    export = await run(
        "hr",
        "mutation($i: ExportLearningEffectInput!) { exportLearningEffect(input: $i)"
        " { export { id } errors { code } } }",
        {"i": {"format": "CSV", "scope": "ORGANISATION"}},
    )
    cycle = await run(
        "hr",
        "mutation($i: CreateEvaluationCycleInput!) { createEvaluationCycle(input: $i)"
        " { cycle { id } errors { code } } }",
        {
            "i": {
                "name": "Kladde",
                "frameworkId": world["framework"],
                "opensAt": (utcnow() + timedelta(days=5)).isoformat(),
                "closesAt": (utcnow() + timedelta(days=30)).isoformat(),
            }
        },
    )
    programme = await run(
        "hr",
        "mutation($i: CreateProgrammeInput!) { createProgramme(input: $i)"
        " { programme { id } errors { code } } }",
        {"i": programme_input(world, "Kladdeforløb")},
    )
    structure_import = await run(
        "hr",
        "mutation($i: CreateStructureImportInput!) { createStructureImport(input: $i)"
        " { structureImport { id } errors { code } } }",
        {"i": {"filename": "a.csv", "contentType": "text/csv", "size": 100}},
    )
    personal_export = await run(
        "hr",
        "mutation($i: RequestPersonalDataExportInput!) { requestPersonalDataExport(input: $i)"
        " { export { id } errors { code } } }",
        {"i": {"personId": world.person("new_leader")}},
    )
    world.ids.update(
        personal_export=personal_export["export"]["id"],
        draft_cycle=cycle["cycle"]["id"],
        draft_programme=programme["programme"]["id"],
        structure_import=structure_import["structureImport"]["id"],
        philosophy=philosophy,
        versions=versions,
        comment=comment["comment"]["id"],
        philosophy_item=item["item"]["id"],
        meeting=meeting["meeting"]["id"],
        export=export["export"]["id"],
    )
    world.secrets += [philosophy, *versions, world.ids["meeting"], world.ids["export"]]


def programme_input(world: World, title: str) -> dict[str, Any]:
    activities: list[dict[str, object]] = [
        {
            "kind": kind,
            "title": kind.title(),
            "body": "Kapitel 1",
            "estimatedMinutes": 10,
            "dueOffsetDays": 0,
            "media": [],
        }
        for kind in ("KNOWLEDGE", "REFLECTION", "ACTION")
    ]
    return {
        "title": title,
        "goalIds": [world["goal"]],
        "modules": [{"title": "Modul", "introduction": "", "activities": activities}],
        "description": "",
        "audience": "NEW_LEADERS",
    }
