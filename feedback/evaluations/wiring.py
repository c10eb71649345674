"""What this slice plugs into others at start-up (``backend.composition``):
the leader's open 360 tasks on home."""

from __future__ import annotations

from feedback.evaluations.home import service as home


def wire() -> None:
    home.wire()
