"""Attacks through the phone's kept summary of learning effect
(``learning.effect.summary``): a summary is served again to its viewer for a
few minutes, so what it shows must be what the release ledger recorded,
however the request that computed it ended, and whatever happened in the
organisation since. Each attack reads only what the API hands a role and
fails if two figures it got could be subtracted to one leader's."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from sqlalchemy import func, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

import backend.privacy.release as release
from backend.identity.models import Membership, Person
from backend.privacy.models import ReleasedFigure
from backend.settings import Settings
from learning.effect.summary.models import EffectSummarySnapshot
from tests.support.attack_tools import ask
from tests.support.effect_area import Area, area_with_everything
from tests.support.factories import make_unit
from tests.support.no_connection import NoConnection
from tests.support.operations import gid

# The figures of the summary that rest on leaders' answers.
FIGURES = ("goalAttainment", "behaviourChange", "reaction")


async def _summary(api: Any, token: str, **variables: Any) -> Any:
    response = await ask(api, "LearningEffectSummary", token, **variables)
    return response


def _shown(summary: dict[str, Any], figure: str) -> bool:
    return not summary[figure]["suppressed"]


async def _unit_of_all_but_one(session: AsyncSession, area: Area) -> str:
    """A unit holding every leader of the area but the first: a filter on it
    is the whole area minus one leader."""
    unit = await make_unit(session, area.organisation)
    await session.execute(
        update(Membership)
        .where(Membership.id.in_([m.id for m in area.leaders[1:]]))
        .values(unit_id=unit.id)
    )
    await session.commit()
    return gid("Unit", unit.id)


async def _recorded(session: AsyncSession, area: Area) -> int:
    await session.commit()
    found = await session.scalar(
        select(func.count()).where(ReleasedFigure.organisation_id == area.organisation.id)
    )
    return int(found or 0)


async def _kept(session: AsyncSession, area: Area) -> list[Any]:
    await session.commit()
    return list(
        (
            await session.execute(
                select(EffectSummarySnapshot.__table__).where(
                    EffectSummarySnapshot.organisation_id == area.organisation.id
                )
            )
        ).all()
    )


async def test_figures_the_ledger_could_not_record_in_a_transaction_of_its_own_stay_recorded(
    session: AsyncSession, settings: Settings, api: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The ledger's own transaction fails (no connection to be had, which an
    attacker can bring about with load): its records join the reader's
    transaction, which a query rolls back. The summary showed the whole area
    anyway; unrecorded, the area minus one leader is released next, and the
    two differ by that leader's figures."""
    area = await area_with_everything(session, settings, 4)
    all_but_one = await _unit_of_all_but_one(session, area)
    token = area.token(area.director)

    with monkeypatch.context() as patched:
        patched.setattr(release, "database_of", lambda _: NoConnection())
        whole = await _summary(api, token)
    if whole.errors:
        # Not shown at all is as good as recorded: the phone asks again.
        assert whole.data is None or whole.data["learningEffectSummary"] is None
        return
    whole_summary = whole.data["learningEffectSummary"]
    assert any(_shown(whole_summary, f) for f in FIGURES)
    assert await _recorded(session, area) > 0, "figures were shown that the ledger never recorded"

    part = (await _summary(api, token, filter={"unitId": all_but_one})).data
    part_summary = part["learningEffectSummary"]
    for figure in FIGURES:
        both = _shown(whole_summary, figure) and _shown(part_summary, figure)
        assert not both, f"{figure}: the whole area minus the rest is one leader's"


def _never_both(first: dict[str, Any], second: dict[str, Any]) -> None:
    for figure in FIGURES:
        both = _shown(first, figure) and _shown(second, figure)
        assert not both, f"{figure}: one figure minus the other is one leader's"


async def test_a_stale_area_beside_the_fresh_full_view_is_not_a_difference(
    session: AsyncSession, settings: Settings, api: Any
) -> None:
    """The director's summary is kept over four leaders; one of them moves to
    another manager. The kept summary still shows the four for a few
    minutes, the full view shows the three left: the difference would be the
    leader who moved. The kept figures are in the ledger, so the full view's
    are refused."""
    area = await area_with_everything(session, settings, 4)
    token = area.token(area.director)
    kept = (await _summary(api, token)).data["learningEffectSummary"]
    assert _shown(kept, "behaviourChange") and _shown(kept, "reaction")
    await session.execute(
        update(Membership)
        .where(Membership.id == area.leaders[0].id)
        .values(manager_id=area.colleague.id)
    )
    await session.commit()

    again = (await _summary(api, token)).data["learningEffectSummary"]
    assert again["computedAt"] == kept["computedAt"], "served from the kept summary"
    full = (await ask(api, "LearningEffect", token)).data["learningEffect"]
    fresh = {
        "goalAttainment": full["goalAttainment"]["overall"],
        "behaviourChange": full["behaviourChange"]["overall"],
        "reaction": full["reaction"],
    }
    assert full["participation"]["enrolled"] == 3
    _never_both(again, fresh)


async def test_two_first_requests_at_once_never_both_show_what_singles_one_out(
    session: AsyncSession, settings: Settings, api: Any
) -> None:
    """The director's area (four leaders) and HR's organisation narrowed to a
    unit of three of them, asked for at the same moment, each a first
    request: each alone is allowed by the ledger as it was. One of them must
    lose (CONFLICT, or suppressed), and a summary that lost is not kept to be
    served later as if it had won."""
    area = await area_with_everything(session, settings, 4)
    all_but_one = await _unit_of_all_but_one(session, area)
    whole, part = await asyncio.gather(
        _summary(api, area.token(area.director)),
        _summary(api, area.token(area.hr), scope="ORGANISATION", filter={"unitId": all_but_one}),
    )
    for response in (whole, part):
        assert response.codes in ([], ["CONFLICT"])
    if not whole.errors and not part.errors:
        _never_both(whole.data["learningEffectSummary"], part.data["learningEffectSummary"])
    # Opened again (kept, or computed now the other is recorded): still never both.
    whole = await _summary(api, area.token(area.director))
    part = await _summary(
        api, area.token(area.hr), scope="ORGANISATION", filter={"unitId": all_but_one}
    )
    assert whole.errors == [] and part.errors == []
    _never_both(whole.data["learningEffectSummary"], part.data["learningEffectSummary"])


async def test_a_summary_computed_before_an_erasure_is_not_served_after_it(
    session: AsyncSession, settings: Settings, api: Any
) -> None:
    """A summary computed while HR erases a leader is stored once the erasure
    (which drops the organisation's summaries) has committed: it holds the
    erased leader's part. Copying the row back is exactly what that racing
    request writes; it must not be served."""
    area = await area_with_everything(session, settings, 4)
    token = area.token(area.director)
    first = (await _summary(api, token)).data["learningEffectSummary"]
    (racing,) = await _kept(session, area)

    erased = area.leaders[0]
    email = await session.scalar(select(Person.email).where(Person.id == erased.person_id))
    response = await ask(
        api,
        "ErasePerson",
        area.token(area.hr),
        input={"personId": gid("Person", erased.person_id), "confirmEmail": email},
    )
    assert response.data["erasePerson"]["errors"] == []
    assert await _kept(session, area) == []
    row = dict(racing._mapping)
    row.pop("id")
    await session.execute(insert(EffectSummarySnapshot).values(**row))
    await session.commit()

    again = (await _summary(api, token)).data["learningEffectSummary"]
    assert again["computedAt"] != first["computedAt"], "the erased leader's part served again"
