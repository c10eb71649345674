"""Background work of leadership philosophies, driven by the outbox (each
message delivered once, retried with exponential backoff by the outbox):

- ``philosophy.publish``: render and store a version's page and PDF, then mark
  it published (``service.complete_publication``). On the outbox's last
  attempt a failure marks the version FAILED instead of raising.
- ``philosophy.sync_public_copy``: after a change of visibility, copy the
  current version to the stable public keys, or remove them.
"""

from __future__ import annotations

from backend.jobs.outbox_task import OutboxJob, outbox_task
from learning.philosophy.drafting.service import SYNC_PUBLIC_TASK
from learning.philosophy.publishing import service as publishing
from learning.philosophy.publishing.service import PUBLISH_TASK


@outbox_task(PUBLISH_TASK)
async def publish_version(job: OutboxJob) -> None:
    await publishing.complete_publication(
        job.session,
        job.settings,
        int(job.payload["version_id"]),
        final_attempt=publishing.is_final_attempt(job.settings, job.message.attempts),
    )


@outbox_task(SYNC_PUBLIC_TASK)
async def sync_public_copy(job: OutboxJob) -> None:
    await publishing.resync_public_copy(
        job.session, job.settings, int(job.payload["philosophy_id"])
    )
