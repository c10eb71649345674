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
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import asyncpg
import numpy as np

from bench import pgcopy
from bench.pgcopy import NOW, copy_fixed, copy_rows, fixed_rows, json_value

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
DEFAULT_SERVER = "postgresql://postgres@127.0.0.1:5432"
DEFAULT_DATABASE = "ledelyst_bench"
BENCH_PASSWORD = "bench-password-0123"

BIG_ORG_SHARE = 0.24
COMPETENCIES = 8
ITEMS_PER_COMPETENCY = 5
ITEMS = COMPETENCIES * ITEMS_PER_COMPETENCY
OPEN_QUESTIONS = 3
MODULES = 4
ACTIVITIES_PER_MODULE = 5
ACTIVITIES = MODULES * ACTIVITIES_PER_MODULE
GOALS_PER_ORG = 5
COHORTS_PER_PROGRAMME = 3
KINDS = ["KNOWLEDGE", "REFLECTION", "ACTION"]
GROUPS = ["SELF", "MANAGER", "PEER", "DIRECT_REPORT", "EXTERNAL"]
AREAS = [
    "Social",
    "Sundhed",
    "Skole",
    "Dagtilbud",
    "Teknik",
    "Kultur",
    "Administration",
    "Beskæftigelse",
]
TAGS = [
    "forandring",
    "konflikter",
    "strategi",
    "trivsel",
    "økonomi",
    "borgerdialog",
    "innovation",
    "faglighed",
    "samarbejde",
    "kommunikation",
    "feedback",
    "digitalisering",
]
FIRST = [
    "Anne",
    "Mette",
    "Hanne",
    "Lone",
    "Susanne",
    "Camilla",
    "Maria",
    "Louise",
    "Pia",
    "Helle",
    "Peter",
    "Jens",
    "Lars",
    "Michael",
    "Henrik",
    "Thomas",
    "Søren",
    "Jesper",
    "Niels",
    "Morten",
    "Mads",
    "Rasmus",
    "Sofie",
    "Ida",
    "Emma",
    "Frederik",
    "Jakob",
    "Kirsten",
    "Birgitte",
    "Ole",
]
LAST = [
    "Nielsen",
    "Jensen",
    "Hansen",
    "Pedersen",
    "Andersen",
    "Christensen",
    "Larsen",
    "Sørensen",
    "Rasmussen",
    "Jørgensen",
    "Petersen",
    "Madsen",
    "Kristensen",
    "Olsen",
    "Thomsen",
    "Christiansen",
    "Poulsen",
    "Johansen",
    "Møller",
    "Mortensen",
    "Holm",
    "Lund",
    "Bach",
]
TITLES = ["Kommunaldirektør", "Direktør", "Centerchef", "Afdelingsleder", "Teamleder"]


@dataclass
class Config:
    scale: float
    seed: int = 1

    @property
    def organisations(self) -> int:
        return max(2, round(100 * self.scale))

    @property
    def leaders(self) -> int:
        return max(60, round(50_000 * self.scale))

    @property
    def special_below(self) -> int:
        return max(8, round(5_000 * self.scale))

    @property
    def new_leaders(self) -> int:
        return max(6, round(10_000 * self.scale))

    @property
    def mentors(self) -> int:
        return max(10, round(30_000 * self.scale))

    @property
    def mentorships(self) -> int:
        return max(4, round(8_000 * self.scale))


@dataclass
class People:
    """Leaders 0..n-1 (membership and person id = index + 1), then one HR per organisation."""

    org: np.ndarray  # organisation index of each leader
    parent: np.ndarray  # leader index of the manager, -1 for a top leader
    depth: np.ndarray
    below: np.ndarray  # leaders anywhere below
    leader_since: list[date]
    new: np.ndarray  # bool
    recent: np.ndarray  # bool: a leader for 2-4 years (mentored now)
    mentor: np.ndarray  # bool: has a mentor profile
    names: list[str]
    special: int  # the leader of leaders with ``special_below`` leaders below
    hr_base: int  # membership id of organisation 0's HR is hr_base + 0

    @property
    def n(self) -> int:
        return len(self.org)

    def mid(self, index: int | np.ndarray) -> Any:
        return index + 1


@dataclass
class Result:
    counts: dict[str, int] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)
    skipped: dict[str, str] = field(default_factory=dict)
    subjects: dict[str, Any] = field(default_factory=dict)


