"""Which SQL statements of one GraphQL request take the time: runs the request
in process, then EXPLAIN ANALYZE on every statement it ran, slowest first.

    .venv/bin/python -m bench.explain --case home        # or mentees, deep-page, sync
"""

from __future__ import annotations

import argparse
import asyncio
import json
from typing import Any

import httpx
from sqlalchemy import event

from bench.common import Options, Run, load_manifest
from bench.profile import variants


async def main_async(database: str, case: str, index: int) -> None:
    from backend.app import create_app
    from backend.db import Database, set_database
    from bench.harness import UNIQUE, bench_settings

    run = Run(options=Options(database=database), manifest=load_manifest(database))
    chosen = variants(run, case)[index]
    settings = bench_settings(run.options.asyncpg_url)
    db = Database(settings)
    set_database(db)
    app = create_app(settings, database=db)
    captured: list[tuple[str, Any]] = []

    def grab(_c: Any, _cur: Any, statement: str, parameters: Any, *_: Any) -> None:
        captured.append((statement, parameters))

    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://b") as c:
        body = chosen.body.replace(UNIQUE, "explain")
        await c.post(chosen.path, content=body, headers=chosen.headers)
        event.listen(db.engine.sync_engine, "before_cursor_execute", grab)
        body = chosen.body.replace(UNIQUE, "explain2")
        await c.post(chosen.path, content=body, headers=chosen.headers)
        event.remove(db.engine.sync_engine, "before_cursor_execute", grab)
    timings = []
    async with db.engine.connect() as connection:
        raw = (await connection.get_raw_connection()).driver_connection
        assert raw is not None
        for statement, parameters in captured:
            if not statement.lstrip().upper().startswith(("SELECT", "WITH")):
                continue
            plan = await raw.fetchval(
                f"EXPLAIN (ANALYZE, FORMAT JSON) {statement}", *(parameters or ())
            )
            top = (json.loads(plan) if isinstance(plan, str) else plan)[0]
            timings.append((top["Execution Time"] + top["Planning Time"], statement))
    await db.dispose()
    for ms, statement in sorted(timings, reverse=True):
        print(f"{ms:8.2f} ms  {' '.join(statement.split())[:300]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", default="ledelyst_bench")
    parser.add_argument("--case", default="home")
    parser.add_argument("--index", type=int, default=0, help="which subject")
    args = parser.parse_args()
    asyncio.run(main_async(args.database, args.case, args.index))


if __name__ == "__main__":
    main()
