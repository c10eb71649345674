"""Feedback notes: a mentor or a manager tells a leader about something the
leader shared with them, the leader replies, and only the leader and the
people the thread was shared with read it.

Whether the author may see the subject is the owning domain's answer, asked
through a registered *subject access* check (``register_subject_access``,
called from the owning slices' ``wiring.py`` at start-up): programmes
registers checks for reflections, action evidence and checkpoints (whoever
may read the subject), the mentoring slice one for mentors; this slice never
imports their models. A general note needs the author to be above the leader in the
reporting line (built in) or another registered check (an active mentor).
Without a check that says yes, a note is refused: nothing shared, no note.

``unread_feedback_count`` and ``unread_notes`` serve the start screen.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from backend.api.errors import DomainError, ErrorCode
from backend.auth.viewer import Viewer
from backend.db import utcnow
from backend.i18n import translate
from backend.identity import policy
from backend.identity import repository as identity
from backend.mail import queue_mail
from backend.settings import get_settings
from feedback.notes import repository as repo
from feedback.notes.models import (
    FeedbackNote,
    SubjectKind,
    Visibility,
)  # re-exported to other slices
from feedback.notes.policy import SubjectCheck as SubjectCheck
from feedback.notes.policy import can_see_subject
from feedback.notes.policy import register_subject_access as register_subject_access
from feedback.notes.policy import registered_checks as registered_checks
from feedback.notes.policy import subject_type_name as subject_type_name

MAX_BODY = 5000
MAX_AUDIENCE = 10
TYPE_NAME = "FeedbackNote"
# Other slices register who may see their subjects through this module
# (``register_subject_access``, ``SubjectCheck``): the checks live in ``policy``.

# --- writing ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class NoteCommand:
    leader_id: int
    kind: SubjectKind
    subject_id: int | None
    body: str
    share_with: Sequence[int] = ()


def _check_body(body: str) -> str:
    text = body.strip()
    if not text:
        raise DomainError(ErrorCode.REQUIRED, "error.required", field=["body"])
    if len(text) > MAX_BODY:
        raise DomainError(ErrorCode.TOO_LONG, "error.too_long", field=["body"], maximum=MAX_BODY)
    return text


async def give_note(
    session: AsyncSession, viewer: Viewer | None, command: NoteCommand
) -> FeedbackNote:
    """A new thread: feedback to a leader on a subject they shared with the author."""
    author = policy.require_viewer(viewer)
    body = _check_body(command.body)
    if command.leader_id == author.membership_id:
        raise DomainError(ErrorCode.INVALID, "feedback.note.self", field=["leaderId"])
    if (command.subject_id is None) != (command.kind == SubjectKind.GENERAL):
        raise DomainError(ErrorCode.INVALID, "feedback.note.subject", field=["subjectId"])
    if command.kind == SubjectKind.PHILOSOPHY_VERSION:
        raise DomainError(ErrorCode.INVALID, "feedback.note.use_comments", field=["subjectKind"])
    leader = await identity.membership(session, command.leader_id)
    if leader is None:
        raise DomainError(ErrorCode.NOT_FOUND, "error.not_found", field=["leaderId"])
    if not await can_see_subject(session, author, command.kind, command.subject_id, leader.id):
        if leader.organisation_id != author.organisation_id:  # reveal nothing of other tenants
            raise DomainError(ErrorCode.NOT_FOUND, "error.not_found", field=["leaderId"])
        raise DomainError(ErrorCode.FORBIDDEN, "feedback.note.not_shared", field=["subjectId"])
    extra = [
        m
        for m in dict.fromkeys(command.share_with)
        if m not in (author.membership_id, command.leader_id)
    ]
    if len(extra) > MAX_AUDIENCE:
        raise DomainError(
            ErrorCode.INVALID,
            "feedback.note.audience_size",
            field=["shareWithIds"],
            maximum=MAX_AUDIENCE,
        )
    for membership_id in extra:
        other = await identity.members_by_ids(session, leader.organisation_id, [membership_id])
        reader = Viewer(
            person_id=other[0].person_id if other else 0,
            organisation_id=leader.organisation_id,
            membership_id=membership_id,
            roles=frozenset(other[0].roles or []) if other else frozenset(),
        )
        if not other or not await can_see_subject(
            session, reader, command.kind, command.subject_id, command.leader_id
        ):
            raise DomainError(ErrorCode.FORBIDDEN, "feedback.note.audience", field=["shareWithIds"])
    return await write_note(
        session,
        leader.organisation_id,
        command.kind,
        command.subject_id,
        command.leader_id,
        author.membership_id,
        body,
        [author.membership_id, *extra],
    )


async def write_note(
    session: AsyncSession,
    organisation_id: int,
    kind: SubjectKind,
    subject_id: int | None,
    leader_id: int,
    author_id: int,
    body: str,
    audience: Sequence[int],
    visibility: Visibility = Visibility.AUDIENCE,
) -> FeedbackNote:
    """A root note without permission checks: ``give_note``, the philosophy
    comments (visibility SUBJECT) and the demo seed. Notifies the leader."""
    note = FeedbackNote(
        organisation_id=organisation_id,
        subject_kind=kind.value,
        subject_id=subject_id,
        leader_id=leader_id,
        author_id=author_id,
        body=body,
        visibility=visibility.value,
    )
    session.add(note)
    await session.flush()
    await repo.add_audience(session, note.id, list(audience))
    await repo.add_receipts(session, author_id, [note.id])
    await _notify(session, note, [leader_id])
    return note


async def _thread_for(
    session: AsyncSession, viewer: Viewer, note_id: int
) -> tuple[FeedbackNote, set[int]]:
    """The root of a thread the viewer may read, and its participants."""
    found = await repo.visible_notes(
        session, viewer.membership_id, viewer.organisation_id, [note_id]
    )
    if not found:
        raise DomainError(ErrorCode.NOT_FOUND, "error.not_found", field=["noteId"])
    note = found[0]
    root = (
        note if note.parent_id is None else (await repo.notes_by_ids(session, [note.parent_id]))[0]
    )
    audience = {m for _root, m in await repo.audience_of(session, [root.id])}
    return root, {root.leader_id, *audience}


async def reply(
    session: AsyncSession, viewer: Viewer | None, note_id: int, body: str
) -> FeedbackNote:
    """The leader or anyone the thread was shared with answers in the thread."""
    signed_in = policy.require_viewer(viewer)
    text = _check_body(body)
    root, participants = await _thread_for(session, signed_in, note_id)
    if signed_in.membership_id not in participants:
        raise policy.forbid()
    answer = FeedbackNote(
        organisation_id=root.organisation_id,
        subject_kind=root.subject_kind,
        subject_id=root.subject_id,
        leader_id=root.leader_id,
        author_id=signed_in.membership_id,
        parent_id=root.id,
        body=text,
        visibility=root.visibility,
    )
    session.add(answer)
    await session.flush()
    await repo.add_receipts(session, signed_in.membership_id, [answer.id])
    await _notify(session, answer, sorted(participants - {signed_in.membership_id}))
    return answer


async def mark_read(session: AsyncSession, viewer: Viewer | None, note_ids: Sequence[int]) -> int:
    """Read receipts for the viewer; notes already read or not visible are skipped."""
    signed_in = policy.require_viewer(viewer)
    wanted = list(dict.fromkeys(note_ids))[:500]
    found = await repo.visible_notes(
        session, signed_in.membership_id, signed_in.organisation_id, wanted
    )
    visible = {n.id for n in found}
    new = sorted(visible - await repo.read_by(session, signed_in.membership_id, sorted(visible)))
    await repo.add_receipts(session, signed_in.membership_id, new)
    return len(new)


async def _note_to_moderate(session: AsyncSession, viewer: Viewer, note_id: int) -> FeedbackNote:
    """A note the viewer may hide or show again: the leader it is about, or HR of
    its organisation; another tenant's note is not found, as if it did not exist."""
    note = next(iter(await repo.notes_by_ids(session, [note_id])), None)
    if note is None or note.organisation_id != viewer.organisation_id:
        raise DomainError(ErrorCode.NOT_FOUND, "error.not_found", field=["noteId"])
    if note.leader_id != viewer.membership_id and not policy.is_hr(viewer):
        raise policy.forbid()
    return note


