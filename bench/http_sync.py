"""Offline progress replayed in batches of 50 (``syncProgress``), beside two
hand-written floors (``bench/baseline_sync.py``): the like-for-like one, with
the same checks and reply, whose ratio is the target's; and the first rounds'
plain INSERT ... ON CONFLICT with no check, still reported."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from backend.api.relay import to_global_id
from bench.common import Row, Run, fmt
from bench.harness import UNIQUE, Server, median
from bench.load import Load, Variant, post

TARGET = 0.40


def sync_variants(run: Run) -> tuple[list[Variant], list[Variant], list[Variant]]:
    """GraphQL, like-for-like and plain bodies: one leader's 50 events each."""
    from bench.http_cases import auth, graphql_body

    subjects = run.subjects.get("sync_subjects", [])[:100]
    now = datetime.now(UTC)
    graphql, like, plain = [], [], []
    for s in subjects:
        enrolment = str(to_global_id("Enrolment", s["enrolment"]))
        events = []
        for k in range(50):
            activity = s["activities"][k % len(s["activities"])]
            events.append(
                {
                    "clientEventId": f"{UNIQUE}-{k}",
                    "enrolmentId": enrolment,
                    "activityId": str(to_global_id("Activity", activity)),
                    "type": "STARTED" if (k // len(s["activities"])) % 2 == 0 else "COMPLETED",
                    "occurredAt": (now - timedelta(minutes=50 - k)).isoformat(),
                }
            )
        variables = {"input": {"events": events}}
        headers = auth(s, run)
        graphql.append(Variant("/graphql", graphql_body("SyncProgress", variables), headers))
        body = json.dumps({"variables": variables})
        like.append(Variant("/bench/sync-progress", body, headers))
        plain.append(Variant("/bench/sync-progress-plain", body, headers))
    return graphql, like, plain


def _same_reply(server: Server, graphql: list[Variant], like: list[Variant]) -> str:
    """The like-for-like baseline answers GraphQL's bytes for fresh events (ids
    differ per side, so each side's own token is replaced before comparing)."""
    for n, (g, b) in enumerate(list(zip(graphql, like, strict=True))[:10]):
        a, c = post(server.url, g, f"chk{n}g"), post(server.url, b, f"chk{n}b")
        if a.status_code != 200 or b'"errors":[{' in a.content:
            return f"GraphQL answered {a.status_code}: {a.text[:300]}"
        if a.content.replace(b"chk%dg" % n, b"X") != c.content.replace(b"chk%db" % n, b"X"):
            return f"bytes differ: {a.text[:300]} / {c.text[:300]}"
    return ""


def sync(run: Run, server: Server) -> None:
    from bench.http_cases import measure_once

    graphql, like, plain = sync_variants(run)
    problem = _same_reply(server, graphql, like) if graphql else "no sync subjects"
    if problem:
        run.add(
            Row("offline progress replay (syncProgress)", "not measured", met=False, note=problem)
        )
        return
    probe = json.loads(post(server.url, graphql[0], "probe").content)["data"]["syncProgress"]
    statuses: dict[str, int] = {}
    for r in probe["results"]:
        statuses[r["status"]] = statuses.get(r["status"], 0) + 1
    o = run.options
    loads: dict[str, list[Load]] = {"graphql": [], "like": [], "plain": []}
    sides = {"graphql": graphql, "like": like, "plain": plain}
    if o.warmup > 0:
        for variants in sides.values():
            measure_once(run, server, variants)
    for _ in range(1 if o.quick else o.runs):
        for side, variants in sides.items():
            loads[side] += measure_once(run, server, variants)
    rps = {side: median([x.rps for x in found]) for side, found in loads.items()}
    p95 = {side: median([x.p95_ms for x in found]) for side, found in loads.items()}
    errors = sum(x.errors for found in loads.values() for x in found)
    ratio = rps["graphql"] / rps["like"] if rps["like"] else 0.0
    plain_ratio = rps["graphql"] / rps["plain"] if rps["plain"] else 0.0
    run.add(
        Row(
            "offline progress replay (syncProgress)",
            f"{fmt(rps['graphql'] * 50)} events/s (p95 {fmt(p95['graphql'])} ms a batch)",
            f"{fmt(rps['like'] * 50)} events/s (same checks and reply, bytes identical); "
            f"plain INSERT ... ON CONFLICT {fmt(rps['plain'] * 50)} events/s",
            f"{ratio:.2f} (plain {plain_ratio:.2f})",
            f">= {TARGET:.2f} of the like-for-like baseline's events/s",
            ratio >= TARGET and errors == 0,
            f"{len(graphql)} leaders; outcomes of a first batch: {statuses}"
            + (f"; {errors} errors" if errors else ""),
        )
    )
