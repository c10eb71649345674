"""100,000 invitation mails through the outbox, Celery and SMTP, beside plain
smtplib sending the same messages in one loop.

A fresh open cycle gets N approved, uninvited raters (COPY). Enqueueing is
``feedback.evaluations.delivery.invite`` (a token and an outbox row per
rater) and its commit, timed here. Then ``ledelyst scheduler`` (the outbox
relay) and ``ledelyst worker`` (Celery, Redis broker, default concurrency:
one process per CPU) deliver them to an aiosmtpd sink on loopback
(``bench/smtpsink.py``), which records every Message-ID: the outbox id is in
it, so a lost or a twice-sent mail shows. The baseline renders and builds the
same messages from the same outbox rows and sends them over one smtplib
connection, into a second sink.

    python -m bench.mail --mails 5000 --scale 0.002 --quick   # bench.run --only mail

Mail left undelivered by an earlier run is deleted first: the relay would
send it before this run's and the sink would count it.
"""

from __future__ import annotations

import asyncio
import os
import smtplib
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import asyncpg

from bench.common import Row, Run, fmt, landed, out
from bench.harness import RssSampler, free_port, server_env
from bench.pgcopy import NOW, copy_rows


class SmtpSink:
    def __init__(self, name: str) -> None:
        self.port = free_port()
        self.file = out(f"smtp-{name}.txt")

    def __enter__(self) -> SmtpSink:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bench.smtpsink", str(self.port), str(self.file)],
            stdout=subprocess.PIPE,
            cwd=Path.cwd(),
        )
        assert self.process.stdout is not None
        self.process.stdout.readline()  # "ready"
        return self

    def stop(self) -> tuple[list[str], float]:
        self.process.terminate()
        self.process.wait(60)
        first_line, *ids = self.file.read_text(encoding="utf-8").split("\n")
        first, last = (float(x) for x in first_line.split())
        return [i for i in ids if i], last - first

    def __exit__(self, *_: Any) -> None:
        if self.process.poll() is None:
            self.process.kill()


async def _cycle_with_raters(run: Run, count: int) -> int:
    """An open cycle of organisation 1 whose evaluations have ``count`` approved,
    uninvited raters between them; returns its id."""
    connection = await asyncpg.connect(run.options.plain_url)
    try:
        hr = run.subjects["hr"][0]
        organisation = hr["organisation"]
        cycle_id = await connection.fetchval(
            """INSERT INTO evaluation_cycle (organisation_id, framework_id, name, purpose, profile,
                   status, opens_at, closes_at, min_peer, min_direct_report, min_external,
                   min_all_raters, min_comments, min_employees_for_report,
                   reminder_days_before_close, nomination_limits, created_by_id)
               SELECT $1, id, 'Mailbenchmark', 'BASELINE', 'STANDARD', 'OPEN', now(),
                   now() + interval '14 days', 3, 3, 3, 4, 3, 0, '[7, 2]', '{}', $2
               FROM competency_framework WHERE organisation_id = $1 LIMIT 1 RETURNING id""",
            organisation,
            hr["membership"],
        )
        leaders = await connection.fetch(
            "SELECT id, manager_id FROM membership WHERE organisation_id = $1 AND manager_id "
            "IS NOT NULL "
            "ORDER BY id LIMIT $2",
            organisation,
            max(1, count // 10),
        )
        next_evaluation = await connection.fetchval(
            "SELECT coalesce(max(id), 0) + 1 FROM evaluation"
        )
        evaluations = [
            (
                next_evaluation + k,
                organisation,
                cycle_id,
                row["id"],
                row["manager_id"],
                "APPROVED",
                "PENDING",
            )
            for k, row in enumerate(leaders)
        ]
        await copy_rows(
            connection,
            "evaluation",
            [
                "id",
                "organisation_id",
                "cycle_id",
                "leader_id",
                "manager_id",
                "nomination_state",
                "report_status",
            ],
            evaluations,
        )
        next_nomination = await connection.fetchval(
            "SELECT coalesce(max(id), 0) + 1 FROM nomination"
        )
        groups = ["PEER", "DIRECT_REPORT", "EXTERNAL"]
        await copy_rows(
            connection,
            "nomination",
            [
                "id",
                "organisation_id",
                "evaluation_id",
                "rater_group",
                "rater_name",
                "rater_email",
                "locale",
                "status",
                "created_at",
            ],
            (
                (
                    next_nomination + k,
                    organisation,
                    evaluations[k % len(evaluations)][0],
                    groups[k % 3],
                    f"Bedømmer {k}",
                    f"rater{k}@bench.example",
                    "da" if k % 5 else "en",
                    "APPROVED",
                    NOW,
                )
                for k in range(count)
            ),
        )
        for table in ("evaluation", "nomination"):
            await connection.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM "
                f"{table}))"
            )
        await connection.execute("ANALYZE nomination")
        await connection.execute("ANALYZE evaluation")
    finally:
        await connection.close()
    return int(cycle_id)


