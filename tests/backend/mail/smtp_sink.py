"""An SMTP server on loopback that records what it accepts (aiosmtpd)."""

from __future__ import annotations

import asyncio
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller

from tests.support.network import free_port  # noqa: F401  (tests import it from here)


class SmtpSink:
    """Counts accepted mails by Message-ID.

    ``hold()`` stops answering DATA (a held client waits, then gets 451 and
    counts for nothing; ``held`` says how many wait), and ``unsettled`` is the
    number of clients that got 250 but have not yet sent MAIL, NOOP or QUIT:
    the mail task starts the next mail of its batch, or sends NOOP after the
    last, only after its commit (and keeps the connection for the next
    batch), so at 0 every accepted mail is recorded done.
    ``connections`` counts the clients that greeted (EHLO).
    """

    def __init__(self) -> None:
        self.port = 0
        self.messages: list[EmailMessage] = []
        self.counts: Counter[str] = Counter()
        self.refuse: set[str] = set()  # 550, for good
        self.busy: set[str] = set()  # 450, for now
        self._lock = threading.Lock()
        self._open = threading.Event()
        self._open.set()
        self._unquit: set[Any] = set()
        self._held = 0
        self.connections = 0

    async def handle_EHLO(  # noqa: N802
        self, server: Any, session: Any, envelope: Any, hostname: str, responses: list[str]
    ) -> list[str]:
        with self._lock:
            self.connections += 1
        session.host_name = hostname
        return responses

    async def handle_MAIL(  # noqa: N802
        self, server: Any, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        with self._lock:
            self._unquit.discard(session)
        envelope.mail_from = address
        envelope.mail_options.extend(options)
        return "250 OK"

    async def handle_RCPT(  # noqa: N802 (aiosmtpd's hook names)
        self, server: Any, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        if address in self.refuse:
            return "550 5.1.1 No such user"
        if address in self.busy:
            return "450 4.2.1 Mailbox busy, try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        if not self._open.is_set():
            with self._lock:
                self._held += 1
            await asyncio.to_thread(self._open.wait)
            with self._lock:
                self._held -= 1
            return "451 4.3.0 Try again later"
        message = message_from_bytes(envelope.content, policy=policy.default)
        assert isinstance(message, EmailMessage)
        with self._lock:
            self.messages.append(message)
            self.counts[str(message["Message-ID"])] += 1
            self._unquit.add(session)
        return "250 OK"

    async def handle_QUIT(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        with self._lock:
            self._unquit.discard(session)
        return "221 Bye"

    async def handle_NOOP(  # noqa: N802
        self, server: Any, session: Any, envelope: Any, arg: str
    ) -> str:
        with self._lock:
            self._unquit.discard(session)
        return "250 OK"

    def hold(self) -> None:
        self._open.clear()

    def release(self) -> None:
        self._open.set()

    @property
    def unsettled(self) -> int:
        with self._lock:
            return len(self._unquit)

    @property
    def held(self) -> int:
        with self._lock:
            return self._held

    def received(self, message_ids: set[str]) -> int:
        """How many of ``message_ids`` arrived at least once."""
        with self._lock:
            return sum(1 for message_id in message_ids if self.counts[message_id])

    def by_id(self, message_id: str) -> EmailMessage:
        with self._lock:
            return next(m for m in self.messages if m["Message-ID"] == message_id)


@contextmanager
def running_sink() -> Iterator[SmtpSink]:
    sink = SmtpSink()
    sink.port = free_port()
    controller = Controller(sink, hostname="127.0.0.1", port=sink.port, ready_timeout=10)
    controller.start()
    try:
        yield sink
    finally:
        sink.release()
        controller.stop()
