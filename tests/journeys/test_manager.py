"""The manager (the new leader's nærmeste leder): follows her enrolment, holds
her checkpoints, and answers what she shared with him: a reflection, her
action evidence and a checkpoint; then gives his own 360 assessment."""

from __future__ import annotations

from typing import Any

from tests.journeys.conftest import Demo, Person


def _note(leader_id: str, kind: str, subject: str, body: str) -> dict[str, Any]:
    return {
        "input": {"leaderId": leader_id, "subjectKind": kind, "subjectId": subject, "body": body}
    }


async def test_the_manager_answers_a_shared_reflection_an_evidence_and_a_checkpoint(
    demo: Demo,
) -> None:
    manager = await demo.sign_in("Nærmeste leder")
    name = demo.summary_name("Ny leder")
    team = (await manager.run("TeamEnrolments", {"directOnly": True, "first": 50}))["enrolments"]
    [enrolment] = [e for e in team["nodes"] if e["leader"]["name"] == name]
    detail = (await manager.run("EnrolmentDetail", {"id": enrolment["id"]}))["node"]
    leader_id = detail["leader"]["membershipId"]
    [reflection] = [
        a["reflection"]
        for a in detail["activities"]
        if a["reflection"] and "MANAGER" in a["reflection"]["sharedWith"]
    ]
    assert reflection["text"]
    evidence = next(a["evidence"] for a in detail["activities"] if a["evidence"])
    held = {c["kind"]: c for c in detail["checkpoints"]}
    assert held["BEFORE"]["completedAt"] is not None and held["DURING"]["completedAt"] is None
    assert detail["developmentGoals"], "the goals they agreed"

    for kind, subject, body in (
        ("REFLECTION", reflection["id"], "Godt at du giver opgaverne fra dig."),
        ("ACTION_EVIDENCE", evidence["id"], "Tre prioriteter er en god start."),
        ("CHECKPOINT", held["BEFORE"]["id"], "Tak for en god start på forløbet."),
    ):
        given = await manager.run("GiveFeedbackNote", _note(leader_id, kind, subject, body))
        assert given["giveFeedbackNote"]["note"]["subjectKind"] == kind

    # He holds the next checkpoint.
    done = await manager.run(
        "CompleteCheckpoint",
        {
            "input": {
                "enrolmentId": enrolment["id"],
                "kind": "DURING",
                "practiceAgreed": "Du leder personalemødet alene i næste måned.",
                "notes": "Halvvejs: prioriteringen virker, uddelegeringen kommer.",
            }
        },
    )
    assert done["completeCheckpoint"]["checkpoint"]["completedAt"] is not None

    # She sees his three answers, counted as they are listed.
    leader = await demo.sign_in("Ny leder")
    await _sees_answers_from(leader, demo.summary_name("Nærmeste leder"), 3)

    # His own part of her 360: the manager's assessment, opened from the app.
    home = (await manager.run("Home"))["home"]
    [task] = [t for t in home["pending360Tasks"] if t["kind"] == "GIVE_MANAGER_ASSESSMENT"]
    opened = await manager.run("OpenMyRaterForm", {"input": {"evaluationId": task["evaluationId"]}})
    assert opened["openMyRaterForm"]["raterGroup"] == "MANAGER"


async def _sees_answers_from(leader: Person, author: str, count: int) -> None:
    threads = (await leader.run("FeedbackNotes", {"first": 50}))["feedbackNotes"]["nodes"]
    mine = [t for t in threads if t["authorName"] == author]
    assert sorted(t["subjectKind"] for t in mine) == ["ACTION_EVIDENCE", "CHECKPOINT", "REFLECTION"]
    assert len(mine) == count
    unread = sum(not t["isRead"] for t in threads) + sum(
        not r["isRead"] for t in threads for r in t["replies"]
    )
    assert (await leader.run("UnreadFeedbackCount"))["unreadFeedbackCount"] == unread
