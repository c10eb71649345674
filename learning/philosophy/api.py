"""Queries and mutations of leadership philosophies: thin, they decode IDs
and call the services. One module for the slice and its sub-packages: its
twelve fields interleave writing, publishing and comments in the published
schema's order, and their inputs and payloads live in each sub-package's
``types.py``. Replies to comments and hiding them are the feedback
notes' own mutations (``replyToFeedbackNote``, ``hideFeedbackNote``)."""

from __future__ import annotations

from typing import Any

import strawberry

from backend.api.context import Info
from backend.api.ids import decode_id, decode_ids, decode_optional_id
from backend.api.mutations import run_mutation
from backend.api.pagination import Connection, PageRequest
from learning.philosophy import models, service
from learning.philosophy import types as t
from learning.philosophy.comments import service as comments
from learning.philosophy.comments import types as comment_types
from learning.philosophy.diff.types import PhilosophyDiff, PhilosophySectionDiff
from learning.philosophy.drafting import types as i
from learning.philosophy.publishing import types as publish_types


@strawberry.type
class Query:
    @strawberry.field(description="The viewer's own leadership philosophy, if they began one.")
    async def my_philosophy(self, info: Info) -> t.LeadershipPhilosophy | None:
        found = await service.my_philosophy(info.context.session, info.context.viewer)
        return t.LeadershipPhilosophy.from_row(found) if found else None

    @strawberry.field(description="A leader's published philosophy (leaderId: a Membership ID).")
    async def leadership_philosophy(
        self, info: Info, leader_id: strawberry.ID
    ) -> t.LeadershipPhilosophy | None:
        found = await service.philosophy_of_leader(
            info.context.session,
            info.context.viewer,
            decode_id(leader_id, "Membership", "leaderId"),
        )
        return t.LeadershipPhilosophy.from_row(found) if found else None

    @strawberry.field(description="What changed between two versions of one philosophy.")
    async def philosophy_diff(
        self, info: Info, from_version_id: strawberry.ID, to_version_id: strawberry.ID
    ) -> PhilosophyDiff:
        old, new, sections = await service.version_diff(
            info.context.session,
            info.context.viewer,
            decode_id(from_version_id, "PhilosophyVersion", "fromVersionId"),
            decode_id(to_version_id, "PhilosophyVersion", "toVersionId"),
        )
        return PhilosophyDiff(
            from_version=t.PhilosophyVersion.from_row(old),
            to_version=t.PhilosophyVersion.from_row(new),
            sections=[PhilosophySectionDiff.of(s) for s in sections],
        )

    @strawberry.field(
        description="Who has published and when: HR sees every leader, a leader of leaders "
        "everyone below them."
    )
    async def philosophy_overview(
        self,
        info: Info,
        direct_only: bool = False,
        published: bool | None = None,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> t.PhilosophyOverview:
        c = info.context
        leaders, total, done = await service.overview(
            c.session,
            c.viewer,
            c.settings,
            PageRequest(first, after, last, before),
            t.PhilosophyStatus.from_row,
            direct_only=direct_only,
            published=published,
        )
        return t.PhilosophyOverview(total_leaders=total, published_count=done, leaders=leaders)

    @strawberry.field(
        description="Leaders of the viewer's organisation who have published a philosophy, "
        "by name: any member reads and comments on them."
    )
    async def published_philosophies(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> Connection[t.PhilosophyStatus]:
        c = info.context
        return await service.published(
            c.session,
            c.viewer,
            c.settings,
            PageRequest(first, after, last, before),
            t.PhilosophyStatus.from_row,
        )


def _sections(info: Info, sections: list[i.PhilosophySectionInput]) -> list[service.SectionDraft]:
    return [
        service.SectionDraft(
            kind=models.SectionKind(s.kind),
            body=s.body,
            title=s.title,
            principle_ids=decode_ids(
                s.principle_ids, "FoundationPrinciple", ["sections", index, "principleIds"]
            ),
            goal_ids=decode_ids(s.goal_ids, "OrganisationGoal", ["sections", index, "goalIds"]),
        )
        for index, s in enumerate(sections)
    ]


def _visibility(value: Any) -> models.Visibility | None:
    return models.Visibility(value) if value is not None else None


@strawberry.type
class Mutation:
    @strawberry.mutation(
        description="Save the draft (every save is a draft; nothing is published)."
    )
    async def save_philosophy_draft(
        self, info: Info, input: i.SavePhilosophyDraftInput
    ) -> i.SavePhilosophyDraftPayload:
        async def action() -> i.SavePhilosophyDraftPayload:
            c = info.context
            command = service.DraftCommand(
                sections=_sections(info, input.sections),
                philosophy_id=decode_optional_id(
                    input.philosophy_id, "LeadershipPhilosophy", "philosophyId"
                ),
                expected_revision=input.expected_revision,
            )
            philosophy, draft = await service.save_draft(c.session, c.viewer, c.settings, command)
            return i.SavePhilosophyDraftPayload(
                philosophy=t.LeadershipPhilosophy.from_row(philosophy),
                draft=t.PhilosophyVersion.from_row(draft),
            )

        return await run_mutation(info, input, i.SavePhilosophyDraftPayload, action)

    @strawberry.mutation(
        description="Publish the draft: the leader alone decides. The page and the PDF are "
        "made in the background; the previous version stays until they are ready."
    )
    async def publish_philosophy(
        self, info: Info, input: publish_types.PublishPhilosophyInput
    ) -> publish_types.PublishPhilosophyPayload:
        async def action() -> publish_types.PublishPhilosophyPayload:
            c = info.context
            command = service.PublishCommand(
                philosophy_id=decode_id(
                    input.philosophy_id, "LeadershipPhilosophy", "philosophyId"
                ),
                summary=input.summary,
                visibility=_visibility(input.visibility),
            )
            philosophy, version = await service.request_publication(
                c.session, c.viewer, c.settings, command
            )
            return publish_types.PublishPhilosophyPayload(
                philosophy=t.LeadershipPhilosophy.from_row(philosophy),
                version=t.PhilosophyVersion.from_row(version),
            )

        return await run_mutation(info, input, publish_types.PublishPhilosophyPayload, action)

    @strawberry.mutation(description="Who reads the published philosophy.")
    async def set_philosophy_visibility(
        self, info: Info, input: i.SetPhilosophyVisibilityInput
    ) -> i.PhilosophyPayload:
        async def action() -> i.PhilosophyPayload:
            found = await service.set_visibility(
                info.context.session,
                info.context.viewer,
                decode_id(input.philosophy_id, "LeadershipPhilosophy", "philosophyId"),
                models.Visibility(input.visibility),
            )
            return i.PhilosophyPayload(philosophy=t.LeadershipPhilosophy.from_row(found))

        return await run_mutation(info, input, i.PhilosophyPayload, action)

    @strawberry.mutation(description="The leader's private notes beside the philosophy.")
    async def save_philosophy_notes(
        self, info: Info, input: i.SavePhilosophyNotesInput
    ) -> i.PhilosophyPayload:
        async def action() -> i.PhilosophyPayload:
            found = await service.save_private_notes(
                info.context.session,
                info.context.viewer,
                decode_optional_id(input.philosophy_id, "LeadershipPhilosophy", "philosophyId"),
                input.notes,
            )
            return i.PhilosophyPayload(philosophy=t.LeadershipPhilosophy.from_row(found))

        return await run_mutation(info, input, i.PhilosophyPayload, action)

    @strawberry.mutation(
        description="Comment on a published version (staff and managers; organisation-internal)."
    )
    async def comment_on_philosophy(
        self, info: Info, input: comment_types.CommentOnPhilosophyInput
    ) -> comment_types.CommentOnPhilosophyPayload:
        async def action() -> comment_types.CommentOnPhilosophyPayload:
            c = info.context
            version_id = decode_id(input.version_id, "PhilosophyVersion", "versionId")
            note = await comments.comment(c.session, c.viewer, version_id, input.body)
            await c.session.flush()
            found = await t.fetch_nodes(info, "FeedbackNote", [note.id])
            versions = await service.visible_versions(c.session, c.viewer, [version_id])
            return comment_types.CommentOnPhilosophyPayload(
                comment=found.get(note.id),
                version=t.PhilosophyVersion.from_row(versions[0]) if versions else None,
            )

        return await run_mutation(info, input, comment_types.CommentOnPhilosophyPayload, action)

    @strawberry.mutation(
        description="Add an item for the next version, e.g. from a comment (the leader)."
    )
    async def add_philosophy_item(
        self, info: Info, input: i.AddPhilosophyItemInput
    ) -> i.PhilosophyItemPayload:
        async def action() -> i.PhilosophyItemPayload:
            c = info.context
            philosophy_id = decode_id(input.philosophy_id, "LeadershipPhilosophy", "philosophyId")
            comment_id = decode_optional_id(input.comment_id, "FeedbackNote", "commentId")
            if comment_id is not None:
                item = await service.add_item_from_comment(
                    c.session, c.viewer, philosophy_id, comment_id, input.text
                )
            else:
                item = await service.add_item(c.session, c.viewer, philosophy_id, input.text)
            return i.PhilosophyItemPayload(item=t.PhilosophyItem.from_row(item))

        return await run_mutation(info, input, i.PhilosophyItemPayload, action)

    @strawberry.mutation(description="Mark an item for the next version done (or not).")
    async def complete_philosophy_item(
        self, info: Info, input: i.CompletePhilosophyItemInput
    ) -> i.PhilosophyItemPayload:
        async def action() -> i.PhilosophyItemPayload:
            item = await service.complete_item(
                info.context.session,
                info.context.viewer,
                decode_id(input.item_id, "PhilosophyItem", "itemId"),
                input.done,
            )
            return i.PhilosophyItemPayload(item=t.PhilosophyItem.from_row(item))

        return await run_mutation(info, input, i.PhilosophyItemPayload, action)
