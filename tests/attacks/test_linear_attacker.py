"""The linear attacker, property-based (hypothesis): random organisations,
answers and filter sequences; the attacker collects every figure a role can
read, with its n, and solves the linear system. It must never determine a
single leader's value or a hidden group's cells.

The attacker is independent of the code under test: it learns which unknowns
each released figure sums by perturbing one unknown at a time and watching
which figures move, and decides "determined" with its own rank test (an
unknown is determined exactly when its indicator vector lies in the row
span of the figures it read, numpy).

1. 360: each leader's report (``report_builder.build``) and HR's pooled
   cycle results (``release.pooled_cells``), as HR alone and as HR together
   with any one leader. Unknowns: the cells (leader, group, item).
2. Learning effect: filters on unit subtree, programme and start dates, by
   HR (organisation) and a director (their area), through the real release
   audit (``backend.privacy.release.ReleaseLedger``, persisted: each request
   a new ledger reading what earlier ones recorded). Unknowns: each leader's
   change.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from copy import deepcopy
from dataclasses import dataclass
from typing import Any

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backend.db import Database
from backend.privacy.release import ReleaseLedger
from feedback.evaluations.reports.builder import AnonymityPolicy, ReportData, build
from feedback.evaluations.reports.release import pooled_cells
from tests.feedback.evaluations.reports.test_builder import structure
from tests.support.factories import make_organisation
from tests.support.rank_tests import determined, pair_determined

POLICY = AnonymityPolicy(
    minimums={"PEER": 3, "DIRECT_REPORT": 3, "EXTERNAL": 3}, all_raters=4, comments=3
)
GROUPS = ("SELF", "MANAGER", "PEER", "DIRECT_REPORT", "EXTERNAL")
ITEMS = 3
EXAMPLES = settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


# --- 1. 360 reports and pooled results --------------------------------------------------


def _aggregates(answers: dict[str, list[list[int]]]) -> dict[str, Any]:
    found: dict[str, Any] = {"responses": {}, "competencies": {"1": {}}, "items": {}}
    for group, raters in answers.items():
        if not raters:
            continue
        found["responses"][group] = len(raters)
        found["competencies"]["1"][group] = len(raters)
        for rater in raters:
            for index, value in enumerate(rater):
                cell = found["items"].setdefault(str(10 + index), {}).setdefault(group, [0, 0, 0])
                cell[0] += 1
                cell[1] += value
                cell[2] += value * value
    return found


def _figures(report: ReportData | None, scope: str) -> dict[tuple[Any, ...], tuple[int, float]]:
    if report is None:
        return {}
    found: dict[tuple[Any, ...], tuple[int, float]] = {}
    for competency in report.competencies:
        for f in competency.figures:
            found[(scope, "c", competency.competency_id, f.group)] = (f.count, f.mean)
        for item in competency.items:
            for f in item.figures:
                found[(scope, "i", item.item_id, f.group)] = (f.count, f.mean)
    return found


@dataclass
class Cycle:
    leaders: list[dict[str, Any]]  # frozen aggregates per leader
    withheld: list[bool]

    def views(self) -> dict[Any, dict[tuple[Any, ...], tuple[int, float]]]:
        """What each role reads: each leader their own report, HR the pooled results."""
        shape = structure(ITEMS)
        found: dict[Any, dict[tuple[Any, ...], tuple[int, float]]] = {}
        released = []
        for number, (document, withheld) in enumerate(
            zip(self.leaders, self.withheld, strict=True)
        ):
            if not withheld:
                released.append(document)
                found[number] = _figures(build(shape, document, POLICY), f"leader{number}")
        pooled = pooled_cells(shape, released, POLICY)
        found["HR"] = _figures(build(shape, pooled, POLICY) if pooled["items"] else None, "HR")
        return found

    def cells(self) -> Iterator[tuple[int, str, str]]:
        for number, document in enumerate(self.leaders):
            for item, groups in document["items"].items():
                for group in groups:
                    yield number, item, group


def _dependencies(cycle: Cycle) -> tuple[dict[Any, dict[Any, set[Any]]], list[Any]]:
    """Per role and figure, the cells it sums: a cell's sum moved by its n
    moves exactly the figures that contain it."""
    base = cycle.views()
    depends: dict[Any, dict[Any, set[Any]]] = {r: {k: set() for k in v} for r, v in base.items()}
    cells = list(cycle.cells())
    for cell in cells:
        number, item, group = cell
        moved = deepcopy(cycle.leaders)
        n, total, total_sq = moved[number]["items"][item][group]
        moved[number]["items"][item][group] = [n, total + n * 7, total_sq]
        for role, view in Cycle(moved, cycle.withheld).views().items():
            for key, (_count, mean) in view.items():
                if key in base[role] and base[role][key][1] != mean:
                    depends[role][key].add(cell)
    return depends, cells


def _shown_to_leader(cycle: Cycle, number: int) -> set[tuple[int, str, str]]:
    if cycle.withheld[number]:
        return set()
    report = build(structure(ITEMS), cycle.leaders[number], POLICY)
    return {
        (number, str(item.item_id), f.group)
        for c in report.competencies
        for item in c.items
        for f in item.figures
    }


@st.composite
def cycles(draw: st.DrawFn) -> Cycle:
    leaders = draw(st.integers(1, 5))
    documents, withheld = [], []
    answer = st.lists(st.integers(1, 5), min_size=ITEMS, max_size=ITEMS)
    for _ in range(leaders):
        answers = {
            group: draw(st.lists(answer, min_size=0, max_size=1 if group in GROUPS[:2] else 5))
            for group in GROUPS
        }
        documents.append(_aggregates(answers))
        withheld.append(draw(st.booleans()))
    return Cycle(documents, withheld)


@EXAMPLES
@given(cycle=cycles())
def test_no_role_nor_hr_with_one_leader_determines_a_hidden_cell_or_another_leaders_cell(
    cycle: Cycle,
) -> None:
    depends, cells = _dependencies(cycle)
    hr_rows = [row for row in depends["HR"].values() if row]
    # HR alone: no cell of any single leader.
    assert determined(hr_rows, cells) == []
    for number in range(len(cycle.leaders)):
        own_rows = [row for row in depends.get(number, {}).values() if row]
        shown = _shown_to_leader(cycle, number)
        # HR and this leader together learn nothing beyond what the leader's report shows.
        learned = set(determined(hr_rows + own_rows, cells))
        assert learned <= shown, sorted(learned - shown)


# --- 2. learning effect through the release audit ---------------------------------------

# A unit tree: 0 at the top; 1 and 2 below it; 3 below 1.
PARENT = {0: None, 1: 0, 2: 0, 3: 1}


def _subtree(unit: int) -> set[int]:
    found = {unit}
    changed = True
    while changed:
        changed = False
        for child, parent in PARENT.items():
            if parent in found and child not in found:
                found.add(child)
                changed = True
    return found


@dataclass(frozen=True)
class Leader:
    unit: int
    programme: int
    starts: int
    below_director: bool


@dataclass(frozen=True)
class Filter:
    director: bool
    unit: int | None
    programme: int | None
    starts_from: int | None
    starts_until: int | None

    def chooses(self, leader: Leader) -> bool:
        return (
            (not self.director or leader.below_director)
            and (self.unit is None or leader.unit in _subtree(self.unit))
            and (self.programme is None or leader.programme == self.programme)
            and (self.starts_from is None or leader.starts >= self.starts_from)
            and (self.starts_until is None or leader.starts <= self.starts_until)
        )


leaders_strategy = st.lists(
    st.builds(
        Leader,
        unit=st.sampled_from(sorted(PARENT)),
        programme=st.integers(1, 2),
        starts=st.integers(0, 3),
        below_director=st.booleans(),
    ),
    min_size=3,
    max_size=12,
)
maybe_day = st.none() | st.integers(0, 3)
filters_strategy = st.lists(
    st.builds(
        Filter,
        director=st.booleans(),
        unit=st.none() | st.sampled_from(sorted(PARENT)),
        programme=st.none() | st.integers(1, 2),
        starts_from=maybe_day,
        starts_until=maybe_day,
    ),
    min_size=1,
    max_size=8,
)


async def _released_sets(
    database: Database, people: list[Leader], asked: list[Filter]
) -> list[set[int]]:
    async with database.session() as session:
        organisation = await make_organisation(session)
        await session.commit()
        organisation_id = organisation.id
    released: list[set[int]] = []
    for wanted in asked:
        chosen = {i for i, leader in enumerate(people) if wanted.chooses(leader)}
        # Each request a session and a ledger of its own, as the API makes them.
        async with database.session() as session:
            ledger = ReleaseLedger(session, organisation_id, prefix="effect.")
            if len(chosen) >= 3 and await ledger.allow(
                "effect.change:ALL", {f"m{i}" for i in chosen}
            ):
                released.append(chosen)
            await ledger.save()
    return released


@EXAMPLES
@given(people=leaders_strategy, asked=filters_strategy)
def test_no_sequence_of_filters_by_any_role_determines_one_leaders_change(
    own_loop: tuple[asyncio.AbstractEventLoop, Database],
    people: list[Leader],
    asked: list[Filter],
) -> None:
    loop, database = own_loop
    released = loop.run_until_complete(_released_sets(database, people, asked))
    assert all(len(s) >= 3 for s in released)
    assert determined(released, list(range(len(people)))) == []
    # Nor the sum of two leaders (the threshold is three).
    for a in range(len(people)):
        for b in range(a + 1, len(people)):
            assert not pair_determined(released, len(people), a, b), (a, b)


# --- 3. reactions: totals and their parts, through the release audit --------------------

KINDS = ("KNOWLEDGE", "REFLECTION", "ACTION")


@dataclass(frozen=True)
class Rater:
    """A leader in a filter's terms, and the activity kinds they rated."""

    leader: Leader
    kinds: frozenset[str]


