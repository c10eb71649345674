"""The new leader: her programme, her mentor and manager (two people), her
feedback, a reflection she shares with her mentor, her own self-assessment."""

from __future__ import annotations

import pytest

from tests.journeys.conftest import Demo


@pytest.mark.slow
async def test_the_new_leader_follows_her_programme_and_opens_her_self_assessment(
    demo: Demo,
) -> None:
    leader = await demo.sign_in("Ny leder")
    home = (await leader.run("Home"))["home"]

    # Her programme, a third of the first module done by the seed.
    [enrolment] = [e for e in home["enrolments"] if e["status"] == "ACTIVE"]
    assert enrolment["programme"]["title"] == "Ny som leder"
    assert enrolment["progress"]["completed"] >= 3
    assert home["nextActivities"], "something to do next"
    # Her mentor is not her manager: the manager holds her checkpoints.
    manager = await demo.sign_in("Nærmeste leder")
    mentor_name = home["mentor"]["name"]
    assert mentor_name == demo.summary_name("Mentor")
    assert mentor_name != demo.summary_name("Nærmeste leder")
    open_kinds = [c["kind"] for c in home["openCheckpoints"]]
    assert "BEFORE" not in open_kinds and "AFTER" in open_kinds  # BEFORE was held
    # Her mentor's feedback is unread, counted and listed alike.
    assert any(f["authorName"] == mentor_name for f in home["unreadFeedback"])
    count = (await leader.run("UnreadFeedbackCount"))["unreadFeedbackCount"]
    threads = (await leader.run("FeedbackNotes", {"first": 50}))["feedbackNotes"]["nodes"]
    unread = [t for t in threads if not t["isRead"]] + [
        r for t in threads for r in t["replies"] if not r["isRead"]
    ]
    assert count == len(unread) >= 1

    # Her 360 tasks: one id per task, each with its kind.
    tasks = home["pending360Tasks"]
    assert len({t["id"] for t in tasks}) == len(tasks)
    [self_assessment] = [t for t in tasks if t["kind"] == "GIVE_SELF_ASSESSMENT"]

    # She writes a reflection in the app and shares it with her mentor.
    detail = (await leader.run("EnrolmentDetail", {"id": enrolment["id"]}))["node"]
    written = [a for a in detail["activities"] if a["reflection"]]
    assert written[0]["reflection"]["sharedWith"] == ["MANAGER", "MENTOR"]
    unwritten = next(
        a
        for a in detail["activities"]
        if a["activity"]["kind"] == "REFLECTION" and a["reflection"] is None
    )
    saved = await leader.run(
        "SaveReflection",
        {
            "input": {
                "enrolmentId": enrolment["id"],
                "activityId": unwritten["activity"]["id"],
                "text": "Jeg øvede mig i at give feedback på fredagsmødet.",
                "sharedWith": ["MENTOR"],
            }
        },
    )
    assert saved["saveReflection"]["reflection"]["sharedWith"] == ["MENTOR"]
    # Her manager does not read what she shared with her mentor only.
    private = await manager.run("Reflection", {"id": saved["saveReflection"]["reflection"]["id"]})
    assert private["node"] is None

    # She opens her own self-assessment from the app, not only from the mail.
    opened = await leader.run(
        "OpenMyRaterForm", {"input": {"evaluationId": self_assessment["evaluationId"]}}
    )
    assert opened["openMyRaterForm"]["raterGroup"] == "SELF"
    form = await leader.run("RaterForm", {"token": opened["openMyRaterForm"]["token"]})
    assert form["raterForm"]["state"] == "OPEN" and form["raterForm"]["raterGroup"] == "SELF"
    assert form["raterForm"]["leaderName"] == demo.summary_name("Ny leder")
