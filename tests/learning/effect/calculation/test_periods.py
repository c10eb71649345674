"""Learning effect's periods are fixed (whole quarters and years), never
arbitrary date bounds: two filters a few days apart would differ by the few
leaders who started then. The deprecated day bounds are widened to their
quarters; bad periods are refused with a localized error naming the field."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from backend.settings import Settings
from learning.effect.calculation.periods import period, quarter_end, quarter_start, widened
from tests.support.attack_tools import ask
from tests.support.effect_area import build_area


@pytest.mark.parametrize(
    ("day", "first", "last"),
    [
        (date(2026, 1, 1), date(2026, 1, 1), date(2026, 3, 31)),
        (date(2026, 5, 17), date(2026, 4, 1), date(2026, 6, 30)),
        (date(2026, 9, 30), date(2026, 7, 1), date(2026, 9, 30)),
        (date(2024, 12, 31), date(2024, 10, 1), date(2024, 12, 31)),
    ],
)
def test_a_day_lies_in_one_whole_quarter(day: date, first: date, last: date) -> None:
    assert (quarter_start(day), quarter_end(day)) == (first, last)


def test_a_period_is_a_whole_quarter_or_a_whole_year() -> None:
    assert period(2026, 1) == (date(2026, 1, 1), date(2026, 3, 31))
    assert period(2024, 4) == (date(2024, 10, 1), date(2024, 12, 31))
    assert period(2026, None) == (date(2026, 1, 1), date(2026, 12, 31))


def test_free_day_bounds_are_widened_to_their_quarters() -> None:
    assert widened(date(2026, 2, 14), date(2026, 8, 3)) == (date(2026, 1, 1), date(2026, 9, 30))
    assert widened(None, date(2026, 11, 2)) == (None, date(2026, 12, 31))
    assert widened(None, None) == (None, None)


async def _hr_asks(
    api: Any, session: AsyncSession, settings: Settings, wanted: Any, locale: str
) -> Any:
    area = await build_area(session, settings, leaders=3, staff=1)
    return await ask(
        api, "OrganisationLearningEffect", area.token(area.hr, locale), filter=wanted
    ), area


@pytest.mark.parametrize(
    ("wanted", "field", "danish", "english"),
    [
        (
            {"period": {"year": 2026, "quarter": 5}},
            ["filter", "period", "quarter"],
            "Kvartalet skal være 1, 2, 3 eller 4.",
            "The quarter must be 1, 2, 3 or 4.",
        ),
        (
            {"period": {"year": 1850}},
            ["filter", "period", "year"],
            "Året skal ligge mellem 2000 og 2100.",
            "The year must be between 2000 and 2100.",
        ),
        (
            {"period": {"year": 2026, "quarter": 1}, "startsUntil": "2026-02-01"},
            ["filter"],
            "Angiv enten en periode eller start- og slutdatoer, ikke begge.",
            "Give either a period or start and end dates, not both.",
        ),
    ],
)
async def test_a_bad_period_is_refused_in_danish_and_english_naming_its_field(
    api: Any,
    session: AsyncSession,
    settings: Settings,
    wanted: Any,
    field: list[str],
    danish: str,
    english: str,
) -> None:
    for locale, text in (("da", danish), ("en", english)):
        response, area = await _hr_asks(api, session, settings, wanted, locale)
        (error,) = response.errors
        assert error["extensions"]["code"] == "INVALID"
        assert error["extensions"]["field"] == field
        assert error["message"] == text
        # The export's mutation answers the same in its payload, never a server error.
        exported = await ask(
            api,
            "ExportLearningEffect",
            area.token(area.hr, locale),
            input={"format": "CSV", "scope": "ORGANISATION", "filter": wanted},
        )
        assert exported.errors == []
        payload = exported.data["exportLearningEffect"]
        assert payload["export"] is None
        assert [(e["code"], e["field"], e["message"]) for e in payload["errors"]] == [
            ("INVALID", ["input", *field], text)
        ]


async def test_a_quarter_counts_the_enrolments_that_started_in_it(
    api: Any, session: AsyncSession, settings: Settings
) -> None:
    started = date.today() - timedelta(days=10)  # the factories' start of an enrolment
    current = {"year": started.year, "quarter": (started.month - 1) // 3 + 1}
    response, _ = await _hr_asks(api, session, settings, {"period": current}, "da")
    assert response.errors == []
    found = response.data["organisationLearningEffect"]
    empty, _ = await _hr_asks(api, session, settings, {"period": {"year": started.year - 3}}, "da")
    assert empty.errors == []
    past = empty.data["organisationLearningEffect"]
    assert found["participation"]["enrolled"] > 0
    assert past["participation"]["enrolled"] == 0
