"""What this slice plugs into others at start-up (``backend.composition``):
the leader's open 360 tasks on home."""

from __future__ import annotations

from feedback.evaluations.home.service import pending_360_tasks


def wire() -> None:
    """Register the home page's 360 task provider (idempotent); a no-op where
    ``learning`` is absent."""
    try:
        from learning.programmes import service as programmes
    except ImportError:  # pragma: no cover - the feedback domain on its own
        return
    programmes.register_pending_360_provider(pending_360_tasks)
