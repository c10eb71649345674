"""The DateTime override reads what strawberry's parser reads, the same way."""

from __future__ import annotations

import pytest
from strawberry.exceptions import StrawberryInputCoercionError
from strawberry.schema.types.base_scalars import DateTimeDefinition

from backend.api.scalars import DATETIME


@pytest.mark.parametrize(
    "text",
    [
        "2026-12-05T10:00:00Z",
        "2026-12-05T10:00:00.123+01:00",
        "2026-12-05T10:00:00.1234567+00:00",
        "2026-12-05",
        "2026-12-05T10:00",
        "20261205T100000Z",
        "2026-12-05T24:00:00",
    ],
)
def test_it_reads_as_strawberry_does(text: str) -> None:
    assert DATETIME.parse_value is not None and DateTimeDefinition.parse_value is not None
    ours, theirs = DATETIME.parse_value(text), DateTimeDefinition.parse_value(text)
    assert ours == theirs
    assert ours.utcoffset() == theirs.utcoffset()


@pytest.mark.parametrize("value", ["i går", "2026-13-05T10:00:00", 17])
def test_it_refuses_what_strawberry_refuses_with_its_message(value: object) -> None:
    assert DATETIME.parse_value is not None and DateTimeDefinition.parse_value is not None
    with pytest.raises(StrawberryInputCoercionError) as ours:
        DATETIME.parse_value(value)
    with pytest.raises(StrawberryInputCoercionError) as theirs:
        DateTimeDefinition.parse_value(value)
    assert str(ours.value) == str(theirs.value)


def test_it_is_published_as_strawberry_publishes_it() -> None:
    assert (DATETIME.name, DATETIME.description, DATETIME.specified_by_url) == (
        DateTimeDefinition.name,
        DateTimeDefinition.description,
        DateTimeDefinition.specified_by_url,
    )
