"""The floor of ``home``: the statements GraphQL's ``home`` sends, straight through
an asyncpg pool, and the same JSON, byte for byte, written with orjson.

No SQLAlchemy, no session, no ORM rows, no GraphQL: what is left is what any
Python service pays for these statements (asyncpg's prepared statements, the
loop, building the answer). The SQL is the SQLAlchemy statements' text as
``home`` sends them (tests/learning/programmes count them), with the same
columns (even those home does not use) and conditions, in the same order, under
the same conditions (a statement only when the previous ones found something to
ask for); SQLAlchemy's expanded ``IN ($2, $3, ...)`` is written ``= ANY($2)``,
which PostgreSQL plans the same (as a ``ScalarArrayOpExpr``) and which keeps one
prepared statement per text. No explicit transaction: each statement commits on
its own, as a plain asyncpg service would run reads.

``bench/baseline.py`` mounts ``router`` in bench mode; ``bench/run.py`` checks the
bytes against GraphQL's before it measures.
"""

from __future__ import annotations

import asyncio
import base64
from datetime import UTC, date, datetime, timedelta
from typing import Any

import asyncpg
import orjson
from fastapi import APIRouter, Request
from fastapi.responses import Response

from backend.auth.tokens import check_access_token
from backend.i18n import translate
from feedback.evaluations.home import messages as _messages  # noqa: F401  (registers texts)

router = APIRouter()
Rows = list[asyncpg.Record]

# --- the statements ---------------------------------------------------------------------------

