"""Cycles, evaluations, nominations and responses, anonymous by construction.

The delivery side (``Nomination``, ``RaterToken``) knows who was asked and
holds the rater's unsubmitted draft. The result side (``EvaluationResponse``
and its answers and comments) knows only the evaluation and the rater group:
no foreign key to a nomination, no timestamp, and a random key, so neither a
query nor the row order of a sequence ties a response to a rater. Submitting
writes the response and flips ``Nomination.responded`` in one transaction,
and the draft is deleted.
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
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from backend.db import Base, Id, IdMixin, TimestampMixin, utcnow


class RaterGroup(StrEnum):
    SELF = "SELF"
    MANAGER = "MANAGER"
    PEER = "PEER"
    DIRECT_REPORT = "DIRECT_REPORT"
    EXTERNAL = "EXTERNAL"


# Shown as what they are: the rater is told so on the form before answering.
NAMED_GROUPS = frozenset({RaterGroup.SELF, RaterGroup.MANAGER})
ANONYMOUS_GROUPS = (RaterGroup.PEER, RaterGroup.DIRECT_REPORT, RaterGroup.EXTERNAL)


class CyclePurpose(StrEnum):
    BASELINE = "BASELINE"
    FOLLOW_UP = "FOLLOW_UP"


class CycleProfile(StrEnum):
    STANDARD = "STANDARD"
    # The shared Danish public-sector leader evaluation (ledelsesevaluering.dk).
    DANISH_PUBLIC_SECTOR = "DANISH_PUBLIC_SECTOR"


# The Danish profile reminds a rater at most twice: its reminder days, or
# reminders HR sends now, whichever come first.
DANISH_MAX_REMINDERS = 2


class CycleStatus(StrEnum):
    PLANNED = "PLANNED"  # leaders nominate, managers approve
    OPEN = "OPEN"  # raters answer
    CLOSED = "CLOSED"  # results frozen


class NominationState(StrEnum):
    NOMINATING = "NOMINATING"
    AWAITING_APPROVAL = "AWAITING_APPROVAL"
    APPROVED = "APPROVED"


class NominationStatus(StrEnum):
    PROPOSED = "PROPOSED"
    APPROVED = "APPROVED"
    REJECTED = "REJECTED"


class ReportStatus(StrEnum):
    PENDING = "PENDING"  # the cycle is not closed yet
    RENDERING = "RENDERING"
    READY = "READY"
    WITHHELD = "WITHHELD"  # profile rule, e.g. fewer than 5 employees


class EvaluationCycle(IdMixin, TimestampMixin, Base):
    __tablename__ = "evaluation_cycle"

    organisation_id: Mapped[int] = mapped_column(
        Id, ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    framework_id: Mapped[int] = mapped_column(
        Id, ForeignKey("competency_framework.id", ondelete="RESTRICT"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    purpose: Mapped[str] = mapped_column(String(20), default=CyclePurpose.BASELINE.value)
    baseline_cycle_id: Mapped[int | None] = mapped_column(
        Id, ForeignKey("evaluation_cycle.id", ondelete="SET NULL"), index=True
    )
    profile: Mapped[str] = mapped_column(String(40), default=CycleProfile.STANDARD.value)
    status: Mapped[str] = mapped_column(String(20), default=CycleStatus.PLANNED.value, index=True)
    opens_at: Mapped[datetime] = mapped_column()
    closes_at: Mapped[datetime] = mapped_column(index=True)
    closed_at: Mapped[datetime | None] = mapped_column()
    # The anonymity policy: responses a group needs before any figure shows it.
    min_peer: Mapped[int] = mapped_column(SmallInteger, default=3)
    min_direct_report: Mapped[int] = mapped_column(SmallInteger, default=3)
    min_external: Mapped[int] = mapped_column(SmallInteger, default=3)
    min_all_raters: Mapped[int] = mapped_column(SmallInteger, default=4)
    min_comments: Mapped[int] = mapped_column(SmallInteger, default=3)
    # No individual report below this many employees (0: no such rule).
    min_employees_for_report: Mapped[int] = mapped_column(SmallInteger, default=0)
    reminder_days_before_close: Mapped[list[int]] = mapped_column(JSON, default=list)
    # {"PEER": {"min": 3, "max": 8}, ...}; HR may set limits per group.
    nomination_limits: Mapped[dict[str, dict[str, int]]] = mapped_column(JSON, default=dict)
    created_by_id: Mapped[int | None] = mapped_column(
        Id, ForeignKey("membership.id", ondelete="SET NULL")
    )


class Evaluation(IdMixin, TimestampMixin, Base):
    """One evaluated leader in a cycle."""

    __tablename__ = "evaluation"
    __table_args__ = (UniqueConstraint("cycle_id", "leader_id"),)

    organisation_id: Mapped[int] = mapped_column(
        Id, ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    cycle_id: Mapped[int] = mapped_column(
        Id, ForeignKey("evaluation_cycle.id", ondelete="CASCADE"), index=True
    )
    leader_id: Mapped[int] = mapped_column(
        Id, ForeignKey("membership.id", ondelete="CASCADE"), index=True
    )
    # The leader's manager when the evaluation was made: they approve and read.
    manager_id: Mapped[int | None] = mapped_column(
        Id, ForeignKey("membership.id", ondelete="SET NULL"), index=True
    )
    nomination_state: Mapped[str] = mapped_column(
        String(30), default=NominationState.NOMINATING.value
    )
    # Frozen when the cycle closes: the aggregates every report is built from.
    frozen_results: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    employee_count: Mapped[int | None] = mapped_column(Integer)
    report_status: Mapped[str] = mapped_column(String(20), default=ReportStatus.PENDING.value)
    report_object_key: Mapped[str | None] = mapped_column(String(500))


class EvaluationShare(Base):
    """The leader shares their report with someone, e.g. their mentor."""

    __tablename__ = "evaluation_share"

    evaluation_id: Mapped[int] = mapped_column(
        Id, ForeignKey("evaluation.id", ondelete="CASCADE"), primary_key=True
    )
    membership_id: Mapped[int] = mapped_column(
        Id, ForeignKey("membership.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    shared_at: Mapped[datetime] = mapped_column(default=utcnow)


class Nomination(IdMixin, Base):
    """Who is asked to rate, in which group. Deliberately without an
    ``updated_at``: no column records when a rater answered."""

    __tablename__ = "nomination"
    # Half of each page free (PostgreSQL): marking a cohort invited, which
    # changes no indexed column, then writes every row's new version on its own
    # page (a HOT update, no index entries); at 100 none was (migration 0002).
    __table_args__ = {"postgresql_with": {"fillfactor": 50}}

    organisation_id: Mapped[int] = mapped_column(
        Id, ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    evaluation_id: Mapped[int] = mapped_column(
        Id, ForeignKey("evaluation.id", ondelete="CASCADE"), index=True
    )
    rater_group: Mapped[str] = mapped_column(String(20))
    # An internal rater's membership; None for an external one.
    rater_id: Mapped[int | None] = mapped_column(
        Id, ForeignKey("membership.id", ondelete="CASCADE"), index=True
    )
    rater_name: Mapped[str] = mapped_column(String(200))
    rater_email: Mapped[str] = mapped_column(String(320))
    locale: Mapped[str] = mapped_column(String(2), default="da")
    status: Mapped[str] = mapped_column(String(20), default=NominationStatus.PROPOSED.value)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    invited_at: Mapped[datetime | None] = mapped_column()
    reminders_sent: Mapped[int] = mapped_column(SmallInteger, default=0)
    last_reminded_on: Mapped[date | None] = mapped_column(Date)
    # Delivery needs it (no reminders, the form says so); the reason is not
    # here but in ``DeclineReason``, apart from the invitation.
    declined: Mapped[bool] = mapped_column(Boolean, default=False)
    # Flipped in the transaction that writes the response; nothing says when.
    responded: Mapped[bool] = mapped_column(Boolean, default=False)
    # The rater's saved, unsubmitted answers: {"answers": {item: value|null}, "comments": {...}}.
    draft: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class DeclineReason(Base):
    """Why someone declined, kept for HR per cycle without the rater: no link
    to the invitation, the evaluation (its leader) or a time, and a random key,
    so neither a query nor the row order ties a reason to whom or when."""

    __tablename__ = "decline_reason"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        Id, ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    cycle_id: Mapped[int] = mapped_column(
        Id, ForeignKey("evaluation_cycle.id", ondelete="CASCADE"), index=True
    )
    reason: Mapped[str] = mapped_column(Text)


class RaterToken(IdMixin, Base):
    """A secret of an invitation link (or a reminder's), stored as its SHA-256.
    It expires when the cycle closes."""

    __tablename__ = "rater_token"

    # No foreign key: its per-row check (a look-up and a row lock on the
    # nomination) was half the time of inserting a cohort's tokens. A trigger
    # deletes a nomination's tokens with it (migration 0003).
    nomination_id: Mapped[int] = mapped_column(Id, index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    expires_at: Mapped[datetime] = mapped_column()


class EvaluationResponse(Base):
    """A submitted response: the evaluation and the rater group, nothing else."""

    __tablename__ = "evaluation_response"

    # 128 random bits, not a sequence: keys say nothing about submission order.
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        Id, ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    evaluation_id: Mapped[int] = mapped_column(
        Id, ForeignKey("evaluation.id", ondelete="CASCADE"), index=True
    )
    rater_group: Mapped[str] = mapped_column(String(20))


class ResponseAnswer(Base):
    __tablename__ = "response_answer"

    response_id: Mapped[str] = mapped_column(
        String(32), ForeignKey("evaluation_response.id", ondelete="CASCADE"), primary_key=True
    )
    item_id: Mapped[int] = mapped_column(
        Id, ForeignKey("competency_item.id", ondelete="RESTRICT"), primary_key=True, index=True
    )
    # 1-5; None is "cannot judge".
    value: Mapped[int | None] = mapped_column(SmallInteger)


class ResponseComment(Base):
    __tablename__ = "response_comment"

    response_id: Mapped[str] = mapped_column(
        String(32), ForeignKey("evaluation_response.id", ondelete="CASCADE"), primary_key=True
    )
    question_id: Mapped[int] = mapped_column(
        Id, ForeignKey("open_question.id", ondelete="RESTRICT"), primary_key=True, index=True
    )
    text: Mapped[str] = mapped_column(Text)


class CompetencySums(Base):
    """The learning-effect read model: per evaluation, competency and rater
    group, the answers that count under the report's anonymity rules (a group
    under its minimum, an item under "all raters": nothing) as n, sum and sum
    of squares. Written when a cycle closes, for the reports it releases only
    (``effect.repository``); ``lineage_id`` pairs a competency with its versions."""

    __tablename__ = "evaluation_competency_sums"
    # A read takes the rows of a few thousand evaluations and sums them per
    # lineage: from this index alone (an index-only scan), not from the heap,
    # where one evaluation's rows lie on as many pages as it has rows.
    __table_args__ = (
        Index(
            "ix_evaluation_competency_sums_evaluation_lineage",
            "evaluation_id",
            "lineage_id",
            postgresql_include=["competency_id", "raters", "answers", "total"],
        ),
    )

    evaluation_id: Mapped[int] = mapped_column(
        Id, ForeignKey("evaluation.id", ondelete="CASCADE"), primary_key=True
    )
    competency_id: Mapped[int] = mapped_column(
        Id, ForeignKey("competency.id", ondelete="RESTRICT"), primary_key=True
    )
    rater_group: Mapped[str] = mapped_column(String(20), primary_key=True)
    lineage_id: Mapped[int] = mapped_column(Id, index=True)
    raters: Mapped[int] = mapped_column(Integer)
    answers: Mapped[int] = mapped_column(Integer)
    total: Mapped[int] = mapped_column(Integer)
    total_sq: Mapped[int] = mapped_column(Integer)


class LeaderChange(Base):
    """The learning-effect read model per closed pair (a follow-up evaluation
    and its baseline): the change averaged over the competencies the two pair
    by lineage (from ``CompetencySums``, so under the same anonymity rules),
    and what choosing a leader's latest pair needs: the leader, the
    organisation and when the follow-up's cycle closed. Written when the
    later of the two cycles closes (``effect.repository``), for every pair,
    so the phone's summary reads one row per leader, not one per competency
    and rater group. ``competencies`` is how many were paired; a pair with
    none has 0 and no figures (a leader whose latest pair pairs nothing has
    no change: never an older pair's)."""

    __tablename__ = "evaluation_leader_change"
    # The latest pair of each leader among a few thousand: read from this index.
    __table_args__ = (
        Index(
            "ix_evaluation_leader_change_latest",
            "organisation_id",
            "leader_id",
            "closed_at",
            "follow_up_id",
        ),
    )

    follow_up_id: Mapped[int] = mapped_column(
        Id, ForeignKey("evaluation.id", ondelete="CASCADE"), primary_key=True
    )
    baseline_id: Mapped[int] = mapped_column(
        Id, ForeignKey("evaluation.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    # The follow-up's, copied: an evaluation's leader and organisation never change.
    leader_id: Mapped[int] = mapped_column(Id)
    organisation_id: Mapped[int] = mapped_column(Id)
    # The follow-up cycle's, set once when it closed (a closed cycle stays closed).
    closed_at: Mapped[datetime | None] = mapped_column()
    competencies: Mapped[int] = mapped_column(Integer)
    change: Mapped[float | None] = mapped_column(Float)
    baseline_mean: Mapped[float | None] = mapped_column(Float)
    follow_up_mean: Mapped[float | None] = mapped_column(Float)
    raters_baseline: Mapped[int | None] = mapped_column(Integer)
    raters_follow_up: Mapped[int | None] = mapped_column(Integer)


class CompetencyChange(Base):
    """The learning-effect read model per closed pair and competency lineage:
    others' mean before and after, and the raters (from ``CompetencySums``:
    the same means and pairing). ``competency_id`` is the follow-up's (the
    least of its ids of that lineage), whose titles a figure shows. Written
    with ``LeaderChange``, so a read of the competencies takes a few rows per
    leader, not one per evaluation, competency and rater group."""

    __tablename__ = "evaluation_competency_change"

    follow_up_id: Mapped[int] = mapped_column(
        Id, ForeignKey("evaluation.id", ondelete="CASCADE"), primary_key=True
    )
    baseline_id: Mapped[int] = mapped_column(
        Id, ForeignKey("evaluation.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    lineage_id: Mapped[int] = mapped_column(Id, primary_key=True)
    competency_id: Mapped[int] = mapped_column(
        Id, ForeignKey("competency.id", ondelete="RESTRICT"), index=True
    )
    baseline_mean: Mapped[float] = mapped_column(Float)
    follow_up_mean: Mapped[float] = mapped_column(Float)
    raters_baseline: Mapped[int] = mapped_column(Integer)
    raters_follow_up: Mapped[int] = mapped_column(Integer)
