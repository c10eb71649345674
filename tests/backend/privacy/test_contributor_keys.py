"""The database makes the key of a contributor set exactly as
``release.contributors_key`` makes it in Python, on either dialect: the same
strings, distinct, in the same order, the same hash."""

from __future__ import annotations

from sqlalchemy import String, literal, select, union_all
from sqlalchemy.ext.asyncio import AsyncSession

from backend.privacy.contributor_keys import contributors_key_of
from backend.privacy.release import contributors_key

GROUPS = {
    # Numbers sort as text ("m10" before "m9"), as Python sorts them; repeats count once.
    "numbers": ["m9", "m10", "m1", "m10", "m1/e2/p3", "m1/e2/p30", "m1/e2/p4"],
    # Beyond ASCII: byte order of UTF-8 is the order of code points.
    "letters": ["mø", "mz", "mÅ", "m\u20ac", "m\U0001f600", "mZ", "m-"],
    "one": ["m1/f7"],
}


def _rows() -> list[tuple[str, str | None]]:
    rows: list[tuple[str, str | None]] = [
        (group, unit) for group, units in GROUPS.items() for unit in units
    ]
    # A NULL unit adds nothing; a group of NULLs alone has no key.
    return [*rows, ("numbers", None), ("none", None)]


async def test_the_database_makes_the_key_of_a_set_as_python_does(session: AsyncSession) -> None:
    parts = union_all(
        *(
            select(literal(group, String).label("g"), literal(unit, String).label("u"))
            for group, unit in _rows()
        )
    ).subquery("units")
    statement = select(parts.c.g, contributors_key_of(parts.c.u)).group_by(parts.c.g)
    found: dict[str, str | None] = dict((await session.execute(statement)).tuples().all())
    expected: dict[str, str | None] = {g: contributors_key(u) for g, u in GROUPS.items()}
    expected["none"] = None
    assert found == expected
