"""Query and Mutation fields of feedback notes: thin, the service decides."""

from __future__ import annotations

from typing import Any

import strawberry

from backend.api.context import Info
from backend.api.errors import DomainError, ErrorCode
from backend.api.mutations import run_mutation
from backend.api.pagination import Connection, PageRequest, paginate
from backend.api.relay import from_global_id
from feedback.notes import models, service
from feedback.notes import types as t


def _pk(global_id: str, type_name: str | None, field: str) -> int:
    try:
        found, key = from_global_id(global_id)
    except ValueError:
        found, key = "", 0
    if not found or (type_name is not None and found != type_name):
        raise DomainError(ErrorCode.INVALID, "error.invalid_id", field=[field])
    return key


def _subject(kind: models.SubjectKind, global_id: str | None) -> int | None:
    if global_id is None:
        return None
    return _pk(global_id, service.subject_type_name(kind), "subjectId")


@strawberry.type
class Query:
    @strawberry.field(
        description="The viewer's feedback threads (about them or shared with them), newest "
        "first: the threads unreadFeedbackCount counts. With subjectKind and subjectId, every "
        "thread on that subject the viewer may read (a published philosophy's comments)."
    )
    async def feedback_notes(
        self,
        info: Info,
        leader_id: strawberry.ID | None = None,
        subject_kind: t.SubjectKind | None = None,
        subject_id: strawberry.ID | None = None,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> Connection[t.FeedbackNote]:
        context = info.context
        kind = subject_kind
        subject = _subject(kind, subject_id) if kind and subject_id else None
        listing = service.threads_listing(
            context.viewer,
            _pk(leader_id, "Membership", "leaderId") if leader_id else None,
            kind,
            subject,
            # Without a subject: the viewer's own threads, as the unread count.
            taking_part_only=subject is None,
        )
        page = PageRequest(first=first, after=after, last=last, before=before)
        return await paginate(
            context.session,
            listing.statement,
            listing.keys,
            page,
            context.settings,
            lambda row: t.FeedbackNote.from_model(row[2]),
        )

    @strawberry.field(description="How many feedback notes the viewer has not read.")
    async def unread_feedback_count(self, info: Info) -> int:
        return await service.unread_feedback_count(info.context.session, info.context.viewer)


@strawberry.type
class Mutation:
    @strawberry.mutation(description="Give a leader feedback on something they shared with you.")
    async def give_feedback_note(
        self, info: Info, input: t.GiveFeedbackNoteInput
    ) -> t.FeedbackNotePayload:
        async def action() -> dict[str, Any]:
            kind = input.subject_kind
            command = service.NoteCommand(
                leader_id=_pk(input.leader_id, "Membership", "leaderId"),
                kind=kind,
                subject_id=_subject(kind, input.subject_id),
                body=input.body,
                share_with=[_pk(m, "Membership", "shareWithIds") for m in input.share_with_ids],
            )
            note = await service.give_note(info.context.session, info.context.viewer, command)
            return {"note": t.FeedbackNote.from_model(note)}

        return await run_mutation(info, input, t.FeedbackNotePayload, action)

    @strawberry.mutation(description="Answer in a feedback thread.")
    async def reply_to_feedback_note(
        self, info: Info, input: t.ReplyToFeedbackNoteInput
    ) -> t.FeedbackNotePayload:
        async def action() -> dict[str, Any]:
            note = await service.reply(
                info.context.session,
                info.context.viewer,
                _pk(input.note_id, service.TYPE_NAME, "noteId"),
                input.body,
            )
            return {"note": t.FeedbackNote.from_model(note)}

        return await run_mutation(info, input, t.FeedbackNotePayload, action)

    @strawberry.mutation(description="Mark feedback notes as read.")
    async def mark_feedback_notes_read(
        self, info: Info, input: t.MarkFeedbackNotesReadInput
    ) -> t.MarkFeedbackNotesReadPayload:
        async def action() -> dict[str, Any]:
            ids = [_pk(n, service.TYPE_NAME, "noteIds") for n in input.note_ids]
            marked = await service.mark_read(info.context.session, info.context.viewer, ids)
            return {"marked": marked}

        return await run_mutation(info, input, t.MarkFeedbackNotesReadPayload, action)

    @strawberry.mutation(description="Hide an abusive note (the leader it is about, or HR).")
    async def hide_feedback_note(
        self, info: Info, input: t.FeedbackNoteIdInput
    ) -> t.FeedbackNotePayload:
        async def action() -> dict[str, Any]:
            note = await service.hide_note(
                info.context.session,
                info.context.viewer,
                _pk(input.note_id, service.TYPE_NAME, "noteId"),
            )
            return {"note": t.FeedbackNote.from_model(note)}

        return await run_mutation(info, input, t.FeedbackNotePayload, action)
