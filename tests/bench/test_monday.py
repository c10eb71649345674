"""The Monday morning load's rule for saturation and its per-operation table
(``bench/monday_report.py``); the load itself runs in the smoke test."""

from __future__ import annotations

from typing import Any

from bench.monday_report import per_operation_table, saturation

SEARCH = {"growth": 1.10, "p95_limit": 4.0, "p95_floor_ms": 500.0}


def step(users: int, rps: float, p95: float, failures: int = 0) -> dict[str, Any]:
    return {
        "users": users,
        "total": {"rps": rps, "p95_ms": p95, "failures": failures},
    }


def test_a_step_that_grew_with_its_users_is_not_saturated() -> None:
    first = step(16, 10.0, 80.0)
    assert saturation(step(32, 19.0, 120.0), first, first, SEARCH) == ""


def test_the_first_step_is_measured_against_nothing() -> None:
    first = step(16, 10.0, 900.0)
    assert saturation(first, None, first, SEARCH) == ""


def test_throughput_that_stopped_growing_is_saturation() -> None:
    first = step(16, 10.0, 80.0)
    before = step(32, 19.0, 120.0)
    assert "less than 1.10x" in saturation(step(64, 20.0, 150.0), before, first, SEARCH)


def test_a_p95_that_exploded_is_saturation_even_while_throughput_grows() -> None:
    first = step(16, 10.0, 80.0)
    found = saturation(step(32, 19.0, 800.0), first, first, SEARCH)
    assert "p95 800 ms" in found


def test_a_p95_under_the_floor_is_not_an_explosion() -> None:
    first = step(16, 10.0, 20.0)
    assert saturation(step(32, 19.0, 400.0), first, first, SEARCH) == ""


def test_any_failure_is_saturation() -> None:
    first = step(16, 10.0, 80.0)
    assert "1 requests failed" in saturation(step(32, 19.0, 90.0, failures=1), first, first, SEARCH)


def test_the_table_has_a_row_per_operation_and_one_for_all() -> None:
    def figures(name: str, requests: int) -> dict[str, Any]:
        return {
            "name": name,
            "requests": requests,
            "failures": 0,
            "rps": requests / 10,
            "p50_ms": 12.0,
            "p95_ms": 40.0,
            "p99_ms": 60.0,
        }

    window = {
        "operations": [figures("leader: Home", 120), figures("rater: submit", 30)],
        "total": figures("all", 150),
        "failures": [],
    }
    rows = [line for line in per_operation_table(window) if line.startswith("| ")][1:]
    assert [row.split(" | ")[0] for row in rows] == ["| leader: Home", "| rater: submit", "| all"]
    assert rows[-1].split(" | ")[1] == "150"
