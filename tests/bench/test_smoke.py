"""The benchmarks run: a tiny data set, every benchmark once, briefly.

Speed is measured by ``make bench``, not asserted here; this only checks that
each benchmark ran and wrote a figure. It needs PostgreSQL (and Redis for the
mail benchmark), so it runs only where ``LEDELYST_TEST_DATABASE_URL`` is set,
as in CI. Without wrk it uses bench/loadgen.py.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from tests.support.groups import OWN_SERVICES

ROOT = Path(__file__).resolve().parents[2]
DATABASE_URL = os.environ.get("LEDELYST_TEST_DATABASE_URL", "")
BROKER_URL = os.environ.get("LEDELYST_TEST_BROKER_URL", "")

pytestmark = [
    pytest.mark.skipif(
        not DATABASE_URL.startswith("postgresql"), reason="the benchmarks need PostgreSQL"
    ),
    OWN_SERVICES,
]

# Generous: the machine running CI is shared, and a loaded one took minutes.
TIMEOUT_SECONDS = 420

# Every benchmark group writes at least one row whose name holds one of these.
EXPECTED = [
    "home query",
    "mentor's mentees query",
    "20-item page",
    "deep page cost",
    "offline progress replay",
    "SQL statements per request",
    "360 report data",
    "learning effect",
    "matching",
    "invitation mails",
    "Monday morning load",
]


# Nominations against the rater rules: one row per kind of breach, with its count.
# The mail benchmark's own cycle (typed-in raters to send mail to) is not the data set's.
RATER_BREACHES = """
WITH e AS (
  SELECT e.* FROM evaluation e JOIN evaluation_cycle c ON c.id = e.cycle_id
   WHERE c.name <> 'Mailbenchmark'),
n AS (SELECT n.* FROM nomination n JOIN e ON e.id = n.evaluation_id)
SELECT 'direct report not reporting to the leader', count(*)
  FROM n JOIN e ON e.id = n.evaluation_id LEFT JOIN membership m ON m.id = n.rater_id
 WHERE n.rater_group = 'DIRECT_REPORT'
   AND (m.id IS NULL OR m.manager_id IS DISTINCT FROM e.leader_id)
UNION ALL
SELECT 'direct report left out', count(*)
  FROM e JOIN membership m ON m.manager_id = e.leader_id AND m.is_active
 WHERE NOT EXISTS (SELECT 1 FROM n WHERE n.evaluation_id = e.id
                     AND n.rater_group = 'DIRECT_REPORT' AND n.rater_id = m.id)
UNION ALL
SELECT 'peer not a person of the organisation', count(*)
  FROM n JOIN e ON e.id = n.evaluation_id LEFT JOIN membership m ON m.id = n.rater_id
 WHERE n.rater_group = 'PEER'
   AND (m.id IS NULL OR m.organisation_id <> e.organisation_id OR m.id = e.leader_id)
UNION ALL
SELECT 'free address outside EXTERNAL', count(*)
  FROM n WHERE n.rater_id IS NULL AND n.rater_group <> 'EXTERNAL'
UNION ALL
SELECT 'person nominated twice', count(*) FROM (
  SELECT 1 FROM n WHERE rater_id IS NOT NULL
   GROUP BY evaluation_id, rater_id HAVING count(*) > 1) twice
UNION ALL
SELECT 'no peer, direct report or external nomination at all', count(*)
 WHERE NOT EXISTS (SELECT 1 FROM n WHERE rater_group = 'PEER')
    OR NOT EXISTS (SELECT 1 FROM n WHERE rater_group = 'DIRECT_REPORT')
    OR NOT EXISTS (SELECT 1 FROM n WHERE rater_group = 'EXTERNAL')
"""


def _raters_follow_the_rules(url: str) -> None:
    """The generated raters are as the app makes them: direct reports from the
    reporting lines (all of them), peers people of the organisation other than
    the leader, free addresses only EXTERNAL, nobody twice."""
    found = subprocess.run(
        ["psql", url, "-AtF", "|", "-c", RATER_BREACHES],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    breaches = [line for line in found.splitlines() if not line.endswith("|0")]
    assert len(found.splitlines()) == 6 and breaches == [], found


def test_every_benchmark_runs_and_writes_a_figure(tmp_path: Path) -> None:
    server = DATABASE_URL.replace("postgresql+asyncpg", "postgresql").rsplit("/", 1)[0]
    database = f"ledelyst_bench_ci_{uuid.uuid4().hex[:8]}"
    results = tmp_path / "RESULTS.md"
    redis = BROKER_URL.rsplit("/", 1)[0] + "/15" if BROKER_URL.startswith("redis") else ""
    env = {**os.environ, "BENCH_POSTGRES": server, "PYTHONPATH": str(ROOT)}
    only = (
        []
        if redis
        else [
            "--only",
            "home,mentees,team-page,deep-page,sync,statements,report,effect,matching,monday",
        ]
    )
    try:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "bench.run",
                "--scale",
                "0.002",
                "--database",
                database,
                "--generate",
                "--quick",
                "--seconds",
                "1",
                "--connections",
                "8",
                "--mails",
                "60",
                "--results",
                str(results),
                *(["--redis", redis] if redis else []),
                *only,
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            # Its own process group: on a timeout the server, worker, scheduler
            # and SMTP sink it started go too, instead of living on and taking
            # the next run's tasks from the shared broker.
            start_new_session=True,
        )
        try:
            stdout, stderr = process.communicate(timeout=TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            stdout, stderr = process.communicate()
            pytest.fail(f"over {TIMEOUT_SECONDS} s:\n{stdout[-3000:]}{stderr[-3000:]}")
        assert process.returncode == 0, stdout[-3000:] + stderr[-3000:]
        _raters_follow_the_rules(f"{server}/{database}")
    finally:
        subprocess.run(
            [
                "psql",
                f"{server}/postgres",
                "-qc",
                f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)',
                "-c",
                f'DROP DATABASE IF EXISTS "{database}_statements" WITH (FORCE)',
            ],
            capture_output=True,
            check=False,
        )
    assert process.returncode == 0, stdout[-3000:] + stderr[-3000:]
    text = results.read_text(encoding="utf-8")
    rows = [line for line in text.splitlines() if line.startswith("| ") and "---" not in line][1:]
    crashed = [row for row in rows if "failed:" in row]
    assert not crashed, "\n".join(crashed)
    for name in EXPECTED if redis else [e for e in EXPECTED if e != "invitation mails"]:
        mine = [row for row in rows if name in row.split(" | ")[0]]
        assert mine, f"no figure for {name}:\n{text}"
        for row in mine:
            figure = row.split(" | ")[1].strip()
            assert figure, f"empty figure: {row}"
    # The Monday morning load's users got answers to everything they sent.
    sustained = next(r for r in rows if r.startswith("| Monday morning load: sustained"))
    assert sustained.split(" | ")[5].strip() == "yes", sustained
