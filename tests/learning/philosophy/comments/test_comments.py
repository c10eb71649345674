"""Comments on a published version are feedback notes: staff and managers
comment, the leader answers and hides abusive ones, every comment is tied
to its version, and the leader turns comments into items for the next one."""

from __future__ import annotations

from typing import Any

from backend.db import Database
from backend.identity.models import Membership
from learning.philosophy import service
from learning.philosophy.comments import service as comments
from tests.support.factories import viewer_of
from tests.support.graphql_client import GraphQLClient, payload
from tests.support.operations import operation
from tests.support.philosophy_world import World, sections, write_and_publish


async def comment(
    gql: GraphQLClient, world: World, who: Membership, version_id: int, body: str
) -> dict[str, Any]:
    response = await gql.execute(
        operation("CommentOnPhilosophy"),
        {"input": {"versionId": world.gid("PhilosophyVersion", version_id), "body": body}},
        token=world.token(who),
    )
    return payload(response, "commentOnPhilosophy")


async def read(gql: GraphQLClient, world: World, who: Membership) -> dict[str, Any]:
    response = await gql.execute(
        operation("LeadershipPhilosophy"),
        {"leaderId": world.gid("Membership", world.leader.id)},
        token=world.token(who),
    )
    return payload(response, "leadershipPhilosophy")


async def test_staff_and_managers_comment_and_the_leader_answers(
    gql: GraphQLClient, world: World, database: Database
) -> None:
    version_id = await write_and_publish(database, world)
    by_staff = await comment(gql, world, world.staff, version_id, "Tak, det er tydeligt.")
    assert by_staff["errors"] == []
    assert by_staff["comment"]["body"] == "Tak, det er tydeligt."
    assert by_staff["comment"]["authorName"] == "Søren Medarbejder"
    assert by_staff["comment"]["subjectId"] == world.gid("PhilosophyVersion", version_id)
    by_manager = await comment(gql, world, world.manager, version_id, "Lad os tale om punkt 2.")
    assert by_manager["errors"] == []
    answered = await gql.execute(
        operation("ReplyToPhilosophyComment"),
        {"input": {"noteId": by_staff["comment"]["id"], "body": "Tak, Søren!"}},
        token=world.token(world.leader),
    )
    assert payload(answered, "replyToFeedbackNote")["errors"] == []
    # Another member of staff reads every comment and the answer: comments are
    # organisation-internal, not private threads.
    seen = await read(gql, world, world.staff2)
    threads = seen["comments"]["nodes"]
    assert [t["body"] for t in threads] == ["Lad os tale om punkt 2.", "Tak, det er tydeligt."]
    assert threads[1]["replies"][0]["body"] == "Tak, Søren!"
    assert threads[1]["replies"][0]["authorName"] == "Lise Ærø-Leder"
    assert (await read(gql, world, world.outsider)) is None


async def test_which_comments_came_after_which_version(
    gql: GraphQLClient, world: World, database: Database
) -> None:
    first = await write_and_publish(database, world)
    await comment(gql, world, world.staff, first, "Om version 1")
    second = await write_and_publish(
        database, world, summary="Svar på kommentarer", drafts=sections(foundation="v2")
    )
    await comment(gql, world, world.staff2, second, "Om version 2")
    seen = await read(gql, world, world.staff)
    subjects = {n["body"]: n["subjectId"] for n in seen["comments"]["nodes"]}
    assert subjects == {
        "Om version 1": world.gid("PhilosophyVersion", first),
        "Om version 2": world.gid("PhilosophyVersion", second),
    }
    query = """
      query($id: ID!) { node(id: $id) { ... on PhilosophyVersion {
        number comments(first: 10) { nodes { body } } } } }
    """
    old = await gql.execute(
        query, {"id": world.gid("PhilosophyVersion", first)}, token=world.token(world.leader)
    )
    assert [n["body"] for n in payload(old, "node")["comments"]["nodes"]] == ["Om version 1"]


