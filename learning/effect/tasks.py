"""Background work of learning effect, through the outbox (delivered once,
retried with backoff): ``effect.render_export`` renders an export's CSV or
PDF and stores it."""

from __future__ import annotations

from backend.jobs.outbox_task import OutboxJob, outbox_task
from learning.effect.export import service


@outbox_task(service.EXPORT_TASK)
async def render_export(job: OutboxJob) -> None:
    await service.render_export(job.session, job.settings, int(job.payload["export_id"]))
