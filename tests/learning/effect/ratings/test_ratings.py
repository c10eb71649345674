"""Leaders rate the activities of their programmes (Kirkpatrick: reaction)."""

from __future__ import annotations

from typing import Any

from backend.api.relay import to_global_id
from learning.programmes.models import ActivityKind
from tests.support.effect_area import Area
from tests.support.operations import operation


async def _rate(api: Any, area: Area, who: Any, rating: int, **extra: Any) -> dict[str, Any]:
    activity = to_global_id("Activity", area.activities[ActivityKind.KNOWLEDGE].id)
    response = await api.execute(
        operation("RateActivity"),
        {"input": {"activityId": activity, "rating": rating, **extra}},
        token=area.token(who),
    )
    assert response.errors == []
    payload: dict[str, Any] = response.data["rateActivity"]
    return payload


async def test_a_leader_rates_and_rates_again(area: Area, api: Any) -> None:
    leader = area.leaders[0]
    first = await _rate(api, area, leader, 4, comment="Nyttig")
    assert first["errors"] == [] and first["rating"]["rating"] == 4
    again = await _rate(api, area, leader, 2, comment="Ved nærmere eftertanke")
    assert again["rating"]["id"] == first["rating"]["id"]
    assert (again["rating"]["rating"], again["rating"]["comment"]) == (2, "Ved nærmere eftertanke")
    mine = await api.execute(
        operation("MyActivityRatings"),
        {"activityIds": [first["rating"]["activityId"]]},
        token=area.token(leader),
    )
    assert [r["rating"] for r in mine.data["myActivityRatings"]] == [2]
    theirs = await api.execute(
        operation("MyActivityRatings"),
        {"activityIds": [first["rating"]["activityId"]]},
        token=area.token(area.director),
    )
    assert theirs.data["myActivityRatings"] == []


async def test_a_retry_returns_the_first_result(area: Area, api: Any) -> None:
    first = await _rate(api, area, area.leaders[0], 5, clientMutationId="r-1")
    retry = await _rate(api, area, area.leaders[0], 5, clientMutationId="r-1")
    assert retry["rating"] == first["rating"]


async def test_bad_ratings_are_refused(area: Area, api: Any) -> None:
    for value in (0, 6):
        payload = await _rate(api, area, area.leaders[0], value)
        assert payload["rating"] is None
        assert payload["errors"][0]["code"] == "INVALID"
        assert payload["errors"][0]["field"] == ["input", "rating"]
    long = await _rate(api, area, area.leaders[0], 3, comment="x" * 2001)
    assert long["errors"][0]["code"] == "TOO_LONG"


async def test_only_activities_of_your_own_programmes(area: Area, api: Any) -> None:
    for outsider in (area.colleague, area.director, area.outsider_hr):
        payload = await _rate(api, area, outsider, 4)
        assert payload["errors"][0]["code"] == "NOT_FOUND", outsider
