"""The phone's summary is kept for its viewer a few minutes: opened again, it
is read in a few statements whatever the area; it is computed anew when it
is too old, when a 360 cycle of the organisation closes, on a new day, and
after anyone of the organisation is erased. Who may see it is checked on
every read, and a kept summary is served to the viewer who opened it only."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from backend.db import Database, utcnow
from backend.identity.models import Membership, Person
from backend.settings import Settings
from learning.effect.summary.models import EffectSummarySnapshot
from learning.programmes.enrolments import service as enrolments
from tests.support.effect_area import Area, area_with_everything, raters, run_cycle
from tests.support.factories import make_person, make_unit, viewer_of
from tests.support.operations import gid, operation
from tests.support.statements import count_statements

SUMMARY = operation("LearningEffectSummary")
ERASE = operation("ErasePerson")


async def _open(
    api: Any,
    database: Database,
    token: str,
    scope: str = "AREA",
    **variables: Any,
) -> tuple[dict[str, Any], list[str]]:
    with count_statements(database.engine) as log:
        response = await api.execute(SUMMARY, {"scope": scope, **variables}, token=token)
    assert response.errors == [], response.errors
    return response.data["learningEffectSummary"], log.statements


async def _kept(session: AsyncSession, area: Area) -> int:
    await session.commit()
    found = await session.scalar(
        select(func.count()).where(EffectSummarySnapshot.organisation_id == area.organisation.id)
    )
    return int(found or 0)


async def _age(session: AsyncSession, area: Area, **changes: Any) -> None:
    """Make the organisation's kept summaries look as if computed earlier."""
    await session.execute(
        update(EffectSummarySnapshot)
        .where(EffectSummarySnapshot.organisation_id == area.organisation.id)
        .values(**changes)
    )
    await session.commit()


async def _enrol_one_more(session: AsyncSession, area: Area) -> None:
    newcomer = await make_person(
        session, area.organisation, roles=["LEADER"], manager=area.director
    )
    await enrolments.enrol_leader(
        session,
        viewer_of(area.hr),
        enrolments.EnrolCommand(
            programme_id=area.programme_id, membership_id=newcomer.id, starts_on=date.today()
        ),
    )
    await session.commit()


async def test_a_summary_opened_again_is_read_in_a_few_statements_whatever_the_area(
    session: AsyncSession, settings: Settings, database: Database, api: Any
) -> None:
    counts = []
    for leaders in (3, 30):
        area = await area_with_everything(session, settings, leaders)
        token = area.token(area.director)
        first, computing = await _open(api, database, token)
        again, statements = await _open(api, database, token)
        assert again == first
        assert first["participation"]["enrolled"] == leaders
        assert first["behaviourChange"]["leaders"] == leaders
        # The viewer, the policy's check and the kept summary: no aggregate.
        assert not [s for s in statements if "fx_" in s], statements
        assert len(statements) < len(computing)
        counts.append(len(statements))
    assert counts[0] == counts[1] <= 4, counts


async def test_new_progress_shows_once_the_kept_summary_is_older_than_its_max_age(
    session: AsyncSession, settings: Settings, database: Database, api: Any
) -> None:
    area = await area_with_everything(session, settings, 3)
    token = area.token(area.director)
    first, _ = await _open(api, database, token)
    await _enrol_one_more(session, area)

    kept, _ = await _open(api, database, token)
    assert kept["participation"]["enrolled"] == 3
    assert kept["computedAt"] == first["computedAt"]

    max_age = timedelta(seconds=settings.effect_summary_max_age_seconds)
    await _age(session, area, computed_at=utcnow() - max_age - timedelta(seconds=1))
    renewed, _ = await _open(api, database, token)
    assert renewed["participation"]["enrolled"] == 4
    assert renewed["computedAt"] > first["computedAt"]
    assert await _kept(session, area) == 1


async def test_a_closing_cycle_renews_the_summary_at_once(
    session: AsyncSession, settings: Settings, database: Database, api: Any
) -> None:
    area = await area_with_everything(session, settings, 4)
    token = area.token(area.director)
    first, _ = await _open(api, database, token)
    assert first["behaviourChange"]["leaders"] == 4

    baseline = await run_cycle(session, area, {area.leaders[0].id: raters(2, 2, 2)})
    assert baseline
    renewed, statements = await _open(api, database, token)
    assert renewed["computedAt"] > first["computedAt"]
    assert [s for s in statements if "fx_" in s]


