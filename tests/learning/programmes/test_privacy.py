"""A reflection is private unless the leader shares it: with "manager" only the
direct manager reads it, with "mentor" only an active mentor. Nobody else
sees a private reflection, ever."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from backend.api.errors import DomainError
from learning.programmes import progress_service, service
from learning.programmes.models import ActivityKind, ProgressEventType
from learning.programmes.progress_service import ProgressEventCommand, ShareTarget
from tests.learning.programmes.conftest import World, operation, viewer_of
from tests.support.graphql_client import GraphQLClient

REFLECTIONS = """
query R($id: ID!) {
  node(id: $id) { ... on Enrolment { reflections { id text } activities { reflection { text } } } }
}"""
REFLECTION_NODE = "query N($id: ID!) { node(id: $id) { ... on Reflection { text } } }"
SECRET = "Jeg er usikker på, om jeg kan lide min chef."


async def _write(session: AsyncSession, world: World, shared: frozenset[ShareTarget]) -> int:
    [result] = await progress_service.apply_events(
        session,
        viewer_of(world.leader),
        [
            ProgressEventCommand(
                enrolment_id=world.enrolment_id,
                activity_id=world.activities[ActivityKind.REFLECTION].id,
                type=ProgressEventType.REFLECTION_SAVED,
                text=SECRET,
                shared_with=shared,
            )
        ],
        world.settings,
    )
    assert result.reflection is not None
    await session.commit()
    return result.reflection.id


async def _seen_by(
    api: GraphQLClient, world: World, who: Any, reflection_id: int
) -> tuple[list[str], str | None]:
    from backend.api.relay import to_global_id

    response = await api.execute(REFLECTIONS, {"id": world.enrolment_gid}, token=world.token(who))
    assert response.errors == []
    node = response.data["node"]
    texts = [r["text"] for r in node["reflections"]] if node else []
    direct = await api.execute(
        REFLECTION_NODE, {"id": to_global_id("Reflection", reflection_id)}, token=world.token(who)
    )
    return texts, (direct.data["node"] or {}).get("text")


async def test_private_reflection_is_seen_by_the_leader_alone(
    api: GraphQLClient, world: World, session: AsyncSession
) -> None:
    reflection = await _write(session, world, frozenset())
    assert await _seen_by(api, world, world.leader, reflection) == ([SECRET], SECRET)
    for who in (
        world.manager,
        world.director,
        world.hr,
        world.colleague,
        world.mentor,
        world.outsider_hr,
    ):
        assert await _seen_by(api, world, who, reflection) == ([], None), who.id


async def test_shared_with_manager_is_read_by_the_direct_manager_only(
    api: GraphQLClient, world: World, session: AsyncSession
) -> None:
    reflection = await _write(session, world, frozenset({ShareTarget.MANAGER}))
    assert await _seen_by(api, world, world.manager, reflection) == ([SECRET], SECRET)
    for who in (world.director, world.hr, world.colleague, world.mentor, world.outsider_hr):
        assert await _seen_by(api, world, who, reflection) == ([], None), who.id


async def test_above_the_manager_and_hr_see_progress_but_not_reflections(
    api: GraphQLClient, world: World, session: AsyncSession
) -> None:
    await _write(session, world, frozenset({ShareTarget.MANAGER}))
    for who in (world.director, world.hr):
        response = await api.execute(
            operation("EnrolmentDetail"), {"id": world.enrolment_gid}, token=world.token(who)
        )
        node = response.data["node"]
        assert node["progress"]["total"] == 3
        assert all(a["reflection"] is None for a in node["activities"])
    for who in (world.colleague, world.outsider_hr):
        response = await api.execute(
            operation("EnrolmentDetail"), {"id": world.enrolment_gid}, token=world.token(who)
        )
        assert response.data["node"] is None


async def test_a_mentor_sees_only_what_is_shared_with_the_mentor(
    world: World, session: AsyncSession
) -> None:
    mentor = viewer_of(world.mentor)

    async def is_active_mentor(_session: AsyncSession, mentor_id: int, mentee_id: int) -> bool:
        return (mentor_id, mentee_id) == (world.mentor.id, world.leader.id)

    with pytest.raises(DomainError):
        await progress_service.shared_items_for_mentor(session, mentor, world.leader.id)
    service.register_mentor_check(is_active_mentor)
    reflection = await _write(session, world, frozenset({ShareTarget.MANAGER}))
    assert await progress_service.shared_items_for_mentor(session, mentor, world.leader.id) == []
    await progress_service.share_reflection(
        session, viewer_of(world.leader), reflection, frozenset(ShareTarget)
    )
    items = await progress_service.shared_items_for_mentor(session, mentor, world.leader.id)
    assert [i.text for i in items] == [SECRET]
    with pytest.raises(DomainError):  # a mentor who is not this leader's mentor
        await progress_service.shared_items_for_mentor(
            session, viewer_of(world.colleague), world.leader.id
        )


async def test_only_the_leader_shares_a_reflection(
    api: GraphQLClient, world: World, session: AsyncSession
) -> None:
    from backend.api.relay import to_global_id

    reflection_id = await _write(session, world, frozenset())
    response = await api.execute(
        operation("ShareReflection"),
        {
            "input": {
                "reflectionId": to_global_id("Reflection", reflection_id),
                "sharedWith": ["MANAGER"],
            }
        },
        token=world.token(world.manager),
    )
    assert response.data["shareReflection"]["errors"][0]["code"] == "NOT_FOUND"
