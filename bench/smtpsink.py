"""An SMTP sink on loopback (aiosmtpd) that remembers the Message-ID of every
mail it accepts, for the mail benchmark to count lost and duplicated mails.

    python -m bench.smtpsink PORT OUTFILE    # runs until SIGTERM, then writes OUTFILE
"""

from __future__ import annotations

import asyncio
import email.parser
import signal
import sys
import time
from typing import Any

from aiosmtpd.controller import Controller

_HEADERS = email.parser.BytesHeaderParser()


class Sink:
    def __init__(self) -> None:
        self.ids: list[str] = []
        self.first = self.last = 0.0

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        headers = _HEADERS.parsebytes(envelope.original_content or envelope.content)
        self.ids.append(str(headers.get("Message-ID", "")))
        now = time.time()
        self.first = self.first or now
        self.last = now
        return "250 OK"


def main() -> None:
    port, out = int(sys.argv[1]), sys.argv[2]
    sink = Sink()
    controller = Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()
    stop = asyncio.Event()
    loop = asyncio.new_event_loop()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    loop.add_signal_handler(signal.SIGINT, stop.set)
    print("ready", flush=True)
    loop.run_until_complete(stop.wait())
    controller.stop()
    with open(out, "w", encoding="utf-8") as file:
        file.write(f"{sink.first} {sink.last}\n")
        file.write("\n".join(sink.ids))


if __name__ == "__main__":
    main()
