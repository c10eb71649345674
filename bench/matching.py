"""Matching at national scale: the optimiser against the greedy baseline.

    .venv/bin/python -m bench.matching                 # 10,000 new leaders, 30,000 mentors
    .venv/bin/python -m bench.matching --mentees 2000 --mentors 6000 --groups 98

Prints, for each algorithm, the time and the total fit, and checks the hard
rules and the capacities of the optimiser's answer. No database: the numbers
are the optimiser's own (``learning.mentoring.matching.matching``); the Celery task
adds reading the profiles and writing the proposals.
"""

from __future__ import annotations

import argparse
import os
import time

import numpy as np

from learning.mentoring.matching import exhaustive, scan
from learning.mentoring.matching.matching import (
    AreaWish,
    MenteeInput,
    MentorInput,
    Problem,
    Weights,
    build_problem,
    explain,
    greedy,
    optimise,
)

COMPETENCIES = [f"competency:{i}" for i in range(12)]
TAGS = [f"tag-{i}" for i in range(60)]
LANGUAGES = ["da", "en", "de", "ar", "pl", "tr"]
AREAS = [f"area-{i}" for i in range(12)]
PLACES = [f"kommune-{i}" for i in range(98)]


def instance(
    mentees: int, mentors: int, groups: int, seed: int
) -> tuple[list[MenteeInput], list[MentorInput], list[tuple[int, int]]]:
    """A random instance: focus on a few popular competencies, Danish-speaking
    mostly, some mentors in each mentee's reporting line."""
    rng = np.random.default_rng(seed)
    keys = COMPETENCIES + TAGS
    popularity = np.r_[np.full(len(COMPETENCIES), 6.0), np.ones(len(TAGS))]
    popularity /= popularity.sum()
    mentor_list = [
        MentorInput(
            strengths=list(rng.choice(keys, size=rng.integers(3, 9), replace=False, p=popularity)),
            languages=["da"]
            + (["en"] if rng.random() < 0.5 else [])
            + ([str(rng.choice(LANGUAGES[2:]))] if rng.random() < 0.1 else []),
            location=str(rng.choice(PLACES)),
            areas=list(rng.choice(AREAS, size=rng.integers(1, 3), replace=False)),
            experience_years=float(rng.integers(2, 31)),
            capacity=int(rng.integers(1, 4)),
            group=int(rng.integers(groups)),
            person=100_000 + j,
            unit=int(rng.integers(5000)),
        )
        for j in range(mentors)
    ]
    mentee_list = [
        MenteeInput(
            focus=list(rng.choice(keys, size=rng.integers(2, 6), replace=False, p=popularity)),
            language="da" if rng.random() < 0.9 else str(rng.choice(LANGUAGES[1:])),
            location=str(rng.choice(PLACES)),
            area=str(rng.choice(AREAS)),
            area_wish=AreaWish(int(rng.integers(3))),
            group=int(rng.integers(groups)),
            person=i,
            unit=int(rng.integers(5000)),
        )
        for i in range(mentees)
    ]
    by_group: dict[int, list[int]] = {}
    for j, mentor in enumerate(mentor_list):
        by_group.setdefault(mentor.group, []).append(j)
    forbidden = []
    for i, mentee in enumerate(mentee_list):
        pool = by_group.get(mentee.group, [])
        for j in rng.choice(pool, size=min(3, len(pool)), replace=False) if pool else []:
            forbidden.append((i, int(j)))
    return mentee_list, mentor_list, forbidden