async def _enqueue(run: Run, cycle_id: int) -> tuple[float, int, int]:
    from backend.composition import compose
    from backend.db import Database
    from backend.settings import Settings
    from feedback.evaluations.delivery import service as delivery

    compose()  # the mail templates, as the worker has them
    settings = Settings(database_url=run.options.asyncpg_url, secret_key="x" * 40)
    database = Database(settings)
    try:
        async with database.session() as session:
            first = await session.scalar(_text("SELECT coalesce(max(id), 0) FROM outbox_message"))
            started = time.perf_counter()
            sent = await delivery.invite(session, cycle_id)
            await session.commit()
            seconds = time.perf_counter() - started
    finally:
        await database.dispose()
    return seconds, sent.count, int(first or 0)


def _text(sql: str) -> Any:
    from sqlalchemy import text

    return text(sql)


async def _forget_undelivered(run: Run) -> None:
    connection = await asyncpg.connect(run.options.plain_url)
    try:
        await connection.execute(
            "DELETE FROM outbox_message WHERE task = 'mail.send' AND done_at IS NULL"
        )
    finally:
        await connection.close()


async def _progress(run: Run, first_id: int) -> int:
    connection = await asyncpg.connect(run.options.plain_url)
    try:
        return int(
            await connection.fetchval(
                "SELECT count(*) FROM outbox_message WHERE id > $1 AND task = 'mail.send' "
                "AND done_at IS NOT NULL",
                first_id,
            )
        )
    finally:
        await connection.close()


async def _messages(run: Run, first_id: int) -> list[tuple[int, Any, dict[str, Any]]]:
    connection = await asyncpg.connect(run.options.plain_url)
    try:
        import json

        rows = await connection.fetch(
            "SELECT id, created_at, payload FROM outbox_message WHERE id > $1 AND task = "
            "'mail.send' "
            "ORDER BY id",
            first_id,
        )
        return [(r["id"], r["created_at"], json.loads(r["payload"])) for r in rows]
    finally:
        await connection.close()


def _baseline(messages: list[tuple[int, Any, dict[str, Any]]], port: int) -> float:
    """Render, build and send every message over one connection; seconds."""
    from backend.mail.message import build_message
    from backend.mail.render import render_mail
    from backend.settings import Settings

    settings = Settings(
        secret_key="x" * 40, mail_backend="smtp", smtp_host="127.0.0.1", smtp_port=port
    )
    started = time.perf_counter()
    with smtplib.SMTP("127.0.0.1", port, timeout=30) as connection:
        for outbox_id, created_at, payload in messages:
            subject, text, html = render_mail(
                payload["template"], payload["locale"], payload["context"]
            )
            message = build_message(
                settings,
                outbox_id=outbox_id,
                created_at=created_at,
                to=payload["to"],
                locale=payload["locale"],
                subject=subject,
                text=text,
                html=html,
            )
            connection.send_message(message)
    return time.perf_counter() - started


