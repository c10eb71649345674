"""``ledelyst dev`` (what ``make run`` starts): the API, a Celery worker and
the scheduler together, on the embedded defaults, stopped together by Ctrl-C."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from backend.settings import Settings

PROCESSES = {
    "api": ["serve", "--no-migrate-first"],
    "worker": ["worker"],
    "scheduler": ["scheduler"],
}


def run_all(settings: Settings, banner: str) -> int:
    executable = [sys.executable, "-m", "backend.cli"]
    children: dict[str, subprocess.Popen[bytes]] = {}
    for name, arguments in PROCESSES.items():
        # Own process groups, so Ctrl-C reaches each child once, through us.
        children[name] = subprocess.Popen(
            [*executable, *arguments], start_new_session=True, env=os.environ.copy()
        )
    print(banner, flush=True)
    stopping = False

    def stop(*_: object) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    exit_code = 0
    while not stopping:
        for name, child in children.items():
            if child.poll() is not None:
                print(
                    f"{name} stopped with exit code {child.returncode}; stopping the rest",
                    flush=True,
                )
                exit_code = child.returncode or 1
                stopping = True
        time.sleep(0.5)
    _terminate(children)
    return exit_code


def _terminate(children: dict[str, subprocess.Popen[bytes]]) -> None:
    for child in children.values():
        if child.poll() is None:
            os.killpg(child.pid, signal.SIGTERM)
    deadline = time.monotonic() + 10
    for child in children.values():
        try:
            child.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            os.killpg(child.pid, signal.SIGKILL)
    print("stopped", flush=True)
