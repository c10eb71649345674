"""Query and Mutation fields of feedback notes: thin, the service decides."""

from __future__ import annotations

import strawberry

from backend.api.context import Info
from backend.api.errors import DomainError, ErrorCode
from backend.api.ids import decode_id, decode_ids, decode_optional_id
from backend.api.mutations import run_mutation
from backend.api.pagination import Connection, PageRequest, paginate
from feedback.notes import models, service
from feedback.notes import types as t

# The GraphQL type of each kind's subject, for kinds whose slice registered none
# (yet): an ID of any other type is refused as malformed, like everywhere else.
_SUBJECT_TYPES = {
    models.SubjectKind.REFLECTION: "Reflection",
    models.SubjectKind.ACTION_EVIDENCE: "ActionEvidence",
    models.SubjectKind.CHECKPOINT: "ManagerCheckpoint",
    models.SubjectKind.PHILOSOPHY_VERSION: "PhilosophyVersion",
}


def _subject(kind: models.SubjectKind, global_id: str | None) -> int | None:
    if global_id is None:
        return None
    type_name = service.subject_type_name(kind) or _SUBJECT_TYPES.get(kind)
    if type_name is None:  # GENERAL is about no object: no ID names one
        raise DomainError(ErrorCode.INVALID, "feedback.note.subject", field=["subjectId"])
    return decode_id(global_id, type_name, "subjectId")


def _no_kind(subject_id: str | None) -> None:
    """A subject ID means nothing without its kind: refused, not ignored."""
    if subject_id is not None:
        raise DomainError(ErrorCode.REQUIRED, "feedback.note.subject", field=["subjectKind"])


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
        if kind is None:
            _no_kind(subject_id)
        subject = _subject(kind, subject_id) if kind else None
        listing = service.threads_listing(
            context.viewer,
            decode_optional_id(leader_id, "Membership", "leaderId"),
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
        async def action() -> t.FeedbackNotePayload:
            kind = input.subject_kind
            command = service.NoteCommand(
                leader_id=decode_id(input.leader_id, "Membership", "leaderId"),
                kind=kind,
                subject_id=_subject(kind, input.subject_id),
                body=input.body,
                share_with=decode_ids(input.share_with_ids, "Membership", "shareWithIds"),
            )
            note = await service.give_note(info.context.session, info.context.viewer, command)
            return t.FeedbackNotePayload(note=t.FeedbackNote.from_model(note))

        return await run_mutation(info, input, t.FeedbackNotePayload, action)

    @strawberry.mutation(description="Answer in a feedback thread.")
    async def reply_to_feedback_note(
        self, info: Info, input: t.ReplyToFeedbackNoteInput
    ) -> t.FeedbackNotePayload:
        async def action() -> t.FeedbackNotePayload:
            note = await service.reply(
                info.context.session,
                info.context.viewer,
                decode_id(input.note_id, service.TYPE_NAME, "noteId"),
                input.body,
            )
            return t.FeedbackNotePayload(note=t.FeedbackNote.from_model(note))

        return await run_mutation(info, input, t.FeedbackNotePayload, action)

    @strawberry.mutation(description="Mark feedback notes as read.")
    async def mark_feedback_notes_read(
        self, info: Info, input: t.MarkFeedbackNotesReadInput
    ) -> t.MarkFeedbackNotesReadPayload:
        async def action() -> t.MarkFeedbackNotesReadPayload:
            ids = decode_ids(input.note_ids, service.TYPE_NAME, "noteIds")
            marked = await service.mark_read(info.context.session, info.context.viewer, ids)
            return t.MarkFeedbackNotesReadPayload(marked=marked)

        return await run_mutation(info, input, t.MarkFeedbackNotesReadPayload, action)

    @strawberry.mutation(description="Hide an abusive note (the leader it is about, or HR).")
    async def hide_feedback_note(
        self, info: Info, input: t.FeedbackNoteIdInput
    ) -> t.FeedbackNotePayload:
        async def action() -> t.FeedbackNotePayload:
            note = await service.hide_note(
                info.context.session,
                info.context.viewer,
                decode_id(input.note_id, service.TYPE_NAME, "noteId"),
            )
            return t.FeedbackNotePayload(note=t.FeedbackNote.from_model(note))

        return await run_mutation(info, input, t.FeedbackNotePayload, action)

    @strawberry.mutation(
        description="Show a hidden note again (the leader it is about, or HR): "
        "the way back from hideFeedbackNote."
    )
    async def unhide_feedback_note(
        self, info: Info, input: t.FeedbackNoteIdInput
    ) -> t.FeedbackNotePayload:
        async def action() -> t.FeedbackNotePayload:
            note = await service.unhide_note(
                info.context.session,
                info.context.viewer,
                decode_id(input.note_id, service.TYPE_NAME, "noteId"),
            )
            return t.FeedbackNotePayload(note=t.FeedbackNote.from_model(note))

        return await run_mutation(info, input, t.FeedbackNotePayload, action)
