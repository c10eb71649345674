"""Delivering a built message: into a folder (embedded) or to an SMTP server.

Both are blocking; the mail task runs them in a thread.
"""

from __future__ import annotations

import contextlib
import os
import smtplib
import ssl
import tempfile
from email.message import EmailMessage
from pathlib import Path

from backend.jobs.outbox_task import PermanentError
from backend.settings import Settings

SMTP_TIMEOUT_SECONDS = 30.0


def write_to_folder(folder: Path, outbox_id: int, message: EmailMessage) -> Path:
    """Write ``<outbox id>.eml``: written aside and renamed, so a reader never sees
    half a file, and a repeated attempt replaces the file instead of adding one."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{outbox_id}.eml"
    descriptor, partial = tempfile.mkstemp(dir=folder, prefix=f".{outbox_id}.", suffix=".tmp")
    try:
        with os.fdopen(descriptor, "wb") as file:
            file.write(message.as_bytes())
            file.flush()
            os.fsync(file.fileno())
        os.replace(partial, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.remove(partial)
        raise
    return target


def send_smtp(settings: Settings, message: EmailMessage) -> smtplib.SMTP:
    """Hand ``message`` to the SMTP server and return the still open connection.

    The caller closes it (QUIT) after its commit: once the server has accepted
    the mail, nothing that can fail may stand between acceptance and commit.
    """
    connection = smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=SMTP_TIMEOUT_SECONDS)
    try:
        connection.ehlo()
        if settings.smtp_starttls:
            connection.starttls(context=ssl.create_default_context())
            connection.ehlo()
        if settings.smtp_username:
            connection.login(settings.smtp_username, settings.smtp_password or "")
        connection.send_message(message)
    except smtplib.SMTPRecipientsRefused as refused:
        close_quietly(connection)
        codes = [code for code, _ in refused.recipients.values()]
        if all(code >= 500 for code in codes):
            raise PermanentError(f"recipient refused: {refused.recipients}") from refused
        raise
    except BaseException:
        close_quietly(connection)
        raise
    return connection


def close_quietly(connection: smtplib.SMTP) -> None:
    """QUIT, or just drop the connection: the mail's fate is already settled."""
    try:
        connection.quit()
    except (smtplib.SMTPException, OSError):
        connection.close()
