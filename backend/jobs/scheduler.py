"""The long-running job processes the CLI starts: ``ledelyst worker`` and
``ledelyst scheduler``.

Exactly one scheduler may be active, or every periodic task would run once per
scheduler. Any number may be started (a second replica, a restart that
overlaps the old process): each waits for the leader lock (``leader.py``) and
only the holder runs Celery beat. If the holder dies, a waiting one takes
over within ``poll_seconds``. If the holder loses its lock while alive (its
PostgreSQL connection dropped), it stops at once rather than risk two
leaders, and its supervisor restarts it as a waiter.
"""

from __future__ import annotations

import logging
import os
import signal
import threading

from backend.composition import compose
from backend.jobs.celery_app import beat_schedule, celery_app, celery_config, var_folder
from backend.jobs.leader import LeaderLock, leader_lock, wait_for_leadership
from backend.jobs.runtime import use_settings
from backend.logs import configure_logging
from backend.settings import Settings

log = logging.getLogger(__name__)

# After asking beat to stop, how long to wait before leaving the hard way.
STOP_GRACE_SECONDS = 10.0


def configure(settings: Settings) -> None:
    """Point the Celery app and the tasks of this process at ``settings``."""
    use_settings(settings)
    celery_app.conf.update(celery_config(settings))


def run_worker(
    settings: Settings, concurrency: int | None = None, *, pool: str = "prefork"
) -> None:
    """Run a Celery worker in this process until it is stopped (blocks).

    ``concurrency`` pool processes (Celery's default: one per CPU); ``pool`` is
    prefork, threads or solo. Logs at ``settings.log_level``.
    """
    configure(settings)
    argv = [
        "worker",
        f"--pool={pool}",
        f"--hostname=worker{os.getpid()}@%h",
        # Cluster chatter (gossip, mingle, heartbeats) is unused here, slows the
        # start by a second, and needs broadcast the embedded broker lacks.
        "--without-gossip",
        "--without-mingle",
        "--without-heartbeat",
    ]
    if concurrency:
        argv.append(f"--concurrency={concurrency}")
    celery_app.worker_main(argv)


def run_scheduler(
    settings: Settings,
    *,
    poll_seconds: float = 5.0,
    check_seconds: float = 10.0,
) -> None:
    """Wait to become the leader, then run Celery beat until stopped (blocks).

    A waiting scheduler tries the lock every ``poll_seconds``; the leader
    checks every ``check_seconds`` that it still holds it.
    """
    configure(settings)
    configure_logging(settings.log_level, settings.log_json)
    # The slices register their periodic tasks at composition.
    compose()
    celery_app.conf.beat_schedule = beat_schedule(settings)
    var_folder(settings).mkdir(parents=True, exist_ok=True)  # beat's schedule file
    lock = leader_lock(settings)
    wait_for_leadership(lock, poll_seconds)
    log.info("this scheduler is the leader (pid %d)", os.getpid())
    stop_watch = threading.Event()
    watchdog = threading.Thread(
        target=_watch_lock, args=(lock, check_seconds, stop_watch), daemon=True
    )
    watchdog.start()
    try:
        celery_app.Beat(loglevel=settings.log_level).run()
    finally:
        stop_watch.set()
        watchdog.join(timeout=check_seconds + 5)
        lock.release()


def _watch_lock(lock: LeaderLock, check_seconds: float, stop: threading.Event) -> None:
    while not stop.wait(check_seconds):
        if lock.still_held():
            continue
        log.critical("scheduler lost its leader lock; stopping so that no two schedulers run")
        # Beat saves its schedule and exits on SIGTERM; if it hangs, leave anyway.
        os.kill(os.getpid(), signal.SIGTERM)
        if not stop.wait(STOP_GRACE_SECONDS):
            os._exit(1)
        return
