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


async def test_the_kommunaldirektor_is_the_top_and_sees_the_whole_organisation(
    demo: Demo,
) -> None:
    """Everyone in Fjordby is below the kommunaldirektør: as the organisation's
    top leader he reads and exports the organisation-wide figures, as HR does;
    an area chief (a leader of leaders too) gets only the area."""
    director = await demo.sign_in("Leder af ledere")
    whole = (await director.run("OrganisationLearningEffect"))["organisationLearningEffect"]
    area = (await director.run("LearningEffect"))["learningEffect"]
    assert whole["scope"] == "ORGANISATION"
    assert whole["participation"]["enrolled"] == area["participation"]["enrolled"]
    export = (
        await director.run(
            "ExportLearningEffect", {"input": {"format": "CSV", "scope": "ORGANISATION"}}
        )
    )["exportLearningEffect"]["export"]
    assert export["scope"] == "ORGANISATION" and export["status"] in {"PENDING", "READY"}

    chief = await demo.sign_in("Nærmeste leder")
    refused = await chief.attempt(
        "ExportLearningEffect", {"input": {"format": "CSV", "scope": "ORGANISATION"}}
    )
    assert refused.data["exportLearningEffect"]["errors"][0]["code"] == "FORBIDDEN"
