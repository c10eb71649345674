"""The demo seed: "Ny som leder" for an organisation's new leaders."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.settings import Settings
from learning.programmes import repository
from learning.programmes.models import (
    ActionEvidence,
    ActivityKind,
    ManagerCheckpoint,
    ProgrammeVersion,
    Reflection,
)
from learning.programmes.seed import seed_programmes
from tests.support.factories import make_organisation, make_person, token_for
from tests.support.graphql_client import GraphQLClient
from tests.support.operations import operation


async def test_seed_builds_ny_som_leder_for_the_new_leaders(
    session: AsyncSession, api: GraphQLClient, settings: Settings
) -> None:
    organisation = await make_organisation(session, name="Aarhus Kommune")
    await make_person(session, organisation, roles=["HR"], name="Helle HR")
    chief = await make_person(session, organisation, roles=["LEADER"], name="Bo Chef")
    new = [
        await make_person(
            session,
            organisation,
            roles=["LEADER"],
            manager=chief,
            name=name,
            leader_since=date.today() - timedelta(days=90 * (i + 1)),
        )
        for i, name in enumerate(["Sara Ny", "Ali Ny"])
    ]
    await make_person(
        session, organisation, roles=["LEADER"], name="Erfaren", leader_since=date(2010, 1, 1)
    )
    seeded = await seed_programmes(session, organisation.id)
    await session.commit()
    assert len(seeded.enrolment_ids) == 2

    version = await session.get(ProgrammeVersion, seeded.version_id)
    assert version is not None and version.title == "Ny som leder" and version.status == "PUBLISHED"
    modules = await repository.modules_of_versions(session, [version.id])
    activities = await repository.activities_of_versions(session, [version.id])
    assert len(modules) == 5
    for module in modules:
        assert {a.kind for a in activities if a.module_id == module.id} == set(ActivityKind)
    reflection = await session.scalar(
        select(Reflection).where(Reflection.enrolment_id == seeded.enrolment_ids[0])
    )
    assert reflection is not None and reflection.shared_with_manager
    assert await session.scalar(
        select(ActionEvidence).where(ActionEvidence.enrolment_id == seeded.enrolment_ids[0])
    )
    held = await session.scalar(
        select(ManagerCheckpoint).where(
            ManagerCheckpoint.enrolment_id == seeded.enrolment_ids[0],
            ManagerCheckpoint.completed_at.is_not(None),
        )
    )
    assert held is not None and held.kind == "BEFORE"

    # The seeded leader's phone shows it, and the manager reads the shared reflection.
    home = await api.execute(operation("Home"), token=token_for(new[0], settings))
    assert home.data["home"]["enrolments"][0]["progress"]["completed"] == 3
    detail = await api.execute(
        operation("EnrolmentDetail"),
        {"id": home.data["home"]["enrolments"][0]["id"]},
        token=token_for(chief, settings),
    )
    assert any(a["reflection"] for a in detail.data["node"]["activities"])

    again = await seed_programmes(session, organisation.id)
    assert not again.created and again.programme_id == seeded.programme_id
