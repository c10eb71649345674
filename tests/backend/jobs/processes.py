"""Starting, watching and killing worker and scheduler processes in tests."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

WORKER = (
    "from backend.settings import get_settings\n"
    "from backend.jobs.celery_app import celery_app\n"
    "from backend.jobs.scheduler import run_worker\n"
    "celery_app.conf.task_default_queue = {queue!r}\n"
    "run_worker(get_settings(), concurrency={concurrency})\n"
)
SCHEDULER = (
    "from backend.settings import get_settings\n"
    "from backend.jobs.scheduler import run_scheduler\n"
    "run_scheduler(get_settings(), poll_seconds=0.2, check_seconds=1.0)\n"
)


class Process:
    """A child in a process group of its own, with its output in a file."""

    def __init__(self, script: str, env: dict[str, str], log: Path) -> None:
        self.log = log
        with log.open("wb") as output:
            self.popen = subprocess.Popen(
                [sys.executable, "-c", script],
                cwd=ROOT,
                env=env,
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

    def output(self) -> str:
        return self.log.read_text(errors="replace")

    def kill(self) -> None:
        """SIGKILL the whole group (a prefork worker and its pool), then reap it."""
        if self.popen.poll() is None:
            try:
                os.killpg(self.popen.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        self.popen.wait(timeout=30)
        try:  # pool children that outlived the parent for a moment
            os.killpg(self.popen.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


@contextmanager
def started(script: str, env: dict[str, str], log: Path) -> Iterator[Process]:
    process = Process(script, env, log)
    try:
        yield process
    finally:
        process.kill()


async def wait_until(
    check: Callable[[], bool], seconds: float, what: str, log: Process | None = None
) -> None:
    """Poll ``check`` until true; fail the test after ``seconds``, with ``log``'s tail."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + seconds
    while not check():
        if loop.time() > deadline:
            tail = log.output()[-3000:] if log else ""
            raise AssertionError(f"timed out after {seconds}s waiting for {what}\n{tail}")
        await asyncio.sleep(0.05)
