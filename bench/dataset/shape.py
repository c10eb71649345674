"""The shape of the country: sizes, names, reporting trees and who is new,
mentored or a mentor; nothing here touches the database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import numpy as np

BENCH_PASSWORD = "bench-password-0123"  # every benchmark person's

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
