"""Version history and diffs: earlier published versions stay readable, a
diff is available between any two versions the viewer may read."""

from __future__ import annotations

from typing import Any

from backend.db import Database
from learning.philosophy.diff import diff
from tests.support.graphql_client import GraphQLClient, payload
from tests.support.operations import operation
from tests.support.philosophy_world import World, sections, write_and_publish


def test_line_and_word_hunks() -> None:
    old = "Jeg svarer inden for to dage.\nJeg er til stede.\nFejl er til at lære af.\nSlut."
    new = (
        "Jeg svarer inden for én dag.\nJeg er til stede.\nFejl er til at lære af.\nSlut.\nNy linje."
    )
    hunks = diff.line_hunks(old, new, context=1)
    assert [(h.old_start, h.old_count, h.new_start, h.new_count) for h in hunks] == [
        (1, 2, 1, 2),
        (4, 1, 4, 2),
    ]
    first = hunks[0].lines
    assert [line.kind for line in first] == ["REMOVED", "ADDED", "CONTEXT"]
    removed = [s.text for s in first[0].segments if s.kind == "REMOVED"]
    added = [s.text for s in first[1].segments if s.kind == "ADDED"]
    assert removed == ["to dage"] and added == ["én dag"]
    assert hunks[1].lines[-1].text == "Ny linje." and hunks[1].lines[-1].new_number == 5


def test_sections_are_matched_by_kind_and_custom_title() -> None:
    old: list[dict[str, Any]] = [
        {"kind": "FOUNDATION", "body": "a", "principle_ids": [1]},
        {"kind": "CUSTOM", "title": "Mine svagheder", "body": "x"},
    ]
    new: list[dict[str, Any]] = [
        {"kind": "FOUNDATION", "body": "a", "principle_ids": [1, 2]},
        {"kind": "STRATEGY", "body": "ny"},
        {"kind": "CUSTOM", "title": "mine  svagheder", "body": "x"},
    ]
    found = {d.key: d for d in diff.diff_sections(old, new)}
    assert found["FOUNDATION"].change == "CHANGED" and found["FOUNDATION"].principles_added == [2]
    assert found["STRATEGY"].change == "ADDED"
    assert found["CUSTOM:mine svagheder"].change == "UNCHANGED"


async def test_history_stays_readable_and_the_diff_is_structured(
    gql: GraphQLClient, world: World, database: Database
) -> None:
    first = await write_and_publish(
        database, world, drafts=sections(foundation="Jeg svarer inden for to dage.")
    )
    second = await write_and_publish(
        database,
        world,
        summary="Hurtigere svar, og et mål.",
        drafts=sections(foundation="Jeg svarer inden for én dag.", goal_ids=[world.goal_ids[0]]),
    )
    read = await gql.execute(
        operation("LeadershipPhilosophy"),
        {"leaderId": world.gid("Membership", world.leader.id)},
        token=world.token(world.staff),
    )
    philosophy = payload(read, "leadershipPhilosophy")
    assert philosophy["currentVersion"]["number"] == 2
    assert philosophy["currentVersion"]["summary"] == "Hurtigere svar, og et mål."
    assert [v["number"] for v in philosophy["versions"]["nodes"]] == [2, 1]
    old = await gql.execute(
        operation("PhilosophyVersion"),
        {"id": world.gid("PhilosophyVersion", first)},
        token=world.token(world.staff),
    )
    assert "to dage" in payload(old, "node")["sections"][0]["bodyHtml"]
    result = await gql.execute(
        operation("PhilosophyDiff"),
        {
            "fromVersionId": world.gid("PhilosophyVersion", first),
            "toVersionId": world.gid("PhilosophyVersion", second),
        },
        token=world.token(world.staff),
    )
    found = payload(result, "philosophyDiff")
    assert (found["fromVersion"]["number"], found["toVersion"]["number"]) == (1, 2)
    by_key = {s["key"]: s for s in found["sections"]}
    assert by_key["VALUES"]["change"] == "UNCHANGED" and by_key["VALUES"]["hunks"] == []
    foundation = by_key["FOUNDATION"]
    assert foundation["change"] == "CHANGED"
    lines = foundation["hunks"][0]["lines"]
    assert [line["kind"] for line in lines] == ["REMOVED", "ADDED"]
    assert {"kind": "ADDED", "text": "én dag"} in lines[1]["segments"]
    assert by_key["STRATEGY"]["goalsAdded"] == [
        {"id": world.gid("OrganisationGoal", world.goal_ids[0]), "title": "Borgeren i centrum"}
    ]


async def test_drafts_are_the_leaders_alone(
    gql: GraphQLClient, world: World, database: Database
) -> None:
    first = await write_and_publish(database, world)
    from learning.philosophy import service
    from tests.support.factories import viewer_of

    async with database.session() as session:
        _, draft = await service.save_draft(
            session,
            viewer_of(world.leader),
            world.settings,
            service.DraftCommand(sections(foundation="Hemmeligt udkast")),
        )
        await session.commit()
    as_staff = await gql.execute(
        operation("PhilosophyDiff"),
        {
            "fromVersionId": world.gid("PhilosophyVersion", first),
            "toVersionId": world.gid("PhilosophyVersion", draft.id),
        },
        token=world.token(world.staff),
    )
    assert as_staff.codes == ["NOT_FOUND"]
    node = await gql.execute(
        operation("PhilosophyVersion"),
        {"id": world.gid("PhilosophyVersion", draft.id)},
        token=world.token(world.manager),
    )
    assert payload(node, "node") is None
    as_leader = await gql.execute(
        operation("PhilosophyDiff"),
        {
            "fromVersionId": world.gid("PhilosophyVersion", first),
            "toVersionId": world.gid("PhilosophyVersion", draft.id),
        },
        token=world.token(world.leader),
    )
    assert payload(as_leader, "philosophyDiff")["toVersion"]["number"] == 2
    other_org = await gql.execute(
        operation("LeadershipPhilosophy"),
        {"leaderId": world.gid("Membership", world.leader.id)},
        token=world.token(world.outsider),
    )
    assert payload(other_org, "leadershipPhilosophy") is None
