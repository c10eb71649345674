"""What storage plugs in at start-up (``backend.composition``): ``/readyz``
asks the storage too."""

from __future__ import annotations

from backend.health import register_readiness_check
from backend.storage.routes import storage_ready


def wire() -> None:
    register_readiness_check("storage", storage_ready)
