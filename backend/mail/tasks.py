"""The "mail.send" outbox task: render a queued mail and deliver it once.

The relay hands mails over in batches (``MAIL_BATCH`` in ``outbox.py``); the
worker delivers a batch over the process's one SMTP connection, each mail
committed as done right after the server accepted it."""

from __future__ import annotations

import asyncio
from smtplib import SMTP
from typing import Any

from celery import signals

from backend.jobs.outbox_task import OutboxJob, outbox_task
from backend.mail.delivery import close_idle, send_smtp, settle, write_to_folder
from backend.mail.message import build_message
from backend.mail.outbox import SEND_MAIL_TASK
from backend.mail.render import render_mail


@outbox_task(SEND_MAIL_TASK)
async def send_mail(job: OutboxJob) -> None:
    # A template or variable missing here is retried like any failure, not
    # dropped: during a rolling deploy an old worker may meet a new template.
    payload = job.payload
    subject, text, html = render_mail(payload["template"], payload["locale"], payload["context"])
    message = build_message(
        job.settings,
        outbox_id=job.message.id,
        created_at=job.message.created_at,
        to=payload["to"],
        locale=payload["locale"],
        subject=subject,
        text=text,
        html=html,
    )
    if job.settings.mail_backend == "smtp":
        connection = await asyncio.to_thread(send_smtp, job.settings, message)
        job.defer(lambda: _settle(job, connection))
    else:
        await asyncio.to_thread(write_to_folder, job.settings.mail_folder, job.message.id, message)


async def _settle(job: OutboxJob, connection: SMTP) -> None:
    if job.last:
        await asyncio.to_thread(settle, job.settings, connection, check=True)
    else:
        # Within a batch the connection goes straight on to the next mail: keeping
        # it sends nothing, so it needs no thread (a hop for every mail otherwise).
        settle(job.settings, connection, check=False)


@signals.worker_process_shutdown.connect
@signals.worker_shutdown.connect  # the solo pool runs tasks in the main process
def _quit_kept_connections(**_: Any) -> None:
    close_idle()
