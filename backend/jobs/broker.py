"""The embedded broker: kombu's filesystem transport, made safe for several
processes on one machine.

The API, the workers and the scheduler share one folder of message files. Two
gaps in kombu's version matter when they run at the same time:

* a producer creates the message file and only then writes into it, so a
  consumer listing the folder meanwhile can take a half-written message;
* a consumer claims a file by moving it to the system temporary folder, which
  is a copy (not an atomic rename) when that folder is on another filesystem,
  so two consumers can both get the same message.

* a queue binding creates the exchange table empty and only then locks and
  writes it, so a producer reading the table meanwhile finds no JSON.

Here a message is written under a name no consumer looks at and renamed into
place, and claimed by renaming it into a folder beside the queue; an exchange
table is written beside its file and renamed over it, under a lock file. Both renames
stay on one filesystem and are atomic. There are no acknowledgements: a
message taken by a worker that dies is gone, which is why the outbox relay
re-sends messages that were relayed but never done (see ``relay.py``).

Why not kombu's SQLAlchemy transport (``sqla+sqlite:///…``)? Tried in December
2026 with kombu 5.7.0, Celery 5.7.0, SQLAlchemy 2.1.9 (its sync engine) on this
stack's worker settings (acks_late, reject_on_worker_lost, prefetch 1, remote
control off), two prefork workers of two processes each on one SQLite file:

* it works: 300 tasks, then 1,000 published by two producers while both
  workers consumed, then 300 tasks that each published another from a pool
  process (600): every one ran exactly once, no "database is locked". A claim
  is ``BEGIN IMMEDIATE`` and ``UPDATE … SET visible = 0``, so it does not
  depend on the filesystem, as the renames here do;
* but it has no acknowledgements either: a worker SIGKILLed in a task left its
  message invisible, and a new worker never ran it (what ``relay.py`` covers
  here already). So it closes none of the gaps the outbox does not;
* consumed messages are kept (``visible = 0``) forever: the table only grows,
  and would need a clean-up step of ours;
* every transport option goes to ``create_engine``, so ``polling_interval``
  raises ``TypeError``; it polls every second, and every put is a commit:
  300 tasks were published in 4.2 s and done in 11.3 s, against 0.25 s and
  3.5 s here (polling every 50 ms), on the same two shared cores.

Adopting it would mean a patched transport again (the polling option, the
purge) for no gain in delivery, so this one stays.
"""

from __future__ import annotations

import os
import uuid
from queue import Empty
from time import monotonic
from typing import Any

from kombu.transport import filesystem
from kombu.utils.encoding import bytes_to_str, str_to_bytes
from kombu.utils.json import dumps, loads

CLAIMED_FOLDER = ".claimed"


class Channel(filesystem.Channel):
    # kombu's base classes disagree on this parameter's name; it is passed positionally.
    def _put(self, queue: Any, message: Any, **kwargs: Any) -> None:  # type: ignore[override]
        name = f"{round(monotonic() * 1000)}_{uuid.uuid4()}.{queue}.msg"
        folder = self.data_folder_out
        # A leading dot and a trailing ".tmp": no consumer matches this name.
        partial = os.path.join(folder, f".{name}.tmp")
        with open(partial, "wb") as file:
            file.write(str_to_bytes(dumps(message)))
        os.replace(partial, os.path.join(folder, name))

    def _get(self, queue: Any, timeout: Any = None) -> Any:
        wanted = f"{queue}.msg"
        claimed = os.path.join(self.data_folder_in, CLAIMED_FOLDER)
        os.makedirs(claimed, exist_ok=True)
        for name in sorted(os.listdir(self.data_folder_in)):
            if name.partition(".")[2] != wanted:
                continue
            target = os.path.join(claimed, f"{os.getpid()}-{name}")
            try:
                os.rename(os.path.join(self.data_folder_in, name), target)
            except FileNotFoundError:
                continue  # another consumer claimed it first
            with open(target, "rb") as file:
                payload = file.read()
            os.remove(target)
            return loads(bytes_to_str(payload))
        raise Empty()

    def _queue_bind(self, exchange: Any, routing_key: Any, pattern: Any, queue: Any) -> None:
        table = self._exchange_file(exchange)
        self.control_folder.mkdir(exist_ok=True)
        entry = filesystem.exchange_queue_t(routing_key or "", pattern or "", queue or "")
        with open(table.with_name(f"{table.name}.lock"), "a") as guard:
            filesystem.lock(guard, filesystem.LOCK_EX)
            try:
                queues = self.get_table(exchange)
                if entry in queues:
                    return
                partial = table.with_name(f".{table.name}.{uuid.uuid4().hex}.tmp")
                partial.write_bytes(str_to_bytes(dumps([entry, *queues])))
                os.replace(partial, table)
            finally:
                filesystem.unlock(guard)


class Transport(filesystem.Transport):
    Channel = Channel

    @property
    def default_connection_params(self) -> dict[str, Any]:
        # No host to default to: kombu would warn "No hostname was supplied".
        return {"port": self.default_port}
