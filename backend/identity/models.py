"""Who people are and where they sit.

An organisation is a tenant: every row below it carries ``organisation_id``
and every query filters on it. A person may belong to more than one
organisation (a consultant, a shared HR service); each membership has its own
unit, manager (the reporting line) and roles.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import JSON, Boolean, Date, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from backend.db import Base, Id, IdMixin, TimestampMixin, utcnow


class Role(StrEnum):
    LEADER = "LEADER"
    MENTOR = "MENTOR"
    HR = "HR"
    ADMIN = "ADMIN"


class Organisation(IdMixin, TimestampMixin, Base):
    __tablename__ = "organisation"

    slug: Mapped[str] = mapped_column(String(80), unique=True)
    name: Mapped[str] = mapped_column(String(200))


class Unit(IdMixin, TimestampMixin, Base):
    __tablename__ = "unit"

    organisation_id: Mapped[int] = mapped_column(
        Id, ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    parent_id: Mapped[int | None] = mapped_column(
        Id, ForeignKey("unit.id", ondelete="RESTRICT"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))


class Person(IdMixin, TimestampMixin, Base):
    __tablename__ = "person"

    email: Mapped[str] = mapped_column(String(320), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    locale: Mapped[str] = mapped_column(String(2), default="da")
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)


class Membership(IdMixin, TimestampMixin, Base):
    __tablename__ = "membership"
    __table_args__ = (UniqueConstraint("organisation_id", "person_id"),)

    organisation_id: Mapped[int] = mapped_column(
        Id, ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(
        Id, ForeignKey("person.id", ondelete="CASCADE"), index=True
    )
    unit_id: Mapped[int | None] = mapped_column(
        Id, ForeignKey("unit.id", ondelete="SET NULL"), index=True
    )
    # The reporting line: the manager's membership in the same organisation.
    manager_id: Mapped[int | None] = mapped_column(
        Id, ForeignKey("membership.id", ondelete="SET NULL"), index=True
    )
    job_title: Mapped[str] = mapped_column(String(200), default="")
    leader_since: Mapped[date | None] = mapped_column(Date)
    roles: Mapped[list[str]] = mapped_column(JSON, default=list)
    joined_at: Mapped[datetime] = mapped_column(default=utcnow)