raters_strategy = st.lists(
    st.builds(
        Rater,
        leader=st.builds(
            Leader,
            unit=st.sampled_from(sorted(PARENT)),
            programme=st.integers(1, 2),
            starts=st.integers(0, 3),
            below_director=st.booleans(),
        ),
        kinds=st.frozensets(st.sampled_from(KINDS), min_size=1),
    ),
    min_size=3,
    max_size=10,
)


async def _released_reactions(
    database: Database, raters: list[Rater], asked: list[Filter]
) -> list[set[tuple[int, str]]]:
    """For each filter the overall reaction and one figure per activity kind,
    each a sum over single ratings owned by their leader ("m3/KNOWLEDGE")."""
    async with database.session() as session:
        organisation = await make_organisation(session)
        await session.commit()
        organisation_id = organisation.id
    released: list[set[tuple[int, str]]] = []
    for wanted in asked:
        chosen = [i for i, r in enumerate(raters) if wanted.chooses(r.leader)]
        figures = [{(i, k) for i in chosen for k in raters[i].kinds}]
        figures += [{(i, k) for i in chosen if k in raters[i].kinds} for k in KINDS]
        async with database.session() as session:
            ledger = ReleaseLedger(session, organisation_id, prefix="effect.")
            for cells in figures:
                if len({i for i, _ in cells}) >= 3 and await ledger.allow(
                    "effect.reaction", {f"m{i}/{k}" for i, k in cells}
                ):
                    released.append(cells)
            await ledger.save()
    return released


