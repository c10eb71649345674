"""Tables of the API layer itself."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from backend.db import Base, Id, IdMixin, utcnow

MAX_KEY_LENGTH = 128


class IdempotencyKey(IdMixin, Base):
    __tablename__ = "idempotency_key"
    __table_args__ = (UniqueConstraint("person_id", "key"),)

    person_id: Mapped[int] = mapped_column(
        Id, ForeignKey("person.id", ondelete="CASCADE"), index=True
    )
    key: Mapped[str] = mapped_column(String(MAX_KEY_LENGTH))
    mutation: Mapped[str] = mapped_column(String(100))
    fingerprint: Mapped[str] = mapped_column(String(64))
    result: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
