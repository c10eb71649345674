"""The national-scale data set: a fresh PostgreSQL database, migrated, then
filled with COPY (never ORM inserts).

    .venv/bin/python -m bench.generate --scale 1       # Denmark: 100 organisations, 50,000 leaders
    .venv/bin/python -m bench.generate --scale 0.002        # the CI smoke test's size

Into the bench's own cluster (``bench/postgres.py``) unless ``--server`` or
``BENCH_POSTGRES`` names one.

At ``--scale 1``: 100 organisations (one large, ``BIG_ORG_SHARE`` of all
leaders, the rest log-normally sized), 50,000 leaders in reporting trees
(spans of leaders around 7, uneven subtrees; in the large organisation one
leader of leaders has 5,000 leaders below), three programmes per
organisation with cohorts, enrolments, development goals, checkpoints,
progress and reflections; a BASELINE and a FOLLOW_UP 360 cycle, both closed
and their results frozen, for every leader with about 10 raters each and 40 items, about 40
million answers; 10,000 new leaders with a mentoring need, 30,000 mentor
profiles in one national pool, mentorships with meetings; feedback notes.
Everything is a multiple of ``--scale``.

Tables of slices that have not landed (no module to import) are skipped and
listed in the manifest, which ``bench/run.py`` copies into RESULTS.md. The
manifest (``bench/out/<database>.json``) also names the benchmark subjects:
leaders, mentors, HR, a leader of leaders, evaluations.

Every benchmark person's password is ``BENCH_PASSWORD``; benchmarks sign
access tokens with the server's secret instead of signing in.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import json
import os
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from functools import partial
from pathlib import Path

import asyncpg

from bench import pgcopy
from bench.dataset import evaluations, identity, mentoring, notes, programmes
from bench.dataset.shape import BENCH_PASSWORD, Config
from bench.dataset.tables import Generator, Result
from bench.pgcopy import NOW

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
DEFAULT_SERVER = "postgresql://postgres@127.0.0.1:5432"
DEFAULT_DATABASE = "ledelyst_bench"


def landed(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False


# --- the run --------------------------------------------------------------------------------


# What ``results.aggregates`` computes for every evaluation, as JSON, in one
# pass of SQL over all the answers. Calling the slice 2,000 evaluations at a
# time took over an hour at full scale (index look-ups of ~760,000 answers a
# call through 128 MB of shared buffers); this is a few minutes of hash joins.
# ``freeze_results`` checks it against the slice for a sample.
FREEZE_SQL = """
CREATE TEMP TABLE qualifying ON COMMIT PRESERVE ROWS AS
SELECT g.response_id, g.competency_id
FROM (SELECT a.response_id, ci.competency_id, count(a.value) AS answered
      FROM response_answer a JOIN competency_item ci ON ci.id = a.item_id
      GROUP BY a.response_id, ci.competency_id) g
JOIN (SELECT competency_id, count(*) AS item_total
      FROM competency_item GROUP BY competency_id) t ON t.competency_id = g.competency_id
WHERE g.answered * 2 >= t.item_total;
ANALYZE qualifying;
CREATE TEMP TABLE frozen ON COMMIT PRESERVE ROWS AS
WITH responses AS (
    SELECT evaluation_id, json_object_agg(rater_group, n) AS doc
    FROM (SELECT evaluation_id, rater_group, count(*) AS n
          FROM evaluation_response GROUP BY evaluation_id, rater_group) g
    GROUP BY evaluation_id
),
per_competency AS (
    SELECT r.evaluation_id, q.competency_id, r.rater_group, count(*) AS n
    FROM qualifying q JOIN evaluation_response r ON r.id = q.response_id
    GROUP BY r.evaluation_id, q.competency_id, r.rater_group
),
competencies AS (
    SELECT evaluation_id, json_object_agg(competency_id::text, doc) AS doc
    FROM (SELECT evaluation_id, competency_id, json_object_agg(rater_group, n) AS doc
          FROM per_competency GROUP BY evaluation_id, competency_id) c
    GROUP BY evaluation_id
),
per_item AS (
    SELECT r.evaluation_id, a.item_id, r.rater_group,
           json_build_array(count(a.value), sum(a.value), sum(a.value * a.value)) AS figures
    FROM response_answer a
    JOIN competency_item ci ON ci.id = a.item_id
    JOIN qualifying q ON q.response_id = a.response_id AND q.competency_id = ci.competency_id
    JOIN evaluation_response r ON r.id = a.response_id
    WHERE a.value IS NOT NULL
    GROUP BY r.evaluation_id, a.item_id, r.rater_group
),
items AS (
    SELECT evaluation_id, json_object_agg(item_id::text, doc) AS doc
    FROM (SELECT evaluation_id, item_id, json_object_agg(rater_group, figures) AS doc
          FROM per_item GROUP BY evaluation_id, item_id) i
    GROUP BY evaluation_id
)
SELECT e.id, json_build_object(
    'responses', coalesce(r.doc, '{}'::json),
    'competencies', coalesce(c.doc, '{}'::json),
    'items', coalesce(i.doc, '{}'::json)) AS doc
