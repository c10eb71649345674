"""GraphQL beside its hand-written baseline, over loopback HTTP: a leader's
home, a mentor's mentees, a 20-item page of a team's enrolments, a page
10,000 rows deep, and offline progress replayed in batches of 50 (``bench/http_sync.py``)."""

from __future__ import annotations

import json
from typing import Any

import asyncpg

from backend.api.persisted import document_hash
from bench import http_sync
from bench.baseline_common import cursor_of
from bench.common import OPERATIONS, Row, Run, fmt, landed, out
from bench.harness import Server, bench_settings, median, token
from bench.load import Load, Variant, post, run_load

HEADERS = {"Content-Type": "application/json"}
PAYLOAD_LIMIT = 10 * 1024

# Every enrolment the viewer may see, with TeamEnrolments' fields: the list
# that is 10,000 rows deep for HR of the largest organisation. Sent as text
# (not in graphql/operations/), which the parser and validation caches cover.
ALL_ENROLMENTS = """query AllEnrolments($first: Int, $after: String) {
  enrolments(first: $first, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      status
      leader {
        name
        jobTitle
      }
      programme {
        title
      }
      progress {
        completed
        total
        percent
      }
      checkpoints {
        kind
        dueOn
        completedAt
      }
    }
  }
}
"""


def operation(name: str) -> str:
    return (OPERATIONS / f"{name}.graphql").read_text(encoding="utf-8")


def graphql_body(
    name: str, variables: dict[str, Any] | None = None, document: str | None = None
) -> str:
    """A persisted operation by its sha256, as the apps send it; or a document as text."""
    body: dict[str, Any] = {"operationName": name, "variables": variables or {}}
    if document is None:
        body["extensions"] = {
            "persistedQuery": {"version": 1, "sha256Hash": document_hash(operation(name))}
        }
    else:
        body["query"] = document
    return json.dumps(body, ensure_ascii=False)


def auth(viewer: dict[str, Any], run: Run) -> dict[str, str]:
    settings = bench_settings(run.options.asyncpg_url)
    return {**HEADERS, "Authorization": f"Bearer {token(viewer, settings)}"}


def check_identical(server: Server, pairs: list[tuple[Variant, Variant]]) -> tuple[bool, int, str]:
    """Both sides answer 200 without errors and with the same bytes; the largest payload."""
    largest, problem = 0, ""
    for graphql, baseline in pairs:
        a, b = post(server.url, graphql), post(server.url, baseline)
        largest = max(largest, len(a.content))
        if a.status_code != 200 or b'"errors"' in a.content:
            return False, largest, f"GraphQL answered {a.status_code}: {a.text[:300]}"
        if b.status_code != 200:
            return False, largest, f"baseline answered {b.status_code}: {b.text[:300]}"
        if a.content != b.content:
            problem = f"bytes differ: {a.text[:200]} / {b.text[:200]}"
            (out("mismatch-graphql.json")).write_bytes(a.content)
            (out("mismatch-baseline.json")).write_bytes(b.content)
            return False, largest, problem
    return True, largest, ""


def measure(run: Run, server: Server, variants: list[Variant]) -> list[Load]:
    o = run.options
    loads = []
    for _ in range(1 if o.quick else o.runs):
        loads.append(
            run_load(
                server.url,
                variants,
                seconds=o.seconds,
                connections=o.connections,
                server_pid=server.pid,
                tool=o.tool,
            )
        )
    run.memory["api under load"] = max(
        run.memory.get("api under load", 0.0), max(x.rss_mb for x in loads)
    )
    return loads


