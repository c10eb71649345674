"""Every log line written during a request carries that request's id."""

from __future__ import annotations

import logging

import pytest

from tests.api.test_unit_of_work import CREATE
from tests.support.factories import unique


async def test_every_line_of_a_request_carries_its_id(
    client, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    response = await client.execute(
        CREATE,
        {"input": {"slug": unique("log"), "name": "X", "crashAfterWrite": True}},
        headers={"x-request-id": "req42"},
    )
    assert response.errors[0]["extensions"]["requestId"] == "req42"
    ours = [r for r in caplog.records if r.name.startswith("ledelyst")]
    assert ours, "the request wrote no log line"
    assert {getattr(r, "request_id", None) for r in ours} == {"req42"}
