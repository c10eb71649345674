"""Programmes and what leaders do in them.

A ``Programme`` is the identity that HR names and archives; its content lives
in ``ProgrammeVersion``s. A published version never changes: editing a
published programme makes a new draft version, and an enrolment keeps
following the version it was enrolled on. Modules and activities belong to
one version.

Reflections and action evidence live apart from the activity progress, so
that every query that reads them states who may see them (see
``sharing.repository.visible_reflections``).
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from backend.db import Base, Id, IdMixin, TimestampMixin, utcnow

MAX_EVENT_ID_LENGTH = 128


class ActivityKind(StrEnum):
    KNOWLEDGE = "KNOWLEDGE"
    REFLECTION = "REFLECTION"
    ACTION = "ACTION"


class ProgrammeStatus(StrEnum):
    DRAFT = "DRAFT"
    PUBLISHED = "PUBLISHED"
    ARCHIVED = "ARCHIVED"


class VersionStatus(StrEnum):
    DRAFT = "DRAFT"
    PUBLISHED = "PUBLISHED"
    # An earlier published version: enrolled leaders may still follow it.
    SUPERSEDED = "SUPERSEDED"


class Audience(StrEnum):
    NEW_LEADERS = "NEW_LEADERS"
    EXPERIENCED_LEADERS = "EXPERIENCED_LEADERS"
    LEADERS_OF_LEADERS = "LEADERS_OF_LEADERS"
    ALL_LEADERS = "ALL_LEADERS"


class EnrolmentStatus(StrEnum):
    ACTIVE = "ACTIVE"
    COMPLETED = "COMPLETED"
    WITHDRAWN = "WITHDRAWN"


class CheckpointKind(StrEnum):
    BEFORE = "BEFORE"
    DURING = "DURING"
    AFTER = "AFTER"


class ProgressEventType(StrEnum):
    STARTED = "STARTED"
    COMPLETED = "COMPLETED"
    REFLECTION_SAVED = "REFLECTION_SAVED"
    EVIDENCE_SAVED = "EVIDENCE_SAVED"


def _org() -> Mapped[int]:
    return mapped_column(Id, ForeignKey("organisation.id", ondelete="CASCADE"), index=True)


class Programme(IdMixin, TimestampMixin, Base):
    __tablename__ = "programme"

    organisation_id: Mapped[int] = _org()
    created_by_id: Mapped[int | None] = mapped_column(
        Id, ForeignKey("membership.id", ondelete="SET NULL")
    )
    # Archived: no new cohorts or enrolments; enrolled leaders carry on.
    archived_at: Mapped[datetime | None] = mapped_column()


class ProgrammeVersion(IdMixin, TimestampMixin, Base):
    __tablename__ = "programme_version"
    __table_args__ = (UniqueConstraint("programme_id", "version"),)

    organisation_id: Mapped[int] = _org()
    programme_id: Mapped[int] = mapped_column(
        Id, ForeignKey("programme.id", ondelete="CASCADE"), index=True
    )
    version: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20), default=VersionStatus.DRAFT.value)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    audience: Mapped[str] = mapped_column(String(30), default=Audience.NEW_LEADERS.value)
    published_at: Mapped[datetime | None] = mapped_column()


class ProgrammeVersionGoal(Base):
    """The organisational goals a version serves (at least one)."""

    __tablename__ = "programme_version_goal"

    version_id: Mapped[int] = mapped_column(
        Id, ForeignKey("programme_version.id", ondelete="CASCADE"), primary_key=True
    )
    goal_id: Mapped[int] = mapped_column(
        Id, ForeignKey("organisation_goal.id", ondelete="RESTRICT"), primary_key=True, index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)


class ProgrammeModule(IdMixin, Base):
    __tablename__ = "programme_module"
    __table_args__ = (UniqueConstraint("version_id", "position"),)

    organisation_id: Mapped[int] = _org()
    version_id: Mapped[int] = mapped_column(
        Id, ForeignKey("programme_version.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    introduction: Mapped[str] = mapped_column(Text, default="")


class ProgrammeActivity(IdMixin, Base):
    __tablename__ = "programme_activity"
    __table_args__ = (UniqueConstraint("module_id", "position"),)

    organisation_id: Mapped[int] = _org()
    version_id: Mapped[int] = mapped_column(
        Id, ForeignKey("programme_version.id", ondelete="CASCADE"), index=True
    )
    module_id: Mapped[int] = mapped_column(
        Id, ForeignKey("programme_module.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(200))
    # Markdown (KNOWLEDGE text, the REFLECTION prompt, the ACTION assignment).
    body: Mapped[str] = mapped_column(Text, default="")
    # [{"objectKey", "title", "contentType"}]: files in storage.
    media: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    estimated_minutes: Mapped[int] = mapped_column(Integer, default=15)
    due_offset_days: Mapped[int] = mapped_column(Integer, default=7)


class Cohort(IdMixin, TimestampMixin, Base):
    __tablename__ = "programme_cohort"

    organisation_id: Mapped[int] = _org()
    programme_id: Mapped[int] = mapped_column(
        Id, ForeignKey("programme.id", ondelete="CASCADE"), index=True
    )
    version_id: Mapped[int] = mapped_column(
        Id, ForeignKey("programme_version.id", ondelete="RESTRICT"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    starts_on: Mapped[date] = mapped_column(Date)


class Enrolment(IdMixin, TimestampMixin, Base):
    __tablename__ = "programme_enrolment"
    __table_args__ = (UniqueConstraint("membership_id", "programme_id"),)

    organisation_id: Mapped[int] = _org()
    programme_id: Mapped[int] = mapped_column(
        Id, ForeignKey("programme.id", ondelete="CASCADE"), index=True
    )
    # The version followed; it never changes under the leader.
    version_id: Mapped[int] = mapped_column(
        Id, ForeignKey("programme_version.id", ondelete="RESTRICT"), index=True
    )
    cohort_id: Mapped[int | None] = mapped_column(
        Id, ForeignKey("programme_cohort.id", ondelete="SET NULL"), index=True
    )
    membership_id: Mapped[int] = mapped_column(
        Id, ForeignKey("membership.id", ondelete="CASCADE"), index=True
    )
    enrolled_by_id: Mapped[int | None] = mapped_column(
        Id, ForeignKey("membership.id", ondelete="SET NULL")
    )
    starts_on: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default=EnrolmentStatus.ACTIVE.value)
    completed_at: Mapped[datetime | None] = mapped_column()


class DevelopmentGoal(IdMixin, TimestampMixin, Base):
    """A personal goal agreed with the manager, serving an organisational goal."""

    __tablename__ = "development_goal"

    organisation_id: Mapped[int] = _org()
    enrolment_id: Mapped[int] = mapped_column(
        Id, ForeignKey("programme_enrolment.id", ondelete="CASCADE"), index=True
    )
    organisation_goal_id: Mapped[int] = mapped_column(
        Id, ForeignKey("organisation_goal.id", ondelete="RESTRICT"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    agreed_at: Mapped[datetime | None] = mapped_column()
    # 1-5, given by the manager at the AFTER checkpoint.
    attainment_rating: Mapped[int | None] = mapped_column(Integer)


class ActivityProgress(IdMixin, Base):
    __tablename__ = "activity_progress"
    __table_args__ = (UniqueConstraint("enrolment_id", "activity_id"),)

    organisation_id: Mapped[int] = _org()
    enrolment_id: Mapped[int] = mapped_column(
        Id, ForeignKey("programme_enrolment.id", ondelete="CASCADE"), index=True
    )
    activity_id: Mapped[int] = mapped_column(
        Id, ForeignKey("programme_activity.id", ondelete="CASCADE"), index=True
    )
    started_at: Mapped[datetime | None] = mapped_column()
    completed_at: Mapped[datetime | None] = mapped_column()


class Reflection(IdMixin, TimestampMixin, Base):
    """A leader's written answer to a REFLECTION prompt: private unless shared."""

    __tablename__ = "reflection"
    __table_args__ = (UniqueConstraint("enrolment_id", "activity_id"),)

    organisation_id: Mapped[int] = _org()
    enrolment_id: Mapped[int] = mapped_column(
        Id, ForeignKey("programme_enrolment.id", ondelete="CASCADE"), index=True
    )
    activity_id: Mapped[int] = mapped_column(
        Id, ForeignKey("programme_activity.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    # The leader's direct manager at the time of reading.
    shared_with_manager: Mapped[bool] = mapped_column(Boolean, default=False)
    shared_with_mentor: Mapped[bool] = mapped_column(Boolean, default=False)
    # The client's time of the last change: a later one wins.
    written_at: Mapped[datetime] = mapped_column(default=utcnow)


class ActionEvidence(IdMixin, TimestampMixin, Base):
    """What a leader did for an ACTION activity: text and an optional file."""

    __tablename__ = "action_evidence"
    __table_args__ = (UniqueConstraint("enrolment_id", "activity_id"),)

    organisation_id: Mapped[int] = _org()
    enrolment_id: Mapped[int] = mapped_column(
        Id, ForeignKey("programme_enrolment.id", ondelete="CASCADE"), index=True
    )
    activity_id: Mapped[int] = mapped_column(
        Id, ForeignKey("programme_activity.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(Text, default="")
    object_key: Mapped[str | None] = mapped_column(String(500))
    content_type: Mapped[str | None] = mapped_column(String(100))
    byte_size: Mapped[int | None] = mapped_column(Integer)
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)


class ProgressEvent(IdMixin, Base):
    """An applied offline event, so that a replay changes nothing."""

    __tablename__ = "progress_event"
    __table_args__ = (UniqueConstraint("enrolment_id", "client_event_id"),)

    organisation_id: Mapped[int] = _org()
    enrolment_id: Mapped[int] = mapped_column(
        Id, ForeignKey("programme_enrolment.id", ondelete="CASCADE")
    )
    client_event_id: Mapped[str] = mapped_column(String(MAX_EVENT_ID_LENGTH))
    activity_id: Mapped[int] = mapped_column(
        Id, ForeignKey("programme_activity.id", ondelete="CASCADE"), index=True
    )
    type: Mapped[str] = mapped_column(String(30))
    occurred_at: Mapped[datetime] = mapped_column()
    received_at: Mapped[datetime] = mapped_column(default=utcnow)


class ManagerCheckpoint(IdMixin, TimestampMixin, Base):
    __tablename__ = "manager_checkpoint"
    __table_args__ = (
        UniqueConstraint("enrolment_id", "kind"),
        Index("ix_manager_checkpoint_open_due", "completed_at", "due_on"),
    )

    organisation_id: Mapped[int] = _org()
    enrolment_id: Mapped[int] = mapped_column(
        Id, ForeignKey("programme_enrolment.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(10))
    due_on: Mapped[date] = mapped_column(Date)
    completed_at: Mapped[datetime | None] = mapped_column()
    completed_by_id: Mapped[int | None] = mapped_column(
        Id, ForeignKey("membership.id", ondelete="SET NULL")
    )
    goals_agreed: Mapped[bool] = mapped_column(Boolean, default=False)
    practice_agreed: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    feedback: Mapped[str] = mapped_column(Text, default="")
    # The day the manager was last asked by mail; asked once per checkpoint.
    reminded_on: Mapped[date | None] = mapped_column(Date)


class ProgrammeReminder(IdMixin, Base):
    """At most one activity reminder a day per leader."""

    __tablename__ = "programme_reminder"
    __table_args__ = (UniqueConstraint("membership_id", "sent_on"),)

    organisation_id: Mapped[int] = _org()
    membership_id: Mapped[int] = mapped_column(
        Id, ForeignKey("membership.id", ondelete="CASCADE"), index=True
    )
    sent_on: Mapped[date] = mapped_column(Date)
    activity_count: Mapped[int] = mapped_column(Integer, default=0)
