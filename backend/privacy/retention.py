"""The daily retention run: every slice's retention step (``register_retention``
in its ``privacy.py``), each in its own transaction, with a log line saying
what it removed."""

from __future__ import annotations

import logging

from backend.db import Database
from backend.privacy.registry import retention_steps
from backend.settings import Settings

log = logging.getLogger("ledelyst.privacy.retention")


async def run_retention(database: Database, settings: Settings) -> dict[str, int]:
    """Rows removed per step; a failing step is logged and the others still run."""
    removed: dict[str, int] = {}
    for name, step in sorted(retention_steps().items()):
        try:
            async with database.session() as session, session.begin():
                removed[name] = await step(session, settings)
        except Exception:
            log.exception("retention step %s failed", name)
            continue
        log.info(
            "retention step %s removed %d rows",
            name,
            removed[name],
            extra={"retention_step": name, "removed": removed[name]},
        )
    return removed