ENROLMENT = (
    "programme_enrolment.organisation_id, programme_enrolment.programme_id, "
    "programme_enrolment.version_id, programme_enrolment.cohort_id, "
    "programme_enrolment.membership_id, programme_enrolment.enrolled_by_id, "
    "programme_enrolment.starts_on, programme_enrolment.status, "
    "programme_enrolment.completed_at, programme_enrolment.id, programme_enrolment.created_at, "
    "programme_enrolment.updated_at"
)
VERSION = (
    "SELECT organisation_id, programme_id, version, status, title, description, audience, "
    "published_at, id, created_at, updated_at FROM programme_version "
    "WHERE organisation_id = $1 AND id = ANY($2::bigint[]) ORDER BY id"
)
CHECKPOINT = (
    "SELECT manager_checkpoint.organisation_id, manager_checkpoint.enrolment_id, "
    "manager_checkpoint.kind, manager_checkpoint.due_on, manager_checkpoint.completed_at, "
    "manager_checkpoint.completed_by_id, manager_checkpoint.goals_agreed, "
    "manager_checkpoint.practice_agreed, manager_checkpoint.notes, manager_checkpoint.feedback, "
    "manager_checkpoint.reminded_on, manager_checkpoint.id, manager_checkpoint.created_at, "
    "manager_checkpoint.updated_at FROM manager_checkpoint "
    "JOIN programme_enrolment ON programme_enrolment.id = manager_checkpoint.enrolment_id "
)
# The leaders below the viewer (``enrolments.repository``'s visibility), $3..$6 its depths.
BELOW = (
    "WITH RECURSIVE below(id, depth) AS (SELECT membership.id AS id, $3::INTEGER AS depth "
    "FROM membership WHERE membership.manager_id = $4 UNION ALL SELECT m.id, below.depth + $5 "
    "FROM membership AS m, below WHERE m.manager_id = below.id AND below.depth < $6) "
)
FOLLOWED = (
    "programme_enrolment.organisation_id = $1 AND (programme_enrolment.membership_id = $2 "
    "OR programme_enrolment.membership_id IN (SELECT below.id FROM below))"
)
SQL = {
    "enrolments": f"SELECT {ENROLMENT} FROM programme_enrolment WHERE "
    "programme_enrolment.membership_id = $1 ORDER BY programme_enrolment.starts_on, "
    "programme_enrolment.id",
    "versions": VERSION,
    "activities": "SELECT a.organisation_id, a.version_id, a.module_id, a.position, a.kind, "
    "a.title, a.body, a.media, a.estimated_minutes, a.due_offset_days, a.id "
    "FROM programme_activity AS a JOIN programme_module ON programme_module.id = a.module_id "
    "WHERE a.version_id = ANY($1::bigint[]) "
    "ORDER BY a.version_id, programme_module.position, a.position",
    "progress": "SELECT organisation_id, enrolment_id, activity_id, started_at, completed_at, id "
    "FROM activity_progress WHERE enrolment_id = ANY($1::bigint[])",
    "open": CHECKPOINT + "WHERE programme_enrolment.membership_id = $1 AND "
    "programme_enrolment.status = $2 AND manager_checkpoint.completed_at IS NULL "
    "ORDER BY manager_checkpoint.due_on, manager_checkpoint.id",
    "hold": CHECKPOINT + "WHERE programme_enrolment.membership_id IN (SELECT membership.id "
    "FROM membership WHERE membership.manager_id = $1) AND programme_enrolment.status = $2 "
    "AND manager_checkpoint.completed_at IS NULL AND manager_checkpoint.due_on <= $3 "
    "ORDER BY manager_checkpoint.due_on, manager_checkpoint.id",
    "mentorship": "SELECT id, mentor_id FROM mentorship WHERE mentee_id = $1 "
    "AND status = ANY($3::varchar[]) LIMIT $2",
    "mentor": "SELECT membership.id, membership.organisation_id, membership.person_id, "
    "membership.unit_id, membership.job_title, membership.leader_since, person.name, "
    "person.email, person.locale, organisation.name AS organisation_name, "
    "unit.name AS unit_name FROM membership JOIN person ON person.id = membership.person_id "
    "JOIN organisation ON organisation.id = membership.organisation_id "
    "LEFT OUTER JOIN unit ON unit.id = membership.unit_id WHERE membership.id = ANY($1::bigint[])",
    "unread": "SELECT n.organisation_id, n.subject_kind, n.subject_id, n.leader_id, "
    "n.author_id, n.parent_id, n.visibility, n.body, n.hidden_at, n.hidden_by_id, n.id, "
    "n.created_at, n.updated_at, person.name AS author_name FROM feedback_note AS n "
    "LEFT OUTER JOIN membership ON membership.id = n.author_id "
    "LEFT OUTER JOIN person ON person.id = membership.person_id "
    "WHERE n.id IN (SELECT f.id FROM feedback_note AS f WHERE f.leader_id = $1 "
    "UNION SELECT f.id FROM feedback_note AS f JOIN feedback_note_audience AS a "
    "ON a.note_id = f.id WHERE a.membership_id = $2 AND f.parent_id IS NULL "
    "UNION SELECT f.id FROM feedback_note AS f JOIN feedback_note_audience AS a "
    "ON a.note_id = f.parent_id WHERE a.membership_id = $3) AND n.hidden_at IS NULL "
    "AND (n.author_id IS NULL OR n.author_id != $4) AND NOT (EXISTS (SELECT * "
    "FROM feedback_note_read AS r WHERE r.note_id = n.id AND r.membership_id = $5)) "
    "ORDER BY n.id DESC LIMIT $6",
    "evaluations": "SELECT e.organisation_id, e.cycle_id, e.leader_id, e.manager_id, "
    "e.nomination_state, e.employee_count, e.report_status, e.report_object_key, e.id, "
    "e.created_at, e.updated_at, c.organisation_id AS organisation_id_1, c.framework_id, "
    "c.name, c.purpose, c.baseline_cycle_id, c.profile, c.status, c.opens_at, c.closes_at, "
    "c.closed_at, c.min_peer, c.min_direct_report, c.min_external, c.min_all_raters, "
    "c.min_comments, c.min_employees_for_report, c.reminder_days_before_close, "
    "c.nomination_limits, c.created_by_id, c.id AS id_1, c.created_at AS created_at_1, "
    "c.updated_at AS updated_at_1 FROM evaluation AS e "
    "JOIN evaluation_cycle AS c ON c.id = e.cycle_id "
    "WHERE e.leader_id = $1 OR e.manager_id = $2 ORDER BY c.closes_at, e.id",
    "named": "SELECT nomination.evaluation_id, nomination.rater_group FROM nomination "
    "JOIN evaluation ON evaluation.id = nomination.evaluation_id "
    "JOIN evaluation_cycle ON evaluation_cycle.id = evaluation.cycle_id "
    "WHERE nomination.rater_id = $1 AND nomination.status = $2 AND "
    "(nomination.rater_group = ANY($4::varchar[]) OR nomination.invited_at IS NOT NULL) "
    "AND nomination.responded IS false AND nomination.declined IS false "
    "AND evaluation_cycle.status = $3 ORDER BY nomination.evaluation_id, nomination.rater_group",
    "evaluations_by_ids": "SELECT organisation_id, cycle_id, leader_id, manager_id, "
    "nomination_state, employee_count, report_status, report_object_key, id, created_at, "
    "updated_at FROM evaluation WHERE id = ANY($1::bigint[])",
    "cycles_by_ids": "SELECT * FROM evaluation_cycle WHERE id = ANY($1::bigint[])",
    "people": "SELECT membership.id, person.id AS id_1, person.name, person.email, "
    "person.locale, membership.manager_id, membership.organisation_id, "
    "membership.is_active AND person.is_active AS anon_1 FROM membership "
    "JOIN person ON person.id = membership.person_id WHERE membership.id = ANY($1::bigint[])",
    "cohorts": "SELECT organisation_id, programme_id, version_id, name, starts_on, id, "
    "created_at, updated_at FROM programme_cohort "
    "WHERE organisation_id = $1 AND id = ANY($2::bigint[]) ORDER BY id",
    "goals": BELOW + "SELECT g.organisation_id, g.enrolment_id, g.organisation_goal_id, "
    "g.position, g.title, g.description, g.agreed_at, g.attainment_rating, g.id, "
    "g.created_at, g.updated_at FROM development_goal AS g "
    "JOIN programme_enrolment ON programme_enrolment.id = g.enrolment_id "
    f"WHERE g.enrolment_id = ANY($7::bigint[]) AND {FOLLOWED} "
    "ORDER BY g.enrolment_id, g.position, g.id",
    "held": BELOW + f"SELECT {ENROLMENT} FROM programme_enrolment "
    f"WHERE programme_enrolment.id = ANY($9::bigint[]) AND ({FOLLOWED} OR "
    "programme_enrolment.organisation_id = $7 AND programme_enrolment.membership_id IN "
    "(SELECT mentee_id FROM mentorship WHERE mentor_id = $8 AND status = ANY($10::varchar[])))",
    "leaders": "SELECT membership.organisation_id, membership.person_id, membership.unit_id, "
    "membership.manager_id, membership.job_title, membership.leader_since, membership.roles, "
    "membership.is_active, membership.joined_at, membership.id, membership.created_at, "
    "membership.updated_at, person.email, person.name, person.locale, "
    "person.is_active AS is_active_1, person.password_hash, person.oidc_subject, "
    "person.id AS id_1, person.created_at AS created_at_1, person.updated_at AS updated_at_1 "
    "FROM membership JOIN person ON person.id = membership.person_id "
    "WHERE membership.id = ANY($2::bigint[]) AND membership.organisation_id = $1",
}
RUNNING = ["ACTIVE", "PAUSED"]
DEPTHS = (1, 1, 100)  # the recursive visibility's start, step and limit, as home sends them
REPORT_TASK_DAYS, HOLD_AHEAD_DAYS, NEXT_ACTIVITIES, UNREAD = 90, 14, 5, 5

