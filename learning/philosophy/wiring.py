"""What this slice plugs into others at start-up (``backend.composition``):
who may read the comments on a published philosophy version."""

from __future__ import annotations

from learning.philosophy.comments import service as comments


def wire() -> None:
    comments.wire()
