"""A municipality's directory provisions a unit tree of 1,000 people with
managers through SCIM, then moves, renames and deactivates some: reporting
lines follow, and a deactivated leader's 360 history stays."""

from __future__ import annotations

import time
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from backend.db import utcnow
from backend.identity.models import Membership, Person, Unit
from backend.identity.scim.models import ScimEvent, ScimUser
from feedback.evaluations.models import Evaluation, EvaluationCycle
from feedback.frameworks.models import CompetencyFramework
from tests.backend.identity.scim.conftest import ENTERPRISE, PATCH, user
from tests.support.factories import unique
from tests.support.identity_world import World

HEADS, LEADERS_PER_HEAD, STAFF_PER_LEADER = 9, 10, 10  # 1 + 9 + 90 + 900 = 1,000


async def provision(client: Any, name: str, department: str, manager: str | None) -> str:
    enterprise: dict[str, Any] = {"department": department}
    if manager is not None:
        enterprise["manager"] = {"value": manager}
    response = await client.post(
        "/Users", json=user(f"{name}@tree.fjordby.dk", externalId=name, enterprise=enterprise)
    )
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


async def membership(session: Any, scim_id: str) -> Membership:
    row = await session.get(ScimUser, int(scim_id), populate_existing=True)
    return await session.get(Membership, row.membership_id, populate_existing=True)


async def give_360_history(session: Any, organisation_id: int, leader: Membership) -> int:
    framework = CompetencyFramework(
        organisation_id=organisation_id,
        family=unique("family"),
        version=1,
        name_da="Ramme",
        name_en="Framework",
        scale_labels={"da": ["1", "2", "3", "4", "5"], "en": ["1", "2", "3", "4", "5"]},
    )
    session.add(framework)
    await session.flush()
    cycle = EvaluationCycle(
        organisation_id=organisation_id,
        framework_id=framework.id,
        name="360 2026",
        opens_at=utcnow() - timedelta(days=60),
        closes_at=utcnow() - timedelta(days=30),
        closed_at=utcnow() - timedelta(days=30),
        status="CLOSED",
    )
    session.add(cycle)
    await session.flush()
    evaluation = Evaluation(
        organisation_id=organisation_id,
        cycle_id=cycle.id,
        leader_id=leader.id,
        manager_id=leader.manager_id,
        frozen_results={"groups": {}},
    )
    session.add(evaluation)
    await session.commit()
    return evaluation.id


@pytest.mark.slow
async def test_a_tree_of_a_thousand_people_is_provisioned_moved_renamed_and_deactivated(
    scim_for, session, world: World, record_property
) -> None:
    client = await scim_for(world.organisation.id)
    tag = unique("t")
    started = time.monotonic()
    director = await provision(client, f"{tag}-director", f"{tag} Kommune", None)
    heads, leaders = [], []
    for h in range(HEADS):
        heads.append(await provision(client, f"{tag}-h{h}", f"{tag} Område {h}", director))
        for team in range(LEADERS_PER_HEAD):
            department = f"{tag} Område {h} Team {team}"
            leader = await provision(client, f"{tag}-h{h}-l{team}", department, heads[-1])
            leaders.append(leader)
            for s in range(STAFF_PER_LEADER):
                await provision(client, f"{tag}-h{h}-l{team}-s{s}", department, leader)
    seconds = time.monotonic() - started
    record_property("provisioning_seconds", round(seconds, 1))

    provisioned = await session.scalar(
        select(func.count(ScimUser.id)).where(ScimUser.user_name.like(f"{tag}-%"))
    )
    assert provisioned == 1 + HEADS + HEADS * LEADERS_PER_HEAD * (1 + STAFF_PER_LEADER)
    assert provisioned == 1000
    first_leader = await membership(session, leaders[0])
    reports = await session.scalar(
        select(func.count(Membership.id)).where(Membership.manager_id == first_leader.id)
    )
    assert reports == STAFF_PER_LEADER
    assert first_leader.manager_id == (await membership(session, heads[0])).id
    units = await session.scalar(
        select(func.count(Unit.id)).where(
            Unit.organisation_id == world.organisation.id, Unit.name.like(f"{tag} %")
        )
    )
    assert units == 1 + HEADS + HEADS * LEADERS_PER_HEAD

    # Move: the first team leader goes to area 1, with their team's reporting lines intact.
    move = {
        "schemas": [PATCH],
        "Operations": [
            {"op": "Replace", "path": f"{ENTERPRISE}:manager", "value": heads[1]},
            {"op": "Replace", "path": f"{ENTERPRISE}:department", "value": f"{tag} Område 1"},
        ],
    }
    assert (await client.patch(f"/Users/{leaders[0]}", json=move)).status_code == 200
    moved = await membership(session, leaders[0])
    assert moved.manager_id == (await membership(session, heads[1])).id
    assert (await session.get(Unit, moved.unit_id)).name == f"{tag} Område 1"
    assert (
        await session.scalar(
            select(func.count(Membership.id)).where(Membership.manager_id == moved.id)
        )
        == STAFF_PER_LEADER
    )

    # Rename: a person marries and changes name.
    rename = {
        "schemas": [PATCH],
        "Operations": [{"op": "replace", "path": "displayName", "value": "Ada Nyt-Navn"}],
    }
    assert (await client.patch(f"/Users/{leaders[1]}", json=rename)).status_code == 200
    renamed = await membership(session, leaders[1])
    person = await session.get(Person, renamed.person_id, populate_existing=True)
    assert person.name == "Ada Nyt-Navn"

    # Deactivate a leader with 360 history, by PATCH (Entra) and another by DELETE (Okta).
    evaluated = await membership(session, leaders[2])
    evaluation_id = await give_360_history(session, world.organisation.id, evaluated)
    deactivate = {
        "schemas": [PATCH],
        "Operations": [{"op": "Replace", "path": "active", "value": "False"}],
    }
    assert (await client.patch(f"/Users/{leaders[2]}", json=deactivate)).status_code == 200
    assert (await client.delete(f"/Users/{leaders[3]}")).status_code == 204
    for scim_id in (leaders[2], leaders[3]):
        gone = await membership(session, scim_id)
        assert gone.is_active is False
        assert await session.get(Person, gone.person_id) is not None
    kept = await session.get(Evaluation, evaluation_id, populate_existing=True)
    assert kept is not None and kept.leader_id == evaluated.id
    # Their teams still report to them until the directory moves them.
    assert (
        await session.scalar(
            select(func.count(Membership.id)).where(Membership.manager_id == evaluated.id)
        )
        == STAFF_PER_LEADER
    )
    operations = (
        await session.scalars(
            select(ScimEvent.operation)
            .join(ScimUser, ScimUser.id == ScimEvent.scim_user_id)
            .where(ScimUser.user_name.like(f"{tag}-%"), ScimEvent.operation != "CREATE")
            .order_by(ScimEvent.id)
        )
    ).all()
    assert operations == ["PATCH", "PATCH", "PATCH", "DELETE"]
