"""The Monday morning load's tables for RESULTS.md: each operation's figures
in the sustained run, and each step of the search for saturation with where
the CPU went."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bench.common import fmt

if TYPE_CHECKING:  # the Locust process imports this module: nothing it does not need
    from bench.cputime import CpuSampler


def saturation(
    step: dict[str, Any],
    before: dict[str, Any] | None,
    first: dict[str, Any],
    search: dict[str, Any],
) -> str:
    """Why ``step`` is saturated, or "": anything failed; it served less than
    ``growth`` times the step before's requests/s though its users grew by
    ``factor``; or its p95 exploded: over ``p95_limit`` times the first step's
    and over ``p95_floor_ms`` (so a fast first step's noise does not count)."""
    total = step["total"]
    if total["failures"]:
        return f"{total['failures']} requests failed"
    if before is not None and total["rps"] < search["growth"] * before["total"]["rps"]:
        return (
            f"{total['rps']:.1f} req/s, less than {search['growth']:.2f}x the "
            f"{before['total']['rps']:.1f} of {before['users']} users"
        )
    limit = max(search["p95_limit"] * first["total"]["p95_ms"], search["p95_floor_ms"])
    if first is not step and total["p95_ms"] > limit:
        return (
            f"p95 {total['p95_ms']:.0f} ms, over {search['p95_limit']:g}x the first step's "
            f"{first['total']['p95_ms']:.0f} ms and over {search['p95_floor_ms']:.0f} ms"
        )
    return ""


def per_operation_table(window: dict[str, Any]) -> list[str]:
    lines = [
        "| operation | requests | req/s | p50 ms | p95 ms | p99 ms | errors |",
        "|---|---|---|---|---|---|---|",
    ]
    for o in [*window["operations"], window["total"]]:
        lines.append(
            f"| {o['name']} | {o['requests']:,} | {fmt(o['rps'])} | {fmt(o['p50_ms'], 0)} | "
            f"{fmt(o['p95_ms'], 0)} | {fmt(o['p99_ms'], 0)} | {o['failures']} |"
        )
    for failure in window["failures"][:10]:
        lines.append(f"\n- failed {failure['count']}x: {failure['name']}: {failure['error']}")
    return lines


def steps_table(steps: list[dict[str, Any]], sampler: CpuSampler) -> list[str]:
    """Per step: throughput, latency and the cores each part used."""
    from bench.cputime import DATABASE, ELSEWHERE, SERVER

    lines = [
        "| users | req/s | p50 ms | p95 ms | errors | PostgreSQL (server) | its bench backends "
        "| API | workers | Locust | rest of the machine | saturated |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for s in steps:
        cpu = sampler.between(s["started"], s["ended"])
        wall = max(1e-9, cpu.get("seconds", 0.0))

        def cores(name: str, cpu: dict[str, float] = cpu, wall: float = wall) -> str:
            return f"{cpu.get(name, 0.0) / wall:.2f}"

        t = s["total"]
        lines.append(
            f"| {s['users']} | {fmt(t['rps'])} | {fmt(t['p50_ms'], 0)} | {fmt(t['p95_ms'], 0)} | "
            f"{t['failures']} | {cores(SERVER)} | {cores(DATABASE)} | "
            f"{cores('API (2 processes)')} | {cores('workers and relay')} | "
            f"{cores('load generator (Locust)')} | {cores(ELSEWHERE)} | {s['saturated'] or '-'} |"
        )
    lines += [
        "",
        "(CPU columns in cores: CPU seconds over the step's wall seconds; 2 = all. \"Rest of the "
        "machine\": all the machine's busy time (/proc/stat) less the bench database's backends, "
        "the API, the workers and Locust; on a shared machine, the neighbours.)",
    ]
    return lines
