"""Mentoring: experienced leaders take new leaders in ("god mesterlære").

A ``MentorProfile`` says what a mentor offers and how many mentees they take
at once; a ``MentoringNeed`` what a new leader looks for. A ``MatchingRun``
(HR) proposes an optimal assignment as ``MatchProposal``s; a new leader can
also request a mentor from a shortlist, which is a proposal too. Once HR or
the new leader's manager approves a proposal, a ``Mentorship`` exists in state
PROPOSED until the mentor and the mentee both accept it.

Competencies are referenced by id from the feedback slice's frameworks
(``competency_ids``), without a foreign key: that table belongs to another
slice and another migration branch. Free tags sit beside them.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from backend.db import Base, Id, IdMixin, TimestampMixin


def _org() -> Mapped[int]:
    return mapped_column(Id, ForeignKey("organisation.id", ondelete="CASCADE"), index=True)


def _member(nullable: bool = False) -> Mapped[Any]:
    return mapped_column(
        Id,
        ForeignKey("membership.id", ondelete="SET NULL" if nullable else "CASCADE"),
        index=True,
        nullable=nullable,
    )


class AreaPreference(StrEnum):
    ANY = "ANY"
    SAME_AREA = "SAME_AREA"
    OTHER_AREA = "OTHER_AREA"


class NeedStatus(StrEnum):
    OPEN = "OPEN"
    MATCHED = "MATCHED"
    WITHDRAWN = "WITHDRAWN"


class RunStatus(StrEnum):
    PENDING = "PENDING"
    RUNNING = "RUNNING"
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"


class ProposalSource(StrEnum):
    RUN = "RUN"
    REQUEST = "REQUEST"


class ProposalStatus(StrEnum):
    PROPOSED = "PROPOSED"
    APPROVED = "APPROVED"
    REJECTED = "REJECTED"
    # Another proposal for the same new leader was approved.
    SUPERSEDED = "SUPERSEDED"


class MentorshipStatus(StrEnum):
    PROPOSED = "PROPOSED"
    ACTIVE = "ACTIVE"
    PAUSED = "PAUSED"
    COMPLETED = "COMPLETED"
    CANCELLED = "CANCELLED"
    REJECTED = "REJECTED"


# Mentorships that take a place of the mentor's capacity.
OCCUPYING = (MentorshipStatus.PROPOSED, MentorshipStatus.ACTIVE, MentorshipStatus.PAUSED)


class AssessmentKind(StrEnum):
    START_SELF = "START_SELF"
    END_SELF = "END_SELF"
    MENTEE_EVALUATION = "MENTEE_EVALUATION"
    MENTOR_EVALUATION = "MENTOR_EVALUATION"


class ObservationSetting(StrEnum):
    STAFF_MEETING = "STAFF_MEETING"
    DIFFICULT_CONVERSATION = "DIFFICULT_CONVERSATION"
    ONE_TO_ONE = "ONE_TO_ONE"
    PRESENTATION = "PRESENTATION"
    CHANGE_PROCESS = "CHANGE_PROCESS"
    OTHER = "OTHER"


class MentoringPool(IdMixin, TimestampMixin, Base):
    """Organisations that share mentors (configured by operators, not tenants)."""

    __tablename__ = "mentoring_pool"

    name: Mapped[str] = mapped_column(String(200))


class MentoringPoolMember(Base):
    __tablename__ = "mentoring_pool_member"

    organisation_id: Mapped[int] = mapped_column(
        Id, ForeignKey("organisation.id", ondelete="CASCADE"), primary_key=True
    )
    pool_id: Mapped[int] = mapped_column(
        Id, ForeignKey("mentoring_pool.id", ondelete="CASCADE"), index=True
    )


class MentorProfile(IdMixin, TimestampMixin, Base):
    __tablename__ = "mentor_profile"

    organisation_id: Mapped[int] = _org()
    membership_id: Mapped[int] = mapped_column(
        Id, ForeignKey("membership.id", ondelete="CASCADE"), unique=True
    )
    capacity: Mapped[int] = mapped_column(Integer, default=1)
    competency_ids: Mapped[list[int]] = mapped_column(JSON, default=list)
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    areas: Mapped[list[str]] = mapped_column(JSON, default=list)
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    location: Mapped[str] = mapped_column(String(120), default="")
    availability: Mapped[str] = mapped_column(Text, default="")
    # Takes new mentees; a paused profile keeps its mentorships.
    is_available: Mapped[bool] = mapped_column(Boolean, default=True)


class MentoringNeed(IdMixin, TimestampMixin, Base):
    __tablename__ = "mentoring_need"

    organisation_id: Mapped[int] = _org()
    membership_id: Mapped[int] = mapped_column(
        Id, ForeignKey("membership.id", ondelete="CASCADE"), unique=True
    )
    competency_ids: Mapped[list[int]] = mapped_column(JSON, default=list)
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    area: Mapped[str] = mapped_column(String(120), default="")
    area_preference: Mapped[str] = mapped_column(String(20), default=AreaPreference.ANY.value)
    language: Mapped[str] = mapped_column(String(10), default="da")
    location: Mapped[str] = mapped_column(String(120), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default=NeedStatus.OPEN.value)


class MatchingRun(IdMixin, TimestampMixin, Base):
    __tablename__ = "matching_run"

    organisation_id: Mapped[int] = _org()
    started_by_id: Mapped[int | None] = _member(nullable=True)
    status: Mapped[str] = mapped_column(String(20), default=RunStatus.PENDING.value)
    weights: Mapped[dict[str, float]] = mapped_column(JSON)
    # None: every open need / every available mentor of the organisation (or pool).
    mentee_ids: Mapped[list[int] | None] = mapped_column(JSON)
    mentor_ids: Mapped[list[int] | None] = mapped_column(JSON)
    use_shared_pool: Mapped[bool] = mapped_column(Boolean, default=False)
    candidates_per_mentee: Mapped[int] = mapped_column(Integer, default=16)
    result: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    error: Mapped[str | None] = mapped_column(Text)
    finished_at: Mapped[datetime | None] = mapped_column()


class MatchProposal(IdMixin, TimestampMixin, Base):
    __tablename__ = "match_proposal"
    __table_args__ = (Index("ix_match_proposal_mentee_status", "mentee_id", "status"),)

    organisation_id: Mapped[int] = _org()
    run_id: Mapped[int | None] = mapped_column(
        Id, ForeignKey("matching_run.id", ondelete="CASCADE"), index=True
    )
    source: Mapped[str] = mapped_column(String(20), default=ProposalSource.RUN.value)
    mentee_id: Mapped[int] = mapped_column(Id, ForeignKey("membership.id", ondelete="CASCADE"))
    mentor_id: Mapped[int] = _member()
    mentor_profile_id: Mapped[int] = mapped_column(
        Id, ForeignKey("mentor_profile.id", ondelete="CASCADE"), index=True
    )
    fit: Mapped[float] = mapped_column(Float)
    explanation: Mapped[dict[str, Any]] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(20), default=ProposalStatus.PROPOSED.value)
    decided_by_id: Mapped[int | None] = _member(nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column()
    decision_note: Mapped[str] = mapped_column(Text, default="")


class Mentorship(IdMixin, TimestampMixin, Base):
    __tablename__ = "mentorship"
    __table_args__ = (Index("ix_mentorship_mentor_status", "mentor_id", "status"),)

    organisation_id: Mapped[int] = _org()
    proposal_id: Mapped[int | None] = mapped_column(
        Id, ForeignKey("match_proposal.id", ondelete="SET NULL"), unique=True
    )
    mentor_id: Mapped[int] = mapped_column(Id, ForeignKey("membership.id", ondelete="CASCADE"))
    mentee_id: Mapped[int] = _member()
    mentor_profile_id: Mapped[int | None] = mapped_column(
        Id, ForeignKey("mentor_profile.id", ondelete="SET NULL"), index=True
    )
    status: Mapped[str] = mapped_column(String(20), default=MentorshipStatus.PROPOSED.value)
    mentor_accepted_at: Mapped[datetime | None] = mapped_column()
    mentee_accepted_at: Mapped[datetime | None] = mapped_column()
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date, index=True)
    # The agreement.
    goals: Mapped[str] = mapped_column(Text, default="")
    meeting_frequency: Mapped[str] = mapped_column(String(200), default="")
    agreed_at: Mapped[datetime | None] = mapped_column()
    # The mentor's last visit of the mentee's page: "shared since" counts from it.
    mentor_seen_at: Mapped[datetime | None] = mapped_column()
    ended_at: Mapped[datetime | None] = mapped_column()
    end_reason: Mapped[str] = mapped_column(Text, default="")


class MentorshipAssessment(IdMixin, TimestampMixin, Base):
    """The mentee's self-assessment at the start and the end, and the
    evaluations from both at the end: ratings 1-5 per focus area and a text."""

    __tablename__ = "mentorship_assessment"
    __table_args__ = (UniqueConstraint("mentorship_id", "kind"),)

    organisation_id: Mapped[int] = _org()
    mentorship_id: Mapped[int] = mapped_column(Id, ForeignKey("mentorship.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(30))
    author_id: Mapped[int | None] = _member(nullable=True)
    ratings: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)
    text: Mapped[str] = mapped_column(Text, default="")


class MentoringMeeting(IdMixin, TimestampMixin, Base):
    __tablename__ = "mentoring_meeting"
    __table_args__ = (
        Index("ix_mentoring_meeting_mentorship_starts", "mentorship_id", "starts_at"),
    )

    organisation_id: Mapped[int] = _org()
    mentorship_id: Mapped[int] = mapped_column(Id, ForeignKey("mentorship.id", ondelete="CASCADE"))
    starts_at: Mapped[datetime] = mapped_column()
    place: Mapped[str] = mapped_column(String(200), default="")
    agenda: Mapped[str] = mapped_column(Text, default="")
    created_by_id: Mapped[int | None] = _member(nullable=True)


class MeetingNote(IdMixin, TimestampMixin, Base):
    """A participant's note of a meeting: private to its author unless shared."""

    __tablename__ = "mentoring_meeting_note"
    __table_args__ = (UniqueConstraint("meeting_id", "author_id"),)

    organisation_id: Mapped[int] = _org()
    meeting_id: Mapped[int] = mapped_column(
        Id, ForeignKey("mentoring_meeting.id", ondelete="CASCADE")
    )
    author_id: Mapped[int] = _member()
    text: Mapped[str] = mapped_column(Text)
    shared: Mapped[bool] = mapped_column(Boolean, default=False)


class MentoringObservation(IdMixin, TimestampMixin, Base):
    """The mentor watched the new leader in practice and says what they saw."""

    __tablename__ = "mentoring_observation"

    organisation_id: Mapped[int] = _org()
    mentorship_id: Mapped[int] = mapped_column(
        Id, ForeignKey("mentorship.id", ondelete="CASCADE"), index=True
    )
    observed_on: Mapped[date] = mapped_column(Date)
    setting: Mapped[str] = mapped_column(String(30))
    situation: Mapped[str] = mapped_column(Text, default="")
    went_well: Mapped[str] = mapped_column(Text, default="")
    to_develop: Mapped[str] = mapped_column(Text, default="")
    suggestion: Mapped[str] = mapped_column(Text, default="")
    # 1-5 per focus area observed, e.g. {"tag:feedback": 4}.
    ratings: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)
    shared_with_mentee: Mapped[bool] = mapped_column(Boolean, default=True)
    author_id: Mapped[int | None] = _member(nullable=True)
