"""The release rule: the one way a figure that rests on other people's answers
leaves the system. Domain-free; the slices' own release modules
(``feedback.evaluations.reports.release``, ``learning.effect.calculation.release``) call it.

Three parts:

1. ``meets``: no figure about people rests on fewer than its minimum (never
   under 3).
2. ``singles_out``: the linear attacker. Every released figure is a sum over
   a set of contributors (its n is known, so a mean is a sum). Someone who
   reads several figures of the same measure can add and subtract them; the
   figures single out people when some combination of them rests on fewer
   than ``threshold`` people. ``singles_out`` answers exactly for
   combinations resting on any number of people under the threshold, with a test of the row span
   of the sets' incidence matrix (numpy). A contributor is finer than a person where a person adds
   several values (``owner``): "m12/e5/a40" is member 12's rating of one
   activity in one enrolment.

   This is complementary suppression, made exact: when one part of a shown
   total is hidden (under its minimum), the total minus the other shown
   parts is that part, so the audit refuses the last of them; and it catches
   what a fixed rule cannot (overlapping filters, differences of two).
3. ``ReleaseLedger``: the audit. Per organisation and measure it keeps the
   contributor sets already released (table ``released_figure``, so it
   holds across requests, roles and processes) and refuses a new figure
   whose set, with those, would single anyone out. A refused figure is
   shown as suppressed, never with a number.

``Released`` is what outputs take: only this module constructs one.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

import numpy as np
from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncSession

from backend.api.errors import DomainError, ErrorCode
from backend.db import database_of, utcnow
from backend.privacy.models import ReleasedFigure
from backend.privacy.readers_transaction import RELEASES, holds_write_lock, joined, mark_joined
from backend.repository import insert_for

log = logging.getLogger("ledelyst.privacy.release")

T = TypeVar("T")

# No figure about people rests on fewer; never configurable below this.
MIN_CONTRIBUTORS = 3
_TOLERANCE = 1e-9
_SEAL = object()


@dataclass(frozen=True)
class Released(Generic[T]):
    """A figure (or a whole document of figures) that passed the release rule.

    Outputs (GraphQL types, PDFs, CSVs, personal-data exports) take a
    ``Released``; only ``release`` below constructs one, so an output cannot
    be fed raw cells by mistake."""

    value: T
    seal: object

    def __post_init__(self) -> None:
        if self.seal is not _SEAL:
            raise TypeError("a Released figure is made only by backend.privacy.release")


def release(value: T) -> Released[T]:
    """Seal a value whose figures the caller's domain rules have released."""
    return Released(value, _SEAL)


# --- thresholds and complementary suppression ----------------------------------------------


def meets(n: int, minimum: int) -> bool:
    """A figure of ``n`` contributors may be shown under ``minimum`` (never under 3)."""
    return n >= max(minimum, MIN_CONTRIBUTORS)


@dataclass(frozen=True)
class CountTable:
    """What of a table of group counts (e.g. answers per rater group) may be
    shown beside its total: ``hidden`` groups show no count; ``total`` says
    whether the total over all groups may be shown."""

    hidden: frozenset[str]
    total: bool

    def shown(self, group: str) -> bool:
        return group not in self.hidden


def count_table(counts: Mapping[str, int], minimum: Callable[[str], int]) -> CountTable:
    """Thresholds and complementary suppression for counts of people per group
    beside their total: a count under its group's minimum is hidden; when that
    leaves exactly one hidden, the next smallest shown is hidden too (the
    total minus the shown counts would give it back); if one is still alone
    (nothing else to hide), the total is withheld."""
    hidden = {g for g, n in counts.items() if not meets(n, minimum(g))}
    if len(hidden) == 1:
        shown = sorted(set(counts) - hidden, key=lambda g: (counts[g], g))
        if shown:
            hidden.add(shown[0])
    return CountTable(frozenset(hidden), len(hidden) != 1)


# --- the linear attacker -------------------------------------------------------------------


def owner(contributor: str) -> str:
    """Whose a contributor is: the part of its key before the first "/" (a
    contributor may be finer than a person, e.g. "m12/e5/a40": member 12's
    rating of activity 40 in enrolment 5)."""
    return contributor.split("/", 1)[0]


def _classes(sets: Sequence[frozenset[str]]) -> tuple[list[set[str]], np.ndarray]:
    """Contributors that lie in exactly the same sets cannot be told apart by
    any combination of the sets: one column per such class, with its owners."""
    pattern: dict[str, list[int]] = {}
    for row, members in enumerate(sets):
        for member in members:
            pattern.setdefault(member, []).append(row)
    owners: dict[tuple[int, ...], set[str]] = {}
    for member, rows in pattern.items():
        owners.setdefault(tuple(rows), set()).add(owner(member))
    keys = list(owners)
    matrix = np.zeros((len(sets), len(keys)))
    for column, key in enumerate(keys):
        matrix[list(key), column] = 1.0
    return [owners[k] for k in keys], matrix


