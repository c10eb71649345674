"""The way back from hiding: a comment hidden by mistake is shown again by the
same people who may hide it (the leader it is about, or HR), and read again by
everyone who read it before; anyone else is refused in the payload."""

from __future__ import annotations

from typing import Any

import pytest

from backend.api.errors import DomainError
from backend.api.relay import from_global_id
from backend.db import Database
from backend.identity.models import Membership
from feedback.notes import service as notes
from learning.philosophy.comments import service as comments
from tests.support.factories import viewer_of
from tests.support.graphql_client import GraphQLClient, payload
from tests.support.operations import operation
from tests.support.philosophy_world import World, write_and_publish


async def _published_comment(database: Database, gql: GraphQLClient, world: World) -> str:
    version_id = await write_and_publish(database, world)
    response = await gql.execute(
        operation("CommentOnPhilosophy"),
        {"input": {"versionId": world.gid("PhilosophyVersion", version_id), "body": "Ups"}},
        token=world.token(world.staff),
    )
    return str(payload(response, "commentOnPhilosophy")["comment"]["id"])


async def _moderate(
    gql: GraphQLClient, world: World, name: str, note_id: str, who: Membership, locale: str = "da"
) -> dict[str, Any]:
    field = "hideFeedbackNote" if name == "HidePhilosophyComment" else "unhideFeedbackNote"
    response = await gql.execute(
        operation(name), {"input": {"noteId": note_id}}, token=world.token(who, locale)
    )
    assert response.status == 200 and response.errors == []  # never a server error
    return payload(response, field)


async def _bodies(gql: GraphQLClient, world: World, who: Membership) -> list[Any]:
    response = await gql.execute(
        operation("LeadershipPhilosophy"),
        {"leaderId": world.gid("Membership", world.leader.id)},
        token=world.token(who),
    )
    return [
        (n["hidden"], n["body"])
        for n in payload(response, "leadershipPhilosophy")["comments"]["nodes"]
    ]


@pytest.mark.parametrize("who", ["leader", "hr"])
async def test_the_leader_or_hr_shows_a_hidden_comment_again(
    gql: GraphQLClient, world: World, database: Database, who: str
) -> None:
    note_id = await _published_comment(database, gql, world)
    await _moderate(gql, world, "HidePhilosophyComment", note_id, world.leader)
    readers = [world.leader, world.staff2, world.manager, world.colleague]
    for reader in readers:
        assert await _bodies(gql, world, reader) == [(True, None)]
    shown = await _moderate(gql, world, "UnhidePhilosophyComment", note_id, getattr(world, who))
    assert shown["errors"] == []
    assert shown["note"] == {"id": note_id, "hidden": False}
    # Everyone who read the comment before it was hidden reads it again.
    for reader in [*readers, world.staff]:
        assert await _bodies(gql, world, reader) == [(False, "Ups")]


async def test_showing_again_is_refused_to_everyone_else(
    gql: GraphQLClient, world: World, database: Database
) -> None:
    note_id = await _published_comment(database, gql, world)
    await _moderate(gql, world, "HidePhilosophyComment", note_id, world.leader)
    # The author, a member of staff, the leader's manager and director, another leader.
    for who in (world.staff, world.staff2, world.manager, world.director, world.colleague):
        refused = await _moderate(gql, world, "UnhidePhilosophyComment", note_id, who)
        assert [e["code"] for e in refused["errors"]] == ["FORBIDDEN"]
        assert refused["errors"][0]["message"] == "Du har ikke adgang til dette."
        assert refused["note"] is None
    in_english = await _moderate(
        gql, world, "UnhidePhilosophyComment", note_id, world.colleague, "en"
    )
    assert in_english["errors"][0]["message"] == "You do not have access to this."
    # HR (and leader) of another organisation: the comment does not exist for them.
    other_tenant = await _moderate(gql, world, "UnhidePhilosophyComment", note_id, world.outsider)
    assert [e["code"] for e in other_tenant["errors"]] == ["NOT_FOUND"]
    assert other_tenant["errors"][0]["message"] == "Findes ikke."
    assert await _bodies(gql, world, world.staff2) == [(True, None)]


async def test_showing_again_is_idempotent(
    gql: GraphQLClient, world: World, database: Database
) -> None:
    note_id = await _published_comment(database, gql, world)
    never_hidden = await _moderate(gql, world, "UnhidePhilosophyComment", note_id, world.leader)
    assert never_hidden["errors"] == [] and never_hidden["note"]["hidden"] is False
    await _moderate(gql, world, "HidePhilosophyComment", note_id, world.leader)
    for _ in range(2):
        again = await _moderate(gql, world, "UnhidePhilosophyComment", note_id, world.leader)
        assert again["errors"] == [] and again["note"]["hidden"] is False
    assert await _bodies(gql, world, world.staff2) == [(False, "Ups")]
    # Hidden again after being shown: the way back does not wear out the way there.
    hidden = await _moderate(gql, world, "HidePhilosophyComment", note_id, world.hr)
    assert hidden["note"]["hidden"] is True
    assert await _bodies(gql, world, world.staff2) == [(True, None)]


async def test_the_notes_service_shows_a_comment_again_to_its_readers(
    gql: GraphQLClient, world: World, database: Database
) -> None:
    note_id = await _published_comment(database, gql, world)
    await _moderate(gql, world, "HidePhilosophyComment", note_id, world.leader)
    pk = from_global_id(note_id)[1]
    async with database.session() as session:
        with pytest.raises(DomainError) as refused:
            await notes.unhide_note(session, viewer_of(world.staff), pk)
        assert refused.value.code.value == "FORBIDDEN"
        with pytest.raises(DomainError) as unknown:
            await notes.unhide_note(session, viewer_of(world.leader), 999_999)
        assert unknown.value.code.value == "NOT_FOUND"
        note = await notes.unhide_note(session, viewer_of(world.leader), pk)
        assert note.hidden_at is None and note.hidden_by_id is None
        assert comments.body_for(note, viewer_of(world.staff2)) == "Ups"
