"""Monday morning: a 360 cycle opening while new leaders, mentors and leaders
of leaders use the apps, driven by Locust (``bench/monday_users.py``,
``bench/monday_load.py``) against production processes: ``ledelyst serve
--workers 2`` (two API processes), two ``ledelyst worker --concurrency 1``
and ``ledelyst scheduler`` delivering the cycle's invitations to an SMTP sink.

The cycle is opened as ``bench/mail.py`` opens its own: approved raters
(COPY), then ``delivery.invite`` (a hashed token and a queued mail each). The
raters' link secrets are read back from the queued mails, which is where the
product keeps them: only their hashes are stored.

First the number of users doubles every ``--monday-step-seconds`` until
requests/s stops growing or p95 explodes (``bench/monday_load.py``); then the
last load that still grew is held for ``--monday-seconds`` (10 minutes): the
sustained figures. CPU time of PostgreSQL, the API, the workers and the load
generator is sampled from /proc for every window (``bench/cputime.py``). The
load generator is one Locust process on the same two cores.

    python -m bench.run --only monday --scale 0.05 --monday-seconds 120
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import asyncpg

from backend.api.persisted import document_hash
from backend.api.relay import to_global_id
from bench.common import Row, Run, fmt, landed, out
from bench.cputime import DATABASE, SERVER, CpuSampler
from bench.harness import Server, bench_settings, server_env, token
from bench.http_cases import operation
from bench.mail import SmtpSink, _cycle_with_raters, _enqueue, _forget_undelivered
from bench.monday_report import per_operation_table, steps_table

OPERATIONS = [
    "Home",
    "EnrolmentDetail",
    "StartActivity",
    "CompleteActivity",
    "SyncProgress",
    "Mentees",
    "LearningEffectSummary",
    "TeamEnrolments",
]
# Who is on at once, by Locust's user weights: the cycle's raters are most of
# the morning's traffic; leaders of leaders look at the dashboard now and then.
WEIGHTS = {"rater": 45, "new leader": 35, "mentor": 12, "leader of leaders": 8}


async def _rater_secrets(run: Run, first_outbox_id: int) -> list[str]:
    """The link secrets in the invitations just queued (the mails carry them)."""
    connection = await asyncpg.connect(run.options.plain_url)
    try:
        rows = await connection.fetch(
            "SELECT payload FROM outbox_message WHERE id > $1 AND task = 'mail.send' ORDER BY id",
            first_outbox_id,
        )
    finally:
        await connection.close()
    secrets = []
    for row in rows:
        payload = json.loads(row["payload"]) if isinstance(row["payload"], str) else row["payload"]
        secrets += parse_qs(urlsplit(payload["context"]["url"]).query).get("t", [])
    return secrets


async def _viewers(run: Run) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """New leaders with the activities they may start and complete outright
    (KNOWLEDGE: reflections and actions need text first), and leaders of
    leaders: the data set's largest, and others whose reports lead too."""
    connection = await asyncpg.connect(run.options.plain_url)
    try:
        subjects = run.subjects.get("sync_subjects", [])
        ids = sorted({a for s in subjects for a in s["activities"]})
        plain = {
            r["id"]
            for r in await connection.fetch(
                "SELECT id FROM programme_activity WHERE id = ANY($1::bigint[]) "
                "AND kind = 'KNOWLEDGE'",
                ids,
            )
        }
        leaders = [
            {**s, "activities": [a for a in s["activities"] if a in plain]} for s in subjects
        ]
        bosses = await connection.fetch(
            """SELECT m.id, m.person_id, m.organisation_id, m.roles::text AS roles
                 FROM membership m
                WHERE m.is_active AND EXISTS (
                      SELECT 1 FROM membership r WHERE r.manager_id = m.id AND EXISTS (
                             SELECT 1 FROM membership rr WHERE rr.manager_id = r.id))
                ORDER BY m.id LIMIT 30"""
        )
    finally:
        await connection.close()
    others = [
        {
            "membership": r["id"],
            "person": r["person_id"],
            "organisation": r["organisation_id"],
            "roles": json.loads(r["roles"]),
        }
        for r in bosses
    ]
    biggest = run.subjects["leader_of_leaders"]
    return [s for s in leaders if s["activities"]], [biggest] + [
        b for b in others if b["membership"] != biggest["membership"]
    ]


