"""A reflection is private unless the leader shares it: with "manager" only the
direct manager reads it, with "mentor" only an active mentor. Nobody else
sees a private reflection, ever."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from backend.api.errors import DomainError
from learning.programmes.models import ActivityKind, Enrolment, ProgressEventType
from learning.programmes.progress import service as progress_service
from learning.programmes.progress.service import ProgressEventCommand, ShareTarget
from learning.programmes.sharing import service as sharing
from tests.support.factories import make_mentorship, viewer_of, write_work
from tests.support.graphql_client import GraphQLClient
from tests.support.operations import operation
from tests.support.programme_world import World

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


MENTOR_VIEW = """
query M($id: ID!) {
  enrolments(first: 10) { nodes { id } }
  node(id: $id) {
    ... on Enrolment {
      progress { total }
      reflections { text }
      developmentGoals { id }
      checkpoints { id }
      activities { evidence { id } }
    }
  }
}"""


async def test_sharing_with_mentor_without_an_active_mentor_is_refused(
    api: GraphQLClient, world: World, session: AsyncSession
) -> None:
    from backend.api.relay import to_global_id

    reflection_id = await _write(session, world, frozenset())
    share = {
        "input": {
            "reflectionId": to_global_id("Reflection", reflection_id),
            "sharedWith": ["MENTOR"],
        }
    }
    response = await api.execute(
        operation("ShareReflection"), share, token=world.token(world.leader, "en")
    )
    [error] = response.data["shareReflection"]["errors"]
    assert (error["code"], error["field"]) == ("RULE_VIOLATED", ["input", "sharedWith"])
    assert "no active mentor" in error["message"]
    # Saving a reflection shared with MENTOR (online or synced) is refused the same way.
    event = ProgressEventCommand(
        enrolment_id=world.enrolment_id,
        activity_id=world.activities[ActivityKind.REFLECTION].id,
        type=ProgressEventType.REFLECTION_SAVED,
        text="Til min mentor",
        shared_with=frozenset({ShareTarget.MENTOR}),
    )
    [result] = await progress_service.apply_events(
        session, viewer_of(world.leader), [event], world.settings
    )
    assert result.error is not None and result.error.message_key == "programmes.no_mentor"


async def test_an_active_mentor_reads_exactly_what_is_shared_with_the_mentor(
    api: GraphQLClient, world: World, session: AsyncSession
) -> None:
    """Lists, nodes and loaders agree: the enrolment's progress and the
    reflections shared with MENTOR, never goals, checkpoints or evidence."""
    from backend.api.relay import to_global_id

    mentor = viewer_of(world.mentor)
    with pytest.raises(DomainError):
        await sharing.shared_items_for_mentor(session, mentor, world.leader.id)
    mentorship = await make_mentorship(session, world.mentor, world.leader)
    await write_work(session, world.settings, world.leader, await _enrolment(session, world), "x")
    reflection = await _write(session, world, frozenset({ShareTarget.MANAGER}))
    assert await _seen_by(api, world, world.mentor, reflection) == ([], None)
    assert await sharing.shared_items_for_mentor(session, mentor, world.leader.id) == []

    share = {
        "input": {
            "reflectionId": to_global_id("Reflection", reflection),
            "sharedWith": ["MANAGER", "MENTOR"],
        }
    }
    response = await api.execute(
        operation("ShareReflection"), share, token=world.token(world.leader)
    )
    assert response.data["shareReflection"]["errors"] == []
    assert await _seen_by(api, world, world.mentor, reflection) == ([SECRET], SECRET)
    items = await sharing.shared_items_for_mentor(session, mentor, world.leader.id)
    assert [i.text for i in items] == [SECRET]
    response = await api.execute(
        MENTOR_VIEW, {"id": world.enrolment_gid}, token=world.token(world.mentor)
    )
    assert response.errors == []
    assert world.enrolment_gid in [n["id"] for n in response.data["enrolments"]["nodes"]]
    node = response.data["node"]
    assert node["progress"]["total"] == 3 and node["reflections"] == [{"text": SECRET}]
    assert node["developmentGoals"] == [] and node["checkpoints"] == []
    assert all(a["evidence"] is None for a in node["activities"])

    # Someone who is not this leader's mentor, and the mentor once it has ended.
    assert await _seen_by(api, world, world.colleague, reflection) == ([], None)
    with pytest.raises(DomainError):
        await sharing.shared_items_for_mentor(session, viewer_of(world.colleague), world.leader.id)
    mentorship.status = "COMPLETED"
    await session.commit()
    assert await _seen_by(api, world, world.mentor, reflection) == ([], None)
    response = await api.execute(
        MENTOR_VIEW, {"id": world.enrolment_gid}, token=world.token(world.mentor)
    )
    assert response.data["node"] is None and response.data["enrolments"]["nodes"] == []


async def _enrolment(session: AsyncSession, world: World) -> Enrolment:
    enrolment = await session.get(Enrolment, world.enrolment_id)
    assert enrolment is not None
    return enrolment


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