def run(run: Run) -> None:
    if not landed("feedback.evaluations.delivery.service") or not landed("backend.mail.tasks"):
        run.skip("invitation mails", "needs the 360 slice and backend.mail")
        return
    count = run.options.mails
    import redis

    redis.Redis.from_url(run.options.redis).flushdb()
    asyncio.run(_forget_undelivered(run))
    # One cycle, one invite() of every rater (mark_invited chunks its ids now).
    cycles = [asyncio.run(_cycle_with_raters(run, count))]
    enqueue_seconds, invited, first_id = 0.0, 0, 0
    for k, cycle_id in enumerate(cycles):
        seconds, sent, first = asyncio.run(_enqueue(run, cycle_id))
        enqueue_seconds += seconds
        invited += sent
        first_id = first if k == 0 else first_id
    ledelyst = str(Path(sys.executable).parent / "ledelyst")
    log = out("logs/mail-worker.log").open("ab")
    with SmtpSink("celery") as sink:
        env = server_env(
            run.options.asyncpg_url,
            LEDELYST_PRODUCTION="true",
            LEDELYST_BROKER_URL=run.options.redis,
            LEDELYST_MAIL_BACKEND="smtp",
            LEDELYST_SMTP_HOST="127.0.0.1",
            LEDELYST_SMTP_PORT=str(sink.port),
            LEDELYST_LOG_LEVEL="WARNING",
        )
        worker = subprocess.Popen([ledelyst, "worker"], env=env, stdout=log, stderr=log)
        scheduler = subprocess.Popen([ledelyst, "scheduler"], env=env, stdout=log, stderr=log)
        deadline = time.monotonic() + max(300, count / 40)
        done = 0
        try:
            with RssSampler(worker.pid) as memory:
                started = time.monotonic()
                while time.monotonic() < deadline:
                    done = asyncio.run(_progress(run, first_id))
                    if done >= invited:
                        break
                    time.sleep(1.0)
                elapsed = time.monotonic() - started
                time.sleep(2.0)  # anything sent twice arrives now
        finally:
            for process in (scheduler, worker):
                process.terminate()
            for process in (scheduler, worker):
                try:
                    process.wait(30)
                except subprocess.TimeoutExpired:
                    process.kill()
        ids, span = sink.stop()
    run.memory["worker under load (largest process)"] = memory.largest
    unique = set(ids)
    lost = invited - len(unique)
    twice = len(ids) - len(unique)
    messages = asyncio.run(_messages(run, first_id))
    with SmtpSink("smtplib") as baseline_sink:
        baseline_seconds = _baseline(messages, baseline_sink.port)
        baseline_ids, _ = baseline_sink.stop()
    # Throughput while mail flowed (first to last accepted by the sink); the
    # workers' start-up is left out, as it is for the baseline.
    rate = len(unique) / span if span > 0 else 0.0
    baseline_rate = len(baseline_ids) / baseline_seconds if baseline_seconds else 0.0
    ratio = rate / baseline_rate if baseline_rate else 0.0
    run.add(
        Row(
            f"{invited:,} invitation mails: enqueueing",
            f"{fmt(enqueue_seconds, 2)} s (delivery.invite + commit: {invited:,} tokens and "
            "outbox rows)",
            "",
            "",
            "< 5 s",
            enqueue_seconds < 5.0,
            f"one open cycle of {invited:,} raters in the largest organisation, one invite()",
        )
    )
    run.add(
        Row(
            f"{invited:,} invitation mails: outbox -> relay -> Celery -> SMTP",
            f"{fmt(rate)} mails/s ({done:,} delivered, {fmt(span)} s from first to last; "
            f"{fmt(elapsed)} s with the workers' start; sink saw {len(ids):,}, {len(unique):,} "
            "distinct)",
            f"{fmt(baseline_rate)} mails/s (one smtplib connection, {len(baseline_ids):,} mails)",
            f"{ratio:.2f}",
            ">= 0.80 of the baseline's mails/s; none lost, none twice",
            ratio >= 0.8 and lost == 0 and twice == 0,
            f"lost {lost}, twice {twice}; worker: `ledelyst worker` (prefork, {os.cpu_count()} "
            "processes), Redis broker, relay: `ledelyst scheduler` every 2 s, 100 a batch, 20 "
            f"batches a run, {_mail_batch()} mails a Celery task (production defaults)",
        )
    )


def _mail_batch() -> str:
    try:
        from backend.mail.outbox import MAIL_BATCH
    except ImportError:
        return "1"
    return str(MAIL_BATCH)


def main(argv: list[str] | None = None) -> int:
    """``bench.run --only mail`` with the same options (``--mails``, ``--scale``, ...)."""
    from bench.run import main as run_main

    return run_main(["--only", "mail", *(sys.argv[1:] if argv is None else argv)])


if __name__ == "__main__":
    sys.exit(main())
