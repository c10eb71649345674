"""The mentor pairing flow of ``bench/statements.py``: HR saves N mentor
profiles, N new leaders save their needs and ask a mentor (the first ten the
first mentor: a mentor takes at most 10, learning.mentoring.service), HR
decides the N proposals, both sides accept, and the pairs work together, all
through the operations themselves. Items: profiles, needs, proposals,
mentorships (the first mentor's: min(N, 10))."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from bench.statement_counter import Counter, gid


def _id(data: dict[str, Any], field: str, key: str) -> Any:
    return ((data.get(field) or {}).get(key) or {}).get("id")


async def mentoring_pairs_flow(api: Counter, session: Any, n: int) -> None:
    from tests.support.factories import make_organisation, make_person

    org = await make_organisation(session)
    hr = await make_person(session, org, roles=["HR"], name="HR")
    mentors = [
        await make_person(session, org, roles=["LEADER", "MENTOR"], name=f"Mentor {i}")
        for i in range(n)
    ]
    # two more new leaders than items: one proposal HR rejects, one the mentor declines
    mentees = [
        await make_person(session, org, roles=["LEADER"], name=f"Ny leder {i}")
        for i in range(n + 2)
    ]
    await session.commit()
    profiles = []
    for i, mentor in enumerate(mentors):
        saved = await api.op(
            "SaveMentorProfile",
            {
                "input": {
                    "capacity": 10,
                    "tags": ["feedback"],
                    "areas": ["social"],
                    "membershipId": gid("Membership", mentor.id),
                }
            },
            hr,
            record=i == n - 1,
        )
        profiles.append(_id(saved, "saveMentorProfile", "profile"))
    for i, mentee in enumerate(mentees):
        await api.op(
            "SaveMentoringNeed",
            {"input": {"tags": ["feedback"], "area": "social", "notes": "Svære samtaler"}},
            mentee,
            record=i == n - 1,
        )
    await api.op("MyMentorProfile", {}, mentors[0])
    await api.op("MyMentoringNeed", {}, mentees[0])
    await api.op(
        "MentorShortlist",
        {"first": min(n, 10)},
        mentees[0],
        label="MentorShortlist (N, at most 10)",
    )
    await api.op("MentorProfiles", {"first": 100}, hr, label="MentorProfiles (N)")
    await api.op("MentoringNeeds", {"first": 100}, hr, label="MentoringNeeds (N+2)")
    proposals = []
    for i, mentee in enumerate(mentees):
        # the two extra ones ask the last mentor, who has room at every size
        profile = profiles[i // 10] if i < n else profiles[-1]
        asked = await api.op(
            "RequestMentor",
            {"input": {"mentorProfileId": profile}},
            mentee,
            record=i == len(mentees) - 1,
        )
        proposals.append(_id(asked, "requestMentor", "proposal"))
    await api.op("MatchProposalsToDecide", {"first": 100}, hr, label="MatchProposalsToDecide (N+2)")
    await api.op("RejectMatchProposal", {"input": {"proposalId": proposals[-1]}}, hr)
    await api.op("MyMentorRequests", {}, mentees[-1], label="MyMentorRequests (1, rejected)")
    ships = []
    for i, proposal in enumerate(proposals[:-1]):
        approved = await api.op(
            "ApproveMatchProposal",
            {"input": {"proposalId": proposal}},
            hr,
            record=i == n - 1,
        )
        ships.append(_id(approved, "approveMatchProposal", "mentorship"))
    await api.op(
        "DeclineMentorship", {"input": {"mentorshipId": ships[-1], "reason": "Tid"}}, mentors[-1]
    )
    ships = ships[:-1]
    for i, ship in enumerate(ships):
        last = i == n - 1
        mentor = mentors[i // 10]
        await api.op("AcceptMentorship", {"input": {"mentorshipId": ship}}, mentor, record=False)
        await api.op(
            "AcceptMentorship",
            {"input": {"mentorshipId": ship}},
            mentees[i],
            record=last,
        )
        await api.op(
            "ScheduleMentoringMeeting",
            {
                "input": {
                    "mentorshipId": ship,
                    "startsAt": (datetime.now(UTC) + timedelta(days=i + 1)).isoformat(),
                    "place": "Rådhuset",
                }
            },
            mentor,
            record=last,
        )
    await _work_together(api, mentors[0], mentees[0], ships[0])
    await api.op(
        "MyMentorships", {"first": 100}, mentors[0], label="MyMentorships (mentor of min(N, 10))"
    )
    await api.op("MyMentorships", {"first": 100}, mentees[0], label="MyMentorships (mentee)")
    await api.op("StartMatchingRun", {"input": {}}, hr)
    await api.op("MatchingRuns", {"first": 100}, hr)
    await api.op(
        "ChangeMentorshipStatus",
        {"input": {"mentorshipId": ships[0], "status": "COMPLETED"}},
        mentors[0],
    )


async def _work_together(api: Counter, mentor: Any, mentee: Any, ship: str) -> None:
    await api.op(
        "SetMentorshipAgreement",
        {
            "input": {
                "mentorshipId": ship,
                "goals": "Svære samtaler",
                "meetingFrequency": "Månedligt",
            }
        },
        mentor,
    )
    scheduled = await api.op(
        "ScheduleMentoringMeeting",
        {
            "input": {
                "mentorshipId": ship,
                "startsAt": (datetime.now(UTC) + timedelta(days=200)).isoformat(),
            }
        },
        mentor,
        record=False,
    )
    meeting = _id(scheduled, "scheduleMentoringMeeting", "meeting")
    await api.op(
        "SaveMeetingNote",
        {"input": {"meetingId": meeting, "text": "Godt møde", "shared": True}},
        mentor,
    )
    await api.op(
        "RecordMentoringObservation",
        {
            "input": {
                "mentorshipId": ship,
                "observedOn": date.today().isoformat(),
                "setting": "STAFF_MEETING",
                "wentWell": "Klar dagsorden",
                "ratings": [{"key": "tag:feedback", "value": 4}],
            }
        },
        mentor,
    )
    await api.op(
        "SubmitMentorshipAssessment",
        {
            "input": {
                "mentorshipId": ship,
                "kind": "START_SELF",
                "ratings": [{"key": "tag:feedback", "value": 2}],
            }
        },
        mentee,
    )
    await api.op("MarkMenteeVisited", {"input": {"mentorshipId": ship}}, mentor)