@EXAMPLES
@given(raters=raters_strategy, asked=filters_strategy)
def test_no_total_beside_its_parts_determines_one_leaders_ratings(
    own_loop: tuple[asyncio.AbstractEventLoop, Database],
    raters: list[Rater],
    asked: list[Filter],
) -> None:
    """Unknowns: each leader's sum of ratings of each kind. The attacker wins
    if any combination of what was released rests on one leader's ratings."""
    loop, database = own_loop
    released = loop.run_until_complete(_released_reactions(database, raters, asked))
    unknowns = [(i, k) for i, r in enumerate(raters) for k in sorted(r.kinds)]
    if not released:
        return
    index = {u: n for n, u in enumerate(unknowns)}
    matrix = np.zeros((len(released), len(unknowns)))
    for row, cells in enumerate(released):
        for cell in cells:
            matrix[row, index[cell]] = 1.0
    rank = np.linalg.matrix_rank(matrix)
    for leader in range(len(raters)):
        own = np.zeros((len(raters[leader].kinds), len(unknowns)))
        for row, kind in enumerate(sorted(raters[leader].kinds)):
            own[row, index[(leader, kind)]] = 1.0
        # The span of what was read meets the span of this leader's own sums.
        together = np.linalg.matrix_rank(np.vstack([matrix, own]))
        assert rank + len(own) == together, f"leader {leader} singled out"
