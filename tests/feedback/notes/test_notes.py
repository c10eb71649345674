"""Feedback notes: only on what was shared with the author, read only by the
leader and the thread's audience, with replies, read receipts and hiding.

The owning domain's subject access is the check programmes wires in at
start-up: whoever may read the reflection, evidence or checkpoint."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.api.relay import to_global_id
from backend.auth.viewer import Viewer
from backend.identity.models import Membership
from backend.jobs.models import OutboxMessage
from backend.settings import Settings
from feedback.notes import service
from feedback.notes.models import SubjectKind
from learning.programmes.checkpoints.repository import checkpoints_of
from tests.support.factories import (
    make_enrolment,
    make_mentorship,
    make_organisation,
    make_person,
    token_for,
    write_work,
)
from tests.support.graphql_client import GraphQLClient, GraphQLResponse

GIVE = """
mutation G($input: GiveFeedbackNoteInput!) {
  giveFeedbackNote(input: $input) {
    errors { code field message }
    note { id body subjectKind subjectId authorName leaderName isMine isRead sharedWith }
  }
}"""
REPLY = """
mutation R($input: ReplyToFeedbackNoteInput!) {
  replyToFeedbackNote(input: $input) { errors { code } note { id body } }
}"""
READ = """
mutation M($input: MarkFeedbackNotesReadInput!) {
  markFeedbackNotesRead(input: $input) { errors { code } marked }
}"""
HIDE = """
mutation H($input: FeedbackNoteIdInput!) {
  hideFeedbackNote(input: $input) { errors { code } note { hidden body } }
}"""
UNHIDE = """
mutation S($input: FeedbackNoteIdInput!) {
  unhideFeedbackNote(input: $input) { errors { code } note { hidden body } }
}"""
# Two requests: root fields run concurrently, and two of them opening the
# request's first connection at once is refused by the session (a shell issue).
UNREAD = "query U { unreadFeedbackCount }"
NOTES = """
query T($leaderId: ID) {
  feedbackNotes(leaderId: $leaderId) {
    nodes { id body authorName isRead hidden replies { body authorName isMine } }
  }
}"""

BY_SUBJECT = """
query S($kind: SubjectKind, $subject: ID) {
  feedbackNotes(subjectKind: $kind, subjectId: $subject) { nodes { body } }
}"""


async def threads(api: GraphQLClient, token: str) -> GraphQLResponse:
    unread = await api.execute(UNREAD, {}, token=token)
    notes = await api.execute(NOTES, {}, token=token)
    assert unread.errors == [] and notes.errors == [], (unread.errors, notes.errors)
    data = {"unreadFeedbackCount": unread.data["unreadFeedbackCount"], **notes.data}
    return GraphQLResponse(200, {"data": data})


@dataclass
class People:
    leader: Membership
    manager: Membership
    director: Membership
    mentor: Membership
    colleague: Membership
    settings: Settings
    reflection: int
    evidence: int
    checkpoint: int

    def token(self, who: Membership) -> str:
        return token_for(who, self.settings)


@pytest.fixture
async def people(session: AsyncSession, settings: Settings) -> People:
    organisation = await make_organisation(session)
    hr = await make_person(session, organisation, roles=["HR"], name="Hanne HR")
    director = await make_person(session, organisation, roles=["LEADER"], name="Dorte Direktør")
    manager = await make_person(
        session, organisation, roles=["LEADER"], manager=director, name="Mads"
    )
    leader = await make_person(
        session, organisation, roles=["LEADER"], manager=manager, name="Lise"
    )
    mentor = await make_person(session, organisation, roles=["LEADER"], name="Mette Mentor")
    colleague = await make_person(session, organisation, roles=["LEADER"], name="Kim")
    await make_mentorship(session, mentor, leader)
    enrolment = await make_enrolment(session, settings, hr, leader)
    reflection, evidence = await write_work(session, settings, leader, enrolment, "Svært møde")
    [checkpoint, *_] = await checkpoints_of(session, [enrolment.id])
    await session.commit()
    return People(
        leader, manager, director, mentor, colleague, settings, reflection, evidence, checkpoint.id
    )


TYPES = {
    "ACTION_EVIDENCE": "ActionEvidence",
    "REFLECTION": "Reflection",
    "CHECKPOINT": "ManagerCheckpoint",
}


def _give(
    people: People, kind: str, subject: int | None, body: str = "Flot gået"
) -> dict[str, Any]:
    return {
        "input": {
            "leaderId": to_global_id("Membership", people.leader.id),
            "subjectKind": kind,
            "subjectId": to_global_id(TYPES[kind], subject) if subject is not None else None,
            "body": body,
        }
    }


async def test_a_note_on_shared_evidence_reaches_the_leader_who_replies(
    api: GraphQLClient, people: People, session: AsyncSession
) -> None:
    response = await api.execute(
        GIVE, _give(people, "ACTION_EVIDENCE", people.evidence), token=people.token(people.manager)
    )
    result = response.data["giveFeedbackNote"]
    assert result["errors"] == []
    note = result["note"]
    assert note["authorName"] == "Mads" and note["leaderName"] == "Lise"
    assert note["isMine"] and note["isRead"] and note["sharedWith"] == ["Mads"]
    assert note["subjectId"] == to_global_id("ActionEvidence", people.evidence)
    mail = (
        await session.scalars(
            select(OutboxMessage)
            .where(OutboxMessage.task == "mail.send")
            .order_by(OutboxMessage.id.desc())
        )
    ).first()
    assert mail is not None and mail.payload["to"].endswith("@example.dk")

    response = await threads(api, people.token(people.leader))
    assert response.data["unreadFeedbackCount"] == 1
    [thread] = response.data["feedbackNotes"]["nodes"]
    assert thread["body"] == "Flot gået" and thread["isRead"] is False

    reply = {"input": {"noteId": note["id"], "body": "Tak!"}}
    assert (await api.execute(REPLY, reply, token=people.token(people.leader))).data[
        "replyToFeedbackNote"
    ]["errors"] == []
    response = await api.execute(
        READ, {"input": {"noteIds": [note["id"]]}}, token=people.token(people.leader)
    )
    assert response.data["markFeedbackNotesRead"]["marked"] == 1
    response = await threads(api, people.token(people.leader))
    assert response.data["unreadFeedbackCount"] == 0

    response = await threads(api, people.token(people.manager))
    assert response.data["unreadFeedbackCount"] == 1  # the leader's reply
    [thread] = response.data["feedbackNotes"]["nodes"]
    assert thread["replies"] == [{"body": "Tak!", "authorName": "Lise", "isMine": False}]

    unread = await service.unread_notes(
        session,
        Viewer(people.manager.person_id, people.manager.organisation_id, people.manager.id),
        5,
    )
    assert [(u.title, u.author_name) for u in unread] == [("Tak!", "Lise")]

    for outsider in (people.colleague, people.mentor, people.director):
        response = await threads(api, people.token(outsider))
        assert response.data["feedbackNotes"]["nodes"] == []
        response = await api.execute(REPLY, reply, token=people.token(outsider))
        assert [e["code"] for e in response.data["replyToFeedbackNote"]["errors"]] == ["NOT_FOUND"]


async def test_a_note_on_something_not_shared_with_the_author_is_refused(
    api: GraphQLClient, people: People
) -> None:
    refused = [
        (people.colleague, "ACTION_EVIDENCE", people.evidence),
        (people.mentor, "ACTION_EVIDENCE", people.evidence),  # evidence is not shared with mentors
        (people.manager, "ACTION_EVIDENCE", people.evidence + 10_000),
        (people.manager, "REFLECTION", people.reflection),  # private
        (people.mentor, "REFLECTION", people.reflection),  # private
        (people.colleague, "CHECKPOINT", people.checkpoint),
        (people.mentor, "CHECKPOINT", people.checkpoint),
    ]
    for who, kind, subject in refused:
        response = await api.execute(GIVE, _give(people, kind, subject), token=people.token(who))
        errors = response.data["giveFeedbackNote"]["errors"]
        assert [(e["code"], e["field"]) for e in errors] == [("FORBIDDEN", ["input", "subjectId"])]
        assert "delt med dig" in errors[0]["message"]


async def test_general_feedback_comes_from_above_in_the_reporting_line(
    api: GraphQLClient, people: People
) -> None:
    for who in (people.manager, people.director):
        response = await api.execute(GIVE, _give(people, "GENERAL", None), token=people.token(who))
        assert response.data["giveFeedbackNote"]["errors"] == []
    for who in (people.colleague, people.leader):
        response = await api.execute(GIVE, _give(people, "GENERAL", None), token=people.token(who))
        assert [e["code"] for e in response.data["giveFeedbackNote"]["errors"]] in (
            ["FORBIDDEN"],
            ["INVALID"],
        )


async def test_a_note_is_shared_only_with_people_who_see_the_subject(
    api: GraphQLClient, people: People
) -> None:
    variables = _give(people, "GENERAL", None)
    variables["input"]["shareWithIds"] = [to_global_id("Membership", people.colleague.id)]
    response = await api.execute(GIVE, variables, token=people.token(people.manager))
    assert [e["code"] for e in response.data["giveFeedbackNote"]["errors"]] == ["FORBIDDEN"]
    variables["input"]["shareWithIds"] = [to_global_id("Membership", people.director.id)]
    response = await api.execute(GIVE, variables, token=people.token(people.manager))
    assert response.data["giveFeedbackNote"]["note"]["sharedWith"] == ["Dorte Direktør", "Mads"]
    response = await threads(api, people.token(people.director))
    assert len(response.data["feedbackNotes"]["nodes"]) == 1


async def test_the_leader_hides_an_abusive_note(api: GraphQLClient, people: People) -> None:
    response = await api.execute(
        GIVE, _give(people, "GENERAL", None, "Grimt"), token=people.token(people.manager)
    )
    note_id = response.data["giveFeedbackNote"]["note"]["id"]
    response = await api.execute(
        HIDE, {"input": {"noteId": note_id}}, token=people.token(people.colleague)
    )
    assert [e["code"] for e in response.data["hideFeedbackNote"]["errors"]] == ["FORBIDDEN"]
    response = await api.execute(
        HIDE, {"input": {"noteId": note_id}}, token=people.token(people.leader)
    )
    assert response.data["hideFeedbackNote"]["note"] == {"hidden": True, "body": None}
    response = await threads(api, people.token(people.leader))
    assert response.data["unreadFeedbackCount"] == 0
    assert response.data["feedbackNotes"]["nodes"][0]["body"] is None


async def test_the_leader_shows_a_note_hidden_by_mistake_again(
    api: GraphQLClient, people: People
) -> None:
    response = await api.execute(
        GIVE, _give(people, "GENERAL", None, "Godt gået"), token=people.token(people.manager)
    )
    note_id = response.data["giveFeedbackNote"]["note"]["id"]
    await api.execute(HIDE, {"input": {"noteId": note_id}}, token=people.token(people.leader))
    # The author, another leader and the manager's manager may not show it again.
    for who in (people.manager, people.colleague, people.director):
        response = await api.execute(
            UNHIDE, {"input": {"noteId": note_id}}, token=people.token(who)
        )
        assert [e["code"] for e in response.data["unhideFeedbackNote"]["errors"]] == ["FORBIDDEN"]
    for _ in range(2):  # idempotent: showing a shown note changes nothing
        response = await api.execute(
            UNHIDE, {"input": {"noteId": note_id}}, token=people.token(people.leader)
        )
        assert response.data["unhideFeedbackNote"] == {
            "errors": [],
            "note": {"hidden": False, "body": "Godt gået"},
        }
    response = await threads(api, people.token(people.leader))
    assert response.data["unreadFeedbackCount"] == 1
    assert response.data["feedbackNotes"]["nodes"][0]["body"] == "Godt gået"


async def test_comments_open_to_the_subject_are_read_across_the_organisation_only(
    api: GraphQLClient, people: People, session: AsyncSession, settings: Settings
) -> None:
    leader = people.leader
    note = await service.write_note(
        session,
        leader.organisation_id,
        SubjectKind.PHILOSOPHY_VERSION,
        9,
        leader.id,
        people.colleague.id,
        "Tak for et klart grundlag",
        [people.colleague.id],
        visibility=service.Visibility.SUBJECT,
    )
    await session.commit()
    stranger = await make_person(session, await make_organisation(session), roles=["LEADER"])
    await session.commit()
    by_subject = {"kind": "PHILOSOPHY_VERSION", "subject": to_global_id("PhilosophyVersion", 9)}
    for who, sees in ((people.director, True), (people.mentor, True), (stranger, False)):
        response = await threads(api, people.token(who))
        # Not their feedback: neither counted nor listed among their threads...
        assert response.data["feedbackNotes"]["nodes"] == []
        assert response.data["unreadFeedbackCount"] == 0
        # ...but read on the subject's page.
        response = await api.execute(BY_SUBJECT, by_subject, token=people.token(who))
        bodies = [n["body"] for n in response.data["feedbackNotes"]["nodes"]]
        assert ("Tak for et klart grundlag" in bodies) is sees
    assert (await threads(api, people.token(leader))).data["unreadFeedbackCount"] == 1
    reply = {"input": {"noteId": to_global_id("FeedbackNote", note.id), "body": "Også mig"}}
    response = await api.execute(REPLY, reply, token=people.token(people.director))
    assert [e["code"] for e in response.data["replyToFeedbackNote"]["errors"]] == ["FORBIDDEN"]


async def test_whoever_may_read_a_reflection_evidence_or_checkpoint_may_answer_it(
    api: GraphQLClient, people: People, session: AsyncSession
) -> None:
    """The wiring of programmes' own read rules: the direct manager on a
    reflection shared with MANAGER, the active mentor on one shared with
    MENTOR, the reporting line on evidence and checkpoints."""
    from learning.programmes.progress import service as progress_service
    from learning.programmes.progress.service import ShareTarget
    from tests.support.factories import viewer_of

    await progress_service.share_reflection(
        session, viewer_of(people.leader), people.reflection, frozenset(ShareTarget)
    )
    await session.commit()
    allowed = [
        (people.manager, "REFLECTION", people.reflection),
        (people.mentor, "REFLECTION", people.reflection),
        (people.manager, "ACTION_EVIDENCE", people.evidence),
        (people.director, "ACTION_EVIDENCE", people.evidence),
        (people.manager, "CHECKPOINT", people.checkpoint),
    ]
    for who, kind, subject in allowed:
        response = await api.execute(GIVE, _give(people, kind, subject), token=people.token(who))
        assert response.data["giveFeedbackNote"]["errors"] == [], (kind, who.id)
        assert response.data["giveFeedbackNote"]["note"]["subjectKind"] == kind
    # The director is above the manager but not the direct manager: a reflection
    # shared with MANAGER is not theirs to read, so not theirs to answer.
    response = await api.execute(
        GIVE, _give(people, "REFLECTION", people.reflection), token=people.token(people.director)
    )
    assert [e["code"] for e in response.data["giveFeedbackNote"]["errors"]] == ["FORBIDDEN"]
    leader = await threads(api, people.token(people.leader))
    assert leader.data["unreadFeedbackCount"] == len(allowed)
    assert len(leader.data["feedbackNotes"]["nodes"]) == len(allowed)