def compare(
    run: Run,
    server: Server,
    name: str,
    graphql: list[Variant],
    baseline: list[Variant],
    *,
    check: bool = True,
    note: str = "",
    row: bool = True,
) -> tuple[float, float, float, float]:
    """Throughput and p95 of both, medians of the runs, alternating sides."""
    o = run.options
    identical, largest, problem = (
        check_identical(server, list(zip(graphql, baseline, strict=True))[:20])
        if check
        else (True, 0, "")
    )
    if not identical:
        run.add(Row(name, "not measured", met=False, note=problem))
        return 0, 0, 0, 0
    if o.warmup > 0:
        run_load(server.url, graphql, seconds=o.warmup, connections=o.connections, tool=o.tool)
        run_load(server.url, baseline, seconds=o.warmup, connections=o.connections, tool=o.tool)
    g_loads, b_loads = [], []
    for _ in range(1 if o.quick else o.runs):
        g_loads += measure_once(run, server, graphql)
        b_loads += measure_once(run, server, baseline)
    g_rps, b_rps = median([x.rps for x in g_loads]), median([x.rps for x in b_loads])
    g_p95, b_p95 = median([x.p95_ms for x in g_loads]), median([x.p95_ms for x in b_loads])
    errors = sum(x.errors for x in g_loads + b_loads)
    ratio = g_rps / b_rps if b_rps else 0.0
    p95_ratio = g_p95 / b_p95 if b_p95 else 0.0
    met = ratio >= 0.5 and p95_ratio <= 2.0 and (largest < PAYLOAD_LIMIT if check else True)
    if not row:
        return g_rps, b_rps, g_p95, b_p95
    run.add(
        Row(
            name,
            f"{fmt(g_rps)} req/s, p95 {fmt(g_p95)} ms"
            + (f", payload {largest:,} B" if check else ""),
            f"{fmt(b_rps)} req/s, p95 {fmt(b_p95)} ms",
            f"throughput {ratio:.2f}, p95 {p95_ratio:.2f}x",
            ">= 0.50 (aim 0.60), p95 <= 2x, payload < 10 kB",
            met and errors == 0,
            (
                note
                + (f"; {errors} errors" if errors else "")
                + ("; bytes identical" if check else "")
            ).strip("; "),
        )
    )
    return g_rps, b_rps, g_p95, b_p95


def measure_once(run: Run, server: Server, variants: list[Variant]) -> list[Load]:
    o = run.options
    load = run_load(
        server.url,
        variants,
        seconds=o.seconds,
        connections=o.connections,
        server_pid=server.pid,
        tool=o.tool,
    )
    run.memory["api under load"] = max(run.memory.get("api under load", 0.0), load.rss_mb)
    return [load]


# --- the cases -----------------------------------------------------------------------------------


def home_sides(run: Run) -> dict[str, list[Variant]]:
    """Home's requests by path: GraphQL, the SQLAlchemy baseline, the raw-asyncpg floor."""
    leaders = run.subjects.get("home_leaders", [])[:200]
    return {
        path: [Variant(path, body, auth(v, run)) for v in leaders]
        for path, body in (
            ("/graphql", graphql_body("Home")),
            ("/bench/home", "{}"),
            ("/bench/home-floor", "{}"),
        )
    }


def home(run: Run, server: Server) -> None:
    """GraphQL, the SQLAlchemy baseline and the raw-asyncpg floor
    (``bench/baseline_floor.py``: the same statements, no ORM), in the same runs."""
    o = run.options
    sides = home_sides(run)
    graphql, baseline, floor = sides.values()
    name = f"home query, {o.connections} clients"
    largest = 0
    for other in (baseline, floor):
        identical, size, problem = check_identical(
            server, list(zip(graphql, other, strict=True))[:20]
        )
        largest = max(largest, size)
        if not identical:
            run.add(Row(name, "not measured", met=False, note=f"{other[0].path}: {problem}"))
            return
    if o.warmup > 0:
        for variants in sides.values():
            run_load(server.url, variants, seconds=o.warmup, connections=o.connections, tool=o.tool)
    loads: dict[str, list[Load]] = {path: [] for path in sides}
    for _ in range(1 if o.quick else o.runs):
        for path, variants in sides.items():  # alternating, as compare() does
            loads[path] += measure_once(run, server, variants)
    (g_rps, g_p95), (b_rps, b_p95), (f_rps, f_p95) = (
        (median([x.rps for x in runs]), median([x.p95_ms for x in runs])) for runs in loads.values()
    )
    errors = sum(x.errors for runs in loads.values() for x in runs)
    of_baseline, of_floor = g_rps / b_rps if b_rps else 0.0, g_rps / f_rps if f_rps else 0.0
    run.add(
        Row(
            name,
            f"{fmt(g_rps)} req/s, p95 {fmt(g_p95)} ms, payload {largest:,} B",
            f"SQLAlchemy baseline {fmt(b_rps)} req/s, p95 {fmt(b_p95)} ms; "
            f"raw asyncpg floor {fmt(f_rps)} req/s, p95 {fmt(f_p95)} ms",
            f"throughput {of_baseline:.2f} of the baseline, {of_floor:.2f} of the floor; "
            f"p95 {g_p95 / b_p95 if b_p95 else 0:.2f}x / {g_p95 / f_p95 if f_p95 else 0:.2f}x",
            ">= 0.95 of the baseline, >= 0.50 of the floor, payload < 10 kB",
            of_baseline >= 0.95 and of_floor >= 0.5 and largest < PAYLOAD_LIMIT and errors == 0,
            f"{len(graphql)} different new leaders, persisted query by sha256"
            + (f"; {errors} errors" if errors else "")
            + "; bytes identical (all three)",
        )
    )