async def test_commenting_on_a_draft_or_your_own_is_refused(
    gql: GraphQLClient, world: World, database: Database
) -> None:
    published = await write_and_publish(database, world)
    async with database.session() as session:
        _, draft = await service.save_draft(
            session, viewer_of(world.leader), world.settings, service.DraftCommand(sections())
        )
        await session.commit()
    on_draft = await comment(gql, world, world.staff, draft.id, "Hvad med det her?")
    assert [e["code"] for e in on_draft["errors"]] == ["RULE_VIOLATED"]
    assert "offentliggjort version" in on_draft["errors"][0]["message"]
    own = await comment(gql, world, world.leader, published, "Godt skrevet, mig.")
    assert [e["code"] for e in own["errors"]] == ["RULE_VIOLATED"]
    empty = await comment(gql, world, world.staff, published, "   ")
    assert [e["code"] for e in empty["errors"]] == ["REQUIRED"]
    outsider = await comment(gql, world, world.outsider, published, "Hej")
    assert [e["code"] for e in outsider["errors"]] == ["NOT_FOUND"]


async def test_the_leader_hides_an_abusive_comment(
    gql: GraphQLClient, world: World, database: Database
) -> None:
    version_id = await write_and_publish(database, world)
    abusive = await comment(gql, world, world.staff, version_id, "Noget grimt")
    by_colleague = await gql.execute(
        operation("HidePhilosophyComment"),
        {"input": {"noteId": abusive["comment"]["id"]}},
        token=world.token(world.staff2),
    )
    assert payload(by_colleague, "hideFeedbackNote")["errors"][0]["code"] == "FORBIDDEN"
    hidden = await gql.execute(
        operation("HidePhilosophyComment"),
        {"input": {"noteId": abusive["comment"]["id"]}},
        token=world.token(world.leader),
    )
    assert payload(hidden, "hideFeedbackNote")["note"]["hidden"] is True
    seen = (await read(gql, world, world.staff2))["comments"]["nodes"]
    assert seen[0]["hidden"] is True and seen[0]["body"] is None


async def test_the_leader_turns_a_comment_into_an_item_for_the_next_version(
    gql: GraphQLClient, world: World, database: Database
) -> None:
    version_id = await write_and_publish(database, world)
    made = await comment(gql, world, world.staff, version_id, "Skriv om hvordan du følger op.")
    mine = payload(
        await gql.execute(operation("MyPhilosophy"), token=world.token(world.leader)),
        "myPhilosophy",
    )
    item = await gql.execute(
        operation("AddPhilosophyItem"),
        {"input": {"philosophyId": mine["id"], "commentId": made["comment"]["id"]}},
        token=world.token(world.leader),
    )
    added = payload(item, "addPhilosophyItem")["item"]
    assert added["text"] == "Skriv om hvordan du følger op."
    assert added["comment"]["id"] == made["comment"]["id"]
    done = await gql.execute(
        operation("CompletePhilosophyItem"),
        {"input": {"itemId": added["id"]}},
        token=world.token(world.leader),
    )
    assert payload(done, "completePhilosophyItem")["item"]["doneAt"] is not None
    not_hers = await gql.execute(
        operation("AddPhilosophyItem"),
        {"input": {"philosophyId": mine["id"], "text": "x"}},
        token=world.token(world.manager),
    )
    assert payload(not_hers, "addPhilosophyItem")["errors"][0]["code"] == "FORBIDDEN"
    assert (await read(gql, world, world.staff))["id"] == mine["id"]


async def test_the_adapter_refuses_unknown_versions(world: World, database: Database) -> None:
    import pytest

    from backend.api.errors import DomainError

    async with database.session() as session:
        with pytest.raises(DomainError) as refused:
            await comments.comment(session, viewer_of(world.staff), 999_999, "Hej")
        assert refused.value.code.value == "NOT_FOUND"
