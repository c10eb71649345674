"""The privacy slice's own rows.

``PersonalDataExport`` is one request for everything held about a person in
an organisation, written as JSON to storage by a background task and
downloaded through a presigned URL. ``PrivacyAuditEntry`` records who read
a person's 360 report and who exported or erased whose data; it names
memberships without foreign keys to them, because the record must outlive
what it records.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import JSON, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from backend.db import Base, Id, IdMixin, TimestampMixin, utcnow


class ExportStatus(StrEnum):
    PENDING = "PENDING"
    READY = "READY"
    FAILED = "FAILED"


class AuditAction(StrEnum):
    REPORT_VIEWED = "REPORT_VIEWED"
    REPORT_DOWNLOADED = "REPORT_DOWNLOADED"
    DATA_EXPORT_REQUESTED = "DATA_EXPORT_REQUESTED"
    DATA_EXPORTED = "DATA_EXPORTED"
    DATA_ERASED = "DATA_ERASED"


class PersonalDataExport(IdMixin, TimestampMixin, Base):
    __tablename__ = "personal_data_export"

    organisation_id: Mapped[int] = mapped_column(
        Id, ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    # Whose data: the membership in this organisation.
    membership_id: Mapped[int] = mapped_column(
        Id, ForeignKey("membership.id", ondelete="CASCADE"), index=True
    )
    requested_by_id: Mapped[int | None] = mapped_column(
        Id, ForeignKey("membership.id", ondelete="SET NULL"), index=True
    )
    status: Mapped[str] = mapped_column(String(20), default=ExportStatus.PENDING.value)
    object_key: Mapped[str | None] = mapped_column(String(500))
    finished_at: Mapped[datetime | None] = mapped_column()


class PrivacyAuditEntry(IdMixin, Base):
    __tablename__ = "privacy_audit_entry"
    __table_args__ = (
        Index("ix_privacy_audit_entry_org_at", "organisation_id", "at", "id"),
        Index("ix_privacy_audit_entry_subject_at", "subject_id", "at", "id"),
    )

    organisation_id: Mapped[int] = mapped_column(
        Id, ForeignKey("organisation.id", ondelete="CASCADE")
    )
    # Memberships, deliberately without foreign keys (see the module docstring).
    actor_id: Mapped[int | None] = mapped_column(Id)
    subject_id: Mapped[int] = mapped_column(Id)
    action: Mapped[str] = mapped_column(String(40))
    # What was read or made, e.g. ("Evaluation", 12) or ("PersonalDataExport", 3).
    object_kind: Mapped[str] = mapped_column(String(40), default="")
    object_id: Mapped[int | None] = mapped_column(Id)
    at: Mapped[datetime] = mapped_column(default=utcnow)


class ReleasedFigure(IdMixin, Base):
    """One set of contributors behind a figure released in an organisation
    (``backend.privacy.release``): the audit a new figure is checked against,
    so that no combination of released figures singles anyone out."""

    __tablename__ = "released_figure"
    __table_args__ = (
        UniqueConstraint(
            "organisation_id",
            "measure",
            "contributors_key",
            name="uq_released_figure_organisation_id_measure_contributors_key",
        ),
    )

    organisation_id: Mapped[int] = mapped_column(
        Id, ForeignKey("organisation.id", ondelete="CASCADE")
    )
    # What is summed, e.g. "effect.behaviour:ALL" or "feedback.cycle:12:PEER:item:7".
    measure: Mapped[str] = mapped_column(String(200))
    # SHA-256 of the sorted contributor keys, for the uniqueness above.
    contributors_key: Mapped[str] = mapped_column(String(64))
    contributors: Mapped[list[str]] = mapped_column(JSON)
    at: Mapped[datetime] = mapped_column(default=utcnow)
