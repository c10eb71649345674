"""A mentor gives feedback on a reflection the mentee shared with them, and
the mentee sees it: programmes, mentoring and feedback notes together,
through each other's service functions only."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from backend.settings import Settings
from learning.mentoring.models import MentorshipStatus
from learning.programmes.models import ActivityKind, ProgressEventType
from learning.programmes.progress import service as progress_service
from learning.programmes.progress.service import ProgressEventCommand, ShareTarget
from tests.learning.mentoring.conftest import add_mentorship
from tests.support.factories import viewer_of
from tests.support.graphql_client import GraphQLClient
from tests.support.operations import gid
from tests.support.programme_world import World, build_world

GIVE = """
mutation G($input: GiveFeedbackNoteInput!) {
  giveFeedbackNote(input: $input) { errors { code message } note { id body authorName } }
}"""
NOTES = """
query N { feedbackNotes { nodes { body authorName subjectKind subjectId isRead } } }"""
UNREAD = "query U { unreadFeedbackCount }"


async def _reflection(session: AsyncSession, world: World, shared: frozenset[ShareTarget]) -> int:
    [result] = await progress_service.apply_events(
        session,
        viewer_of(world.leader),
        [
            ProgressEventCommand(
                enrolment_id=world.enrolment_id,
                activity_id=world.activities[ActivityKind.REFLECTION].id,
                type=ProgressEventType.REFLECTION_SAVED,
                text="Jeg tøver med at give kritisk feedback.",
                shared_with=shared,
            )
        ],
        world.settings,
    )
    assert result.reflection is not None
    await session.commit()
    return result.reflection.id


def _note(world: World, reflection_id: int) -> dict[str, object]:
    return {
        "input": {
            "leaderId": gid("Membership", world.leader.id),
            "subjectKind": "REFLECTION",
            "subjectId": gid("Reflection", reflection_id),
            "body": "Godt set. Prøv at sige det, du ser, og spørg så ind.",
        }
    }


async def test_a_mentor_gives_feedback_on_a_shared_reflection_and_the_mentee_sees_it(
    api: GraphQLClient, session: AsyncSession, settings: Settings
) -> None:
    world = await build_world(session, settings)
    await add_mentorship(session, world.mentor, world.leader, status=MentorshipStatus.ACTIVE)
    await session.commit()
    reflection = await _reflection(session, world, frozenset({ShareTarget.MENTOR}))

    response = await api.execute(GIVE, _note(world, reflection), token=world.token(world.mentor))
    result = response.data["giveFeedbackNote"]
    assert result["errors"] == [], result
    assert result["note"]["authorName"] == "Mette Mentor"

    response = await api.execute(UNREAD, {}, token=world.token(world.leader))
    assert response.data["unreadFeedbackCount"] == 1
    response = await api.execute(NOTES, {}, token=world.token(world.leader))
    assert response.data["feedbackNotes"]["nodes"] == [
        {
            "body": "Godt set. Prøv at sige det, du ser, og spørg så ind.",
            "authorName": "Mette Mentor",
            "subjectKind": "REFLECTION",
            "subjectId": gid("Reflection", reflection),
            "isRead": False,
        }
    ]
    # The manager saw nothing of it.
    response = await api.execute(NOTES, {}, token=world.token(world.manager))
    assert response.data["feedbackNotes"]["nodes"] == []


async def test_no_feedback_on_a_reflection_not_shared_with_the_mentor(
    api: GraphQLClient, session: AsyncSession, settings: Settings
) -> None:
    world = await build_world(session, settings)
    await add_mentorship(session, world.mentor, world.leader, status=MentorshipStatus.ACTIVE)
    await session.commit()
    reflection = await _reflection(session, world, frozenset({ShareTarget.MANAGER}))
    for who in (world.mentor, world.colleague):
        response = await api.execute(GIVE, _note(world, reflection), token=world.token(who))
        errors = response.data["giveFeedbackNote"]["errors"]
        assert [e["code"] for e in errors] == ["FORBIDDEN"], (
            who.name if hasattr(who, "name") else who
        )
