"""GraphQL types of feedback notes."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import strawberry

from backend.api.context import Info
from backend.api.mutations import Payload
from backend.api.relay import Node, to_global_id
from feedback.notes import loaders, models, service

strawberry.enum(models.SubjectKind, description="What a feedback note is about.")
SubjectKind = models.SubjectKind


@strawberry.type(description="Feedback from a mentor or a manager to a leader, or a reply to it.")
class FeedbackNote(Node):
    pk: strawberry.Private[int]
    note: strawberry.Private[models.FeedbackNote]
    subject_kind: SubjectKind
    created_at: datetime
    hidden: bool

    @classmethod
    def from_model(cls, note: models.FeedbackNote) -> FeedbackNote:
        return cls(
            pk=note.id,
            note=note,
            subject_kind=models.SubjectKind(note.subject_kind),
            created_at=note.created_at,
            hidden=note.hidden_at is not None,
        )

    @strawberry.field(
        description="The global ID of the subject (a reflection, …); null if general."
    )
    def subject_id(self) -> strawberry.ID | None:
        if self.note.subject_id is None:
            return None
        kind = models.SubjectKind(self.note.subject_kind)
        type_name = service.subject_type_name(kind) or kind.value.title().replace("_", "")
        return to_global_id(type_name, self.note.subject_id)

    @strawberry.field(description="The text; null for a hidden note, except to its author.")
    def body(self, info: Info) -> str | None:
        return service.body_for(self.note, info.context.viewer)

    @strawberry.field
    async def author_name(self, info: Info) -> str | None:
        if self.note.author_id is None:
            return None
        return await info.context.loaders.get(loaders.NameByMembershipLoader).load(
            self.note.author_id
        )

    @strawberry.field(description="Written by the viewer.")
    def is_mine(self, info: Info) -> bool:
        viewer = info.context.viewer
        return viewer is not None and viewer.membership_id == self.note.author_id

    @strawberry.field(description="The name of the leader the note is about.")
    async def leader_name(self, info: Info) -> str | None:
        return await info.context.loaders.get(loaders.NameByMembershipLoader).load(
            self.note.leader_id
        )

    @strawberry.field(description="The viewer has read it (their own notes count as read).")
    async def is_read(self, info: Info) -> bool:
        return await info.context.loaders.get(loaders.ReadByViewerLoader).load(self.pk)

    @strawberry.field(description="Replies in the thread, oldest first (a reply has none).")
    async def replies(self, info: Info) -> list[FeedbackNote]:
        if self.note.parent_id is not None:
            return []
        found = await info.context.loaders.get(loaders.RepliesByRootLoader).load(self.pk)
        return [FeedbackNote.from_model(n) for n in found]

    @strawberry.field(
        description="Names of the people the thread is shared with, the author included."
    )
    async def shared_with(self, info: Info) -> list[str]:
        root = self.note.parent_id or self.pk
        ids = await info.context.loaders.get(loaders.AudienceByRootLoader).load(root)
        names = await info.context.loaders.get(loaders.NameByMembershipLoader).load_many(ids)
        return [n for n in names if n]

    @classmethod
    async def fetch_visible(cls, info: Info, pks: list[int]) -> list[Any]:
        return await _fetch(info, pks)


async def _fetch(info: Info, ids: list[int]) -> list[FeedbackNote]:
    found = await service.visible_notes(info.context.session, info.context.viewer, ids)
    return [FeedbackNote.from_model(n) for n in found]


@strawberry.input
class GiveFeedbackNoteInput:
    leader_id: strawberry.ID = strawberry.field(description="The leader's Membership ID.")
    subject_kind: SubjectKind
    body: str
    subject_id: strawberry.ID | None = strawberry.field(
        default=None, description="The reflection, evidence or checkpoint; null for GENERAL."
    )
    share_with_ids: list[strawberry.ID] = strawberry.field(
        default_factory=list, description="Membership IDs of others who may see the subject."
    )
    client_mutation_id: str | None = None


@strawberry.input
class ReplyToFeedbackNoteInput:
    note_id: strawberry.ID
    body: str
    client_mutation_id: str | None = None


@strawberry.input
class FeedbackNoteIdInput:
    note_id: strawberry.ID
    client_mutation_id: str | None = None


@strawberry.input
class MarkFeedbackNotesReadInput:
    note_ids: list[strawberry.ID]
    client_mutation_id: str | None = None


@strawberry.type
class FeedbackNotePayload(Payload):
    note: FeedbackNote | None = None


@strawberry.type
class MarkFeedbackNotesReadPayload(Payload):
    marked: int = 0
