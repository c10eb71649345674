"""Delivering a built message: into a folder (embedded) or to an SMTP server,
over a connection the process keeps open between mails.

Both are blocking; the mail task runs them in a thread.
"""

from __future__ import annotations

import contextlib
import os
import smtplib
import ssl
import tempfile
import threading
import time
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


# One open connection per SMTP server and process, reused mail after mail: a
# new connection per mail (connect, EHLO, QUIT) held delivery at 0.46 of plain
# smtplib over one connection (bench/NOTES.md). A connection idle longer than
# this is checked with NOOP before it is used again.
IDLE_CHECK_SECONDS = 1.0

_lock = threading.Lock()
_idle: dict[tuple[object, ...], tuple[smtplib.SMTP, float]] = {}


def _server(settings: Settings) -> tuple[object, ...]:
    return (
        settings.smtp_host,
        settings.smtp_port,
        settings.smtp_starttls,
        settings.smtp_username,
        settings.smtp_password,
    )


def _connect(settings: Settings) -> smtplib.SMTP:
    connection = smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=SMTP_TIMEOUT_SECONDS)
    try:
        connection.ehlo()
        if settings.smtp_starttls:
            connection.starttls(context=ssl.create_default_context())
            connection.ehlo()
        if settings.smtp_username:
            connection.login(settings.smtp_username, settings.smtp_password or "")
    except BaseException:
        close_quietly(connection)
        raise
    return connection


def _alive(connection: smtplib.SMTP) -> bool:
    try:
        return connection.noop()[0] == 250
    except (smtplib.SMTPException, OSError):
        return False


def _take(settings: Settings) -> smtplib.SMTP:
    """The process's idle connection to this server (checked if it idled), or a new one."""
    with _lock:
        found = _idle.pop(_server(settings), None)
    if found is not None:
        connection, since = found
        if time.monotonic() - since < IDLE_CHECK_SECONDS or _alive(connection):
            return connection
        connection.close()
    return _connect(settings)


def send_smtp(settings: Settings, message: EmailMessage) -> smtplib.SMTP:
    """Hand ``message`` to the SMTP server and return the connection, in use.

    The caller passes it to ``settle`` after its commit: once the server has
    accepted the mail, nothing that can fail may stand between acceptance and
    commit. On any error the connection is closed, never reused.
    """
    connection = _take(settings)
    try:
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


def settle(settings: Settings, connection: smtplib.SMTP) -> None:
    """After the commit: NOOP, so the server knows the mail's transaction is
    over and the connection is known good, then keep it for the next mail."""
    if not _alive(connection):
        connection.close()
        return
    with _lock:
        spare = _idle.pop(_server(settings), None)
        _idle[_server(settings)] = (connection, time.monotonic())
    if spare is not None:  # another thread's, at the same time: one is enough
        close_quietly(spare[0])


def close_idle() -> None:
    """QUIT every kept connection (a worker process shutting down)."""
    with _lock:
        kept = list(_idle.values())
        _idle.clear()
    for connection, _ in kept:
        close_quietly(connection)


def close_quietly(connection: smtplib.SMTP) -> None:
    """QUIT, or just drop the connection: the mail's fate is already settled."""
    try:
        connection.quit()
    except (smtplib.SMTPException, OSError):
        connection.close()
