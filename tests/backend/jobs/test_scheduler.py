from __future__ import annotations

import os
from pathlib import Path

from backend.jobs.leader import leader_lock
from backend.settings import Settings
from tests.backend.jobs.processes import SCHEDULER, started, wait_until

LEADER = "this scheduler is the leader"


def test_the_leader_lock_has_one_holder_at_a_time(settings: Settings, tmp_path: Path) -> None:
    first, second = leader_lock(settings, "test-lock"), leader_lock(settings, "test-lock")
    try:
        assert first.try_acquire() and first.still_held()
        assert not second.try_acquire()
        first.release()
        assert second.try_acquire()
    finally:
        first.release()
        second.release()


async def test_only_one_of_two_schedulers_leads_and_the_other_takes_over_when_it_dies(
    settings: Settings, tmp_path: Path
) -> None:
    env = {
        **os.environ,
        # A broker of their own, and no relay due within the test: the
        # schedulers' beat must not feed the other tests' workers.
        "LEDELYST_BROKER_URL": "filesystem://",
        "LEDELYST_BROKER_FOLDER": str(tmp_path / "broker"),
        "LEDELYST_OUTBOX_RELAY_INTERVAL_SECONDS": "3600",
    }
    with (
        started(SCHEDULER, env, tmp_path / "a.log") as a,
        started(SCHEDULER, env, tmp_path / "b.log") as b,
    ):
        leads = [lambda: LEADER in a.output(), lambda: LEADER in b.output()]
        await wait_until(lambda: any(lead() for lead in leads), 30, "a leader")
        await wait_until(lambda: "waiting to take over" in a.output() + b.output(), 30, "a waiter")
        leader, waiter = (a, b) if leads[0]() else (b, a)
        await wait_until(lambda: "beat: Starting" in leader.output(), 30, "beat to start")
        assert LEADER not in waiter.output()

        leader.kill()
        await wait_until(lambda: LEADER in waiter.output(), 30, "the waiter to take over")
        await wait_until(lambda: "beat: Starting" in waiter.output(), 30, "beat to start again")