def mentees(run: Run, server: Server) -> None:
    mentors = run.subjects.get("mentor_viewers", [])[:100]
    if not mentors:
        run.skip("mentees query", "no mentorships in the data set")
        return
    body = graphql_body("Mentees", {"first": 20})
    graphql = [Variant("/graphql", body, auth(v, run)) for v in mentors]
    base = json.dumps({"variables": {"first": 20}})
    baseline = [Variant("/bench/mentees", base, auth(v, run)) for v in mentors]
    top = run.subjects["mentors"][0]["mentees"] if run.subjects.get("mentors") else 0
    compare(
        run,
        server,
        "mentor's mentees query",
        graphql,
        baseline,
        note=f"{len(mentors)} mentors with 1-{top} mentees",
    )


def team_page(run: Run, server: Server) -> None:
    boss = run.subjects["leader_of_leaders"]
    variables = {"first": 20}
    graphql = [Variant("/graphql", graphql_body("TeamEnrolments", variables), auth(boss, run))]
    baseline = [Variant("/bench/enrolments", json.dumps({"variables": variables}), auth(boss, run))]
    compare(
        run,
        server,
        "20-item page: TeamEnrolments",
        graphql,
        baseline,
        note=f"leader of leaders with {boss['below']:,} leaders below (recursive reporting line)",
    )


async def _deep_cursor(run: Run, organisation: int, depth: int) -> tuple[str | None, int]:
    connection = await asyncpg.connect(run.options.plain_url)
    try:
        total = await connection.fetchval(
            "SELECT count(*) FROM programme_enrolment WHERE organisation_id = $1", organisation
        )
        offset = min(depth, max(0, total - 21))
        found = await connection.fetchval(
            "SELECT id FROM programme_enrolment WHERE organisation_id = $1 ORDER BY id "
            "OFFSET $2 LIMIT 1",
            organisation,
            max(0, offset - 1),
        )
    finally:
        await connection.close()
    return (cursor_of([found]) if found and offset else None), offset


def deep_page(run: Run, server: Server) -> None:
    import asyncio

    hr = run.subjects["hr"][0]
    cursor, offset = asyncio.run(_deep_cursor(run, hr["organisation"], 10_000))
    results = {}
    for label, after in (("first page", None), (f"page {offset:,} rows deep", cursor)):
        variables = {"first": 20, "after": after}
        graphql = [
            Variant(
                "/graphql", graphql_body("AllEnrolments", variables, ALL_ENROLMENTS), auth(hr, run)
            )
        ]
        baseline = [
            Variant(
                "/bench/enrolments",
                json.dumps({"variables": variables, "all": True}),
                auth(hr, run),
            )
        ]
        results[label] = compare(
            run, server, f"20-item page of all enrolments (HR), {label}", graphql, baseline
        )
    (g1, b1, p1, q1), (g2, b2, p2, q2) = results.values()
    cost = g1 / g2 if g2 else float("nan")
    run.add(
        Row(
            "deep page cost (keyset cursors)",
            f"{offset:,} rows deep costs {cost:.2f}x the first page (GraphQL throughput)",
            f"baseline {b1 / b2 if b2 else float('nan'):.2f}x",
            "",
            "<= 2x the first page",
            cost <= 2.0 if g2 else None,
            f"p95 first {fmt(p1)} ms, deep {fmt(p2)} ms",
        )
    )


CASES = [
    ("home", "learning.programmes", home),
    ("mentees", "learning.mentoring", mentees),
    ("team-page", "learning.programmes", team_page),
    ("deep-page", "learning.programmes", deep_page),
    ("sync", "learning.programmes", http_sync.sync),
]


def run_http(run: Run) -> None:
    wanted = [c for c in CASES if not run.options.only or c[0] in run.options.only]
    for name, _module, _case in wanted:
        run.ran.add(name)
    if not wanted:
        return
    with Server(run.options.asyncpg_url, out("logs/server.log")) as server:
        idle = 0.0
        from bench.harness import rss_mb

        idle = rss_mb(server.pid)
        run.memory["api idle"] = idle
        for name, module, case in wanted:
            if not landed(module):
                run.skip(name, f"{module} has not landed")
                continue
            print(f"- {name}", flush=True)
            run.group = name
            case(run, server)
