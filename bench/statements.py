"""SQL statements per request for every operation in graphql/operations/,
with 1, 10 and 100 items: the counts must be identical.

Each size gets its own organisation in a fresh database, built the way a
client would build it: through the operations themselves (HR writes a
programme of N activities, enrols N leaders; a cycle of N leaders, N raters
answering N items; N mentor profiles and needs; N units, people and goals; N
leaders publishing a philosophy). Only what no operation in
graphql/operations/ can make (organisations, the first people of one,
organisational goals of the older flows, a competency framework, rater link
secrets, mentorships of the older mentees flow) is written directly, and what
a worker does (publishing a philosophy, an import) runs as the worker runs it.
Every operation request is counted in process (httpx's ASGI transport, the
real app and schema) with ``tests/support/statements.count_statements``.

"Items" per family (capped where the domain caps them: a programme has at
least 3 activities, one of each kind; an evaluation at most 50 raters of a
group; a mentor at most 10 mentees; a philosophy section at most 20
citations): programmes - activities of the programme, leaders reporting to
the manager, programmes, cohorts, events in a sync batch, development goals;
360 - leaders in the cycle, raters of the evaluation, items of the
framework; mentoring - mentees of the mentor, profiles, needs, proposals;
people - units, people, goals, principles, frameworks, audit entries;
philosophy - leaders below the director, comments, feedback notes, cited
principles and goals; sign-in - the person's organisations; structure
import - lines of the file. The flows: bench/statement_flows*.py; a label
in brackets says what N counts.
"""

from __future__ import annotations

import asyncio

import asyncpg

from bench.common import OPERATIONS, Row, Run, landed
from bench.generate import database_url, migrate
from bench.harness import SECRET, bench_settings
from bench.statement_counter import Counter
from bench.statement_flows import FLOWS

SIZES = (1, 10, 100)


async def _count(run: Run) -> tuple[Counter, list[str]]:
    from backend.app import create_app
    from backend.db import Database, set_database
    from backend.settings import get_settings

    name = f"{run.options.database}_statements"
    admin = await asyncpg.connect(f"{run.options.server}/postgres")
    try:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.execute(f'CREATE DATABASE "{name}"')
    finally:
        await admin.close()
    await asyncio.to_thread(migrate, run.options.server, name)
    settings = bench_settings(database_url(run.options.server, name, "postgresql+asyncpg"))
    get_settings.cache_clear()
    database = Database(settings)
    set_database(database)
    app = create_app(settings, database=database)
    api = Counter(app, database.engine, settings)
    skipped = []
    try:
        for size in (1, 3) if run.options.quick else SIZES:
            api.size = size
            for family, module, flow in FLOWS:
                if not landed(module):
                    if size == SIZES[0]:
                        skipped.append(f"{family}: {module} has not landed")
                    continue
                async with database.session() as session:
                    try:
                        await flow(api, session, size)
                    except Exception as error:  # noqa: BLE001 - a broken step is a finding, not the end
                        api.problems[f"({family} flow)"][size] = f"{type(error).__name__}: {error}"[
                            :200
                        ]
    finally:
        await api.close()
        await database.dispose()
        set_database(None)
    assert SECRET
    return api, skipped


def run(run: Run) -> None:
    api, skipped = asyncio.run(_count(run))
    operations = sorted(p.stem for p in OPERATIONS.glob("*.graphql"))
    sizes = (1, 3) if run.options.quick else SIZES
    lines = [
        "| operation | " + " | ".join(f"{s} items" for s in sizes) + " | identical | problems |",
        "|---" * (len(sizes) + 3) + "|",
    ]
    identical = differing = failing = 0
    covered = set()
    for label in sorted(set(api.counts) | set(api.problems)):
        counts = api.counts.get(label, {})
        problems = api.problems.get(label, {})
        covered.add(label.split(" ")[0])
        sizes = (1, 3) if run.options.quick else SIZES
        values = [counts.get(s) for s in sizes]
        same = None not in values and len(set(values)) == 1
        if problems:
            failing += 1
        elif same:
            identical += 1
        else:
            differing += 1
        lines.append(
            f"| {label} | "
            + " | ".join("-" if v is None else str(v) for v in values)
            + f" | {'yes' if same else '**no**'} | "
            + "; ".join(f"{s}: {p}" for s, p in sorted(problems.items()))
            + " |"
        )
    missing = [o for o in operations if o not in covered]
    run.notes["SQL statements per request, every operation"] = "\n".join(
        [
            "Counted in process on a fresh database; each size is its own organisation, built "
            "through "
            "the operations themselves (bench/statements.py). A count that differs between "
            "sizes is a "
            "query per item; a problem is an error code the operation answered with (its count "
            "is then "
            "of the error path).",
            "",
            *lines,
            "",
            f"Not run: {', '.join(missing) if missing else 'none'}."
            + (f" Skipped: {'; '.join(skipped)}." if skipped else ""),
        ]
    )
    total = identical + differing + failing
    run.add(
        Row(
            "SQL statements per request, every operation in graphql/operations/",
            f"{identical} of {total} identical at {', '.join(map(str, sizes))} items; "
            f"{differing} differ; "
            f"{failing} answered with an error",
            "the same operation with 1, 10 and 100 items",
            "",
            "identical counts",
            differing == 0 and failing == 0 and not missing,
            f"{len(operations)} operations in graphql/operations/, "
            f"{len(operations) - len(missing)} "
            "run; table under Notes",
        )
    )
