"""SQL statements per request for every operation in graphql/operations/,
with 1, 10 and 100 items: the counts must be identical.

Each size gets its own organisation in a fresh database, built the way a
client would build it: through the operations themselves (HR writes a
programme of N activities, enrols N leaders; a cycle of N leaders, N raters
answering N items; a mentor with N mentees). Only what no operation in
graphql/operations/ can make (people, organisational goals, a competency
framework, rater link secrets, mentorships) is written directly. Every
operation request is counted in process (httpx's ASGI transport, the real
app and schema) with ``tests/support/statements.count_statements``.

"Items" per family (capped where the domain caps them: a programme has at
least 3 activities, one of each kind; an evaluation at most 50 raters of a
group): programmes - activities of the programme, leaders
reporting to the manager, events in a sync batch, development goals; 360 -
leaders in the cycle, raters of the evaluation, items of the framework;
mentoring - mentees of the mentor.
"""

from __future__ import annotations

import asyncio
import os
import uuid
from collections import defaultdict
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

import asyncpg
import httpx

from bench.common import OPERATIONS, Row, Run, landed
from bench.generate import OUT, database_url, migrate
from bench.harness import SECRET, bench_settings

SIZES = (1, 10, 100)
# The domain's own limits: raters per group at most 50 (feedback.cycle.limits), and a
# programme needs an activity of each kind, so "1 activity" is 3.
RATERS_MAX = 50  # 49 answer and one declines at "100"


class Counter:
    """Runs operations in process and records statements per (operation, size)."""

    def __init__(self, app: Any, engine: Any, settings: Any) -> None:
        self.client = httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://bench"
        )
        self.engine = engine
        self.settings = settings
        self.counts: dict[str, dict[int, int]] = defaultdict(dict)
        self.problems: dict[str, dict[int, str]] = defaultdict(dict)
        self.size = 0

    def token(self, membership: Any) -> str:
        from tests.support.factories import token_for

        return token_for(membership, self.settings)

    async def op(
        self,
        name: str,
        variables: dict[str, Any],
        who: Any,
        label: str | None = None,
        record: bool = True,
    ) -> dict[str, Any]:
        from tests.support.statements import count_statements

        document = (OPERATIONS / f"{name}.graphql").read_text(encoding="utf-8")
        headers = {"authorization": f"Bearer {self.token(who)}"} if who is not None else {}
        with count_statements(self.engine) as log:
            response = await self.client.post(
                "/graphql", json={"query": document, "variables": variables}, headers=headers
            )
        body = response.json()
        data = body.get("data") or {}
        problem = ""
        if body.get("errors"):
            problem = ",".join(
                str(e.get("extensions", {}).get("code", e.get("message"))) for e in body["errors"]
            )
        else:
            payload = next(iter(data.values()), None) if data else None
            if isinstance(payload, dict) and payload.get("errors"):
                problem = ",".join(str(e.get("code")) for e in payload["errors"])
        if record and os.environ.get("BENCH_DUMP_STATEMENTS") == name:
            dump = OUT / f"statements-{name}-{self.size}.sql"
            dump.write_text(";\n\n".join(log.statements) + ";\n", encoding="utf-8")
        if record:
            key = label or name
            self.counts[key][self.size] = log.count
            if problem:
                self.problems[key][self.size] = problem
        return data

    async def close(self) -> None:
        await self.client.aclose()


def gid(type_name: str, pk: int) -> str:
    from backend.api.relay import to_global_id

    return str(to_global_id(type_name, pk))


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


# --- 360 ---------------------------------------------------------------------------------------


async def evaluations_flow(api: Counter, session: Any, n: int) -> None:
    from feedback.evaluations import repository
    from feedback.evaluations.delivery import service as delivery
    from feedback.frameworks.service import write_framework
    from tests.feedback.evaluations.scenario import small_framework
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
    leader = leaders[0]
    mine = await api.op("MyEvaluations", {}, leader, record=False)
    evaluation = (mine.get("myEvaluations") or [{}])[0].get("id")
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
    rows = (await repository.nominations_by_evaluation(session, [evaluation_pk])).get(
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
    await api.op("CloseEvaluationCycle", {"input": {"cycleId": cycle_id}}, hr)
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
]