async def hide_note(session: AsyncSession, viewer: Viewer | None, note_id: int) -> FeedbackNote:
    """The leader the thread is about, or HR, hides an abusive note."""
    signed_in = policy.require_viewer(viewer)
    note = await _note_to_moderate(session, signed_in, note_id)
    if note.hidden_at is None:
        note.hidden_at = utcnow()
        note.hidden_by_id = signed_in.membership_id
    await session.flush()
    return note


async def unhide_note(session: AsyncSession, viewer: Viewer | None, note_id: int) -> FeedbackNote:
    """Undo a hide made by mistake: the same people who may hide (the leader the
    thread is about, or HR) show the note again; showing a shown note changes nothing."""
    signed_in = policy.require_viewer(viewer)
    note = await _note_to_moderate(session, signed_in, note_id)
    note.hidden_at = None
    note.hidden_by_id = None
    await session.flush()
    return note


async def _notify(session: AsyncSession, note: FeedbackNote, to_ids: Sequence[int]) -> None:
    people = await repo.names(session, [*to_ids, *([note.author_id] if note.author_id else [])])
    author = people.get(note.author_id) if note.author_id else None
    link = f"{get_settings().base_url.rstrip('/')}/feedback/notes/{note.parent_id or note.id}"
    what = "reply" if note.parent_id else "new"
    for membership_id in to_ids:
        reader = people.get(membership_id)
        if reader is None:
            continue
        locale = reader.locale or "da"
        queue_mail(
            session,
            reader.email,
            "generic_notice",
            locale,
            {
                "title": translate(f"feedback.note.mail.{what}.title", locale),
                "body": translate(
                    f"feedback.note.mail.{what}.body", locale, author=author.name if author else ""
                ),
                "link": link,
            },
        )


