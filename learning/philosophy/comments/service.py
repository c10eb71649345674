"""Comments on a published version: feedback notes of subject kind
PHILOSOPHY_VERSION, through ``feedback.notes.service`` only.

This module is the one place the philosophy slice touches the feedback
domain, so any gap in what feedback notes offer is closed here.

- Staff and managers (any member of the organisation but the leader) comment
  on a PUBLISHED version: a root note about the leader, with visibility
  SUBJECT, shared with its author. A draft, or a version being published, is
  refused with a clear error.
- The leader answers in the thread (``reply``) and hides abusive comments
  (``hide``, the leader or HR); the notes slice decides who may do either.
- Which comments came after which version: every comment's subject is the
  version it was written on.
- Reading: ``comments_listing`` lists the comments on a leader's versions.
  Comments are organisation-internal even when the page is public. Which
  notes a viewer can read is decided by ``feedback.notes`` (``visible_to``).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from backend.api.errors import DomainError, ErrorCode
from backend.auth.viewer import Viewer
from backend.identity import policy
from feedback.notes import service as notes
from learning.philosophy import repository as repo
from learning.philosophy.models import VersionStatus

KIND = notes.SubjectKind.PHILOSOPHY_VERSION
VERSION_TYPE = "PhilosophyVersion"


async def _reader_sees_version(
    session: AsyncSession, viewer: Viewer, version_id: int | None, leader_id: int
) -> bool:
    """A member of the organisation may read a published version's comments."""
    if version_id is None:
        return False
    version = await repo.version(session, viewer.organisation_id, version_id)
    if version is None or version.status != VersionStatus.PUBLISHED.value:
        return False
    philosophy = await repo.philosophy(session, viewer.organisation_id, version.philosophy_id)
    return philosophy is not None and philosophy.membership_id == leader_id


def wire() -> None:
    """Called from ``learning.philosophy.wiring`` at start-up."""
    notes.register_subject_access(KIND, _reader_sees_version, VERSION_TYPE)


def _body(body: str) -> str:
    text = body.strip()
    if not text:
        raise DomainError(ErrorCode.REQUIRED, "error.required", field=["body"])
    if len(text) > notes.MAX_BODY:
        raise DomainError(ErrorCode.TOO_LONG, "error.too_long", ["body"], maximum=notes.MAX_BODY)
    return text


async def comment(session: AsyncSession, viewer: Viewer | None, version_id: int, body: str) -> Any:
    """A new comment (a root FeedbackNote) on a published version."""
    author = policy.require_viewer(viewer)
    version = await repo.version(session, author.organisation_id, version_id)
    philosophy = (
        await repo.philosophy(session, author.organisation_id, version.philosophy_id)
        if version is not None
        else None
    )
    if version is None or philosophy is None:
        raise DomainError(ErrorCode.NOT_FOUND, "error.not_found", field=["versionId"])
    if philosophy.membership_id == author.membership_id:
        raise DomainError(ErrorCode.RULE_VIOLATED, "philosophy.comment_own", field=["versionId"])
    if version.status != VersionStatus.PUBLISHED.value:
        raise DomainError(
            ErrorCode.RULE_VIOLATED, "philosophy.comment_unpublished", field=["versionId"]
        )
    text = _body(body)
    return await notes.write_note(
        session,
        philosophy.organisation_id,
        KIND,
        version.id,
        philosophy.membership_id,
        author.membership_id,
        text,
        [author.membership_id],
        visibility=notes.Visibility.SUBJECT,
    )


async def reply(session: AsyncSession, viewer: Viewer | None, note_id: int, body: str) -> Any:
    """An answer in a comment's thread (the leader, or the comment's author)."""
    return await notes.reply(session, viewer, note_id, _body(body))


async def hide(session: AsyncSession, viewer: Viewer | None, note_id: int) -> Any:
    """Hide an abusive comment: the leader it is about, or HR."""
    return await notes.hide_note(session, viewer, note_id)


def comments_listing(
    viewer: Viewer | None, leader_membership_id: int, version_id: int | None
) -> Any:
    """Root comments on the leader's versions (or one version), newest first:
    a statement and keys for ``paginate``; each row ends with the note."""
    return notes.threads_listing(viewer, leader_membership_id, KIND, version_id)


async def comment_of_leader(
    session: AsyncSession, viewer: Viewer, note_id: int, leader_membership_id: int
) -> Any:
    """A comment on the leader's own philosophy, for turning it into an item."""
    found = await notes.visible_notes(session, viewer, [note_id])
    note = found[0] if found else None
    if note is None or note.subject_kind != KIND.value or note.leader_id != leader_membership_id:
        raise DomainError(ErrorCode.NOT_FOUND, "philosophy.comment_not_found", field=["commentId"])
    return note


def body_for(note: Any, viewer: Viewer | None) -> str | None:
    return notes.body_for(note, viewer)
