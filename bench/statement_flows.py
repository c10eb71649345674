"""The flows of ``bench/statements.py``: each builds an organisation of N items
the way a client would, through the operations themselves, counting every
request (programmes, 360, mentoring)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

from bench.statement_counter import Counter, gid
from bench.statement_flows_access import sign_in_flow, structure_import_flow
from bench.statement_flows_mentoring import mentoring_pairs_flow
from bench.statement_flows_people import people_flow
from bench.statement_flows_philosophy import philosophy_flow
from bench.statement_flows_reads import (
    CycleWorld,
    ProgrammeWorld,
    cycle_adjustments,
    cycle_results,
    programme_reads,
)

# The domain's own limits: raters per group at most 50 (feedback.cycle.limits), and a
# programme needs an activity of each kind, so "1 activity" is 3.
RATERS_MAX = 50  # 49 answer and one declines at "100"


# --- programmes ----------------------------------------------------------------------------------


async def programmes_flow(api: Counter, session: Any, n: int) -> None:
    from backend.identity.models import OrganisationGoal
    from tests.support.factories import make_organisation, make_person

    org = await make_organisation(session)
    hr = await make_person(session, org, roles=["HR"], name="HR")
    manager = await make_person(session, org, roles=["LEADER"], name="Mona Manager")
    leaders = [
        await make_person(session, org, roles=["LEADER"], manager=manager, name=f"Leder {i}")
        for i in range(n)
    ]
    goals = [OrganisationGoal(organisation_id=org.id, title=f"Mål {i}") for i in range(2)]
    session.add_all(goals)
    await session.commit()
    goal_ids = [gid("OrganisationGoal", g.id) for g in goals]
    kinds = ["KNOWLEDGE", "REFLECTION", "ACTION"]
    modules = [
        {
            "title": "Modul",
            "activities": [
                {
                    "kind": kinds[a % 3],
                    "title": f"Aktivitet {a}",
                    "body": "Tekst",
                    "dueOffsetDays": a,
                }
                for a in range(max(3, n))
            ],
        }
    ]  # a programme needs all three kinds
    content = {"title": "Forløb", "goalIds": goal_ids, "modules": modules}
    created = await api.op("CreateProgramme", {"input": content}, hr)
    programme = created["createProgramme"]["programme"]["id"]
    await api.op("UpdateProgramme", {"input": {"programmeId": programme, **content}}, hr)
    await api.op("PublishProgramme", {"input": {"programmeId": programme}}, hr)
    cohort = await api.op(
        "CreateCohort",
        {"input": {"programmeId": programme, "name": "Hold", "startsOn": date.today().isoformat()}},
        hr,
    )
    cohort_id = (cohort.get("createCohort") or {}).get("cohort", {}).get("id")
    enrolment = None
    for i, leader in enumerate(leaders):
        found = await api.op(
            "EnrolLeader",
            {
                "input": {
                    "programmeId": programme,
                    "leaderId": gid("Membership", leader.id),
                    "cohortId": cohort_id,
                    "startsOn": date.today().isoformat(),
                    "developmentGoals": [{"title": "Mit mål", "organisationGoalId": goal_ids[0]}],
                }
            },
            hr,
            record=i == len(leaders) - 1,
        )
        if i == 0:
            enrolment = ((found.get("enrolLeader") or {}).get("enrolment") or {}).get("id")
    if enrolment is None:
        return
    leader = leaders[0]
    detail = await api.op("EnrolmentDetail", {"id": enrolment}, leader)
    activities = [a["activity"]["id"] for a in (detail.get("node") or {}).get("activities", [])]
    if not activities:
        return
    first = activities[0]
    reflective = activities[1] if len(activities) > 1 else first
    acting = activities[2] if len(activities) > 2 else first
    await api.op(
        "StartActivity", {"input": {"enrolmentId": enrolment, "activityId": first}}, leader
    )
    await api.op(
        "CompleteActivity", {"input": {"enrolmentId": enrolment, "activityId": first}}, leader
    )
    saved = await api.op(
        "SaveReflection",
        {"input": {"enrolmentId": enrolment, "activityId": reflective, "text": "Jeg lærte noget."}},
        leader,
    )
    reflection = ((saved.get("saveReflection") or {}).get("reflection") or {}).get("id")
    if reflection:
        await api.op(
            "ShareReflection",
            {"input": {"reflectionId": reflection, "sharedWith": ["MANAGER"]}},
            leader,
        )
    await api.op(
        "RequestEvidenceUpload",
        {
            "input": {
                "enrolmentId": enrolment,
                "activityId": acting,
                "filename": "foto.jpg",
                "contentType": "image/jpeg",
                "byteSize": 1000,
            }
        },
        leader,
    )
    await api.op(
        "RecordActionEvidence",
        {"input": {"enrolmentId": enrolment, "activityId": acting, "text": "Jeg holdt mødet."}},
        leader,
    )
    now = datetime.now(UTC)
    await api.op(
        "SyncProgress",
        {
            "input": {
                "events": [
                    {
                        "clientEventId": f"e-{uuid.uuid4().hex}",
                        "enrolmentId": enrolment,
                        "activityId": activities[k % len(activities)],
                        "type": "STARTED",
                        "occurredAt": (now - timedelta(seconds=n - k)).isoformat(),
                    }
                    for k in range(n)
                ]
            }
        },
        leader,
    )
    await api.op("Home", {}, leader, label="Home (leader, N activities)")
    await api.op("Home", {}, manager, label="Home (manager, N reports' checkpoints)")
    await api.op("TeamEnrolments", {"first": 100}, manager)
    await api.op(
        "SetDevelopmentGoals",
        {
            "input": {
                "enrolmentId": enrolment,
                "goals": [
                    {"title": f"Mål {g}", "organisationGoalId": goal_ids[g % 2]} for g in range(n)
                ],
            }
        },
        manager,
    )
    await api.op(
        "CompleteCheckpoint",
        {"input": {"enrolmentId": enrolment, "kind": "BEFORE", "practiceAgreed": "Hver fredag"}},
        manager,
    )
    world = ProgrammeWorld(
        hr, manager, leader, programme, enrolment, activities, goal_ids, reflection
    )
    await programme_reads(api, world, n)


# --- 360 ---------------------------------------------------------------------------------------


async def evaluations_flow(api: Counter, session: Any, n: int) -> None:
    from feedback.evaluations.delivery import service as delivery
    from feedback.evaluations.nominations import repository as nomination_repository
    from feedback.frameworks.service import write_framework
    from tests.support.evaluation_world import small_framework
    from tests.support.factories import make_organisation, make_person

    org = await make_organisation(session)
    hr = await make_person(session, org, roles=["HR"], name="HR")
    manager = await make_person(session, org, roles=["LEADER"], name="Mona Manager")
    leaders = [
        await make_person(session, org, roles=["LEADER"], manager=manager, name=f"Leder {i}")
        for i in range(n)
    ]
    peers = [
        await make_person(session, org, roles=["LEADER"], manager=manager, name=f"Kollega {i}")
        for i in range(min(n, RATERS_MAX - 1) + 1)
    ]  # the last one declines
    others = [
        await make_person(session, org, roles=["LEADER"], manager=manager, name=f"Senere {i}")
        for i in range(n)
    ]  # added to the open cycle
    extra = await make_person(session, org, roles=["LEADER"], name="Nomineret og trukket tilbage")
    competencies = max(1, (n + 4) // 5)
    framework = await write_framework(
        session, org.id, small_framework(competencies, min(5, n), 1), publish=True
    )
    await session.commit()
    now = datetime.now(UTC)
    cycle = await api.op(
        "CreateEvaluationCycle",
        {
            "input": {
                "name": "360",
                "frameworkId": gid("CompetencyFramework", framework.id),
                "opensAt": (now + timedelta(hours=1)).isoformat(),
                "closesAt": (now + timedelta(days=10)).isoformat(),
                "leaderIds": [gid("Membership", x.id) for x in leaders],
                "nominationLimits": [{"group": "PEER", "minimum": 1, "maximum": RATERS_MAX}],
            }
        },
        hr,
    )
    cycle_id = ((cycle.get("createEvaluationCycle") or {}).get("cycle") or {}).get("id")
    if cycle_id is None:
        return
    await api.op(
        "ChangeEvaluationQuestionnaire", {"input": {"cycleId": cycle_id, "peerMinimum": 3}}, hr
    )
    leader = leaders[0]
    mine = await api.op("MyEvaluations", {}, leader, record=False)
    evaluation = (mine.get("myEvaluations") or [{}])[0].get("id")
    withdrawn = await api.op(
        "NominateRaters",
        {
            "input": {
                "evaluationId": evaluation,
                "nominees": [{"group": "PEER", "membershipId": gid("Membership", extra.id)}],
            }
        },
        leader,
        record=False,
    )
    nominations = ((withdrawn.get("nominateRaters") or {}).get("evaluation") or {}).get(
        "nominations"
    ) or []
    proposed = [x["id"] for x in nominations if x.get("status") == "PROPOSED"]
    await api.op("WithdrawNomination", {"input": {"nominationId": proposed[-1]}}, leader)
    await api.op(
        "NominateRaters",
        {
            "input": {
                "evaluationId": evaluation,
                "nominees": [
                    {"group": "PEER", "membershipId": gid("Membership", p.id)} for p in peers
                ],
            }
        },
        leader,
    )
    await api.op("SubmitNominations", {"input": {"evaluationId": evaluation}}, leader)
    await api.op("MyEvaluationTasks", {}, manager)
    await api.op("ApproveNominations", {"input": {"evaluationId": evaluation}}, manager)
    await api.op("OpenEvaluationCycle", {"input": {"cycleId": cycle_id}}, hr)
    await api.op("InviteRaters", {"input": {"cycleId": cycle_id}}, hr)
    await api.op("EvaluationCycleRates", {"id": cycle_id}, hr)
    from backend.api.relay import from_global_id

    evaluation_pk = from_global_id(evaluation)[1]
    rows = (await nomination_repository.nominations_by_evaluation(session, [evaluation_pk])).get(
        evaluation_pk, []
    )
    tokens = [
        await delivery.issue_token(session, r.id, now + timedelta(days=10))
        for r in rows
        if r.rater_group == "PEER"
    ]
    await session.commit()
    structure = await api.op("RaterForm", {"token": tokens[0]}, None) if tokens else {}
    items = [
        i["id"]
        for c in (structure.get("raterForm") or {}).get("competencies", [])
        for i in c["items"]
    ]
    answers = [{"itemId": i, "value": 4} for i in items]
    if tokens:
        await api.op("SaveRaterAnswers", {"input": {"token": tokens[0], "answers": answers}}, None)
    for k, secret in enumerate(tokens[:-1]):
        await api.op(
            "SubmitRaterResponse",
            {"input": {"token": secret, "answers": answers}},
            None,
            record=k == 0,
        )
    if tokens:
        await api.op("DeclineRaterInvitation", {"input": {"token": tokens[-1]}}, None)
    await api.op("MyEvaluations", {}, leader)
    world = CycleWorld(hr, manager, leader, cycle_id, evaluation, framework.id, others)
    await cycle_adjustments(api, world, n)
    await api.op("CloseEvaluationCycle", {"input": {"cycleId": cycle_id}}, hr)
    await cycle_results(api, world)
    await api.op("EvaluationReport", {"id": evaluation}, leader)
    await api.op(
        "ShareEvaluationReport",
        {"input": {"evaluationId": evaluation, "membershipId": gid("Membership", manager.id)}},
        leader,
    )


# --- mentoring --------------------------------------------------------------------------------


async def mentoring_flow(api: Counter, session: Any, n: int) -> None:
    from learning.mentoring.models import MentoringMeeting, MentorProfile, Mentorship
    from tests.support.factories import make_organisation, make_person

    org = await make_organisation(session)
    mentor = await make_person(session, org, roles=["LEADER", "MENTOR"], name="Mentor")
    profile = MentorProfile(organisation_id=org.id, membership_id=mentor.id, capacity=n)
    session.add(profile)
    await session.flush()
    now = datetime.now(UTC)
    for i in range(n):
        mentee = await make_person(session, org, roles=["LEADER"], name=f"Mentee {i}")
        ship = Mentorship(
            organisation_id=org.id,
            mentor_id=mentor.id,
            mentee_id=mentee.id,
            mentor_profile_id=profile.id,
            status="ACTIVE",
            starts_on=date.today(),
            mentor_seen_at=now - timedelta(days=3),
        )
        session.add(ship)
        await session.flush()
        session.add(
            MentoringMeeting(
                organisation_id=org.id,
                mentorship_id=ship.id,
                starts_at=now + timedelta(days=i + 1),
                place="Rådhuset",
            )
        )
    await session.commit()
    await api.op("Mentees", {"first": 100}, mentor)


FLOWS: list[tuple[str, str, Callable[..., Any]]] = [
    ("programmes", "learning.programmes", programmes_flow),
    ("360", "feedback.evaluations", evaluations_flow),
    ("mentoring", "learning.mentoring", mentoring_flow),
    ("mentor pairing", "learning.mentoring", mentoring_pairs_flow),
    ("people", "backend.identity", people_flow),
    ("philosophy", "learning.philosophy", philosophy_flow),
    ("sign-in", "backend.identity.signin", sign_in_flow),
    ("structure import", "backend.identity.structure_import", structure_import_flow),
]