async def _count(run: Run) -> tuple[Counter, list[str]]:
    from backend.app import create_app
    from backend.db import Database, set_database
    from backend.settings import get_settings

    name = f"{run.options.database}_statements"
    admin = await asyncpg.connect(f"{run.options.server}/postgres")
    try:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.execute(f'CREATE DATABASE "{name}"')
    finally:
        await admin.close()
    await asyncio.to_thread(migrate, run.options.server, name)
    settings = bench_settings(database_url(run.options.server, name, "postgresql+asyncpg"))
    get_settings.cache_clear()
    database = Database(settings)
    set_database(database)
    app = create_app(settings, database=database)
    api = Counter(app, database.engine, settings)
    skipped = []
    try:
        for size in (1, 3) if run.options.quick else SIZES:
            api.size = size
            for family, module, flow in FLOWS:
                if not landed(module):
                    if size == SIZES[0]:
                        skipped.append(f"{family}: {module} has not landed")
                    continue
                async with database.session() as session:
                    try:
                        await flow(api, session, size)
                    except Exception as error:  # noqa: BLE001 - a broken step is a finding, not the end
                        api.problems[f"({family} flow)"][size] = f"{type(error).__name__}: {error}"[
                            :200
                        ]
    finally:
        await api.close()
        await database.dispose()
        set_database(None)
    assert SECRET
    return api, skipped


def run(run: Run) -> None:
    api, skipped = asyncio.run(_count(run))
    operations = sorted(p.stem for p in OPERATIONS.glob("*.graphql"))
    sizes = (1, 3) if run.options.quick else SIZES
    lines = [
        "| operation | " + " | ".join(f"{s} items" for s in sizes) + " | identical | problems |",
        "|---" * (len(sizes) + 3) + "|",
    ]
    identical = differing = failing = 0
    covered = set()
    for label in sorted(set(api.counts) | set(api.problems)):
        counts = api.counts.get(label, {})
        problems = api.problems.get(label, {})
        covered.add(label.split(" ")[0])
        sizes = (1, 3) if run.options.quick else SIZES
        values = [counts.get(s) for s in sizes]
        same = None not in values and len(set(values)) == 1
        if problems:
            failing += 1
        elif same:
            identical += 1
        else:
            differing += 1
        lines.append(
            f"| {label} | "
            + " | ".join("-" if v is None else str(v) for v in values)
            + f" | {'yes' if same else '**no**'} | "
            + "; ".join(f"{s}: {p}" for s, p in sorted(problems.items()))
            + " |"
        )
    missing = [o for o in operations if o not in covered]
    run.notes["SQL statements per request, every operation"] = "\n".join(
        [
            "Counted in process on a fresh database; each size is its own organisation, built "
            "through "
            "the operations themselves (bench/statements.py). A count that differs between "
            "sizes is a "
            "query per item; a problem is an error code the operation answered with (its count "
            "is then "
            "of the error path).",
            "",
            *lines,
            "",
            f"Not run: {', '.join(missing) if missing else 'none'}."
            + (f" Skipped: {'; '.join(skipped)}." if skipped else ""),
        ]
    )
    total = identical + differing + failing
    run.add(
        Row(
            "SQL statements per request, every operation in graphql/operations/",
            f"{identical} of {total} identical at {', '.join(map(str, sizes))} items; "
            f"{differing} differ; "
            f"{failing} answered with an error",
            "the same operation with 1, 10 and 100 items",
            "",
            "identical counts",
            differing == 0 and failing == 0 and not missing,
            f"{len(operations)} operations in graphql/operations/, "
            f"{len(operations) - len(missing)} "
            "run; table under Notes",
        )
    )
