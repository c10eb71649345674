"""A viewer's summary of learning effect as it was last computed.

One row per viewer and view (scope, filter, language): the figures as the
release rule let them out, with the day overdue was counted against and
when they were computed. ``service`` decides when a row may be served again.

``EffectSummaryErasures`` counts the organisation's erasures: a summary
notes the count it saw before it read anything, and is served only while
the count is the same. Dropping the rows at an erasure is not enough: a
summary read before the erasure committed may be stored after it. Closed
cycles likewise: a summary notes how many had closed and the latest close,
as it saw them before reading.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Date, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from backend.db import Base, Id, IdMixin


class EffectSummarySnapshot(IdMixin, Base):
    __tablename__ = "effect_summary_snapshot"
    __table_args__ = (UniqueConstraint("viewer_id", "view"),)

    organisation_id: Mapped[int] = mapped_column(
        Id, ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    # Served only to the membership whose request computed it.
    viewer_id: Mapped[int] = mapped_column(Id, ForeignKey("membership.id", ondelete="CASCADE"))
    # The scope, the filter and the language, as ``service.view_key`` writes them.
    view: Mapped[str] = mapped_column(String(300))
    as_of: Mapped[date] = mapped_column(Date)
    computed_at: Mapped[datetime] = mapped_column()
    figures: Mapped[dict[str, Any]] = mapped_column(JSON)
    # What the organisation had seen before the figures were read: its
    # ``EffectSummaryErasures.erasures``, closed cycles and latest close.
    erasures: Mapped[int] = mapped_column(default=0, server_default="0")
    closed_cycles: Mapped[int] = mapped_column(default=0, server_default="0")
    latest_close: Mapped[datetime | None] = mapped_column()


class EffectSummaryErasures(Base):
    """How many people of the organisation were erased (none: no row)."""

    __tablename__ = "effect_summary_erasures"

    organisation_id: Mapped[int] = mapped_column(
        Id, ForeignKey("organisation.id", ondelete="CASCADE"), primary_key=True
    )
    erasures: Mapped[int] = mapped_column()
