"""The embedded broker with several processes' worth of producers and consumers."""

from __future__ import annotations

import threading
from pathlib import Path
from queue import Empty

from kombu import Connection

from backend.jobs.broker import Transport


def connect(folder: Path) -> Connection:
    options = {
        "data_folder_in": str(folder),
        "data_folder_out": str(folder),
        "control_folder": str(folder / "control"),
    }
    return Connection("filesystem://", transport=Transport, transport_options=options)


def test_competing_consumers_each_get_a_whole_message_exactly_once(tmp_path: Path) -> None:
    total, consumers = 400, 4
    received: list[list[int]] = [[] for _ in range(consumers)]
    producing = threading.Event()
    producing.set()

    def produce() -> None:
        with connect(tmp_path) as connection:
            queue = connection.SimpleQueue("jobs")
            for number in range(total):
                queue.put({"number": number, "padding": "x" * 2000})
            queue.close()
        producing.clear()

    def consume(into: list[int]) -> None:
        with connect(tmp_path) as connection:
            queue = connection.SimpleQueue("jobs")
            while True:
                try:
                    message = queue.get(timeout=0.05)
                except Empty:
                    if producing.is_set():
                        continue
                    break
                into.append(message.payload["number"])
                message.ack()
            queue.close()

    # The queue is bound before anyone starts, as a worker binds it at start-up:
    # threads of one process share kombu's cache of declarations, so a producer
    # thread would otherwise skip its own binding and publish before a consumer
    # thread's binding is written, into an exchange with no queue yet.
    with connect(tmp_path) as connection:
        connection.SimpleQueue("jobs").close()
    threads = [threading.Thread(target=consume, args=(r,)) for r in received]
    threads.append(threading.Thread(target=produce))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    everything = sorted(number for numbers in received for number in numbers)
    assert everything == list(range(total))
    assert not list(tmp_path.rglob("*.msg")) and not list(tmp_path.rglob("*.tmp"))
