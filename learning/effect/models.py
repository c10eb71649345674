"""The learning-effect slice's own rows.

``ActivityRating`` is the leader's reaction to an activity (Kirkpatrick's
level 1): 1-5 and an optional comment, one per leader and activity; rating
again replaces it. ``EffectExport`` is a CSV or PDF of the figures, rendered
by a background task for the person who asked, and downloaded through a
presigned URL.

Everything else the view shows is aggregated in SQL from the programmes'
tables and, through ``feedback.evaluations.service``, from 360 results.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Date,
    ForeignKey,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from backend.db import Base, Id, IdMixin, TimestampMixin


class ExportFormat(StrEnum):
    CSV = "CSV"
    PDF = "PDF"


class ExportStatus(StrEnum):
    PENDING = "PENDING"
    READY = "READY"
    FAILED = "FAILED"


class EffectScope(StrEnum):
    # Everyone below the viewer in the reporting line.
    AREA = "AREA"
    # The whole organisation (HR).
    ORGANISATION = "ORGANISATION"


class ActivityRating(IdMixin, TimestampMixin, Base):
    __tablename__ = "activity_rating"
    __table_args__ = (
        UniqueConstraint("membership_id", "activity_id"),
        CheckConstraint("rating BETWEEN 1 AND 5", name="rating_range"),
    )

    organisation_id: Mapped[int] = mapped_column(
        Id, ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    membership_id: Mapped[int] = mapped_column(
        Id, ForeignKey("membership.id", ondelete="CASCADE"), index=True
    )
    activity_id: Mapped[int] = mapped_column(
        Id, ForeignKey("programme_activity.id", ondelete="CASCADE"), index=True
    )
    rating: Mapped[int] = mapped_column(SmallInteger)
    comment: Mapped[str] = mapped_column(Text, default="")


class EffectExport(IdMixin, TimestampMixin, Base):
    __tablename__ = "effect_export"

    organisation_id: Mapped[int] = mapped_column(
        Id, ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    requested_by_id: Mapped[int] = mapped_column(
        Id, ForeignKey("membership.id", ondelete="CASCADE"), index=True
    )
    scope: Mapped[str] = mapped_column(String(20), default=EffectScope.AREA.value)
    format: Mapped[str] = mapped_column(String(10))
    locale: Mapped[str] = mapped_column(String(2), default="da")
    # {"programme_id", "cohort_id", "unit_id", "from", "until"}: the filter asked for.
    filter: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    status: Mapped[str] = mapped_column(String(20), default=ExportStatus.PENDING.value)
    object_key: Mapped[str | None] = mapped_column(String(500))
    # The day the figures were computed for (overdue is counted against it).
    as_of: Mapped[date | None] = mapped_column(Date)
    finished_at: Mapped[datetime | None] = mapped_column()