def check(problem: Problem, mentor: np.ndarray) -> None:
    matched = np.flatnonzero(mentor >= 0)
    load = np.bincount(mentor[matched], minlength=problem.size[1])
    assert (load <= problem.capacity).all(), "capacity exceeded"
    assert (problem.mentee_group[matched] == problem.mentor_group[mentor[matched]]).all()
    assert (problem.mentee_person[matched] != problem.mentor_person[mentor[matched]]).all()
    forbidden = set(zip(problem.forbidden[0].tolist(), problem.forbidden[1].tolist(), strict=True))
    assert not any((int(i), int(mentor[i])) in forbidden for i in matched), "reporting line"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mentees", type=int, default=10_000)
    parser.add_argument("--mentors", type=int, default=30_000)
    parser.add_argument("--groups", type=int, default=1, help="organisations (1: one shared pool)")
    parser.add_argument("--candidates", type=int, default=16, help="k best mentors per mentee")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--compare", type=int, default=0, help="times the old scan (every pair) against the new"
    )
    args = parser.parse_args()

    started = time.perf_counter()
    mentees, mentors, forbidden = instance(args.mentees, args.mentors, args.groups, args.seed)
    generated = time.perf_counter() - started
    started, cpu = time.perf_counter(), time.process_time()
    problem = build_problem(mentees, mentors, Weights(), forbidden)
    built = time.perf_counter() - started
    cpu = time.process_time() - cpu
    print(
        f"{args.mentees} new leaders, {args.mentors} mentors "
        f"(capacity {int(problem.capacity.sum())}), {args.groups} group(s), "
        f"{len(forbidden)} reporting-line pairs"
    )
    print(f"generate {generated:.2f} s, build arrays {built:.2f} s")

    baseline = greedy(problem)
    print(
        f"greedy     {baseline.seconds:7.2f} s  matched {baseline.matched:6d}  "
        f"total fit {baseline.total_fit:10.2f}"
    )
    cpu -= time.process_time()
    best = optimise(problem, k=args.candidates)
    print(
        f"optimiser  {best.seconds:7.2f} s  matched {best.matched:6d}  "
        f"total fit {best.total_fit:10.2f}  ({best.candidate_edges} candidate edges)"
    )
    started = time.perf_counter()
    matched = np.flatnonzero(best.mentor >= 0)
    explanations = explain(problem, matched, best.mentor[matched])
    explained = time.perf_counter() - started
    # CPU of this process for the same three steps: on a shared machine the steadier figure.
    cpu += time.process_time()
    print(f"explain    {explained:7.2f} s  ({len(explanations)} proposals)")
    print(
        f"end to end {built + best.seconds + explained:7.2f} s (arrays, optimiser, explanations; "
        f"CPU {cpu:.2f} s; load average {os.getloadavg()[0]:.2f})"
    )
    gain = best.total_fit - baseline.total_fit
    print(
        f"optimiser - greedy: {gain:+.2f} total fit "
        f"({100 * gain / max(baseline.total_fit, 1e-9):+.2f} %)"
    )
    check(problem, best.mentor)
    check(problem, baseline.mentor)
    assert best.total_fit >= baseline.total_fit - 1e-6
    print("hard rules and capacities hold for both")
    for _ in range(args.compare):
        compare(problem, args.candidates)


def compare(problem: Problem, k: int) -> None:
    """The old scan (every pair scored) and the indexed one, in the same run: time
    and whether they found the same candidates and greedy choices."""
    load = os.getloadavg()[0]
    started = time.perf_counter()
    old = exhaustive.exhaustive(problem, k)
    old_seconds = time.perf_counter() - started
    started = time.perf_counter()
    new = scan.indexed(problem, k)
    new_seconds = time.perf_counter() - started

    def edges(found: scan.Scan) -> set[tuple[int, int, float]]:
        return set(zip(found.rows.tolist(), found.cols.tolist(), found.fits.tolist(), strict=True))

    same = edges(old) == edges(new) and (old.greedy_mentor == new.greedy_mentor).all()
    print(
        f"scan: every pair {old_seconds:6.2f} s, indexed {new_seconds:6.2f} s "
        f"({old_seconds / new_seconds:.1f}x; {'same' if same else 'DIFFERENT'} candidates "
        f"and greedy choices; load average {load:.2f})"
    )
    assert same


if __name__ == "__main__":
    main()
