"""What the jobs plug in at start-up (``backend.composition``): their own
steps of the hourly clean-up."""

from __future__ import annotations

from backend.jobs import cleanup, tasks


def wire() -> None:
    cleanup.register_cleanup("outbox", cleanup.purge_done_messages)
    cleanup.register_cleanup("idempotency", tasks.forget_idempotency_keys)
