"""The Celery app of the API, the workers and the scheduler.

Configured from the settings on first use, never at import, and nothing here
connects to anything: the broker is reached when a task is sent or a worker
starts. Task modules are imported when a worker starts (``import_modules``
signal), so ``tasks.py`` files may import this module without a cycle.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from celery import Celery, signals
from celery.schedules import BaseSchedule

from backend.settings import Settings, get_settings

RELAY_TASK = "outbox.relay"
CLEANUP_TASK = "jobs.cleanup"
CLEANUP_INTERVAL_SECONDS = 3600.0

# Redis hands an unacknowledged message to another worker after this long.
# With acks_late a message stays unacknowledged while it waits for its
# countdown/eta in a worker, so a shorter timeout would deliver every delayed
# task again (and again) while it waits. 12 hours is longer than any delay we
# schedule; a message lost by a dead worker comes back after it at the latest,
# and the outbox lease re-sends outbox work much sooner.
REDIS_VISIBILITY_TIMEOUT_SECONDS = 12 * 3600

# Periodic tasks of the slices, added from their wiring.wire() at composition.
_periodic: dict[str, dict[str, Any]] = {}


def register_periodic(
    name: str, task: str, schedule: float | timedelta | BaseSchedule, **options: Any
) -> None:
    """Run ``task`` on the scheduler every ``schedule`` (seconds, a timedelta or a
    crontab, in UTC). Call it in a slice's ``wiring.wire()``: the scheduler
    composes the slices before it starts beat. ``options`` are Celery send
    options, e.g. ``expires``."""
    entry: dict[str, Any] = {"task": task, "schedule": schedule}
    if options:
        entry["options"] = options
    if _periodic.get(name, entry) != entry:
        raise ValueError(f"periodic task {name!r} registered twice, differently")
    _periodic[name] = entry


def make_celery_app(settings: Settings | None = None, *, set_as_current: bool = True) -> Celery:
    """A Celery app for ``settings`` (the process settings when None), configured lazily."""
    app = Celery("ledelyst", set_as_current=set_as_current)
    app.add_defaults(lambda: celery_config(settings or get_settings()))
    return app


def celery_config(settings: Settings) -> dict[str, Any]:
    config: dict[str, Any] = {
        "broker_url": settings.broker_url,
        "broker_connection_retry_on_startup": True,
        # Results are never read: outcomes live in the database.
        "result_backend": None,
        "task_ignore_result": True,
        # Acknowledge after the task ran, and hand the message back when the
        # pool process running it dies, so a crash loses no work; tasks are
        # idempotent (outbox tasks skip done messages).
        "task_acks_late": True,
        "task_reject_on_worker_lost": True,
        # When the broker connection drops, the running acks_late tasks can no
        # longer be acknowledged and will be delivered again: stop them rather
        # than run them twice at once (also Celery 6's default).
        "worker_cancel_long_running_tasks_on_connection_loss": True,
        # A worker holds one message per pool process, not a batch it may die with.
        "worker_prefetch_multiplier": 1,
        "task_serializer": "json",
        "accept_content": ["json"],
        "enable_utc": True,
        "timezone": "UTC",
        "beat_schedule": beat_schedule(settings),
        "beat_schedule_filename": str(var_folder(settings) / "celerybeat-schedule"),
    }
    if settings.broker_url.startswith("filesystem"):
        config.update(_filesystem_broker(settings.broker_folder))
    elif settings.broker_url.startswith(("redis", "rediss")):
        config["broker_transport_options"] = {
            "visibility_timeout": REDIS_VISIBILITY_TIMEOUT_SECONDS
        }
    # RabbitMQ needs no option here; note that its consumer_timeout (server
    # side, 30 min by default) must also exceed the longest countdown/eta.
    return config


def beat_schedule(settings: Settings) -> dict[str, dict[str, Any]]:
    interval = settings.outbox_relay_interval_seconds
    return {
        **_periodic,
        "relay-outbox": {
            "task": RELAY_TASK,
            "schedule": interval,
            # Relays queued behind a backlog are pointless: the next one comes anyway.
            "options": {"expires": max(interval * 5, 10.0)},
        },
        "cleanup": {"task": CLEANUP_TASK, "schedule": CLEANUP_INTERVAL_SECONDS},
    }


def var_folder(settings: Settings) -> Path:
    """Local state of the jobs (beat schedule, scheduler lock): beside the broker folder."""
    return settings.broker_folder.parent


def _filesystem_broker(folder: Path) -> dict[str, Any]:
    queue = folder / "queue"
    control = folder / "control"
    for path in (queue, control):
        path.mkdir(parents=True, exist_ok=True)
    return {
        # The same folder in and out: every process on the machine shares one queue.
        "broker_transport": "backend.jobs.broker:Transport",
        "broker_transport_options": {
            "data_folder_in": str(queue),
            "data_folder_out": str(queue),
            "control_folder": str(control),
            # A worker with all its pool processes busy looks again only after
            # this long, so it bounds throughput; a listdir every 50 ms is cheap.
            "polling_interval": 0.05,
        },
        # Remote control needs a queue per worker fed by broadcast; in a folder
        # those queues outlive their workers and fill up, so it is off.
        "worker_enable_remote_control": False,
    }


@signals.setup_logging.connect
def _log_like_the_platform(**_: Any) -> None:
    """Workers and beat log like the API (JSON lines when LEDELYST_LOG_JSON is
    set), instead of Celery replacing the root logger's handlers with its own."""
    from backend.jobs.runtime import worker_settings
    from backend.logs import configure_logging

    settings = worker_settings()
    configure_logging(settings.log_level, settings.log_json)


@signals.import_modules.connect
def _import_task_modules(sender: Celery | None = None, **_: Any) -> None:
    """Register every slice's tasks when a worker (or beat) loads its modules."""
    from backend.composition import compose
    from backend.modules import import_slice_modules

    import_slice_modules("tasks")
    compose()  # the tasks use the same registrations and cross-slice wiring as the API


celery_app = make_celery_app()
