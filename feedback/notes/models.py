"""Feedback notes: what a mentor or a manager tells a leader about something
the leader shared with them (a reflection, an action's evidence, a
checkpoint) or in general; later also staff comments on a leadership
philosophy version.

A thread is a root note and its replies (``parent_id`` = the root). Who may
read a thread is stored, never derived at read time from another slice: the
leader it is about, and its audience (the author and whoever it was shared
with), or, with ``visibility`` SUBJECT, anyone who may see the subject (a
published philosophy's readers). The subject is a kind and an id of a row of
another slice, without a foreign key.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from backend.db import Base, Id, IdMixin, TimestampMixin, utcnow


class SubjectKind(StrEnum):
    REFLECTION = "REFLECTION"
    ACTION_EVIDENCE = "ACTION_EVIDENCE"
    CHECKPOINT = "CHECKPOINT"
    GENERAL = "GENERAL"
    PHILOSOPHY_VERSION = "PHILOSOPHY_VERSION"


class Visibility(StrEnum):
    # The leader and the audience rows.
    AUDIENCE = "AUDIENCE"
    # Anyone who may see the subject (comments on a published philosophy).
    SUBJECT = "SUBJECT"


class FeedbackNote(IdMixin, TimestampMixin, Base):
    __tablename__ = "feedback_note"
    __table_args__ = (
        Index("ix_feedback_note_subject", "organisation_id", "subject_kind", "subject_id"),
    )

    organisation_id: Mapped[int] = mapped_column(
        Id, ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    subject_kind: Mapped[str] = mapped_column(String(30))
    subject_id: Mapped[int | None] = mapped_column(Id)
    # The leader the note is about.
    leader_id: Mapped[int] = mapped_column(
        Id, ForeignKey("membership.id", ondelete="CASCADE"), index=True
    )
    author_id: Mapped[int | None] = mapped_column(
        Id, ForeignKey("membership.id", ondelete="SET NULL"), index=True
    )
    # The root of the thread for a reply; None for a root.
    parent_id: Mapped[int | None] = mapped_column(
        Id, ForeignKey("feedback_note.id", ondelete="CASCADE"), index=True
    )
    visibility: Mapped[str] = mapped_column(String(20), default=Visibility.AUDIENCE.value)
    body: Mapped[str] = mapped_column(Text)
    hidden_at: Mapped[datetime | None] = mapped_column()
    hidden_by_id: Mapped[int | None] = mapped_column(
        Id, ForeignKey("membership.id", ondelete="SET NULL")
    )


class FeedbackNoteAudience(Base):
    """Who a thread was shared with (on the root note), the author included."""

    __tablename__ = "feedback_note_audience"

    note_id: Mapped[int] = mapped_column(
        Id, ForeignKey("feedback_note.id", ondelete="CASCADE"), primary_key=True
    )
    membership_id: Mapped[int] = mapped_column(
        Id, ForeignKey("membership.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class FeedbackNoteRead(Base):
    """A read receipt: this person has seen this note."""

    __tablename__ = "feedback_note_read"

    note_id: Mapped[int] = mapped_column(
        Id, ForeignKey("feedback_note.id", ondelete="CASCADE"), primary_key=True
    )
    membership_id: Mapped[int] = mapped_column(
        Id, ForeignKey("membership.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    read_at: Mapped[datetime] = mapped_column(default=utcnow)
