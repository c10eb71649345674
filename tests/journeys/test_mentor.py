"""The mentor: two mentees, their progress and what they shared with him,
read and answered; nothing they did not share."""

from __future__ import annotations

from tests.journeys.conftest import Demo, Person


async def test_the_mentor_follows_his_mentees_and_answers_what_they_shared(
    demo: Demo,
) -> None:
    mentor = await demo.sign_in("Mentor")
    assert (await mentor.run("MyMentorProfile"))["myMentorProfile"]["capacity"] >= 2
    # An experienced leader: not a new one on the programme, waiting for a mentor himself.
    assert (await mentor.run("MyMentoringNeed"))["myMentoringNeed"] is None
    own = (await mentor.run("Home"))["home"]
    assert own["mentor"] is None and own["enrolments"] == []
    page = (await mentor.run("Mentees", {"first": 10}))["mentees"]["edges"]
    mentees = {e["node"]["person"]["name"]: e["node"] for e in page}
    first, second = demo.summary_name("Ny leder"), demo.summary_name("Mentee 2 (ny leder)")
    assert set(mentees) == {first, second}

    # Each mentee is named by their own membership: feedback to it reaches them.
    mentee = mentees[first]
    assert mentee["progress"]["activeEnrolments"] == 1
    assert mentee["progress"]["percent"] > 0
    assert mentees[second]["progress"]["completedActivities"] >= 1
    shared = mentee["sharedSinceLastVisit"]["items"]
    assert shared and all(i["kind"] == "REFLECTION" for i in shared)
    assert mentees[second]["sharedSinceLastVisit"]["count"] >= 1
    assert mentee["nextMeeting"] is not None

    # He reads the reflection, as a node and in her enrolment (and her progress).
    reflection = (await mentor.run("Reflection", {"id": shared[-1]["reference"]}))["node"]
    assert reflection is not None and "MENTOR" in reflection["sharedWith"]
    enrolments = (await mentor.run("Enrolments", {"first": 20}))["enrolments"]["nodes"]
    by_leader = {e["leader"]["name"]: e for e in enrolments}
    assert set(by_leader) == {first, second}  # his mentees', nobody else's
    detail = (await mentor.run("EnrolmentDetail", {"id": by_leader[first]["id"]}))["node"]
    assert detail["progress"]["completed"] >= 3
    texts = [a["reflection"]["text"] for a in detail["activities"] if a["reflection"]]
    assert reflection["text"] in texts
    # Not shared with him: her evidence, her goals and her checkpoints.
    assert all(a["evidence"] is None for a in detail["activities"])
    assert detail["developmentGoals"] == [] and detail["checkpoints"] == []

    # He answers the reflection; feedback on anything else is refused.
    leader_id = mentee["person"]["membershipId"]
    note = await mentor.run(
        "GiveFeedbackNote",
        {
            "input": {
                "leaderId": leader_id,
                "subjectKind": "REFLECTION",
                "subjectId": reflection["id"],
                "body": "Godt set. Hvad vil du gøre anderledes næste fredag?",
            }
        },
    )
    assert note["giveFeedbackNote"]["note"]["leaderName"] == first
    leader = await demo.sign_in("Ny leder")
    evidence = await _evidence_of(leader, by_leader[first]["id"])
    refused = await mentor.attempt(
        "GiveFeedbackNote",
        {
            "input": {
                "leaderId": leader_id,
                "subjectKind": "ACTION_EVIDENCE",
                "subjectId": evidence,
                "body": "Flot",
            }
        },
    )
    assert [e["code"] for e in refused.data["giveFeedbackNote"]["errors"]] == ["FORBIDDEN"]

    # The visit is remembered: nothing new since.
    await mentor.run("MarkMenteeVisited", {"input": {"mentorshipId": mentee["mentorship"]["id"]}})
    page = (await mentor.run("Mentees", {"first": 10}))["mentees"]["edges"]
    again = next(e["node"] for e in page if e["node"]["person"]["name"] == first)
    assert again["sharedSinceLastVisit"]["count"] == 0 and again["lastVisitAt"] is not None


async def _evidence_of(leader: Person, enrolment_id: str) -> str:
    detail = (await leader.run("EnrolmentDetail", {"id": enrolment_id}))["node"]
    return next(a["evidence"]["id"] for a in detail["activities"] if a["evidence"])