def singles_out(sets: Sequence[Collection[str]], threshold: int = MIN_CONTRIBUTORS) -> bool:
    """Whether sums over ``sets`` (added and subtracted at will) determine a
    sum resting on fewer than ``threshold`` people (any number of them under
    the threshold: a minimum of 5, e.g. the Danish profile's direct reports,
    is held against combinations of four as much as of one).

    A vector in the row span of the incidence matrix is constant on each
    class of contributors that share their sets; so a combination rests on a
    few people only if it lies on classes owned by those people alone. For
    each group of fewer than ``threshold`` people the span is tested against
    the classes they alone own: a vector in both exists iff that block of the
    projection onto the span has eigenvalue 1. Only groups linked through
    their classes (sharing one, or not orthogonal in the span) are tried: the
    block of an unlinked group splits into its parts, tried on their own."""
    frozen = [frozenset(s) for s in sets if s]
    if any(len({owner(c) for c in s}) < threshold for s in frozen):
        return True
    if not frozen:
        return False
    owners, matrix = _classes(frozen)
    _, values, vt = np.linalg.svd(matrix, full_matrices=False)
    rank = int((values > _TOLERANCE * max(1.0, values[0] if len(values) else 1.0)).sum())
    basis = vt[:rank].T  # one row per class: its coordinates in the row span
    few = [c for c, people in enumerate(owners) if len(people) < threshold]
    if not few:
        return False

    def lies_in_span(classes: list[int]) -> bool:
        block = basis[classes]
        return bool(np.linalg.eigvalsh(block @ block.T)[-1] > 1 - 1e-7)

    # Only vectors of the span that are zero on every class of ``threshold`` or
    # more owners can rest on few people; their common support is all that
    # needs searching (often nothing: then no combination does).
    many = [c for c in range(len(owners)) if len(owners[c]) >= threshold]
    free = _null_space(basis[many]) if many else np.eye(rank)
    if free.shape[1] == 0:
        return False
    reach = np.abs(basis[few] @ free).max(axis=1) > 1e-9
    few = [c for c, reached in zip(few, reach.tolist(), strict=True) if reached]
    if not few:
        return False
    classes_of: dict[str, list[int]] = {}
    for c in few:
        for person in owners[c]:
            classes_of.setdefault(person, []).append(c)
    people = sorted(classes_of)
    # Linked: sharing a class, or some class of one not orthogonal to one of the other's.
    index = {c: k for k, c in enumerate(few)}
    holds = np.zeros((len(people), len(few)), dtype=np.float32)
    for row, person in enumerate(people):
        holds[row, [index[c] for c in classes_of[person]]] = 1.0
    near = (np.abs(basis[few] @ basis[few].T) > 1e-9).astype(np.float32)
    links = (holds @ near @ holds.T) > 0
    linked: dict[str, set[str]] = {
        person: {people[k] for k in np.flatnonzero(links[row]) if k != row}
        for row, person in enumerate(people)
    }
    # Groups by size, smallest first: a difference of one is found before one of four.
    groups = {frozenset((p,)) for p in people}
    while groups:
        for group in groups:
            inside = [c for c in few if owners[c] <= group]
            if inside and lies_in_span(inside):
                return True
        if len(next(iter(groups))) + 1 >= threshold:
            return False
        groups = {group | {n} for group in groups for p in group for n in linked[p] - group}
    return False


def _null_space(matrix: np.ndarray) -> np.ndarray:
    """Columns spanning the vectors ``z`` with ``matrix @ z == 0``."""
    _, values, vt = np.linalg.svd(matrix, full_matrices=True)
    rank = int((values > _TOLERANCE * max(1.0, values[0] if len(values) else 1.0)).sum())
    return np.asarray(vt[rank:].T)


# --- the audit -----------------------------------------------------------------------------


def contributors_key(contributors: Iterable[str]) -> str:
    return hashlib.sha256("\n".join(sorted(set(contributors))).encode()).hexdigest()