async def test_a_summary_read_while_a_cycle_closes_is_not_served_after_the_close(
    session: AsyncSession, settings: Settings, database: Database, api: Any
) -> None:
    """A request that read the figures before a close committed, and kept
    them after it, wrote a summary computed after the close's moment but
    holding the figures from before it: what it saw is what counts."""
    area = await area_with_everything(session, settings, 4)
    token = area.token(area.director)
    first, _ = await _open(api, database, token)

    await run_cycle(session, area, {area.leaders[0].id: raters(2, 2, 2)})
    await _age(session, area, computed_at=utcnow())
    renewed, statements = await _open(api, database, token)
    assert renewed["computedAt"] > first["computedAt"]
    assert [s for s in statements if "fx_" in s]


async def test_a_new_day_computes_the_summary_anew(
    session: AsyncSession, settings: Settings, database: Database, api: Any
) -> None:
    area = await area_with_everything(session, settings, 3)
    token = area.token(area.director)
    first, _ = await _open(api, database, token)
    await _age(session, area, as_of=date.today() - timedelta(days=1))
    again, statements = await _open(api, database, token)
    assert again["asOf"] == first["asOf"] == date.today().isoformat()
    assert [s for s in statements if "fx_" in s]


async def test_a_kept_summary_is_served_to_the_viewer_who_opened_it_only(
    session: AsyncSession, settings: Settings, database: Database, api: Any
) -> None:
    """Two HR members, each reading the whole organisation, and the leader of
    leaders their area: nobody learns from how fast it answers whether
    another opened it; each has their own."""
    area = await area_with_everything(session, settings, 3)
    colleague = await make_person(session, area.organisation, roles=["HR"])
    await session.commit()
    readers = ((area.hr, "ORGANISATION"), (colleague, "ORGANISATION"), (area.director, "AREA"))
    for reader, scope in readers:
        _, statements = await _open(api, database, area.token(reader), scope=scope)
        assert [s for s in statements if "fx_" in s], "computed for this viewer"
    assert await _kept(session, area) == len(readers)


async def test_filters_and_languages_are_kept_apart(
    session: AsyncSession, settings: Settings, database: Database, api: Any
) -> None:
    area = await area_with_everything(session, settings, 4)
    unit = await make_unit(session, area.organisation)
    await session.execute(
        update(Membership)
        .where(Membership.id.in_([m.id for m in area.leaders[:2]]))
        .values(unit_id=unit.id)
    )
    await session.commit()
    whole, _ = await _open(api, database, area.token(area.director))
    narrowed, _ = await _open(
        api, database, area.token(area.director), filter={"unitId": gid("Unit", unit.id)}
    )
    english, _ = await _open(api, database, area.token(area.director, locale="en"))
    assert whole["participation"]["enrolled"] == 4
    assert narrowed["participation"]["enrolled"] == 2
    assert english["notes"] != whole["notes"]
    assert english["participation"] == whole["participation"]
    assert await _kept(session, area) == 3


async def test_a_viewer_no_longer_over_leaders_is_refused_although_a_summary_is_kept(
    session: AsyncSession, settings: Settings, database: Database, api: Any
) -> None:
    area = await area_with_everything(session, settings, 3)
    token = area.token(area.director)
    await _open(api, database, token)
    # The leaders below now report to someone else: no area left to read.
    await session.execute(
        update(Membership)
        .where(Membership.id.in_([m.id for m in area.leaders]))
        .values(manager_id=area.colleague.id)
    )
    await session.commit()
    response = await api.execute(SUMMARY, {"scope": "AREA"}, token=token)
    assert response.codes == ["FORBIDDEN"]
    assert response.data is None or response.data.get("learningEffectSummary") is None


async def test_erasing_anyone_drops_every_summary_of_the_organisation(
    session: AsyncSession, settings: Settings, database: Database, api: Any
) -> None:
    """A kept figure may hold the erased person's part: it is not served again."""
    area = await area_with_everything(session, settings, 3)
    await _open(api, database, area.token(area.director))
    await _open(api, database, area.token(area.hr), scope="ORGANISATION")
    assert await _kept(session, area) == 2
    erased = area.leaders[0]
    email = await session.scalar(select(Person.email).where(Person.id == erased.person_id))
    response = await api.execute(
        ERASE,
        {"input": {"personId": gid("Person", erased.person_id), "confirmEmail": email}},
        token=area.token(area.hr),
    )
    assert response.errors == []
    assert response.data["erasePerson"]["errors"] == []
    assert await _kept(session, area) == 0
