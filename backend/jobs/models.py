"""The transactional outbox.

A change that must cause background work (a mail, a rendering, a matching
run) writes an ``OutboxMessage`` in its own transaction. The relay turns
committed messages into Celery tasks, so work happens only for changes that
were committed, and nothing is lost if the broker is down for a while.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from backend.db import Base, IdMixin, utcnow


class OutboxMessage(IdMixin, Base):
    __tablename__ = "outbox_message"

    # The Celery task name the relay sends, e.g. "mail.send".
    task: Mapped[str] = mapped_column(String(200))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Not before this time (reminders scheduled ahead).
    available_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    # Set when the relay handed the message to the broker.
    relayed_at: Mapped[datetime | None] = mapped_column(index=True)
    # Set when the task finished its work; a task seeing it set does nothing.
    done_at: Mapped[datetime | None] = mapped_column()
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