def landed(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False


# --- the shape of the country ------------------------------------------------------------------


def organisation_sizes(config: Config, rng: np.random.Generator) -> np.ndarray:
    n, total = config.organisations, config.leaders
    big = max(config.special_below + 4, round(total * BIG_ORG_SHARE))
    rest = rng.lognormal(0.0, 0.8, n - 1)
    sizes = np.maximum(5, np.floor(rest / rest.sum() * (total - big))).astype(np.int64)
    sizes[np.argmax(sizes)] += total - big - sizes.sum()
    return np.r_[big, sizes]


def reporting_tree(n: int, rng: np.random.Generator, special: int = 0) -> tuple[np.ndarray, int]:
    """Parent of each node (0 is the top leader) and the node with ``special``
    leaders below (or -1). Each leader has a handful of leaders reporting to
    them; the rest of their subtree is split unevenly among those."""
    parent = np.full(n, -1, np.int64)
    stack: list[tuple[int, int]] = []
    next_id = 1
    special_node = -1
    remaining = n - 1
    if special and n > special + 2:
        parent[1] = 0
        special_node, next_id = 1, 2
        stack.append((1, special))
        remaining = n - 2 - special
    stack.append((0, remaining))
    while stack:
        node, below = stack.pop()
        if below <= 0:
            continue
        k = int(min(below, 2 + rng.poisson(5)))
        children = np.arange(next_id, next_id + k)
        next_id += k
        parent[children] = node
        sizes = rng.multinomial(below - k, rng.dirichlet(np.full(k, 0.7))) if below > k else [0] * k
        stack.extend((int(c), int(s)) for c, s in zip(children, sizes, strict=True))
    assert next_id == n
    return parent, special_node


def build_people(config: Config, rng: np.random.Generator, today: date) -> People:
    sizes = organisation_sizes(config, rng)
    orgs, parents, depths, belows = [], [], [], []
    special = -1
    start = 0
    for o, size in enumerate(sizes):
        parent, special_node = reporting_tree(int(size), rng, config.special_below if o == 0 else 0)
        depth = np.zeros(size, np.int64)
        for i in range(1, size):
            depth[i] = depth[parent[i]] + 1
        below = np.zeros(size, np.int64)
        for i in range(size - 1, 0, -1):
            below[parent[i]] += below[i] + 1
        if special_node >= 0:
            special = start + special_node
        orgs.append(np.full(size, o))
        parents.append(np.where(parent >= 0, parent + start, -1))
        depths.append(depth)
        belows.append(below)
        start += int(size)
    org = np.concatenate(orgs)
    parent = np.concatenate(parents)
    depth = np.concatenate(depths)
    below = np.concatenate(belows)
    n = len(org)
    front = np.flatnonzero((depth >= 2) & (np.arange(n) != special))
    new = np.zeros(n, bool)
    new[rng.choice(front, size=min(config.new_leaders, len(front)), replace=False)] = True
    rest = np.flatnonzero(~new & (depth >= 1) & (np.arange(n) != special))
    recent = np.zeros(n, bool)
    recent[rng.choice(rest, size=min(config.mentorships, len(rest) // 3), replace=False)] = True
    days = np.where(
        new,
        rng.integers(10, 700, n),
        np.where(recent, rng.integers(740, 1450, n), 1100 + rng.exponential(3000, n).astype(int)),
    )
    days = np.minimum(days, 40 * 365)
    leader_since = [today - timedelta(days=int(d)) for d in days]
    experienced = np.flatnonzero(~new & ~recent)
    mentor = np.zeros(n, bool)
    mentor[rng.choice(experienced, size=min(config.mentors, len(experienced)), replace=False)] = (
        True
    )
    first = rng.integers(0, len(FIRST), n)
    last = rng.integers(0, len(LAST), n)
    names = [f"{FIRST[a]} {LAST[b]}" for a, b in zip(first.tolist(), last.tolist(), strict=True)]
    return People(
        org, parent, depth, below, leader_since, new, recent, mentor, names, special, n + 1
    )


# --- the tables ---------------------------------------------------------------------------------


class Generator:
    def __init__(self, connection: asyncpg.Connection, config: Config) -> None:
        self.c = connection
        self.config = config
        self.rng = np.random.default_rng(config.seed)
        self.today = NOW.date()
        self.result = Result()
        self.people: People | None = None
        self.ids: dict[str, int] = {}

    async def step(self, name: str, work: Any) -> None:
        started = time.perf_counter()
        await work()
        self.result.seconds[name] = round(time.perf_counter() - started, 2)
        print(f"  {name}: {self.result.seconds[name]:.1f} s", flush=True)

    async def copy(self, table: str, columns: list[str], rows: Any) -> None:
        self.result.counts[table] = self.result.counts.get(table, 0) + await copy_rows(
            self.c, table, columns, rows
        )

    # identity ------------------------------------------------------------------------------

    async def identity(self) -> None:
        p = self.people = build_people(self.config, self.rng, self.today)
        o_count = self.config.organisations
        await self.copy(
            "organisation",
            ["id", "slug", "name"],
            [(o + 1, f"bench-{o + 1}", f"Bench Kommune {o + 1}") for o in range(o_count)],
        )
        # One unit per leader, under the unit of the leader's manager; the HR units at the top.
        titles = [TITLES[min(d, len(TITLES) - 1)] for d in p.depth.tolist()]
        await self.copy(
            "unit",
            ["id", "organisation_id", "parent_id", "name"],
            (
                (
                    i + 1,
                    int(p.org[i]) + 1,
                    int(p.parent[i]) + 1 if p.parent[i] >= 0 else None,
                    f"Enhed {i + 1}",
                )
                for i in range(p.n)
            ),
        )
        from argon2 import PasswordHasher

        password = PasswordHasher().hash(BENCH_PASSWORD)
        hr_rows = [(p.hr_base + o, f"HR {o + 1}") for o in range(o_count)]
        await self.copy(
            "person",
            ["id", "email", "name", "locale", "is_active", "password_hash"],
            [
                *(
                    (i + 1, f"leder{i + 1}@bench.dk", p.names[i], "da", True, password)
                    for i in range(p.n)
                ),
                *((pid, f"hr{pid}@bench.dk", name, "da", True, password) for pid, name in hr_rows),
            ],
        )
        roles_leader, roles_mentor = json_value(["LEADER"]), json_value(["LEADER", "MENTOR"])
        await self.copy(
            "membership",
            [
                "id",
                "organisation_id",
                "person_id",
                "unit_id",
                "manager_id",
                "job_title",
                "leader_since",
                "roles",
                "is_active",
                "joined_at",
            ],
            [
                *(
                    (
                        i + 1,
                        int(p.org[i]) + 1,
                        i + 1,
                        i + 1,
                        int(p.parent[i]) + 1 if p.parent[i] >= 0 else None,
                        titles[i],
                        p.leader_since[i],
                        roles_mentor if p.mentor[i] else roles_leader,
                        True,
                        NOW,
                    )
                    for i in range(p.n)
                ),
                *(
                    (
                        p.hr_base + o,
                        o + 1,
                        p.hr_base + o,
                        None,
                        None,
                        "HR-konsulent",
                        None,
                        json_value(["HR"]),
                        True,
                        NOW,
                    )
                    for o in range(o_count)
                ),
            ],
        )
        await self.copy(
            "organisation_goal",
            ["id", "organisation_id", "title", "description", "status"],
            [
                (
                    o * GOALS_PER_ORG + g + 1,
                    o + 1,
                    f"Mål {g + 1}: bedre velfærd for borgerne",
                    "Et organisatorisk mål.",
                    "ACTIVE",
                )
                for o in range(o_count)
                for g in range(GOALS_PER_ORG)
            ],
        )

    # programmes ----------------------------------------------------------------------------

    async def programmes(self) -> None:
        p = self.people
        assert p is not None
        rng = self.rng
        o_count = self.config.organisations
        audiences = ["NEW_LEADERS", "EXPERIENCED_LEADERS", "LEADERS_OF_LEADERS"]
        titles = ["Ny som leder", "Ledelse i praksis", "Ledelse af ledere"]
        programmes = [(o * 3 + k + 1, o, k) for o in range(o_count) for k in range(3)]
        await self.copy(
            "programme", ["id", "organisation_id"], [(pid, o + 1) for pid, o, _ in programmes]
        )
        await self.copy(
            "programme_version",
            [
                "id",
                "organisation_id",
                "programme_id",
                "version",
                "status",
                "title",
                "description",
                "audience",
                "published_at",
            ],
            [
                (
                    pid,
                    o + 1,
                    pid,
                    1,
                    "PUBLISHED",
                    titles[k],
                    "Et forløb der kombinerer viden, refleksion og handling.",
                    audiences[k],
                    NOW - timedelta(days=500),
                )
                for pid, o, k in programmes
            ],
        )
        await self.copy(
            "programme_version_goal",
            ["version_id", "goal_id", "position"],
            [
                (pid, o * GOALS_PER_ORG + (k + g) % GOALS_PER_ORG + 1, g)
                for pid, o, k in programmes
                for g in range(2)
            ],
        )
        await self.copy(
            "programme_module",
            ["id", "organisation_id", "version_id", "position", "title", "introduction"],
            [
                ((pid - 1) * MODULES + m + 1, o + 1, pid, m, f"Modul {m + 1}", "Introduktion.")
                for pid, o, _ in programmes
                for m in range(MODULES)
            ],
        )
        await self.copy(
            "programme_activity",
            [
                "id",
                "organisation_id",
                "version_id",
                "module_id",
                "position",
                "kind",
                "title",
                "body",
                "media",
                "estimated_minutes",
                "due_offset_days",
            ],
            [
                (
                    (pid - 1) * ACTIVITIES + a + 1,
                    o + 1,
                    pid,
                    (pid - 1) * MODULES + a // ACTIVITIES_PER_MODULE + 1,
                    a % ACTIVITIES_PER_MODULE,
                    KINDS[a % 3],
                    f"Aktivitet {a + 1}",
                    "Læs, reflektér og handl: **kort tekst** til aktiviteten.",
                    "[]",
                    15 + 5 * (a % 4),
                    7 * (a + 1),
                )
                for pid, o, _ in programmes
                for a in range(ACTIVITIES)
            ],
        )
        cohort_start = [self.today - timedelta(days=int(d)) for d in (300, 150, 40)]
        await self.copy(
            "programme_cohort",
            ["id", "organisation_id", "programme_id", "version_id", "name", "starts_on"],
            [
                (
                    (pid - 1) * COHORTS_PER_PROGRAMME + c + 1,
                    o + 1,
                    pid,
                    pid,
                    f"Hold {c + 1}",
                    cohort_start[c],
                )
                for pid, o, _ in programmes
                for c in range(COHORTS_PER_PROGRAMME)
            ],
        )
        # Enrolments: new leaders follow "new", long-standing leaders did it years ago,
        # and most others follow the experienced or leaders-of-leaders programme now.
        enrolments = []  # (leader, programme k, status, starts_on)
        for i in range(p.n):
            if p.new[i]:
                start = max(
                    p.leader_since[i], self.today - timedelta(days=int(rng.integers(5, 250)))
                )
                enrolments.append((i, 0, "ACTIVE", start))
            elif (self.today - p.leader_since[i]).days > 3 * 365 and rng.random() < 0.9:
                enrolments.append((i, 0, "COMPLETED", p.leader_since[i] + timedelta(days=60)))
            if not p.new[i] and rng.random() < 0.6:
                k = 2 if p.below[i] > 0 else 1
                enrolments.append(
                    (i, k, "ACTIVE", self.today - timedelta(days=int(rng.integers(5, 200))))
                )
        enrolments = [(i, k, s, min(d, self.today)) for i, k, s, d in enrolments]
        n_e = len(enrolments)
        leader = np.array([e[0] for e in enrolments])
        prog = p.org[leader] * 3 + np.array([e[1] for e in enrolments]) + 1
        cohort = (
            (prog - 1) * COHORTS_PER_PROGRAMME + rng.integers(0, COHORTS_PER_PROGRAMME, n_e) + 1
        )
        manager = np.where(p.parent[leader] >= 0, p.parent[leader] + 1, 0)
        await self.copy(
            "programme_enrolment",
            [
                "id",
                "organisation_id",
                "programme_id",
                "version_id",
                "cohort_id",
                "membership_id",
                "enrolled_by_id",
                "starts_on",
                "status",
                "completed_at",
            ],
            (
                (
                    e + 1,
                    int(p.org[i]) + 1,
                    int(prog[e]),
                    int(prog[e]),
                    int(cohort[e]),
                    i + 1,
                    p.hr_base + int(p.org[i]),
                    start,
                    status,
                    datetime.combine(start + timedelta(days=200), datetime.min.time(), UTC)
                    if status == "COMPLETED"
                    else None,
                )
                for e, (i, _k, status, start) in enumerate(enrolments)
            ),
        )
        self.enrolments = (leader, prog, [e[2] for e in enrolments], [e[3] for e in enrolments])
        org_of = p.org[leader] + 1
        await self.copy(
            "development_goal",
            [
                "id",
                "organisation_id",
                "enrolment_id",
                "organisation_goal_id",
                "position",
                "title",
                "description",
                "agreed_at",
                "attainment_rating",
            ],
            (
                (
                    e * 2 + g + 1,
                    int(org_of[e]),
                    e + 1,
                    int(p.org[leader[e]]) * GOALS_PER_ORG + g + 1,
                    g,
                    f"Udviklingsmål {g + 1}",
                    "Hvad jeg vil kunne bagefter.",
                    NOW - timedelta(days=20),
                    4 if enrolments[e][2] == "COMPLETED" else None,
                )
                for e in range(n_e)
                for g in range(2)
            ),
        )
        # Checkpoints: BEFORE at the start, DURING after 90 days, AFTER after 180.
        checkpoints = []
        for e, (_i, _k, status, start) in enumerate(enrolments):
            for c, (kind, offset) in enumerate((("BEFORE", 0), ("DURING", 90), ("AFTER", 180))):
                due = start + timedelta(days=offset)
                done = status == "COMPLETED" or (
                    due < self.today - timedelta(days=3) and rng.random() < 0.8
                )
                checkpoints.append(
                    (
                        e * 3 + c + 1,
                        int(org_of[e]),
                        e + 1,
                        kind,
                        due,
                        datetime.combine(due, datetime.min.time(), UTC) if done else None,
                        int(manager[e]) or None if done else None,
                        done,
                        "",
                        "",
                        "",
                    )
                )
        await self.copy(
            "manager_checkpoint",
            [
                "id",
                "organisation_id",
                "enrolment_id",
                "kind",
                "due_on",
                "completed_at",
                "completed_by_id",
                "goals_agreed",
                "practice_agreed",
                "notes",
                "feedback",
            ],
            checkpoints,
        )
        # Progress: completed activities in order, one more started.
        progress, reflections = [], []
        for e, (_i, _k, status, start) in enumerate(enrolments):
            weeks = (self.today - start).days / 7
            done = (
                ACTIVITIES
                if status == "COMPLETED"
                else min(ACTIVITIES - 2, int(weeks * rng.uniform(0.3, 0.8)))
            )
            first_activity = (int(prog[e]) - 1) * ACTIVITIES
            started_at = datetime.combine(start, datetime.min.time(), UTC)
            for a in range(min(ACTIVITIES, done + 1)):
                when = started_at + timedelta(days=7 * a + 1)
                completed = when + timedelta(days=2) if a < done else None
                progress.append((int(org_of[e]), e + 1, first_activity + a + 1, when, completed))
                if completed and KINDS[a % 3] == "REFLECTION" and status == "ACTIVE":
                    reflections.append(
                        (
                            int(org_of[e]),
                            e + 1,
                            first_activity + a + 1,
                            "Jeg har lært at lytte mere og tale mindre i mine møder.",
                            bool(rng.random() < 0.3),
                            bool(rng.random() < 0.2),
                            completed,
                        )
                    )
        await self.copy(
            "activity_progress",
            ["organisation_id", "enrolment_id", "activity_id", "started_at", "completed_at"],
            progress,
        )
        await self.copy(
            "reflection",
            [
                "organisation_id",
                "enrolment_id",
                "activity_id",
                "text",
                "shared_with_manager",
                "shared_with_mentor",
                "written_at",
            ],
            reflections,
        )
        self.result.subjects["enrolments_of_org0"] = int((p.org[leader] == 0).sum())

    # 360 evaluations -----------------------------------------------------------------------

    async def evaluations(self) -> None:
        p = self.people
        assert p is not None
        rng = self.rng
        o_count = self.config.organisations
        await self.copy(
            "competency_framework",
            [
                "id",
                "organisation_id",
                "family",
                "version",
                "name_da",
                "name_en",
                "scale_labels",
                "status",
                "published_at",
            ],
            [
                (
                    o + 1,
                    o + 1,
                    "ledelseskommissionen",
                    1,
                    "Ledelseskommissionens budskaber",
                    "The Leadership Commission's messages",
                    json_value({"da": ["1", "2", "3", "4", "5"], "en": ["1", "2", "3", "4", "5"]}),
                    "PUBLISHED",
                    NOW - timedelta(days=900),
                )
                for o in range(o_count)
            ],
        )
        await self.copy(
            "competency",
            ["id", "framework_id", "position", "title_da", "title_en"],
            [
                (o * COMPETENCIES + c + 1, o + 1, c, f"Kompetence {c + 1}", f"Competency {c + 1}")
                for o in range(o_count)
                for c in range(COMPETENCIES)
            ],
        )
        await self.copy(
            "competency_item",
            ["id", "competency_id", "position", "text_da", "text_en", "required"],
            [
                (
                    o * ITEMS + k + 1,
                    o * COMPETENCIES + k // ITEMS_PER_COMPETENCY + 1,
                    k % ITEMS_PER_COMPETENCY,
                    f"Lederen gør det tydeligt, hvad der er vigtigt ({k + 1}).",
                    f"The leader makes clear what matters ({k + 1}).",
                    True,
                )
                for o in range(o_count)
                for k in range(ITEMS)
            ],
        )
        await self.copy(
            "open_question",
            ["id", "framework_id", "position", "text_da", "text_en"],
            [
                (
                    o * OPEN_QUESTIONS + q + 1,
                    o + 1,
                    q,
                    f"Hvad skal lederen blive ved med ({q + 1})?",
                    f"What should the leader keep doing ({q + 1})?",
                )
                for o in range(o_count)
                for q in range(OPEN_QUESTIONS)
            ],
        )
        now = NOW
        cycles = []
        for o in range(o_count):
            cycles.append(
                (
                    o * 2 + 1,
                    o + 1,
                    o + 1,
                    "Baseline 360",
                    "BASELINE",
                    None,
                    "CLOSED",
                    now - timedelta(days=400),
                    now - timedelta(days=370),
                    now - timedelta(days=370),
                )
            )
            cycles.append(
                (
                    o * 2 + 2,
                    o + 1,
                    o + 1,
                    "Opfølgning 360",
                    "FOLLOW_UP",
                    o * 2 + 1,
                    "CLOSED",
                    now - timedelta(days=40),
                    now - timedelta(days=5),
                    now - timedelta(days=5),
                )
            )
        await self.copy(
            "evaluation_cycle",
            [
                "id",
                "organisation_id",
                "framework_id",
                "name",
                "purpose",
                "baseline_cycle_id",
                "status",
                "opens_at",
                "closes_at",
                "closed_at",
                "reminder_days_before_close",
                "nomination_limits",
                "created_by_id",
            ],
            [(*c, "[7, 2]", "{}", p.hr_base + c[1] - 1) for c in cycles],
        )
        n = p.n
        # Evaluation e of leader i in cycle c (0 baseline, 1 follow-up): id = c * n + i + 1.
        await self.copy(
            "evaluation",
            [
                "id",
                "organisation_id",
                "cycle_id",
                "leader_id",
                "manager_id",
                "nomination_state",
                "employee_count",
                "report_status",
            ],
            (
                (
                    c * n + i + 1,
                    int(p.org[i]) + 1,
                    int(p.org[i]) * 2 + c + 1,
                    i + 1,
                    int(p.parent[i]) + 1 if p.parent[i] >= 0 else None,
                    "APPROVED",
                    12,
                    "PENDING",
                )
                for c in range(2)
                for i in range(n)
            ),
        )
        # Raters as the rules make them: self, the manager, 3-4 peers (people of the
        # organisation: the manager's other reports first, then others, never the
        # leader or twice), the direct reports by the reporting lines (every one,
        # not chosen; fewer than 3 make a hidden group), 0-2 external addresses.
        children: dict[int, list[int]] = {}
        for i, parent in enumerate(p.parent.tolist()):
            if parent >= 0:
                children.setdefault(parent, []).append(i)
        org_start = np.r_[0, np.cumsum(np.bincount(p.org))]
        # (evaluation id, org, group, rater leader index or -1, responded, declined, cycle, leader)
        nominations = []
        for c in range(2):
            for i in range(n):
                o = int(p.org[i])
                e = c * n + i + 1
                raters: list[tuple[str, int]] = [("SELF", i)]
                if p.parent[i] >= 0:
                    raters.append(("MANAGER", int(p.parent[i])))
                    siblings = [s for s in children.get(int(p.parent[i]), []) if s != i]
                else:
                    siblings = []
                peers = siblings[:]
                rng.shuffle(peers)
                peers = peers[: int(rng.integers(3, 5))]
                reports = children.get(i, [])
                taken = {i, int(p.parent[i]), *peers, *reports}
                others = int(org_start[o + 1] - org_start[o])
                while len(peers) < 3 and len(taken) < others:
                    q = int(rng.integers(org_start[o], org_start[o + 1]))
                    if q not in taken:
                        peers.append(q)
                        taken.add(q)
                raters += [("PEER", q) for q in peers]
                raters += [("DIRECT_REPORT", r) for r in reports]
                raters += [("EXTERNAL", -1)] * int(rng.integers(0, 3))
                for group, rater in raters:
                    declined = rng.random() < 0.02
                    responded = not declined and rng.random() < (0.99 if group == "SELF" else 0.93)
                    nominations.append((e, o, group, rater, responded, declined, c, i))
        self.result.subjects["nominations"] = len(nominations)
        opens = [now - timedelta(days=400), now - timedelta(days=20)]
        await self.copy(
            "nomination",
            [
                "id",
                "organisation_id",
                "evaluation_id",
                "rater_group",
                "rater_id",
                "rater_name",
                "rater_email",
                "locale",
                "status",
                "created_at",
                "invited_at",
                "reminders_sent",
                "declined",
                "responded",
            ],
            (
                (
                    k + 1,
                    o + 1,
                    e,
                    group,
                    rater + 1 if rater >= 0 else None,
                    p.names[rater] if rater >= 0 else "Ekstern Bedømmer",
                    f"leder{rater + 1}@bench.dk" if rater >= 0 else f"rater{k + 1}@example.dk",
                    "da",
                    "APPROVED",
                    opens[c],
                    opens[c],
                    0,
                    declined,
                    responded,
                )
                for k, (e, o, group, rater, responded, declined, c, _i) in enumerate(nominations)
            ),
        )
        # Responses and answers: the leader's level per competency, a rater's leniency,
        # noise per item; the follow-up a little better for leaders in a programme.
        answered = [
            (e, o, group, c, i) for e, o, group, _r, responded, _d, c, i in nominations if responded
        ]
        del nominations
        m = len(answered)
        evaluation_id = np.fromiter((a[0] for a in answered), np.int64, m)
        org = np.fromiter((a[1] for a in answered), np.int64, m)
        cycle = np.fromiter((a[3] for a in answered), np.int64, m)
        leader = np.fromiter((a[4] for a in answered), np.int64, m)
        group_names = [a[2] for a in answered]
        del answered
        # Response ids: 128 random bits as 32 hex digits, never a sequence.
        lut = np.array([f"{b:02x}".encode() for b in range(256)], dtype="S2")
        raw = np.frombuffer(rng.bytes(16 * m), np.uint8).reshape(m, 16)
        response_id = np.ascontiguousarray(lut[raw]).view("S32").ravel()
        await self.copy(
            "evaluation_response",
            ["id", "organisation_id", "evaluation_id", "rater_group"],
            (
                (response_id[r].decode(), int(org[r]) + 1, int(evaluation_id[r]), group_names[r])
                for r in range(m)
            ),
        )
        level = rng.normal(3.6, 0.45, (n, COMPETENCIES))
        enrolled = np.zeros(n, bool)
        if hasattr(self, "enrolments"):
            enrolled[self.enrolments[0]] = True
        effect = np.where(enrolled, 0.3, 0.05)
        leniency = rng.normal(0.0, 0.35, m) + np.where(
            np.array([g == "SELF" for g in group_names]), 0.2, 0
        )
        competency_of_item = np.arange(ITEMS) // ITEMS_PER_COMPETENCY
        blocks_value: list[bytes] = []
        blocks_null: list[bytes] = []
        total, nulls = 0, 0
        chunk = 100_000
        for start in range(0, m, chunk):
            r = np.arange(start, min(m, start + chunk))
            mean = (
                level[leader[r]][:, competency_of_item]
                + leniency[r][:, None]
                + (effect[leader[r]] * cycle[r])[:, None]
            )
            value = np.clip(np.rint(mean + rng.normal(0, 0.6, mean.shape)), 1, 5).astype(np.int16)
            unknown = rng.random(mean.shape) < 0.03
            ids = np.repeat(response_id[r], ITEMS)
            items = (org[r][:, None] * ITEMS + np.arange(ITEMS)[None, :] + 1).ravel()
            flat_value, flat_unknown = value.ravel(), unknown.ravel()
            keep = ~flat_unknown
            blocks_value.append(
                fixed_rows([("text", ids[keep]), ("int8", items[keep]), ("int2", flat_value[keep])])
            )
            blocks_null.append(
                fixed_rows([("text", ids[flat_unknown]), ("int8", items[flat_unknown])])
            )
            total += len(ids)
            nulls += int(flat_unknown.sum())
            if len(blocks_value) * chunk * ITEMS >= 8_000_000 or start + chunk >= m:
                await copy_fixed(
                    self.c, "response_answer", ["response_id", "item_id", "value"], blocks_value
                )
                await copy_fixed(self.c, "response_answer", ["response_id", "item_id"], blocks_null)
                blocks_value, blocks_null = [], []
                print(f"    answers {total:,}", flush=True)
        self.result.counts["response_answer"] = total
        self.result.subjects["answers_cannot_judge"] = nulls
        commenting = np.flatnonzero(rng.random(m) < 0.25)
        texts = [
            "Lytter og giver plads.",
            "Kunne være mere tydelig om retningen.",
            "Skaber ro i en travl hverdag.",
            "God til at inddrage borgerne.",
        ]
        await self.copy(
            "response_comment",
            ["response_id", "question_id", "text"],
            (
                (
                    response_id[r].decode(),
                    int(org[r]) * OPEN_QUESTIONS + int(r % OPEN_QUESTIONS) + 1,
                    texts[int(r % len(texts))],
                )
                for r in commenting.tolist()
            ),
        )
        self.result.subjects["responses"] = m

    # mentoring -----------------------------------------------------------------------------

    async def mentoring(self) -> None:
        p = self.people
        assert p is not None
        rng = self.rng
        o_count = self.config.organisations
        await self.copy("mentoring_pool", ["id", "name"], [(1, "Nationalt mentorkorps")])
        await self.copy(
            "mentoring_pool_member",
            ["organisation_id", "pool_id"],
            [(o + 1, 1) for o in range(o_count)],
        )
        competencies = lambda o, k: sorted(  # noqa: E731
            (int(o) * COMPETENCIES + rng.choice(COMPETENCIES, size=k, replace=False) + 1).tolist()
        )
        mentors = np.flatnonzero(p.mentor)
        capacity = rng.integers(1, 4, len(mentors))
        profile_of = {int(i): j for j, i in enumerate(mentors.tolist())}
        await self.copy(
            "mentor_profile",
            [
                "id",
                "organisation_id",
                "membership_id",
                "capacity",
                "competency_ids",
                "tags",
                "areas",
                "languages",
                "location",
                "availability",
                "is_available",
            ],
            (
                (
                    j + 1,
                    int(p.org[i]) + 1,
                    int(i) + 1,
                    int(capacity[j]),
                    json_value(competencies(p.org[i], int(rng.integers(2, 6)))),
                    json_value(
                        rng.choice(TAGS, size=int(rng.integers(1, 4)), replace=False).tolist()
                    ),
                    json_value(
                        rng.choice(AREAS, size=int(rng.integers(1, 3)), replace=False).tolist()
                    ),
                    json_value(["da", "en"] if rng.random() < 0.5 else ["da"]),
                    f"Kommune {int(rng.integers(1, 99))}",
                    "Hver anden uge",
                    True,
                )
                for j, i in enumerate(mentors.tolist())
            ),
        )
        new = np.flatnonzero(p.new)
        await self.copy(
            "mentoring_need",
            [
                "id",
                "organisation_id",
                "membership_id",
                "competency_ids",
                "tags",
                "area",
                "area_preference",
                "language",
                "location",
                "notes",
                "status",
            ],
            (
                (
                    k + 1,
                    int(p.org[i]) + 1,
                    int(i) + 1,
                    json_value(competencies(p.org[i], int(rng.integers(1, 4)))),
                    json_value(
                        rng.choice(TAGS, size=int(rng.integers(1, 3)), replace=False).tolist()
                    ),
                    str(rng.choice(AREAS)),
                    str(rng.choice(["ANY", "SAME_AREA", "OTHER_AREA"])),
                    "da" if rng.random() < 0.9 else "en",
                    f"Kommune {int(rng.integers(1, 99))}",
                    "",
                    "OPEN",
                )
                for k, i in enumerate(new.tolist())
            ),
        )
        # Mentorships of the leaders of 2-4 years, with a mentor of their organisation
        # outside their reporting line.
        load = np.zeros(len(mentors), np.int64)
        by_org: dict[int, list[int]] = {}
        for i in mentors.tolist():
            by_org.setdefault(int(p.org[i]), []).append(i)
        rows, meetings = [], []
        for i in np.flatnonzero(p.recent).tolist():
            pool = by_org.get(int(p.org[i]), [])
            above = set()
            a = int(p.parent[i])
            while a >= 0:
                above.add(a)
                a = int(p.parent[a])
            for mentor in (
                rng.choice(pool, size=min(6, len(pool)), replace=False).tolist() if pool else []
            ):
                j = profile_of[mentor]
                if mentor in above or load[j] >= capacity[j]:
                    continue
                load[j] += 1
                k = len(rows) + 1
                start = self.today - timedelta(days=int(rng.integers(20, 300)))
                rows.append(
                    (
                        k,
                        int(p.org[i]) + 1,
                        None,
                        mentor + 1,
                        i + 1,
                        j + 1,
                        "ACTIVE",
                        NOW,
                        NOW,
                        start,
                        start + timedelta(days=365),
                        "Mål for forløbet",
                        "Hver anden uge",
                        NOW,
                        NOW - timedelta(days=int(rng.integers(1, 30))),
                        None,
                        "",
                    )
                )
                for m, offset in enumerate((-30, -10, 12)):
                    meetings.append(
                        (
                            k * 3 + m - 2,
                            int(p.org[i]) + 1,
                            k,
                            NOW + timedelta(days=offset),
                            "Rådhuset",
                            "Status og næste skridt",
                            mentor + 1,
                        )
                    )
                break
        await self.copy(
            "mentorship",
            [
                "id",
                "organisation_id",
                "proposal_id",
                "mentor_id",
                "mentee_id",
                "mentor_profile_id",
                "status",
                "mentor_accepted_at",
                "mentee_accepted_at",
                "starts_on",
                "ends_on",
                "goals",
                "meeting_frequency",
                "agreed_at",
                "mentor_seen_at",
                "ended_at",
                "end_reason",
            ],
            rows,
        )
        await self.copy(
            "mentoring_meeting",
            [
                "id",
                "organisation_id",
                "mentorship_id",
                "starts_at",
                "place",
                "agenda",
                "created_by_id",
            ],
            meetings,
        )
        by_mentor: dict[int, int] = {}
        for row in rows:
            by_mentor[row[3]] = by_mentor.get(row[3], 0) + 1
        ranked = sorted(by_mentor, key=lambda mentor: (-by_mentor[mentor], mentor))
        self.result.subjects["mentors"] = [
            {"membership": m, "mentees": by_mentor[m]} for m in ranked[:200]
        ]
        self.result.subjects["mentee_memberships"] = [r[4] for r in rows[:200]]

    # feedback notes --------------------------------------------------------------------------

    async def notes(self) -> None:
        p = self.people
        assert p is not None
        rng = self.rng
        notes, audience, reads = [], [], []
        for i in np.flatnonzero(p.parent >= 0).tolist():
            manager = int(p.parent[i])
            for _ in range(int(rng.integers(1, 3))):
                k = len(notes) + 1
                notes.append(
                    (
                        k,
                        int(p.org[i]) + 1,
                        "GENERAL",
                        None,
                        i + 1,
                        manager + 1,
                        None,
                        "AUDIENCE",
                        "Godt håndteret personalemøde i går: klar og lyttende.",
                        None,
                        None,
                    )
                )
                audience += [(k, i + 1), (k, manager + 1)]
                if rng.random() < 0.5:
                    reads.append((k, i + 1, NOW))
        await self.copy(
            "feedback_note",
            [
                "id",
                "organisation_id",
                "subject_kind",
                "subject_id",
                "leader_id",
                "author_id",
                "parent_id",
                "visibility",
                "body",
                "hidden_at",
                "hidden_by_id",
            ],
            notes,
        )
        await self.copy("feedback_note_audience", ["note_id", "membership_id"], audience)
        await self.copy("feedback_note_read", ["note_id", "membership_id", "read_at"], reads)

    # subjects ---------------------------------------------------------------------------------

    def subjects(self) -> None:
        p = self.people
        assert p is not None
        rng = self.rng
        s = self.result.subjects
        hr = [
            {
                "membership": p.hr_base + o,
                "person": p.hr_base + o,
                "organisation": o + 1,
                "roles": ["HR"],
            }
            for o in range(self.config.organisations)
        ]

        def viewer(i: int) -> dict[str, Any]:
            return {
                "membership": i + 1,
                "person": i + 1,
                "organisation": int(p.org[i]) + 1,
                "roles": ["LEADER", "MENTOR"] if p.mentor[i] else ["LEADER"],
            }

        home = np.flatnonzero(p.new)
        s["home_leaders"] = [
            viewer(int(i)) for i in rng.choice(home, size=min(200, len(home)), replace=False)
        ]
        s["hr"] = hr[:5]
        s["leader_of_leaders"] = {**viewer(p.special), "below": int(p.below[p.special])}
        s["mentor_viewers"] = [viewer(m["membership"] - 1) for m in s.get("mentors", [])]
        n = p.n
        s["followup_evaluations"] = [
            int(n + i + 1) for i in rng.choice(n, size=min(200, n), replace=False)
        ]
        s["leaders"] = n
        s["organisations"] = self.config.organisations
        s["largest_organisation_leaders"] = int((p.org == 0).sum())
        if hasattr(self, "enrolments"):
            leader, prog, status, _start = self.enrolments
            active = [e for e in range(len(leader)) if status[e] == "ACTIVE"]
            picks = rng.choice(active, size=min(400, len(active)), replace=False)
            s["sync_subjects"] = [
                {
                    **viewer(int(leader[e])),
                    "enrolment": int(e) + 1,
                    "activities": [
                        int((prog[e] - 1) * ACTIVITIES + a + 1) for a in range(ACTIVITIES)
                    ],
                }
                for e in picks.tolist()
            ]


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
    from feedback.evaluations.effect import repository as effect_sums
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
            await session.execute(effect_sums.insert_statement(closed))
            # Then each follow-up's change per leader, from the sums just written.
            await session.execute(effect_sums.leader_changes_insert(closed))
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
STEPS: list[tuple[str, str, str]] = [
    ("identity", "backend.identity.models", "identity"),
    ("programmes", "learning.programmes.models", "programmes"),
    ("evaluations", "feedback.evaluations.models", "evaluations"),
    ("mentoring", "learning.mentoring.models", "mentoring"),
    ("feedback notes", "feedback.notes.models", "notes"),
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
        for label, module, method in STEPS:
            if not landed(module):
                generator.result.skipped[label] = f"{module} has not landed"
                continue
            try:
                await generator.step(label, getattr(generator, method))
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

            await generator.step("freeze 360 results", freeze)

        generator.subjects()
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
