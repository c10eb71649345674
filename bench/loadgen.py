"""A small load generator for when wrk is not installed: keep-alive HTTP/1.1
connections on asyncio, each sending its next request as soon as the last
answer arrived (what wrk does). Run by ``bench/harness.py`` in a process of
its own, so it never shares the server's CPU time slices in-process.

    python -m bench.loadgen spec.json   # prints one JSON line of results
"""

from __future__ import annotations

import asyncio
import itertools
import json
import sys
import time
from typing import Any
from urllib.parse import urlsplit

UNIQUE = "%%N%%"


async def _connection(
    host: str,
    port: int,
    requests: list[tuple[bytes, bool, bytes, bytes]],
    deadline: float,
    stats: dict[str, Any],
    counter: itertools.count[int],
    number: int,
) -> None:
    reader, writer = await asyncio.open_connection(host, port)
    sent = 0
    try:
        while time.perf_counter() < deadline:
            n = next(counter)
            # Connection i sends variants i, i + c, i + 2c, ... (c connections).
            head, dynamic, body, tail = requests[
                (number + sent * stats["connections"]) % len(requests)
            ]
            sent += 1
            if dynamic:
                body = body.replace(UNIQUE.encode(), f"{number}x{n}".encode())
            started = time.perf_counter()
            writer.write(head + str(len(body)).encode() + b"\r\n\r\n" + body)
            await writer.drain()
            status_line = await reader.readline()
            length = 0
            while True:
                line = await reader.readline()
                if line in (b"\r\n", b""):
                    break
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value)
            payload = await reader.readexactly(length)
            stats["latencies"].append(time.perf_counter() - started)
            stats["bytes"] += len(payload)
            if not status_line.split()[1].startswith(b"2"):
                stats["errors"] += 1
    except (ConnectionError, asyncio.IncompleteReadError):
        stats["errors"] += 1
    finally:
        writer.close()


async def run(spec: dict[str, Any]) -> dict[str, Any]:
    url = urlsplit(spec["url"])
    host, port = url.hostname or "127.0.0.1", url.port or 80
    requests = []
    for v in spec["variants"]:
        headers = {"Host": f"{host}:{port}", "Content-Type": "application/json", **v["headers"]}
        head = (
            f"POST {v['path']} HTTP/1.1\r\n"
            + "".join(f"{k}: {val}\r\n" for k, val in headers.items())
            + "Content-Length: "
        )
        requests.append((head.encode(), UNIQUE in v["body"], v["body"].encode(), b""))
    stats: dict[str, Any] = {
        "latencies": [],
        "bytes": 0,
        "errors": 0,
        "connections": spec["connections"],
    }
    started = time.perf_counter()
    deadline = started + spec["seconds"]
    counter = itertools.count()
    await asyncio.gather(
        *(
            _connection(host, port, requests, deadline, stats, counter, i)
            for i in range(spec["connections"])
        )
    )
    seconds = time.perf_counter() - started
    latencies = sorted(stats["latencies"]) or [0.0]

    def pct(p: float) -> float:
        return latencies[min(len(latencies) - 1, int(p * len(latencies)))] * 1000

    return {
        "requests": len(stats["latencies"]),
        "seconds": seconds,
        "p50_ms": pct(0.5),
        "p95_ms": pct(0.95),
        "p99_ms": pct(0.99),
        "errors": stats["errors"],
        "bytes": stats["bytes"],
    }


def main() -> None:
    with open(sys.argv[1], encoding="utf-8") as file:
        spec = json.load(file)
    print(json.dumps(asyncio.run(run(spec))))


if __name__ == "__main__":
    main()