def _spec(run: Run, url: str, secrets: list[str]) -> dict[str, Any]:
    settings = bench_settings(run.options.asyncpg_url)
    leaders, bosses = asyncio.run(_viewers(run))

    def signed(viewer: dict[str, Any], **extra: Any) -> dict[str, Any]:
        return {"token": token(viewer, settings), **extra}

    quick = run.options.quick
    return {
        "url": url,
        "hashes": {name: document_hash(operation(name)) for name in OPERATIONS},
        "weights": WEIGHTS,
        "rater_tokens": secrets,
        "new_leaders": [
            signed(
                s,
                enrolment=str(to_global_id("Enrolment", s["enrolment"])),
                activities=[str(to_global_id("Activity", a)) for a in s["activities"]],
            )
            for s in leaders
        ],
        "mentors": [signed(m) for m in run.subjects.get("mentor_viewers", [])[:200]],
        "leaders_of_leaders": [signed(b) for b in bosses],
        "search": {
            "start": 4 if quick else 16,
            "factor": 2.0,
            "max": 8 if quick else 1024,
            "growth": 1.10,
            "p95_limit": 4.0,
            "p95_floor_ms": 500.0,
            "settle": 1.0 if quick else 10.0,
            "warmup": 2.0 if quick else 30.0,
            "seconds": 2.0 if quick else run.options.monday_step_seconds,
        },
        "sustain": {"seconds": 3.0 if quick else run.options.monday_seconds},
    }


def _redis_answers(url: str) -> bool:
    import redis

    try:
        return bool(redis.Redis.from_url(url, socket_connect_timeout=2).ping())
    except redis.RedisError:
        return False


def _start_workers(run: Run, sink: SmtpSink) -> list[subprocess.Popen[bytes]]:
    """Two workers of one process each and the outbox relay, as in production."""
    ledelyst = str(Path(sys.executable).parent / "ledelyst")
    log = out("logs/monday-worker.log").open("ab")
    env = server_env(
        run.options.asyncpg_url,
        LEDELYST_BROKER_URL=run.options.redis,
        LEDELYST_MAIL_BACKEND="smtp",
        LEDELYST_SMTP_HOST="127.0.0.1",
        LEDELYST_SMTP_PORT=str(sink.port),
    )
    commands = [[ledelyst, "worker", "--concurrency", "1"]] * 2 + [[ledelyst, "scheduler"]]
    return [subprocess.Popen(c, env=env, stdout=log, stderr=log) for c in commands]


def _stop(processes: list[subprocess.Popen[bytes]]) -> None:
    for process in processes:
        if process.poll() is None:
            process.terminate()
    for process in processes:
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _drive(
    run: Run, spec: dict[str, Any], server: Server, workers: list[subprocess.Popen[bytes]]
) -> tuple[dict[str, Any], CpuSampler]:
    """The Locust process, with the CPU sampler running beside it."""
    spec_file, result_file = out("monday-spec.json"), out("monday-result.json")
    spec_file.write_text(json.dumps(spec), encoding="utf-8")
    result_file.unlink(missing_ok=True)
    search = spec["search"]
    budget = (search["settle"] + search["seconds"]) * 10 + spec["sustain"]["seconds"] + 300
    log = out("logs/monday-locust.log").open("ab")
    driver = subprocess.Popen(
        [sys.executable, "-m", "bench.monday_load", str(spec_file), str(result_file)],
        stdout=log,
        stderr=log,
    )
    trees = {
        "API (2 processes)": [server.pid],
        "workers and relay": [w.pid for w in workers],
        "load generator (Locust)": [driver.pid],
    }
    sampler = CpuSampler(run.options.plain_url, trees).start()
    try:
        driver.wait(budget)
    except subprocess.TimeoutExpired:
        driver.kill()
        driver.wait()
    finally:
        sampler.stop()
    if driver.returncode != 0 or not result_file.exists():
        raise RuntimeError(f"the Locust process failed ({driver.returncode}); see {log.name}")
    return json.loads(result_file.read_text(encoding="utf-8")), sampler


