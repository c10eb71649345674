"""What the release audit reads: a request whose figures were all released
before reads no contributor list (the common case: the same view opened
again), and its cost does not grow with the sets released for other measures
or other populations. Only a set not recorded yet has its measure's
contributor lists read, once per measure and request."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from backend.db import Database, utcnow
from backend.privacy.models import ReleasedFigure
from backend.privacy.release import ReleaseLedger, contributors_key
from tests.support.factories import make_organisation
from tests.support.statements import StatementLog, count_statements

# A statement that reads the contributor lists themselves (not their key).
_CONTRIBUTORS = re.compile(r"released_figure\.contributors(?!_key)")
CHANGE = "effect.change:ALL"
GOALS = "effect.goals"


def people(*numbers: int) -> frozenset[str]:
    return frozenset(f"m{n}" for n in numbers)


def _lists_read(log: StatementLog) -> list[tuple[str, Any]]:
    return [
        (s, p)
        for s, p in zip(log.statements, log.parameters, strict=True)
        if _CONTRIBUTORS.search(s) and s.lstrip().upper().startswith("SELECT")
    ]


RELEASED = {
    CHANGE: [people(1, 2, 3, 4, 5, 6), people(1, 2, 3)],
    GOALS: [people(1, 2, 3, 4, 5, 6)],
}


async def _released_before(database: Database, organisation_id: int) -> None:
    async with database.session() as first:
        ledger = ReleaseLedger(first, organisation_id, prefix="effect.")
        for measure, sets in RELEASED.items():
            for chosen in sets:
                assert await ledger.allow(measure, chosen)
        await ledger.save()


async def _pad(session: AsyncSession, organisation_id: int, sets: int, size: int) -> None:
    """Sets of other measures and of other populations of the same measures,
    written as they are stored (large, disjoint from the figures above)."""
    rows = []
    for index in range(sets):
        members = sorted(f"m{100_000 + index * size + j}" for j in range(size))
        measure = (CHANGE, GOALS, f"effect.change:COMPETENCY:c{index}")[index % 3]
        rows.append(
            ReleasedFigure(
                organisation_id=organisation_id,
                measure=measure,
                contributors_key=contributors_key(members),
                contributors=members,
                at=utcnow(),
            )
        )
    session.add_all(rows)
    await session.commit()


async def _open_again(database: Database, organisation_id: int) -> StatementLog:
    """A request showing again every figure released before."""
    async with database.session() as later:
        ledger = ReleaseLedger(later, organisation_id, prefix="effect.")
        with count_statements(database.engine) as log:
            for measure, sets in RELEASED.items():
                for chosen in sets:
                    assert await ledger.allow(measure, set(chosen))
            await ledger.save()
    return log


async def test_figures_released_before_are_shown_again_without_reading_a_contributor_list(
    session: AsyncSession, database: Database
) -> None:
    organisation_id = (await make_organisation(session)).id
    await session.commit()
    await _released_before(database, organisation_id)

    small = await _open_again(database, organisation_id)
    # One read of what was released (the keys), nothing recorded again.
    assert small.count == 1, small.statements
    assert _lists_read(small) == []

    await _pad(session, organisation_id, sets=60, size=300)
    large = await _open_again(database, organisation_id)
    assert large.statements == small.statements
    assert _lists_read(large) == []


async def test_a_new_set_reads_the_contributor_lists_of_its_own_measure_once(
    session: AsyncSession, database: Database
) -> None:
    organisation_id = (await make_organisation(session)).id
    await session.commit()
    await _released_before(database, organisation_id)
    await _pad(session, organisation_id, sets=30, size=50)

    async with database.session() as later:
        ledger = ReleaseLedger(later, organisation_id, prefix="effect.")
        with count_statements(database.engine) as log:
            # Released before: allowed from the keys alone.
            assert await ledger.allow(CHANGE, people(1, 2, 3))
            # New: checked against the measure's sets, read now, and refused
            # (the set released before minus this one is person 6).
            assert not await ledger.allow(CHANGE, people(1, 2, 3, 4, 5))
            # New and harmless: the same measure's sets are not read again.
            assert await ledger.allow(CHANGE, people(1, 2, 3, 7, 8, 9))
            # In the same request, a difference with a set it released is refused too.
            assert not await ledger.allow(CHANGE, people(1, 2, 3, 7, 8))
            # Another measure's new set: its own sets, in a statement of their own.
            assert await ledger.allow(GOALS, people(11, 12, 13))
        read = _lists_read(log)
        assert len(read) == 2, log.statements
        assert len(log.statements) == 3, log.statements
        # Each read is narrowed to one measure, not the ledger's prefix.
        for (statement, parameters), measure in zip(read, (CHANGE, GOALS), strict=True):
            assert re.search(r"released_figure\.measure = ", statement), statement
            assert measure in list(parameters), parameters
            assert "effect." not in list(parameters)
        await ledger.save()

    async with database.session() as again:
        ledger = ReleaseLedger(again, organisation_id, prefix="effect.")
        # What this request recorded holds for the next, read lazily as well.
        assert await ledger.allow(CHANGE, people(1, 2, 3, 7, 8, 9))
        assert not await ledger.allow(CHANGE, people(1, 2, 3, 7, 8, 9, 10))
        assert not await ledger.allow(GOALS, people(11, 12, 13, 14))
