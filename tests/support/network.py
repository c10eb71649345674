"""Loopback helpers for tests that start servers of their own."""

from __future__ import annotations

import socket
import time

import httpx


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_until_ok(url: str, seconds: float = 60) -> None:
    """Until ``url`` answers 200: a process started by the test is ready."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    raise AssertionError(f"{url} never answered 200")
