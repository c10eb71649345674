"""The leader of leaders (kommunaldirektøren): spans of control, the learning
effect of everyone below, the new leader's progress and practice, never a
reflection she did not share with him."""

from __future__ import annotations

from tests.journeys.conftest import Demo


async def test_the_leader_of_leaders_follows_everyone_below_but_not_their_reflections(
    demo: Demo,
) -> None:
    director = await demo.sign_in("Leder af ledere")
    spans = (await director.run("SpansOfControl", {"first": 100}))["spansOfControl"]["edges"]
    assert spans and all(e["node"]["directReports"] >= 1 for e in spans)
    effect = (await director.run("LearningEffect"))["learningEffect"]
    assert effect["participation"]["enrolled"] >= 2  # the new leaders' programme
    assert effect["participation"]["active"] >= 1

    team = (await director.run("TeamEnrolments", {"first": 50}))["enrolments"]["nodes"]
    name = demo.summary_name("Ny leder")
    [enrolment] = [e for e in team if e["leader"]["name"] == name and e["status"] == "ACTIVE"]
    assert enrolment["progress"]["completed"] >= 3
    detail = (await director.run("EnrolmentDetail", {"id": enrolment["id"]}))["node"]
    # Practice at work is the reporting line's; reflections are the direct manager's at most.
    assert any(a["evidence"] for a in detail["activities"])
    assert all(a["reflection"] is None for a in detail["activities"])
    assert {c["kind"] for c in detail["checkpoints"]} == {"BEFORE", "DURING", "AFTER"}