FROM evaluation e
LEFT JOIN responses r ON r.evaluation_id = e.id
LEFT JOIN competencies c ON c.evaluation_id = e.id
LEFT JOIN items i ON i.evaluation_id = e.id;
UPDATE evaluation e SET frozen_results = f.doc, report_status = 'READY'
FROM frozen f WHERE e.id = f.id;
"""


async def freeze_results(connection: asyncpg.Connection, server: str, database: str) -> None:
    """What closing the cycles does: every evaluation's aggregates frozen, as
    the slice's ``results.aggregates`` computes them (checked for a sample)."""
    from sqlalchemy import select

    from backend.db import Database
    from backend.settings import Settings
    from feedback.evaluations.effect import pairs as effect_pairs
    from feedback.evaluations.effect import sums as effect_rows
    from feedback.evaluations.models import CycleStatus, Evaluation, EvaluationCycle
    from feedback.evaluations.reports import repository as results

    await connection.execute("SET work_mem = '1GB'")
    await connection.execute(FREEZE_SQL)
    await connection.execute("DROP TABLE frozen; DROP TABLE qualifying; RESET work_mem")
    sample = [
        r["id"]
        for r in await connection.fetch(
            "SELECT id FROM evaluation WHERE id % 997 = 1 ORDER BY id LIMIT 40"
        )
    ]
    settings = Settings(
        database_url=database_url(server, database, "postgresql+asyncpg"), secret_key="x" * 40
    )
    store = Database(settings)
    try:
        async with store.session() as session:
            expected = await results.aggregates(session, sample)
            # The learning-effect read model, as closing the cycles writes it.
            started = time.perf_counter()
            closed = Evaluation.cycle_id.in_(
                select(EvaluationCycle.id).where(EvaluationCycle.status == CycleStatus.CLOSED.value)
            )
            await session.execute(effect_rows.insert_statement(closed))
            # Then each pair's change per competency and per leader, from the sums
            # just written (every closed pair's, as closing its later cycle writes them).
            for statement in effect_pairs.pair_inserts(closed):
                await session.execute(statement)
            await session.commit()
            print(f"  read model of learning effect: {time.perf_counter() - started:.1f} s")
    finally:
        await store.dispose()
    stored = {
        r["id"]: json.loads(r["frozen_results"])
        for r in await connection.fetch(
            "SELECT id, frozen_results FROM evaluation WHERE id = ANY($1::bigint[])", sample
        )
    }
    differ = [e for e in sample if stored[e] != expected[e]]
    if differ:
        raise AssertionError(f"frozen results differ from results.aggregates for {differ[:5]}")


def database_url(server: str, database: str, driver: str = "postgresql") -> str:
    return f"{server.replace('postgresql', driver, 1)}/{database}"


async def recreate_database(server: str, database: str) -> None:
    admin = await asyncpg.connect(f"{server}/postgres")
    try:
        await admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        await admin.execute(f'CREATE DATABASE "{database}"')
    finally:
        await admin.close()


def migrate(server: str, database: str) -> None:
    env = {
        **os.environ,
        "LEDELYST_DATABASE_URL": database_url(server, database, "postgresql+asyncpg"),
    }
    ledelyst = Path(sys.executable).parent / "ledelyst"
    subprocess.run([str(ledelyst), "migrate"], check=True, env=env, cwd=ROOT)


BULK_TABLES = (
    "response_answer",
    "evaluation_response",
    "nomination",
    "activity_progress",
    "response_comment",
)
# A slice's tables are filled only when its module has landed.
STEPS: list[tuple[str, str, Callable[[Generator], Awaitable[None]]]] = [
    ("identity", "backend.identity.models", identity.identity),
    ("programmes", "learning.programmes.models", programmes.programmes),
    ("evaluations", "feedback.evaluations.models", evaluations.evaluations),
    ("mentoring", "learning.mentoring.models", mentoring.mentoring),
    ("feedback notes", "feedback.notes.models", notes.notes),
]
NOT_GENERATED = {
    "learning.philosophy": "leadership philosophies (no benchmark reads them yet)",
    "learning.effect": "activity ratings (the reaction figure) and exports; the other figures read "
    "programmes and 360 data",
}