_pool: asyncpg.Pool | None = None
_pool_lock = asyncio.Lock()


async def _get_pool(request: Request) -> asyncpg.Pool:
    """One pool per process, as large as the SQLAlchemy engine's (10 + 5 overflow)."""
    global _pool
    async with _pool_lock:
        if _pool is None:
            settings = request.app.state.settings
            dsn = settings.database_url.replace("postgresql+asyncpg://", "postgresql://")
            _pool = await asyncpg.create_pool(
                dsn, min_size=1, max_size=settings.database_pool_size + 5
            )
    return _pool


# --- the JSON ---------------------------------------------------------------------------------


def gid(type_name: str, pk: int) -> str:
    return base64.urlsafe_b64encode(f"{type_name}:{pk}".encode()).decode()


def _iso(value: date | datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _excerpt(body: str, width: int = 80) -> str:
    line = " ".join(body.split())
    return line if len(line) <= width else line[: width - 1].rstrip() + "…"


@router.post("/home-floor")
async def home_floor(request: Request) -> Response:
    scheme, _, token = (request.headers.get("authorization") or "").partition(" ")
    viewer = None
    if scheme.lower() == "bearer" and token.strip():
        viewer, _problem = check_access_token(token.strip(), request.app.state.settings)
    if viewer is None:
        body = {"data": None, "errors": [{"message": "unauthenticated"}]}
        return Response(orjson.dumps(body), media_type="application/json", status_code=401)
    async with (await _get_pool(request)).acquire() as db:
        home = await _home(db, viewer.membership_id, viewer.organisation_id, viewer.locale)
    return Response(orjson.dumps({"data": {"home": home}}), media_type="application/json")


async def _home(db: asyncpg.Connection, me: int, org: int, locale: str) -> dict[str, Any]:
    today = date.today()
    enrolments = [e for e in await db.fetch(SQL["enrolments"], me) if e["status"] != "WITHDRAWN"]
    version_ids = sorted({e["version_id"] for e in enrolments})
    enrolment_ids = [e["id"] for e in enrolments]
    versions: dict[int, asyncpg.Record] = {}
    activities: dict[int, Rows] = {v: [] for v in version_ids}
    progress: dict[int, dict[int, asyncpg.Record]] = {e: {} for e in enrolment_ids}
    if enrolments:
        versions = {v["id"]: v for v in await db.fetch(SQL["versions"], org, version_ids)}
        for a in await db.fetch(SQL["activities"], version_ids):
            activities[a["version_id"]].append(a)
        for p in await db.fetch(SQL["progress"], enrolment_ids):
            progress[p["enrolment_id"]][p["activity_id"]] = p
    open_checkpoints = await db.fetch(SQL["open"], me, "ACTIVE")
    hold_until = today + timedelta(days=HOLD_AHEAD_DAYS)
    to_hold: dict[int, asyncpg.Record] = {}  # each enrolment's next checkpoint
    for c in await db.fetch(SQL["hold"], me, "ACTIVE", hold_until):
        to_hold.setdefault(c["enrolment_id"], c)
    mentor = None
    found = await db.fetchrow(SQL["mentorship"], me, 1, RUNNING)
    if found is not None:
        mentor = await db.fetchrow(SQL["mentor"], [found["mentor_id"]])
    unread = await db.fetch(SQL["unread"], me, me, me, me, me, UNREAD)
    tasks = await _tasks(db, me, locale)
    cohort_ids = sorted({e["cohort_id"] for e in enrolments if e["cohort_id"] is not None})
    cohorts = (
        {c["id"]: c for c in await db.fetch(SQL["cohorts"], org, cohort_ids)} if cohort_ids else {}
    )
    goals: dict[int, Rows] = {}
    if enrolments:
        for g in await db.fetch(SQL["goals"], org, me, *DEPTHS[:1], me, *DEPTHS[1:], enrolment_ids):
            goals.setdefault(g["enrolment_id"], []).append(g)
    held: dict[int, asyncpg.Record] = {}
    if to_hold:
        rows = await db.fetch(
            SQL["held"], org, me, DEPTHS[0], me, *DEPTHS[1:], org, me, list(to_hold), RUNNING
        )
        held = {e["id"]: e for e in rows}
    if enrolments:  # GraphQL reads the viewer's membership to decide on goal attainment
        await db.fetch(SQL["leaders"], org, [me])
    leader_ids = list(dict.fromkeys(e["membership_id"] for e in held.values()))
    leaders = (
        {r["id"]: r for r in await db.fetch(SQL["leaders"], org, leader_ids)} if leader_ids else {}
    )
    missing = list(
        dict.fromkeys(e["version_id"] for e in held.values() if e["version_id"] not in versions)
    )
    if missing:
        versions.update({v["id"]: v for v in await db.fetch(SQL["versions"], org, missing)})

    def enrolment_json(e: asyncpg.Record) -> dict[str, Any]:
        version, done = versions.get(e["version_id"]), progress[e["id"]]
        cohort = cohorts.get(e["cohort_id"])
        total = started = completed = 0
        for a in activities[e["version_id"]]:
            total += 1
            row = done.get(a["id"])
            if row is not None and row["completed_at"] is not None:
                completed += 1
                started += 1
            elif row is not None and row["started_at"] is not None:
                started += 1
        return {
            "id": gid("Enrolment", e["id"]),
            "status": e["status"],
            "startsOn": _iso(e["starts_on"]),
            "programme": {
                "id": gid("ProgrammeVersion", version["id"]),
                "title": version["title"],
                "version": version["version"],
            }
            if version
            else None,
            "cohort": {"id": gid("Cohort", cohort["id"]), "name": cohort["name"]}
            if cohort
            else None,
            "progress": {
                "total": total,
                "started": started,
                "completed": completed,
                "percent": round(100 * completed / total) if total else 0,
            },
            "developmentGoals": [
                {
                    "id": gid("DevelopmentGoal", g["id"]),
                    "title": g["title"],
                    "agreedAt": _iso(g["agreed_at"]),
                }
                for g in goals.get(e["id"], [])
            ],
        }

    def hold_json(c: asyncpg.Record) -> dict[str, Any]:
        e = held.get(c["enrolment_id"])
        enrolment = None
        if e is not None:
            leader, version = leaders.get(e["membership_id"]), versions.get(e["version_id"])
            enrolment = {
                "id": gid("Enrolment", e["id"]),
                "leader": {"name": leader["name"]} if leader else None,
                "programme": {"title": version["title"]} if version else None,
            }
        return {
            "id": gid("ManagerCheckpoint", c["id"]),
            "kind": c["kind"],
            "dueOn": _iso(c["due_on"]),
            "enrolment": enrolment,
        }

    return {
        "enrolments": [enrolment_json(e) for e in enrolments],
        "nextActivities": _next(enrolments, activities, progress, today),
        "openCheckpoints": [
            {"id": gid("ManagerCheckpoint", c["id"]), "kind": c["kind"], "dueOn": _iso(c["due_on"])}
            for c in open_checkpoints
        ],
        "checkpointsToHold": [hold_json(c) for c in to_hold.values()],
        "mentor": {
            "membershipId": gid("Membership", mentor["id"]),
            "name": mentor["name"],
            "jobTitle": mentor["job_title"],
        }
        if mentor
        else None,
        "unreadFeedback": [
            {
                "id": gid("FeedbackNote", n["id"]),
                "title": _excerpt(n["body"]),
                "authorName": n["author_name"],
                "createdAt": _iso(n["created_at"]),
            }
            for n in unread
        ],
        "pending360Tasks": tasks,
    }


def _next(
    enrolments: Rows,
    activities: dict[int, Rows],
    progress: dict[int, dict[int, asyncpg.Record]],
    today: date,
) -> list[dict[str, Any]]:
    """The first activities not completed, earliest due first (``home.service``'s rule)."""
    due: list[tuple[date, int, asyncpg.Record, asyncpg.Record, bool]] = []
    for e in enrolments:
        if e["status"] != "ACTIVE":
            continue
        for a in activities[e["version_id"]]:
            done = progress[e["id"]].get(a["id"])
            if done is not None and done["completed_at"] is not None:
                continue
            on = e["starts_on"] + timedelta(days=a["due_offset_days"])
            due.append((on, len(due), e, a, done is not None and done["started_at"] is not None))
    due.sort(key=lambda d: (d[0], d[1]))
    return [
        {
            "enrolment": {"id": gid("Enrolment", e["id"])},
            "activity": {
                "id": gid("Activity", a["id"]),
                "kind": a["kind"],
                "title": a["title"],
                "estimatedMinutes": a["estimated_minutes"],
            },
            "dueOn": _iso(on),
            "overdue": on < today,
            "status": "STARTED" if started else "NOT_STARTED",
        }
        for on, _, e, a, started in due[:NEXT_ACTIVITIES]
    ]


async def _tasks(db: asyncpg.Connection, me: int, locale: str) -> list[dict[str, Any]]:
    """``feedback.evaluations.home``'s open 360 tasks, on records."""
    involved = await db.fetch(SQL["evaluations"], me, me)
    named = await db.fetch(SQL["named"], me, "APPROVED", "OPEN", ["SELF", "MANAGER"])
    evaluations = {r["id"]: (r, r["name"], r["closes_at"]) for r in involved}
    missing = [r["evaluation_id"] for r in named if r["evaluation_id"] not in evaluations]
    if missing:
        rows = await db.fetch(SQL["evaluations_by_ids"], missing)
        cycles = {
            c["id"]: c for c in await db.fetch(SQL["cycles_by_ids"], [r["cycle_id"] for r in rows])
        }
        for r in rows:
            cycle = cycles[r["cycle_id"]]
            evaluations[r["id"]] = (r, cycle["name"], cycle["closes_at"])
    leader_ids = [e["leader_id"] for e, _, _ in evaluations.values()]
    leaders = {r["id"]: r for r in await db.fetch(SQL["people"], leader_ids)} if leader_ids else {}
    recent = datetime.now(UTC) - timedelta(days=REPORT_TASK_DAYS)
    tasks: list[dict[str, Any]] = []

    def add(kind: str, evaluation_id: int, due: bool = True) -> None:
        evaluation, cycle_name, closes_at = evaluations[evaluation_id]
        leader = leaders.get(evaluation["leader_id"])
        tasks.append(
            {
                "id": base64.urlsafe_b64encode(
                    f"Pending360Task:{kind}:{evaluation_id}".encode()
                ).decode(),
                "kind": kind,
                "evaluationId": gid("Evaluation", evaluation_id),
                "title": translate(
                    f"feedback.task.{kind}",
                    locale,
                    cycle=cycle_name,
                    leader=leader["name"] if leader else "",
                ),
                "dueAt": _iso(closes_at) if due else None,
            }
        )

    for r in involved:
        open_or_planned = r["status"] != "CLOSED"
        if r["leader_id"] == me:
            if open_or_planned and r["nomination_state"] == "NOMINATING":
                add("NOMINATE_RATERS", r["id"])
            if r["report_status"] == "READY" and (
                r["closed_at"] is None or r["closed_at"] >= recent
            ):
                add("READ_REPORT", r["id"], due=False)
        elif (
            r["manager_id"] == me
            and open_or_planned
            and r["nomination_state"] == "AWAITING_APPROVAL"
        ):
            add("APPROVE_NOMINATIONS", r["id"])
    for r in named:
        group = r["rater_group"]
        kind = {"SELF": "GIVE_SELF_ASSESSMENT", "MANAGER": "GIVE_MANAGER_ASSESSMENT"}.get(
            group, "RATE_OTHER"
        )
        add(kind, r["evaluation_id"])
    return tasks
