"""A leader's personal leadership philosophy and its versions.

A ``LeadershipPhilosophy`` belongs to one leader (a membership) and has a
stable ``slug``: its page lives at ``/p/<organisation slug>/<slug>``. Its
content lives in ``PhilosophyVersion``s. Every save rewrites the one open
DRAFT; publishing freezes it (PUBLISHING), and the publication task renders
it, stores the page and the PDF, and only then marks it PUBLISHED and points
``current_version_id`` at it. A version that could not be rendered after the
last retry is FAILED; the previous published version stays current.

Sections are a JSON list on the version (a version is a frozen snapshot):
``{"kind", "title", "body", "principle_ids", "goal_ids"}``. Private notes
sit on the philosophy and are never part of a version.

``PhilosophyItem``s are the leader's list for the next version, often made
from a comment (``source_note_id``: a feedback note, by id, without a
foreign key into the feedback domain).
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from backend.db import Base, Id, IdMixin, TimestampMixin


class Visibility(StrEnum):
    # Every member of the organisation.
    INTERNAL = "INTERNAL"
    # Anyone with the address.
    PUBLIC = "PUBLIC"


class VersionStatus(StrEnum):
    DRAFT = "DRAFT"
    PUBLISHING = "PUBLISHING"
    PUBLISHED = "PUBLISHED"
    FAILED = "FAILED"


class SectionKind(StrEnum):
    # How I practise good leadership on the organisation's leadership foundation.
    FOUNDATION = "FOUNDATION"
    # How I translate the organisation's strategy.
    STRATEGY = "STRATEGY"
    # The personal values my leadership rests on.
    VALUES = "VALUES"
    # A section the leader adds.
    CUSTOM = "CUSTOM"


REQUIRED_SECTIONS = (SectionKind.FOUNDATION, SectionKind.STRATEGY, SectionKind.VALUES)


class LeadershipPhilosophy(IdMixin, TimestampMixin, Base):
    __tablename__ = "leadership_philosophy"
    __table_args__ = (
        UniqueConstraint("organisation_id", "slug"),
        UniqueConstraint("membership_id"),
    )

    organisation_id: Mapped[int] = mapped_column(
        Id, ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    # The leader.
    membership_id: Mapped[int] = mapped_column(Id, ForeignKey("membership.id", ondelete="CASCADE"))
    slug: Mapped[str] = mapped_column(String(120))
    visibility: Mapped[str] = mapped_column(String(20), default=Visibility.INTERNAL.value)
    private_notes: Mapped[str] = mapped_column(Text, default="")
    # The newest published version: what /p/<organisation>/<slug> serves.
    current_version_id: Mapped[int | None] = mapped_column(
        Id,
        ForeignKey(
            "philosophy_version.id",
            ondelete="SET NULL",
            use_alter=True,
            name="fk_leadership_philosophy_current_version_id_philosophy_version",
        ),
    )


class PhilosophyVersion(IdMixin, TimestampMixin, Base):
    __tablename__ = "philosophy_version"
    __table_args__ = (UniqueConstraint("philosophy_id", "number"),)

    organisation_id: Mapped[int] = mapped_column(
        Id, ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    philosophy_id: Mapped[int] = mapped_column(
        Id, ForeignKey("leadership_philosophy.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20), default=VersionStatus.DRAFT.value)
    # Bumped by every save of the draft, for a client's optimistic check.
    revision: Mapped[int] = mapped_column(Integer, default=1)
    sections: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    # What changed since the version before, written when publishing.
    summary: Mapped[str] = mapped_column(Text, default="")
    # The language the page and the PDF are written in.
    locale: Mapped[str] = mapped_column(String(2), default="da")
    requested_at: Mapped[datetime | None] = mapped_column()
    published_at: Mapped[datetime | None] = mapped_column()
    html_key: Mapped[str | None] = mapped_column(String(512))
    pdf_key: Mapped[str | None] = mapped_column(String(512))
    last_error: Mapped[str | None] = mapped_column(Text)


class PhilosophyItem(IdMixin, TimestampMixin, Base):
    """Something the leader means to take into the next version."""

    __tablename__ = "philosophy_item"

    organisation_id: Mapped[int] = mapped_column(
        Id, ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    philosophy_id: Mapped[int] = mapped_column(
        Id, ForeignKey("leadership_philosophy.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    # The comment (a feedback note) it came from, if any.
    source_note_id: Mapped[int | None] = mapped_column(Id)
    done_at: Mapped[datetime | None] = mapped_column()
