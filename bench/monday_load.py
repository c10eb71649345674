"""Locust as a library, in a process of its own: the Monday morning users
(``bench/monday_users.py``) against the API, first stepping the number of
users up until throughput stops growing, then holding the last load the
machine carried for the sustained run.

    python -m bench.monday_load spec.json result.json

Each window (a step, the sustained run) starts with fresh statistics after
the users have spawned and settled, so its percentiles are its own. When a
step is saturated is ``bench.monday_report.saturation``; the knee is the step
before. Prints nothing but errors; writes ``result.json``.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

import gevent

# Locust patches the standard library for gevent on import (sockets, ssl,
# sleep): before anything here opens a connection.
from locust import events
from locust.env import Environment
from locust.stats import RequestStats

from bench import monday_users
from bench.monday_report import saturation


def _window(stats: RequestStats, seconds: float) -> dict[str, Any]:
    """Each operation's figures since the last reset, and the whole's."""
    operations = []
    for entry in sorted(stats.entries.values(), key=lambda e: e.name):
        operations.append(_figures(entry, seconds, entry.name))
    return {
        "seconds": seconds,
        "total": _figures(stats.total, seconds, "all"),
        "operations": operations,
        "failures": [
            {"name": e.name, "error": str(e.error), "count": e.occurrences}
            for e in stats.errors.values()
        ],
    }


def _figures(entry: Any, seconds: float, name: str) -> dict[str, Any]:
    return {
        "name": name,
        "requests": entry.num_requests,
        "failures": entry.num_failures,
        "rps": entry.num_requests / seconds if seconds else 0.0,
        "p50_ms": entry.get_response_time_percentile(0.5) if entry.num_requests else 0.0,
        "p95_ms": entry.get_response_time_percentile(0.95) if entry.num_requests else 0.0,
        "p99_ms": entry.get_response_time_percentile(0.99) if entry.num_requests else 0.0,
        "mean_ms": entry.avg_response_time,
    }


def _measure(env: Environment, users: int, settle: float, seconds: float) -> dict[str, Any]:
    """``users`` running (spawned at once), ``settle`` seconds, then ``seconds`` measured."""
    assert env.runner is not None
    env.runner.start(users, spawn_rate=max(1.0, users / max(1.0, settle / 2)))
    gevent.sleep(settle)
    env.stats.reset_all()
    cpu = sum(os.times()[:2])
    started = time.time()
    gevent.sleep(seconds)
    ended = time.time()
    window = _window(env.stats, ended - started)
    window.update(
        users=users,
        started=started,
        ended=ended,
        generator_cpu_s=sum(os.times()[:2]) - cpu,
    )
    return window


def run(spec: dict[str, Any]) -> dict[str, Any]:
    monday_users.configure(spec)
    env = Environment(
        user_classes=list(monday_users.USERS.values()), host=spec["url"], events=events
    )
    env.create_local_runner()
    search, sustain = spec["search"], spec["sustain"]
    steps: list[dict[str, Any]] = []
    knee, why = None, "not reached: the last step still grew"
    users = search["start"]
    while users <= search["max"]:
        # The first step settles longer: the API's processes warm up (imports,
        # caches, the pools' connections) under it.
        settle = search["warmup"] if not steps else search["settle"]
        step = _measure(env, users, settle, search["seconds"])
        step["saturated"] = saturation(
            step, steps[-1] if steps else None, steps[0] if steps else step, search
        )
        steps.append(step)
        if step["saturated"]:
            why = step["saturated"]
            break
        knee = step
        users = round(users * search["factor"])
    held = (knee or steps[0])["users"]
    sustained = _measure(env, held, search["settle"], sustain["seconds"])
    assert env.runner is not None
    env.runner.quit()
    return {
        "steps": steps,
        "knee_users": knee["users"] if knee else None,
        "saturated_at": steps[-1]["users"] if steps[-1]["saturated"] else None,
        "why": why,
        "sustained": sustained,
        "raters_left": monday_users.raters_left(),
    }


def main() -> None:
    spec = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    result = run(spec)
    Path(sys.argv[2]).write_text(json.dumps(result), encoding="utf-8")


if __name__ == "__main__":
    main()