# --- reading ---------------------------------------------------------------------------------


async def visible_notes(
    session: AsyncSession, viewer: Viewer | None, ids: Sequence[int]
) -> list[FeedbackNote]:
    signed_in = policy.require_viewer(viewer)
    return await repo.visible_notes(
        session, signed_in.membership_id, signed_in.organisation_id, ids
    )


def threads_listing(
    viewer: Viewer | None,
    leader_id: int | None,
    kind: SubjectKind | None,
    subject_id: int | None,
    *,
    taking_part_only: bool = False,
) -> repo.Listing:
    """Threads the viewer may read. ``taking_part_only``: the viewer's own
    feedback (as the leader or in the audience), exactly what
    ``unread_feedback_count`` counts; comments open to a whole organisation
    are read by their subject (a philosophy version's page)."""
    signed_in = policy.require_viewer(viewer)
    return repo.threads_listing(
        signed_in.membership_id,
        signed_in.organisation_id,
        leader_id,
        kind.value if kind else None,
        subject_id,
        taking_part_only,
    )


async def replies(session: AsyncSession, root_ids: Sequence[int]) -> list[FeedbackNote]:
    """Replies of roots the caller already let the viewer read (the loader)."""
    return await repo.replies_of(session, root_ids)


async def audiences(session: AsyncSession, root_ids: Sequence[int]) -> list[tuple[int, int]]:
    return await repo.audience_of(session, root_ids)


async def read_by_viewer(
    session: AsyncSession, viewer: Viewer, note_ids: Sequence[int]
) -> set[int]:
    return await repo.read_by(session, viewer.membership_id, note_ids)


async def people(session: AsyncSession, membership_ids: Sequence[int]) -> dict[int, str]:
    return {k: row.name for k, row in (await repo.names(session, membership_ids)).items()}


def body_for(note: FeedbackNote, viewer: Viewer | None) -> str | None:
    """A hidden note's text is shown to its author only."""
    if note.hidden_at is None:
        return note.body
    return note.body if viewer is not None and viewer.membership_id == note.author_id else None


# --- the start screen --------------------------------------------------------------------------


@dataclass(frozen=True)
class UnreadNote:
    note_id: int
    reference: str
    title: str
    author_name: str | None
    created_at: datetime


async def unread_feedback_count(session: AsyncSession, viewer: Viewer | None) -> int:
    """Notes the viewer may read, by others, not hidden, without a receipt (one statement)."""
    signed_in = policy.require_viewer(viewer)
    return await repo.count_unread(session, signed_in.membership_id)


async def unread_notes(
    session: AsyncSession, viewer: Viewer | None, limit: int = 5
) -> list[UnreadNote]:
    """The newest unread notes, for home (one statement)."""
    from backend.api.relay import to_global_id

    signed_in = policy.require_viewer(viewer)
    rows = await repo.unread(session, signed_in.membership_id, max(1, min(limit, 50)))
    return [
        UnreadNote(
            note_id=row[0].id,
            reference=str(to_global_id(TYPE_NAME, row[0].id)),
            title=_excerpt(row[0].body),
            author_name=row.author_name,
            created_at=row[0].created_at,
        )
        for row in rows
    ]


def _excerpt(body: str, width: int = 80) -> str:
    line = " ".join(body.split())
    return line if len(line) <= width else line[: width - 1].rstrip() + "…"
