"""The app's named operations, read from graphql/operations, and running the
outbox task an export mutation queued."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.db import Database
from backend.jobs.models import OutboxMessage
from backend.jobs.outbox_task import handle_message
from backend.privacy import service
from backend.privacy.models import PersonalDataExport
from backend.privacy.tasks import render_export
from backend.settings import Settings
from backend.storage import get_storage


async def run_export_task(session: AsyncSession, database: Database, settings: Settings) -> int:
    message = await session.scalar(
        select(OutboxMessage)
        .where(OutboxMessage.task == service.EXPORT_TASK, OutboxMessage.done_at.is_(None))
        .order_by(OutboxMessage.id.desc())
    )
    assert message is not None
    outcome = await handle_message(database, settings, message.id, render_export)
    assert outcome.value == "done"
    return int(message.payload["export_id"])


async def exported_document(
    session: AsyncSession, settings: Settings, export_id: int
) -> dict[str, Any]:
    row = await session.get(PersonalDataExport, export_id, populate_existing=True)
    assert row is not None and row.object_key is not None
    return dict(json.loads(await get_storage(settings).get(row.object_key)))