class ReleaseLedger:
    """The contributor sets released so far in one organisation, per measure.

    ``allow`` answers whether a new figure may be released and records it
    when it is. Records are written in a transaction of their own (a query's
    transaction rolls back), so they hold for every later request.

    What it reads: once per request, the keys of the sets released under its
    prefix (small rows); a set whose key is among its measure's was checked
    when it was recorded and is allowed at once, so the common request (a
    view opened again) reads no contributor list, however many sets the
    ledger holds. Only a set not recorded yet has its measure's sets read
    (one statement per such measure, kept for the request) and tested."""

    def __init__(self, session: AsyncSession, organisation_id: int, prefix: str) -> None:
        self.session = session
        self.organisation_id = organisation_id
        # Measures this ledger reads (the keys of all of them at once, in one statement).
        self.prefix = prefix
        self._keys: dict[str, set[str]] | None = None
        # Per measure, its sets, once a set not recorded before needs them.
        self._sets: dict[str, list[frozenset[str]]] = {}
        self._pending: list[dict[str, object]] = []

    async def _keys_of(self, measure: str) -> set[str]:
        if self._keys is None:
            self._keys = {}
            rows = await self.session.execute(
                select(ReleasedFigure.measure, ReleasedFigure.contributors_key).where(
                    ReleasedFigure.organisation_id == self.organisation_id,
                    ReleasedFigure.measure.startswith(self.prefix, autoescape=True),
                )
            )
            for name, key in rows:
                self._keys.setdefault(name, set()).add(key)
        return self._keys.setdefault(measure, set())

    async def _sets_of(self, measure: str) -> list[frozenset[str]]:
        known = self._sets.get(measure)
        if known is None:
            rows = (
                await self.session.execute(
                    select(ReleasedFigure.contributors_key, ReleasedFigure.contributors).where(
                        ReleasedFigure.organisation_id == self.organisation_id,
                        ReleasedFigure.measure == measure,
                    )
                )
            ).all()
            known = self._sets[measure] = [frozenset(str(c) for c in m) for _, m in rows]
            # Sets recorded since the keys were read are released as well.
            (await self._keys_of(measure)).update(key for key, _ in rows)
        return known

    def _measure(self, measure: str) -> str:
        if not measure.startswith(self.prefix):
            raise ValueError(f"{measure!r} is not a measure of {self.prefix!r}")
        # As recorded: a measure is stored in at most 200 characters.
        return measure[:200]

    async def recorded(self, measure: str, key: str) -> bool:
        """Whether the set of this key (``contributors_key``, e.g. made by the
        database: ``contributor_keys``) is released for the measure already:
        then ``allow`` would allow it, and its contributors need not be read."""
        return key in await self._keys_of(self._measure(measure))

    async def allow(
        self, measure: str, contributors: Collection[str], threshold: int = MIN_CONTRIBUTORS
    ) -> bool:
        measure = self._measure(measure)
        chosen = frozenset(contributors)
        key = contributors_key(chosen)
        keys = await self._keys_of(measure)
        if key in keys:
            return True
        known = await self._sets_of(measure)
        if key in keys:
            return True
        if singles_out([*known, chosen], threshold):
            return False
        known.append(chosen)
        keys.add(key)
        self._pending.append(
            {
                "organisation_id": self.organisation_id,
                "measure": measure,
                "contributors_key": key,
                "contributors": sorted(chosen),
                "at": utcnow(),
            }
        )
        return True

    async def save(self) -> None:
        """Record the sets this request released, in a transaction of their
        own (a query's transaction rolls back) that holds the organisation's
        release lock: two requests at the same moment are checked against
        each other, and the one that would complete a subtraction fails with
        CONFLICT (retryable) before its figures are shown."""
        pending, self._pending = self._pending, []
        if not pending:
            return
        if not joined(self.session, RELEASES) and not await holds_write_lock(self.session):
            try:
                async with database_of(self.session).session() as own, own.begin():
                    await self._record(own, pending)
                return
            except DBAPIError:
                log.info("released figures join the reader's transaction")
        try:
            await self._record(self.session, pending)
        finally:
            # Until the reader's transaction ends it holds the release lock, and
            # a transaction of our own would wait for it forever: later records
            # of this transaction join it too.
            mark_joined(self.session, RELEASES)

    async def _record(self, session: AsyncSession, pending: list[dict[str, object]]) -> None:
        if session.get_bind().dialect.name == "postgresql":
            await session.execute(
                select(func.pg_advisory_xact_lock(_LOCK_SPACE, self.organisation_id))
            )
        # On SQLite the insert takes the database's write lock; what it reads
        # afterwards includes everything committed before it.
        await _insert(session, pending)
        measures = sorted({str(row["measure"]) for row in pending})
        rows = await session.execute(
            select(ReleasedFigure.measure, ReleasedFigure.contributors).where(
                ReleasedFigure.organisation_id == self.organisation_id,
                ReleasedFigure.measure.in_(measures),
            )
        )
        family: dict[str, list[frozenset[str]]] = {}
        for name, members in rows:
            family.setdefault(name, []).append(frozenset(str(c) for c in members))
        if any(singles_out(sets) for sets in family.values()):
            raise DomainError(ErrorCode.CONFLICT, "privacy.release_conflict")


async def records_in_readers_transaction(session: AsyncSession) -> bool:
    """Whether records of this session are written in the reader's own
    transaction (as ``ReleaseLedger.save`` does when it holds the write lock
    or has joined it): what rests on released figures must then be written
    there too, to be kept only if they are."""
    return joined(session, RELEASES) or await holds_write_lock(session)


# A pg_advisory_xact_lock key space of its own: "ledelyst release" in a number.
_LOCK_SPACE = 0x1E1E


async def _insert(session: AsyncSession, rows: list[dict[str, object]]) -> None:
    """One statement; a set released by a request at the same moment is recorded once."""
    insert = insert_for(session.get_bind().dialect.name)
    statement = insert(ReleasedFigure).on_conflict_do_nothing(
        index_elements=["organisation_id", "measure", "contributors_key"]
    )
    await session.execute(statement, rows)