def run(run: Run) -> None:
    if not landed("feedback.evaluations.delivery.service") or not landed("locust"):
        run.skip("Monday morning load", "needs the 360 slice and locust (the dev extra)")
        return
    o = run.options
    # Enough links for the search and 10 minutes at its knee (the mails go out meanwhile).
    raters = max(300, round(30_000 * run.manifest["scale"]))
    with_workers = _redis_answers(o.redis)
    asyncio.run(_forget_undelivered(run))
    cycle_id = asyncio.run(_cycle_with_raters(run, raters))
    _, invited, first_outbox_id = asyncio.run(_enqueue(run, cycle_id))
    secrets = asyncio.run(_rater_secrets(run, first_outbox_id))
    if with_workers:
        import redis

        redis.Redis.from_url(o.redis).flushdb()
    with (
        Server(
            o.asyncpg_url, out("logs/monday-server.log"), LEDELYST_WEB_CONCURRENCY="2"
        ) as server,
        SmtpSink("monday") as sink,
    ):
        workers = _start_workers(run, sink) if with_workers else []
        try:
            spec = _spec(run, server.url, secrets)
            result, sampler = _drive(run, spec, server, workers)
        finally:
            _stop(workers)
        delivered, _ = sink.stop()
    asyncio.run(_forget_undelivered(run))  # what the relay had not sent yet
    _report(run, result, sampler, spec, invited, len(set(delivered)), with_workers)


def _report(
    run: Run,
    result: dict[str, Any],
    sampler: CpuSampler,
    spec: dict[str, Any],
    invited: int,
    delivered: int,
    with_workers: bool,
) -> None:
    held = result["sustained"]
    total = held["total"]
    cpu = sampler.between(held["started"], held["ended"])
    seconds = held["seconds"]
    errors = total["failures"] + sum(s["total"]["failures"] for s in result["steps"])
    long_enough = run.options.quick or seconds >= 0.99 * run.options.monday_seconds
    mix = ", ".join(f"{k} {v}" for k, v in WEIGHTS.items())
    run.add(
        Row(
            "Monday morning load: sustained "
            + (f"{seconds / 60:.0f} min" if seconds >= 60 else f"{seconds:.0f} s"),
            f"{fmt(total['rps'])} req/s at {held['users']} users, p50 {fmt(total['p50_ms'])} ms, "
            f"p95 {fmt(total['p95_ms'])} ms, {total['requests']:,} requests, "
            f"{total['failures']} errors",
            "",
            "",
            "10 minutes, 0 errors; per operation: Notes",
            long_enough and errors == 0,
            f"users by weight: {mix}; {len(spec['rater_tokens']):,} rater links, "
            f"{len(spec['rater_tokens']) - result['raters_left']:,} handed out; "
            + (
                f"{delivered:,} of {invited:,} invitations delivered meanwhile"
                if with_workers
                else "no broker: workers not started"
            ),
        )
    )
    db, own = cpu.get(SERVER, 0.0), cpu.get(DATABASE, 0.0)
    wall = max(1e-9, cpu.get("seconds", 0.0))
    per_request = 1000 * own / total["requests"] if total["requests"] else 0.0
    run.add(
        Row(
            "Monday morning load: database CPU",
            f"{fmt(own)} s CPU in the bench database's backends over {fmt(wall)} s "
            f"({own / wall:.2f} cores, {per_request:.2f} ms a request); whole server {fmt(db)} s "
            f"({db / wall:.2f} cores)",
            "",
            "",
            "reported",
            None,
            "; ".join(f"{k} {v / wall:.2f} cores" for k, v in cpu.items() if k not in ("seconds",))
            + (f"; sampler: {sampler.error}" if sampler.error else ""),
        )
    )
    knee, at = result["knee_users"], result["saturated_at"]
    best = max(result["steps"], key=lambda s: s["total"]["rps"])
    run.add(
        Row(
            "Monday morning load: where it saturates",
            (
                f"at {at} users: {result['why']}; "
                + (f"the last step that grew: {knee} users" if knee else "already the first step")
                if at
                else f"not within {result['steps'][-1]['users']} users"
            )
            + f"; most {fmt(best['total']['rps'])} req/s ({best['users']} users)",
            "",
            "",
            "reported",
            None,
            f"users doubled every {spec['search']['seconds']:g} s (after "
            f"{spec['search']['settle']:g} s to settle); steps and CPU: Notes",
        )
    )
    run.notes["Monday morning load"] = "\n".join(
        [
            f"Sustained: {held['users']} users for {seconds:.0f} s; "
            "Locust in one process on the same 2 cores as the API, the workers and PostgreSQL.",
            "",
            *per_operation_table(held),
            "",
            "Steps (users doubling):",
            "",
            *steps_table(result["steps"], sampler),
        ]
    )