async def generate(server: str, database: str, config: Config) -> Result:
    started = time.perf_counter()
    await recreate_database(server, database)
    migrate(server, database)
    connection = await asyncpg.connect(database_url(server, database))
    generator = Generator(connection, config)
    try:
        await connection.execute(
            "SET session_replication_role = replica"
        )  # no FK triggers while loading
        await connection.execute("SET synchronous_commit = off")
        await connection.execute("SET maintenance_work_mem = '1GB'")
        rebuild = await pgcopy.without_indexes(connection, BULK_TABLES)
        for label, module, fill in STEPS:
            if not landed(module):
                generator.result.skipped[label] = f"{module} has not landed"
                continue
            try:
                await generator.step(label, partial(fill, generator))
            except (asyncpg.PostgresError, ValueError) as error:
                generator.result.skipped[label] = f"{type(error).__name__}: {error}"
                print(f"  {label} skipped: {error}", flush=True)
        for module, why in NOT_GENERATED.items():
            generator.result.skipped[module] = why if landed(module) else f"{module} has not landed"

        async def indexes() -> None:
            for statement in rebuild:
                await connection.execute(statement)

        await generator.step("indexes", indexes)
        await pgcopy.reset_sequences(connection)

        async def analyze() -> None:
            await connection.execute("VACUUM (ANALYZE)")

        await generator.step("vacuum analyze", analyze)
        if "evaluations" not in generator.result.skipped:

            async def freeze() -> None:
                # After ANALYZE: without statistics the aggregates scan every answer.
                await freeze_results(connection, server, database)
                await connection.execute("VACUUM (ANALYZE) evaluation")
                # What autovacuum does after a cycle's close inserts the read model:
                # its visibility map lets learning effect read the index alone.
                await connection.execute("VACUUM (ANALYZE) evaluation_competency_sums")
                await connection.execute("VACUUM (ANALYZE) evaluation_leader_change")
                await connection.execute("VACUUM (ANALYZE) evaluation_competency_change")

            await generator.step("freeze 360 results", freeze)

        notes.subjects(generator)
    finally:
        await connection.close()
    generator.result.seconds["total"] = round(time.perf_counter() - started, 1)
    return generator.result


def migration_heads() -> list[str]:
    """The migration heads of the code, to tell a data set made before a migration."""
    from alembic.script import ScriptDirectory

    from backend.migrate import alembic_config
    from backend.settings import Settings

    config = alembic_config(Settings(secret_key="x" * 40))
    return sorted(ScriptDirectory.from_config(config).get_heads())


def manifest_path(database: str) -> Path:
    return OUT / f"{database}.json"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="1.0: Denmark (50,000 leaders)")
    parser.add_argument(
        "--server",
        default=os.environ.get("BENCH_POSTGRES"),
        help="a PostgreSQL server, e.g. postgresql://postgres@127.0.0.1:5432 (default: the "
        "bench's own cluster, bench/postgres.py)",
    )
    parser.add_argument("--pgdata", type=Path, default=os.environ.get("BENCH_PGDATA"))
    parser.add_argument("--database", default=DEFAULT_DATABASE)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    config = Config(scale=args.scale, seed=args.seed)
    from bench.postgres import bench_server

    with bench_server(args.server, args.pgdata) as server:
        print(f"generating scale {args.scale} into {args.database}", flush=True)
        result = asyncio.run(generate(server.server, args.database, config))
    OUT.mkdir(parents=True, exist_ok=True)
    manifest = {
        "scale": args.scale,
        "database": args.database,
        "server": args.server or "the bench's own cluster",
        "generated_at": NOW.isoformat(),
        "counts": result.counts,
        "seconds": result.seconds,
        "skipped": result.skipped,
        "subjects": result.subjects,
        "password": BENCH_PASSWORD,
        "migration_heads": migration_heads(),
    }
    manifest_path(args.database).write_text(json.dumps(manifest, indent=1, ensure_ascii=False))
    print(
        f"done in {result.seconds['total']} s: {sum(result.counts.values()):,} rows; "
        f"manifest {manifest_path(args.database).relative_to(ROOT)}"
    )


if __name__ == "__main__":
    main()
