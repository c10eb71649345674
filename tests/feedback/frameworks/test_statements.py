"""Writing a framework version costs the same statements for one competency
as for ten: HR writes frameworks of dozens of competencies and copies one for
every new version (it was three statements per competency)."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from backend.db import Database
from feedback.frameworks import service
from tests.support.evaluation_world import small_framework
from tests.support.factories import make_organisation, make_person, viewer_of
from tests.support.statements import count_statements


async def test_writing_and_copying_a_framework_cost_the_same_for_1_and_10_competencies(
    session: AsyncSession, database: Database
) -> None:
    organisation = await make_organisation(session)
    hr = viewer_of(await make_person(session, organisation, roles=["HR"]))
    created, copied = [], []
    for competencies in (1, 10):
        with count_statements(database.engine) as log:
            first = await service.create_framework(
                session, hr, small_framework(competencies, items=3), publish=True
            )
        created.append(log.count)
        with count_statements(database.engine) as log:
            copy = await service.new_version(session, hr, first.id)
        copied.append(log.count)
        found = await service.structure(session, copy.id)
        assert found is not None
        # In order, each with its own three items, continuing the line it was copied from.
        assert [c.title_da for c in found.competencies] == [
            f"Kompetence {c}" for c in range(1, competencies + 1)
        ]
        assert all(
            [i.text_da for i in c.items] == [f"Udsagn {k}.{i}" for i in (1, 2, 3)]
            for k, c in enumerate(found.competencies, start=1)
        )
        original = await service.structure(session, first.id)
        assert original is not None
        assert [c.lineage_id for c in found.competencies] == [c.id for c in original.competencies]
    assert created[0] == created[1], created
    assert copied[0] == copied[1], copied
