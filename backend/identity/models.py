"""Who people are and where they sit.

An organisation is a tenant: every row below it carries ``organisation_id``
and every query filters on it. A person may belong to more than one
organisation (a consultant, a shared HR service); each membership has its own
unit, manager (the reporting line) and roles.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
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
    # argon2id; None for people who sign in by magic link or OpenID Connect only.
    password_hash: Mapped[str | None] = mapped_column(String(200))
    oidc_subject: Mapped[str | None] = mapped_column(String(255), unique=True)


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
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    joined_at: Mapped[datetime] = mapped_column(default=utcnow)


class GoalStatus(StrEnum):
    DRAFT = "DRAFT"
    ACTIVE = "ACTIVE"
    ACHIEVED = "ACHIEVED"
    ARCHIVED = "ARCHIVED"


class OrganisationGoal(IdMixin, TimestampMixin, Base):
    """A målsætning: development starts from these, never as a staff perk."""

    __tablename__ = "organisation_goal"

    organisation_id: Mapped[int] = mapped_column(
        Id, ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    period_start: Mapped[date | None] = mapped_column(Date)
    period_end: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default=GoalStatus.ACTIVE.value)


class OrganisationGoalUnit(Base):
    """The units a goal applies to; none means the whole organisation."""

    __tablename__ = "organisation_goal_unit"

    goal_id: Mapped[int] = mapped_column(
        Id, ForeignKey("organisation_goal.id", ondelete="CASCADE"), primary_key=True
    )
    unit_id: Mapped[int] = mapped_column(
        Id, ForeignKey("unit.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class LeadershipFoundation(IdMixin, TimestampMixin, Base):
    """One version of the organisation's ledelsesgrundlag; the newest
    published version is the current one."""

    __tablename__ = "leadership_foundation"
    __table_args__ = (UniqueConstraint("organisation_id", "version"),)

    organisation_id: Mapped[int] = mapped_column(
        Id, ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    version: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    introduction: Mapped[str] = mapped_column(Text, default="")
    published_at: Mapped[datetime | None] = mapped_column()


class FoundationPrinciple(IdMixin, Base):
    """A principle or value of a foundation version, citable from a
    leader's personal leadership philosophy."""

    __tablename__ = "foundation_principle"

    foundation_id: Mapped[int] = mapped_column(
        Id, ForeignKey("leadership_foundation.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20), default="PRINCIPLE")  # PRINCIPLE or VALUE
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")


class RefreshToken(IdMixin, Base):
    """A rotating refresh token. Each use replaces it with a new one of the
    same family; a replaced token used again revokes the whole family."""

    __tablename__ = "refresh_token"

    person_id: Mapped[int] = mapped_column(
        Id, ForeignKey("person.id", ondelete="CASCADE"), index=True
    )
    organisation_id: Mapped[int] = mapped_column(
        Id, ForeignKey("organisation.id", ondelete="CASCADE")
    )
    family: Mapped[str] = mapped_column(String(64), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime] = mapped_column()
    replaced_at: Mapped[datetime | None] = mapped_column()
    revoked_at: Mapped[datetime | None] = mapped_column()


class MagicLink(IdMixin, Base):
    __tablename__ = "magic_link"

    person_id: Mapped[int] = mapped_column(
        Id, ForeignKey("person.id", ondelete="CASCADE"), index=True
    )
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime] = mapped_column()
    used_at: Mapped[datetime | None] = mapped_column()


class SignInAttempt(IdMixin, Base):
    """Recent sign-in attempts, counted per account and per address for rate limits."""

    __tablename__ = "sign_in_attempt"

    subject: Mapped[str] = mapped_column(String(400), index=True)  # "email:…" or "ip:…"
    attempted_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    succeeded: Mapped[bool] = mapped_column(Boolean, default=False)


class ImportStatus(StrEnum):
    AWAITING_UPLOAD = "AWAITING_UPLOAD"
    PENDING = "PENDING"
    DONE = "DONE"
    FAILED = "FAILED"


class StructureImport(IdMixin, TimestampMixin, Base):
    """An import of an organisation's structure from an HR system's CSV."""

    __tablename__ = "structure_import"

    organisation_id: Mapped[int] = mapped_column(
        Id, ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    started_by_id: Mapped[int | None] = mapped_column(
        Id, ForeignKey("person.id", ondelete="SET NULL")
    )
    object_key: Mapped[str] = mapped_column(String(500))
    status: Mapped[str] = mapped_column(String(20), default="PENDING")
    result: Mapped[dict[str, object] | None] = mapped_column(JSON)
