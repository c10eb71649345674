"""The tenant repository base: reads stay inside the viewer's organisation."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from backend.identity.models import Unit
from backend.repository import TenantRepository, group_by, in_key_order
from tests.support.factories import make_organisation, make_unit

units = TenantRepository(Unit)


async def test_by_ids_finds_only_rows_of_the_organisation(session: AsyncSession) -> None:
    home, other = await make_organisation(session), await make_organisation(session)
    mine = await make_unit(session, home)
    theirs = await make_unit(session, other)
    found = await units.by_ids(session, home.id, [theirs.id, mine.id, mine.id])
    assert [u.id for u in found] == [mine.id]
    assert await units.by_id(session, home.id, theirs.id) is None
    assert await units.by_ids(session, home.id, []) == []


def test_loader_answers_follow_the_keys() -> None:
    rows = [(2, "b"), (1, "a"), (2, "c")]
    assert in_key_order([1, 3], rows, key=lambda r: r[0]) == [(1, "a"), None]
    assert group_by([2, 3, 1], rows, key=lambda r: r[0]) == [[(2, "b"), (2, "c")], [], [(1, "a")]]
