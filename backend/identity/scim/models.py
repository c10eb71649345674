"""What SCIM provisioning keeps beside the people it provisions.

A SCIM User is one membership: its SCIM id is the ``scim_user`` row's id, its
document is the last representation the directory sent (so what it reads back
is what it wrote), and its person, unit and manager follow from it. A DELETE
marks the row deleted (404 from then on) and deactivates the membership: a
person with 360 history is never removed. Created again (the person came
back), the same row and membership live on; a deleted row lets go of its
``user_name`` when the directory gives that name to someone else.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from backend.db import Base, Id, IdMixin, utcnow


class ScimToken(IdMixin, Base):
    """A bearer token of one organisation's provisioning client, stored hashed."""

    __tablename__ = "scim_token"

    organisation_id: Mapped[int] = mapped_column(
        Id, ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column()


class ScimUser(IdMixin, Base):
    __tablename__ = "scim_user"
    __table_args__ = (
        UniqueConstraint("organisation_id", "user_name"),
        UniqueConstraint("membership_id"),
    )

    organisation_id: Mapped[int] = mapped_column(
        Id, ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    membership_id: Mapped[int] = mapped_column(Id, ForeignKey("membership.id", ondelete="CASCADE"))
    user_name: Mapped[str] = mapped_column(String(320))
    external_id: Mapped[str | None] = mapped_column(String(255), index=True)
    document: Mapped[dict[str, Any]] = mapped_column(JSON)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column()


class ScimEvent(IdMixin, Base):
    """The audit trail: every change a provisioning client made."""

    __tablename__ = "scim_event"

    organisation_id: Mapped[int] = mapped_column(
        Id, ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    scim_user_id: Mapped[int | None] = mapped_column(
        Id, ForeignKey("scim_user.id", ondelete="SET NULL"), index=True
    )
    operation: Mapped[str] = mapped_column(String(20))  # CREATE, REPLACE, PATCH, DELETE
    changed: Mapped[list[str]] = mapped_column(JSON, default=list)  # what changed, no values
    at: Mapped[datetime] = mapped_column(default=utcnow)


class ScimGroup(IdMixin, Base):
    """A SCIM Group: a unit of the organisation, or (when its name is one of
    ``scim_role_groups``) a Ledelyst role. ``members`` are ``scim_user`` ids."""

    __tablename__ = "scim_group"

    organisation_id: Mapped[int] = mapped_column(
        Id, ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    display_name: Mapped[str] = mapped_column(String(200))
    external_id: Mapped[str | None] = mapped_column(String(255), index=True)
    unit_id: Mapped[int | None] = mapped_column(
        Id, ForeignKey("unit.id", ondelete="SET NULL"), index=True
    )
    role: Mapped[str | None] = mapped_column(String(20))
    members: Mapped[list[int]] = mapped_column(JSON, default=list)
    document: Mapped[dict[str, Any]] = mapped_column(JSON)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column()
