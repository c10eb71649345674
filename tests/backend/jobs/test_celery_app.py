from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from celery.schedules import crontab

from backend.jobs.celery_app import (
    CLEANUP_TASK,
    RELAY_TASK,
    celery_app,
    celery_config,
    make_celery_app,
    register_periodic,
)
from backend.settings import Settings

ROOT = Path(__file__).resolve().parents[3]


def test_tasks_are_acknowledged_after_they_ran_and_one_at_a_time(settings: Settings) -> None:
    config = celery_config(settings)
    assert config["task_acks_late"] is True
    assert config["task_reject_on_worker_lost"] is True
    assert config["worker_prefetch_multiplier"] == 1
    assert config["task_serializer"] == "json" and config["accept_content"] == ["json"]
    assert config["task_ignore_result"] is True and config["result_backend"] is None
    assert config["broker_connection_retry_on_startup"] is True


def test_the_scheduler_relays_every_interval_and_cleans_up_hourly(settings: Settings) -> None:
    schedule = celery_config(settings.model_copy(update={"outbox_relay_interval_seconds": 3.0}))[
        "beat_schedule"
    ]
    assert schedule["relay-outbox"]["task"] == RELAY_TASK
    assert schedule["relay-outbox"]["schedule"] == 3.0
    assert schedule["cleanup"] == {"task": CLEANUP_TASK, "schedule": 3600.0}


def test_a_slice_adds_a_periodic_task_to_the_schedule(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("backend.jobs.celery_app._periodic", {})
    register_periodic("test-nightly", "test.nightly", crontab(hour=2, minute=0), expires=600)
    entry = celery_config(settings)["beat_schedule"]["test-nightly"]
    assert entry == {
        "task": "test.nightly",
        "schedule": crontab(hour=2, minute=0),
        "options": {"expires": 600},
    }
    with pytest.raises(ValueError, match="registered twice"):
        register_periodic("test-nightly", "test.other", 60.0)


def test_redis_keeps_unacknowledged_tasks_longer_than_any_delay(settings: Settings) -> None:
    config = celery_config(settings.model_copy(update={"broker_url": "redis://127.0.0.1:6379/0"}))
    assert config["broker_transport_options"]["visibility_timeout"] >= 12 * 3600


def test_the_embedded_broker_is_a_shared_folder(settings: Settings, tmp_path: Path) -> None:
    folder = tmp_path / "broker"
    config = celery_config(
        settings.model_copy(update={"broker_url": "filesystem://", "broker_folder": folder})
    )
    options = config["broker_transport_options"]
    assert options["data_folder_in"] == options["data_folder_out"] == str(folder / "queue")
    assert (folder / "queue").is_dir() and (folder / "control").is_dir()
    assert config["broker_transport"] == "backend.jobs.broker:Transport"


def test_a_made_app_takes_the_given_settings(settings: Settings) -> None:
    other = settings.model_copy(update={"broker_url": "redis://127.0.0.1:6399/3"})
    assert make_celery_app(other, set_as_current=False).conf.broker_url == other.broker_url


def test_every_slice_task_is_registered_when_a_worker_loads_its_modules() -> None:
    celery_app.loader.import_default_modules()
    assert {RELAY_TASK, CLEANUP_TASK, "mail.send"} <= set(celery_app.tasks)


def test_importing_the_app_and_the_tasks_connects_to_nothing() -> None:
    script = (
        "import socket\n"
        "def refuse(*a, **k): raise AssertionError('network used at import')\n"
        "socket.socket.connect = refuse\n"
        "socket.create_connection = refuse\n"
        "import backend.jobs.tasks, backend.mail.tasks\n"
        "from backend.jobs.celery_app import celery_app\n"
        "celery_app.loader.import_default_modules()\n"
        "print(celery_app.conf.broker_url)\n"
    )
    env = {**os.environ, "LEDELYST_BROKER_URL": "redis://127.0.0.1:1/0"}
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "redis://127.0.0.1:1/0"
