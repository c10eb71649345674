"""A competency framework is one version of a family: competencies, each with
items rated on a 1-5 scale (or "cannot judge"), and open questions.

A version is edited while it is a draft and frozen when published; a cycle
may only use a published version, so the questions raters answer never
change under them.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from backend.db import Base, Id, IdMixin, TimestampMixin

SCALE_MIN = 1
SCALE_MAX = 5


class FrameworkStatus(StrEnum):
    DRAFT = "DRAFT"
    PUBLISHED = "PUBLISHED"


class CompetencyFramework(IdMixin, TimestampMixin, Base):
    __tablename__ = "competency_framework"
    __table_args__ = (UniqueConstraint("organisation_id", "family", "version"),)

    organisation_id: Mapped[int] = mapped_column(
        Id, ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    # Versions of one framework share a family key, e.g. "ledelseskommissionen".
    family: Mapped[str] = mapped_column(String(80))
    version: Mapped[int] = mapped_column(Integer)
    name_da: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))
    description_da: Mapped[str] = mapped_column(Text, default="")
    description_en: Mapped[str] = mapped_column(Text, default="")
    # Five labels per language, for the values 1 to 5: {"da": [...], "en": [...]}.
    scale_labels: Mapped[dict[str, list[str]]] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(20), default=FrameworkStatus.DRAFT.value)
    published_at: Mapped[datetime | None] = mapped_column()


class Competency(IdMixin, Base):
    __tablename__ = "competency"

    framework_id: Mapped[int] = mapped_column(
        Id, ForeignKey("competency_framework.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    title_da: Mapped[str] = mapped_column(String(200))
    title_en: Mapped[str] = mapped_column(String(200))
    description_da: Mapped[str] = mapped_column(Text, default="")
    description_en: Mapped[str] = mapped_column(Text, default="")
    # The line this competency continues through the framework's versions: its
    # own id when new, its predecessor's lineage when a version carries it over
    # (copied, or renamed and said to continue it). Learning effect and a
    # follow-up's baseline pair competencies by it, never by title. Set in the
    # same transaction as the insert (a new one's id is known only after it).
    lineage_id: Mapped[int | None] = mapped_column(Id, index=True)


class CompetencyItem(IdMixin, Base):
    __tablename__ = "competency_item"

    competency_id: Mapped[int] = mapped_column(
        Id, ForeignKey("competency.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    text_da: Mapped[str] = mapped_column(Text)
    text_en: Mapped[str] = mapped_column(Text)
    # A required item must be answered (a value or "cannot judge") to submit.
    required: Mapped[bool] = mapped_column(Boolean, default=True)


class OpenQuestion(IdMixin, Base):
    __tablename__ = "open_question"

    framework_id: Mapped[int] = mapped_column(
        Id, ForeignKey("competency_framework.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    text_da: Mapped[str] = mapped_column(Text)
    text_en: Mapped[str] = mapped_column(Text)
