"""Celery tasks of matching.

- ``mentoring.run_matching``: an outbox task, sent once the transaction that
  started the run has committed; it computes the run in the worker.
"""

from __future__ import annotations

import logging

from backend.db import utcnow
from backend.jobs.outbox_task import OutboxJob, outbox_task
from learning.mentoring.matching import repository as matching_repo
from learning.mentoring.matching import service as runs
from learning.mentoring.mentorships.tasks import local_today
from learning.mentoring.models import RunStatus

log = logging.getLogger(__name__)


@outbox_task(runs.RUN_TASK)
async def run_matching(job: OutboxJob) -> None:
    run_id = int(job.payload["run_id"])
    try:
        async with job.session.begin_nested():
            await runs.execute_run(job.session, run_id, local_today())
    except ValueError as error:  # bad input to the optimiser: retrying will not help
        log.exception("matching run %s failed", run_id)
        run = await matching_repo.run(job.session, run_id)
        if run is not None:
            run.status = RunStatus.FAILED.value
            run.error = str(error)[:2000]
            run.finished_at = utcnow()
