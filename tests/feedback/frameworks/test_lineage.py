"""A competency carries its lineage: its own id when new, its predecessor's
when a version is copied or when HR says a (renamed) competency continues one
of an earlier version of the same framework."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from backend.api.errors import DomainError
from feedback.frameworks import service
from feedback.frameworks.repository import CompetencyRow
from tests.support.evaluation_world import small_framework
from tests.support.factories import make_organisation, make_person, viewer_of


async def test_new_competencies_start_their_own_line_and_a_copy_continues_them(
    session: AsyncSession,
) -> None:
    organisation = await make_organisation(session)
    hr = viewer_of(await make_person(session, organisation, roles=["HR"]))
    first = await service.create_framework(session, hr, small_framework(), publish=True)
    old = await _competencies(session, first.id)
    assert [c.lineage_id for c in old] == [c.id for c in old]
    copy = await service.new_version(session, hr, first.id)
    new = await _competencies(session, copy.id)
    assert [c.id for c in new] != [c.id for c in old]
    assert [c.lineage_id for c in new] == [c.id for c in old]


async def test_a_competency_continues_only_one_of_the_same_framework(
    session: AsyncSession,
) -> None:
    organisation = await make_organisation(session)
    hr = viewer_of(await make_person(session, organisation, roles=["HR"]))
    first = await service.create_framework(session, hr, small_framework(), publish=True)
    other = await service.create_framework(session, hr, small_framework(), publish=True)
    mine = await _competencies(session, first.id)
    theirs = await _competencies(session, other.id)
    command = replace(small_framework(), family=first.family)
    renamed = replace(command.competencies[0], title_da="Nyt navn", continues=mine[1].id)
    made = await service.create_framework(
        session, hr, replace(command, competencies=[renamed, command.competencies[1]])
    )
    new = await _competencies(session, made.id)
    assert [c.lineage_id for c in new] == [mine[1].lineage_id, new[1].id]
    # Another family's competency, or one line continued twice: refused.
    for continues in ([theirs[0].id, None], [mine[0].id, mine[0].id]):
        competencies = [
            replace(c, continues=k) for c, k in zip(command.competencies, continues, strict=True)
        ]
        with pytest.raises(DomainError):
            await service.create_framework(session, hr, replace(command, competencies=competencies))


async def _competencies(session: AsyncSession, framework_id: int) -> tuple[CompetencyRow, ...]:
    found = await service.structure(session, framework_id)
    assert found is not None
    return found.competencies
