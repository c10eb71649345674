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

from backend.jobs.outbox_task import PermanentError, Unavailable
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


def _take(settings: Settings) -> tuple[smtplib.SMTP, bool]:
    """The process's idle connection to this server (checked if it idled), or a
    new one; and whether it is new. A server that cannot be reached raises
    ``Unavailable``: the rest of a batch would meet the same refusal."""
    with _lock:
        found = _idle.pop(_server(settings), None)
    if found is not None:
        connection, since = found
        if time.monotonic() - since < IDLE_CHECK_SECONDS or _alive(connection):
            return connection, False
        connection.close()
    try:
        return _connect(settings), True
    except (smtplib.SMTPConnectError, smtplib.SMTPServerDisconnected, OSError) as error:
        raise Unavailable(f"{type(error).__name__}: {error}") from error


def send_smtp(settings: Settings, message: EmailMessage) -> smtplib.SMTP:
    """Hand ``message`` to the SMTP server and return the connection, in use.

    The caller passes it to ``settle`` after its commit: once the server has
    accepted the mail, nothing that can fail may stand between acceptance and
    commit. A refusal of this mail alone (a recipient, its content) leaves the
    connection reset by smtplib and kept for the next mail; a server closing
    the connection before it took the mail (421) is retried once on a new
    one; on any other error the connection is closed, never reused.
    """
    connection, new = _take(settings)
    try:
        connection.send_message(message)
    except smtplib.SMTPSenderRefused as refused:
        if refused.smtp_code != 421 or new:
            _keep_if_open(settings, connection)
            raise
        # Nothing was sent (MAIL FROM came back 421): the kept connection had
        # reached the server's limit or timed out; once more on a new one.
        close_quietly(connection)
        return send_smtp(settings, message)
    except smtplib.SMTPRecipientsRefused as refused:
        _keep_if_open(settings, connection)
        codes = [code for code, _ in refused.recipients.values()]
        if all(code >= 500 for code in codes):
            raise PermanentError(f"recipient refused: {refused.recipients}") from refused
        raise
    except smtplib.SMTPResponseException:
        _keep_if_open(settings, connection)
        raise
    except BaseException:
        close_quietly(connection)
        raise
    return connection


def _keep_if_open(settings: Settings, connection: smtplib.SMTP) -> None:
    """After a refusal smtplib has sent RSET (or closed the socket on 421)."""
    if getattr(connection, "sock", None) is None:
        connection.close()
    else:
        settle(settings, connection, check=False)


def settle(settings: Settings, connection: smtplib.SMTP, *, check: bool = True) -> None:
    """After the commit, keep the connection for the next mail.

    Within a batch (``check`` False) it is known good, as the server has just
    answered 250, and the next mail's MAIL FROM follows at once. After the
    last mail of a batch, NOOP: the connection is known good before it idles,
    and the server sees that the client is done (the kill tests wait for it).
    """
    if check and not _alive(connection):
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
