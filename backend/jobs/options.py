"""Tuning of the outbox, read from the settings.

The fields are read with defaults so this package works before they exist in
``backend.settings``; each has a ``LEDELYST_OUTBOX_*`` variable once it does.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from backend.settings import Settings


@dataclass(frozen=True)
class OutboxOptions:
    # Messages claimed per relay transaction.
    batch_size: int = 100
    # A message relayed this long ago and still not done was lost (a worker
    # died holding it, or the embedded broker dropped it) and is relayed again.
    # Longer than a task can queue and run, or healthy work is sent twice
    # (harmless, since tasks skip done messages, but wasted).
    lease_seconds: float = 900.0
    # After this many failed attempts a message is left alone, with its error.
    max_attempts: int = 12
    # Failed attempts wait retry_base * 2**(attempts-1), at most retry_max.
    retry_base_seconds: float = 30.0
    retry_max_seconds: float = 3600.0
    # Done messages are deleted after this many days.
    keep_days: int = 7

    @classmethod
    def from_settings(cls, settings: Settings) -> OutboxOptions:
        values: dict[str, Any] = {
            field.name: getattr(settings, f"outbox_{field.name}", field.default)
            for field in fields(cls)
        }
        return cls(**values)
