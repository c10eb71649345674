"""The generic release rule: thresholds, the linear attacker's rank test, and
the audit that remembers, per organisation and measure, what was released."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

import backend.db as db_module
from backend.api.errors import DomainError, ErrorCode
from backend.db import Database, set_database
from backend.privacy import audit
from backend.privacy.models import AuditAction, PrivacyAuditEntry, ReleasedFigure
from backend.privacy.release import (
    MIN_CONTRIBUTORS,
    Released,
    ReleaseLedger,
    meets,
    owner,
    release,
    singles_out,
)
from backend.settings import Settings
from tests.support.factories import make_organisation
from tests.support.network import free_port


def people(*numbers: int) -> set[str]:
    return {f"m{n}" for n in numbers}


def test_no_figure_rests_on_fewer_than_three_whatever_the_minimum_says() -> None:
    assert MIN_CONTRIBUTORS == 3
    assert not meets(2, 1) and meets(3, 1) and not meets(4, 5)


def test_only_the_release_module_makes_a_released_figure() -> None:
    assert release(7).value == 7
    with pytest.raises(TypeError):
        Released(7, object())


def test_a_set_of_fewer_than_three_people_singles_them_out() -> None:
    assert singles_out([people(1, 2)])
    # Three ratings of one person are still one person.
    assert singles_out([{"m1/e1/p1", "m1/e1/p2", "m1/e1/p3"}])
    assert owner("m1/e1/p3") == "m1"


def test_a_difference_of_one_or_two_people_singles_them_out() -> None:
    assert singles_out([people(1, 2, 3, 4), people(1, 2, 3)])
    assert singles_out([people(1, 2, 3, 4, 5), people(1, 2, 3)])
    assert not singles_out([people(1, 2, 3, 4, 5, 6), people(1, 2, 3)])


def test_a_person_in_the_span_of_overlapping_sets_is_singled_out() -> None:
    # No two sets differ by one, but (A ∪ B) − A − B + (A ∩ B)... : 4 = s1 + s2 − s3.
    sets = [people(1, 2, 3, 4), people(4, 5, 6, 7), people(1, 2, 3, 4, 5, 6, 7)]
    assert singles_out(sets)
    # Disjoint parts and their total single out nobody.
    assert not singles_out([people(1, 2, 3), people(4, 5, 6), people(1, 2, 3, 4, 5, 6)])


def test_two_people_set_against_each_other_are_singled_out() -> None:
    # The two figures differ by person 4 in and person 5 out: their difference
    # is 4's value minus 5's, a figure of two people.
    assert singles_out([people(1, 2, 3, 4), people(1, 2, 3, 5)])
    sets = [people(1, 2, 3, 4, 5), people(1, 2, 3, 9, 10, 11)]
    assert not singles_out(sets)
    # With the three they share, the first minus them is persons 4 and 5 together.
    assert singles_out([*sets, people(1, 2, 3)])


def test_a_total_its_shown_parts_and_a_hidden_part_of_two_is_refused() -> None:
    """Complementary suppression as the audit does it: the last shown part
    would make total − parts the hidden part of two people."""
    total = {"m1/a", "m2/a", "m3/a", "m1/b", "m2/b"}
    knowledge = {"m1/a", "m2/a", "m3/a"}
    assert not singles_out([total])
    assert singles_out([total, knowledge])


async def test_the_ledger_holds_across_requests_and_refuses_a_difference(
    session: AsyncSession, database: Database
) -> None:
    organisation = await make_organisation(session)
    other = await make_organisation(session)
    await session.commit()
    first = ReleaseLedger(session, organisation.id, prefix="effect.")
    assert await first.allow("effect.change:ALL", people(1, 2, 3, 4))
    assert await first.allow("effect.change:ALL", people(1, 2, 3, 4))  # the same set again
    await first.save()

    async with database.session() as later:
        again = ReleaseLedger(later, organisation.id, prefix="effect.")
        assert not await again.allow("effect.change:ALL", people(1, 2, 3))
        # Another measure, or another organisation, is another ledger.
        assert await again.allow("effect.change:COMPETENCY:x", people(1, 2, 3))
        await again.save()
    async with database.session() as elsewhere:
        theirs = ReleaseLedger(elsewhere, other.id, prefix="effect.")
        assert await theirs.allow("effect.change:ALL", people(1, 2, 3))
    rows = await session.scalar(
        select(func.count())
        .select_from(ReleasedFigure)
        .where(ReleasedFigure.organisation_id == organisation.id)
    )
    assert rows == 2
    with pytest.raises(ValueError):
        await again.allow("feedback.x", people(1, 2, 3))


async def test_two_requests_at_once_cannot_complete_a_subtraction_between_them(
    session: AsyncSession, database: Database
) -> None:
    """Each request checked its figure against what was recorded before either
    began; recording them under the organisation's lock, the second fails with
    CONFLICT before its figure is shown, and nothing of it is kept."""
    organisation = await make_organisation(session)
    await session.commit()
    async with database.session() as one, database.session() as two:
        first = ReleaseLedger(one, organisation.id, prefix="effect.")
        second = ReleaseLedger(two, organisation.id, prefix="effect.")
        assert await first.allow("effect.change:ALL", people(1, 2, 3, 4))
        assert await second.allow("effect.change:ALL", people(1, 2, 3))
        await first.save()
        with pytest.raises(DomainError) as refused:
            await second.save()
    assert refused.value.code == ErrorCode.CONFLICT
    kept = await session.scalars(
        select(ReleasedFigure.contributors).where(ReleasedFigure.organisation_id == organisation.id)
    )
    assert [sorted(row) for row in kept] == [sorted(people(1, 2, 3, 4))]


def test_a_combination_over_several_ratings_of_two_people_is_singled_out() -> None:
    """Found by the property-based attacker: the second set minus the third is
    a's reflection plus b's reflection minus b's knowledge rating, two people
    over three classes of contributors (no class and no pair of classes alone)."""
    sets = [
        {"a/A", "a/K", "b/R", "d/R", "e/R"},
        {"a/K", "a/R", "b/R", "c/K", "d/K", "d/R", "e/A", "e/R", "f/R"},
        {"a/K", "b/K", "c/K", "d/K", "d/R", "e/A", "e/R", "f/R"},
    ]
    assert not singles_out(sets[:2])
    assert singles_out(sets)


async def test_ledgers_of_a_reader_whose_organisation_is_not_committed_save_one_after_another(
    session: AsyncSession,
) -> None:
    """The first save cannot use a transaction of its own (the organisation is
    not committed yet) and joins the reader's, which then holds the release
    lock: a second save in the same request joins it too instead of waiting
    for it forever (a whole PostgreSQL run hung here)."""
    organisation = await make_organisation(session)
    for measure in ("effect.change:ALL", "effect.goals:ALL"):
        ledger = ReleaseLedger(session, organisation.id, prefix="effect.")
        assert await ledger.allow(measure, people(1, 2, 3, 4))
        await asyncio.wait_for(ledger.save(), timeout=30)
    kept = await session.scalar(
        select(func.count())
        .select_from(ReleasedFigure)
        .where(ReleasedFigure.organisation_id == organisation.id)
    )
    assert kept == 2


async def test_records_of_their_own_go_to_the_readers_database_not_the_processs(
    session: AsyncSession, database: Database, settings: Settings
) -> None:
    """Released figures and audit entries are written in a transaction of
    their own; it must be on the database the reader reads, whatever the
    process last pointed at (an app started on another database, or on one
    where nothing listens, left a CI run's audit writes refused)."""
    organisation_id = (await make_organisation(session)).id
    await session.commit()
    nowhere = f"postgresql+asyncpg://postgres@127.0.0.1:{free_port()}/ledelyst"
    elsewhere = Database(settings.model_copy(update={"database_url": nowhere}))
    before = db_module._database
    set_database(elsewhere)
    try:
        ledger = ReleaseLedger(session, organisation_id, prefix="effect.")
        assert await ledger.allow("effect.change:ALL", people(1, 2, 3, 4))
        await ledger.save()
        await audit.record_now(
            session, audit.entry(organisation_id, None, 1, AuditAction.REPORT_VIEWED)
        )
    finally:
        set_database(before)
        await elsewhere.dispose()
    await session.rollback()  # what was kept was kept in transactions of their own
    async with database.session() as later:
        figures = await later.scalar(
            select(func.count())
            .select_from(ReleasedFigure)
            .where(ReleasedFigure.organisation_id == organisation_id)
        )
        entries = await later.scalar(
            select(func.count())
            .select_from(PrivacyAuditEntry)
            .where(PrivacyAuditEntry.organisation_id == organisation_id)
        )
    assert (figures, entries) == (1, 1)
