"""The floor of ``home``: the statements GraphQL's ``home`` sends, straight through
an asyncpg pool, and the same JSON, byte for byte, written with orjson.

No SQLAlchemy, no session, no ORM rows, no GraphQL: what is left is what any
Python service pays for these statements (asyncpg's prepared statements, the
loop, building the answer). The SQL is the SQLAlchemy statements' text as
``home`` sends them (tests/learning/programmes count them), with the same
columns (even those home does not use) and conditions, in the same order, under
the same conditions (a statement only when the previous ones found something to
ask for); SQLAlchemy's expanded ``IN ($2, $3, ...)`` is written ``= ANY($2)``,
which PostgreSQL parses an IN list into itself (a ``ScalarArrayOpExpr``) and which keeps one
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
from bench.floor_sql import (
    DEPTHS,
    HOLD_AHEAD_DAYS,
    NEXT_ACTIVITIES,
    REPORT_TASK_DAYS,
    RUNNING,
    SQL,
    UNREAD,
)

router = APIRouter()
Rows = list[asyncpg.Record]

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


def iso(value: date | datetime | None) -> str | None:
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
    enrolments = [
        e for e in await db.fetch(SQL["enrolments"], org, me) if e["status"] != "WITHDRAWN"
    ]
    version_ids = sorted({e["version_id"] for e in enrolments})
    enrolment_ids = [e["id"] for e in enrolments]
    # Each enrolment's version and cohort came with it (the labels SQLAlchemy gave them).
    versions: dict[int, Any] = {
        e["id_1"]: {"id": e["id_1"], "title": e["title"], "version": e["version"]}
        for e in enrolments
        if e["id_1"] is not None
    }
    cohorts = {
        e["id_2"]: {"id": e["id_2"], "name": e["name"]} for e in enrolments if e["id_2"] is not None
    }
    activities: dict[int, Rows] = {v: [] for v in version_ids}
    progress: dict[int, dict[int, asyncpg.Record]] = {e: {} for e in enrolment_ids}
    if enrolments:
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
    found = await db.fetchrow(SQL["mentorship"], me, RUNNING, 1)
    if found is not None:
        mentor = await db.fetchrow(SQL["mentor"], [found["mentor_id"]])
    unread = await db.fetch(SQL["unread"], me, me, me, me, me, UNREAD)
    tasks = await _tasks(db, me, locale)
    goals: dict[int, Rows] = {}
    if enrolments:
        for g in await db.fetch(SQL["goals"], enrolment_ids, org, me, *DEPTHS):
            goals.setdefault(g["enrolment_id"], []).append(g)
    held: dict[int, asyncpg.Record] = {}
    if to_hold:
        rows = await db.fetch(SQL["held"], list(to_hold), org, me, *DEPTHS, RUNNING)
        held = {e["id"]: e for e in rows}
    leader_ids = list(dict.fromkeys(e["membership_id"] for e in held.values()))
    leaders = (
        {r["id"]: r for r in await db.fetch(SQL["leaders"], leader_ids, org)} if leader_ids else {}
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
            "startsOn": iso(e["starts_on"]),
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
                    "agreedAt": iso(g["agreed_at"]),
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
            "dueOn": iso(c["due_on"]),
            "enrolment": enrolment,
        }

    return {
        "enrolments": [enrolment_json(e) for e in enrolments],
        "nextActivities": _next(enrolments, activities, progress, today),
        "openCheckpoints": [
            {"id": gid("ManagerCheckpoint", c["id"]), "kind": c["kind"], "dueOn": iso(c["due_on"])}
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
                "createdAt": iso(n["created_at"]),
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
            "dueOn": iso(on),
            "overdue": on < today,
            "status": "STARTED" if started else "NOT_STARTED",
        }
        for on, _, e, a, started in due[:NEXT_ACTIVITIES]
    ]


async def _tasks(db: asyncpg.Connection, me: int, locale: str) -> list[dict[str, Any]]:
    """``feedback.evaluations.home``'s open 360 tasks, on records."""
    involved = await db.fetch(SQL["evaluations"], me, me)
    named = await db.fetch(SQL["named"], me, "APPROVED", ["SELF", "MANAGER"], "OPEN")
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
                "dueAt": iso(closes_at) if due else None,
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
