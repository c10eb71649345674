"""The baselines: hand-written endpoints beside GraphQL, in bench mode only.

Each endpoint runs the same SQL as its GraphQL operation (it calls the same
repository functions and the loaders' ``batch`` functions, which is where the
SQL lives) and writes the same JSON, byte for byte, with orjson: what is
left between them is the cost of GraphQL itself (parsing, validation,
execution, resolvers, DataLoaders). ``bench/run.py`` checks the bytes are
identical before it measures anything.

``backend/bench/routes.py`` mounts ``router`` when ``LEDELYST_BENCH_MODE`` is
on; the server then needs the repository root on ``PYTHONPATH``.

The sync baselines are in ``bench/baseline_sync.py``: one like-for-like (the
same checks and reply), and the first rounds' plain ``INSERT ... ON CONFLICT``
with no check, kept for its figure.
"""

from __future__ import annotations

import base64
from datetime import date, datetime
from typing import Any

import orjson
from fastapi import APIRouter, Request
from fastapi.responses import Response

from backend.api.context import Context
from backend.api.pagination import PageRequest, paginate
from backend.api.relay import to_global_id
from backend.auth.authenticate import authenticate
from backend.auth.viewer import Viewer
from backend.db import Database
from backend.i18n import Locale
from backend.settings import Settings
from bench.baseline_floor import router as floor_router
from bench.baseline_sync import router as sync_router

router = APIRouter(prefix="/bench", include_in_schema=False)
router.include_router(sync_router)
router.include_router(floor_router)

JSON = "application/json"


def _iso(value: date | datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _respond(data: dict[str, Any]) -> Response:
    return Response(orjson.dumps({"data": data}), media_type=JSON)


def _unauthenticated() -> Response:
    return Response(
        orjson.dumps({"data": None, "errors": [{"message": "unauthenticated"}]}),
        media_type=JSON,
        status_code=401,
    )


async def _context(request: Request) -> tuple[Context, Viewer] | None:
    settings: Settings = request.app.state.settings
    database: Database = request.app.state.database
    session = database.sessionmaker()
    viewer = await authenticate(request.headers.get("authorization"), session, settings)
    if viewer is None:
        await session.close()
        return None
    context = Context(
        request=None,
        session=session,
        settings=settings,
        viewer=viewer,
        locale=Locale(viewer.locale),
        request_id="",
    )
    return context, viewer


# --- home -------------------------------------------------------------------------------------


@router.post("/home")
async def home(request: Request) -> Response:
    from learning.programmes import loaders as ld
    from learning.programmes.home import service as home_service
    from learning.programmes.models import ActivityKind  # noqa: F401  (the slice has landed)

    found = await _context(request)
    if found is None:
        return _unauthenticated()
    context, viewer = found
    session = context.session
    try:
        today = date.today()
        data = await home_service.home_data(session, viewer, today)
        enrolments = data.enrolments
        cohorts = data.cohorts  # read with the enrolments
        enrolment_ids = [e.id for e in enrolments]
        goals = (
            dict(
                zip(
                    enrolment_ids,
                    await ld.DevelopmentGoalsByEnrolmentLoader(context).batch(enrolment_ids),
                    strict=True,
                )
            )
            if enrolment_ids
            else {}
        )
        hold_ids = list(dict.fromkeys(c.enrolment_id for c in data.checkpoints_to_hold))
        held = (
            dict(zip(hold_ids, await ld.EnrolmentByIdLoader(context).batch(hold_ids), strict=True))
            if hold_ids
            else {}
        )
        leader_ids = list(dict.fromkeys(e.membership_id for e in held.values() if e is not None))
        leaders = (
            dict(
                zip(
                    leader_ids,
                    await ld.LeaderByMembershipLoader(context).batch(leader_ids),
                    strict=True,
                )
            )
            if leader_ids
            else {}
        )
        versions: dict[int, Any] = dict(data.versions)
        missing = list(
            dict.fromkeys(
                e.version_id
                for e in held.values()
                if e is not None and e.version_id not in versions
            )
        )
        if missing:
            versions.update(
                zip(missing, await ld.VersionByIdLoader(context).batch(missing), strict=True)
            )
    finally:
        await session.close()

    def progress(enrolment: Any) -> dict[str, int]:
        done = {p.activity_id: p for p in data.progress.get(enrolment.id, [])}
        total = started = completed = 0
        for activity in data.activities.get(enrolment.version_id, []):
            total += 1
            row = done.get(activity.id)
            if row is not None and row.completed_at is not None:
                completed += 1
                started += 1
            elif row is not None and row.started_at is not None:
                started += 1
        return {
            "total": total,
            "started": started,
            "completed": completed,
            "percent": round(100 * completed / total) if total else 0,
        }

    def enrolment_json(e: Any) -> dict[str, Any]:
        version = versions.get(e.version_id)
        cohort = cohorts.get(e.cohort_id) if e.cohort_id is not None else None
        return {
            "id": to_global_id("Enrolment", e.id),
            "status": e.status,
            "startsOn": _iso(e.starts_on),
            "programme": {
                "id": to_global_id("ProgrammeVersion", version.id),
                "title": version.title,
                "version": version.version,
            }
            if version
            else None,
            "cohort": {"id": to_global_id("Cohort", cohort.id), "name": cohort.name}
            if cohort
            else None,
            "progress": progress(e),
            "developmentGoals": [
                {
                    "id": to_global_id("DevelopmentGoal", g.id),
                    "title": g.title,
                    "agreedAt": _iso(g.agreed_at),
                }
                for g in goals.get(e.id, [])
            ],
        }

    def hold_json(c: Any) -> dict[str, Any]:
        e = held.get(c.enrolment_id)
        enrolment = None
        if e is not None:
            leader = leaders.get(e.membership_id)
            version = versions.get(e.version_id)
            enrolment = {
                "id": to_global_id("Enrolment", e.id),
                "leader": {"name": leader[1].name} if leader else None,
                "programme": {"title": version.title} if version else None,
            }
        return {
            "id": to_global_id("ManagerCheckpoint", c.id),
            "kind": c.kind,
            "dueOn": _iso(c.due_on),
            "enrolment": enrolment,
        }

    mentor = data.mentor
    return _respond(
        {
            "home": {
                "enrolments": [enrolment_json(e) for e in enrolments],
                "nextActivities": [
                    {
                        "enrolment": {"id": to_global_id("Enrolment", d.enrolment.id)},
                        "activity": {
                            "id": to_global_id("Activity", d.activity.id),
                            "kind": d.activity.kind,
                            "title": d.activity.title,
                            "estimatedMinutes": d.activity.estimated_minutes,
                        },
                        "dueOn": _iso(d.due_on),
                        "overdue": d.due_on < today,
                        "status": "STARTED" if d.started else "NOT_STARTED",
                    }
                    for d in data.next_activities
                ],
                "openCheckpoints": [
                    {
                        "id": to_global_id("ManagerCheckpoint", c.id),
                        "kind": c.kind,
                        "dueOn": _iso(c.due_on),
                    }
                    for c in data.open_checkpoints
                ],
                "checkpointsToHold": [hold_json(c) for c in data.checkpoints_to_hold],
                "mentor": {
                    "membershipId": to_global_id("Membership", mentor.membership_id),
                    "name": mentor.name,
                    "jobTitle": mentor.job_title,
                }
                if mentor
                else None,
                "unreadFeedback": [
                    {
                        "id": f.reference,
                        "title": f.title,
                        "authorName": f.author_name,
                        "createdAt": _iso(f.created_at),
                    }
                    for f in data.unread_feedback
                ],
                "pending360Tasks": [
                    {
                        "id": p.reference,
                        "kind": p.kind,
                        "evaluationId": p.evaluation_reference,
                        "title": p.title,
                        "dueAt": _iso(p.due_at),
                    }
                    for p in data.pending_360_tasks
                ],
            }
        }
    )


# --- lists ------------------------------------------------------------------------------------


def _page_info(connection: Any, has_previous: bool = False) -> dict[str, Any]:
    return {
        "hasNextPage": connection.page_info.has_next_page,
        "endCursor": connection.page_info.end_cursor,
    }


@router.post("/enrolments")
async def enrolments(request: Request) -> Response:
    """``TeamEnrolments`` (reportsOnly) or, with ``all``, the same fields for every
    enrolment the viewer may see (HR: the whole organisation)."""
    from learning.programmes import loaders as ld
    from learning.programmes.enrolments import repository as repo
    from learning.programmes.models import Enrolment

    body = orjson.loads(await request.body())
    variables = body.get("variables") or {}
    found = await _context(request)
    if found is None:
        return _unauthenticated()
    context, viewer = found
    session = context.session
    try:
        statement = repo.enrolments_statement(
            viewer, reports_only=not body.get("all"), direct_only=bool(variables.get("directOnly"))
        )
        page = await paginate(
            session,
            statement,
            [Enrolment.__table__.c.id],
            PageRequest(first=variables.get("first"), after=variables.get("after")),
            context.settings,
            lambda row: row[1],
        )
        rows = [edge.node for edge in page.edges]
        ids = [r.id for r in rows]
        member_ids = list(dict.fromkeys(r.membership_id for r in rows))
        version_ids = list(dict.fromkeys(r.version_id for r in rows))
        leaders = (
            dict(
                zip(
                    member_ids,
                    await ld.LeaderByMembershipLoader(context).batch(member_ids),
                    strict=True,
                )
            )
            if rows
            else {}
        )
        versions = (
            dict(
                zip(
                    version_ids, await ld.VersionByIdLoader(context).batch(version_ids), strict=True
                )
            )
            if rows
            else {}
        )
        # The same GROUP BY the GraphQL side's ProgressSummaryByEnrolmentLoader runs.
        progress = (
            dict(
                zip(ids, await ld.ProgressSummaryByEnrolmentLoader(context).batch(ids), strict=True)
            )
            if rows
            else {}
        )
        checkpoints = (
            dict(zip(ids, await ld.CheckpointsByEnrolmentLoader(context).batch(ids), strict=True))
            if rows
            else {}
        )
    finally:
        await session.close()
    nodes = []
    for r in rows:
        total, _, completed = progress.get(r.id, (0, 0, 0))
        leader = leaders.get(r.membership_id)
        version = versions.get(r.version_id)
        nodes.append(
            {
                "id": to_global_id("Enrolment", r.id),
                "status": r.status,
                "leader": {"name": leader[1].name, "jobTitle": leader[0].job_title}
                if leader
                else None,
                "programme": {"title": version.title} if version else None,
                "progress": {
                    "completed": completed,
                    "total": total,
                    "percent": round(100 * completed / total) if total else 0,
                },
                "checkpoints": [
                    {"kind": c.kind, "dueOn": _iso(c.due_on), "completedAt": _iso(c.completed_at)}
                    for c in checkpoints.get(r.id, [])
                ],
            }
        )
    return _respond({"enrolments": {"pageInfo": _page_info(page), "nodes": nodes}})


@router.post("/mentees")
async def mentees(request: Request) -> Response:
    from learning.mentoring.mentorships import loaders as ml
    from learning.mentoring.mentorships import service as mentorships
    from learning.mentoring.practice import loaders as meeting_loaders

    body = orjson.loads(await request.body())
    variables = body.get("variables") or {}
    found = await _context(request)
    if found is None:
        return _unauthenticated()
    context, viewer = found
    session = context.session
    try:
        listing = mentorships.mentees_listing(viewer)
        page = await paginate(
            session,
            listing.statement,
            listing.keys,
            PageRequest(first=variables.get("first"), after=variables.get("after")),
            context.settings,
            lambda row: row,
        )
        rows = [edge.node for edge in page.edges]
        mentee_ids = list(dict.fromkeys(r[2].mentee_id for r in rows))
        seen_keys = list(dict.fromkeys((r[2].mentee_id, r[2].mentor_seen_at) for r in rows))
        mentorship_ids = [r[2].id for r in rows]
        progress = (
            dict(
                zip(
                    mentee_ids,
                    await ml.ProgressByMenteeLoader(context).batch(mentee_ids),
                    strict=True,
                )
            )
            if rows
            else {}
        )
        shared = (
            dict(zip(seen_keys, await ml.SharedSinceLoader(context).batch(seen_keys), strict=True))
            if rows
            else {}
        )
        meetings = (
            dict(
                zip(
                    mentorship_ids,
                    await meeting_loaders.NextMeetingByMentorshipLoader(context).batch(
                        mentorship_ids
                    ),
                    strict=True,
                )
            )
            if rows
            else {}
        )
    finally:
        await session.close()
    edges = []
    for edge in page.edges:
        row = edge.node
        m = row[2]
        p = progress[m.mentee_id]
        items = shared[(m.mentee_id, m.mentor_seen_at)]
        meeting = meetings.get(m.id)
        edges.append(
            {
                "cursor": edge.cursor,
                "node": {
                    "person": {
                        "membershipId": to_global_id("Membership", row.id),
                        "name": row.name,
                        "jobTitle": row.job_title,
                        "unitName": row.unit_name,
                    },
                    "mentorship": {
                        "id": to_global_id("Mentorship", m.id),
                        "status": m.status,
                        "startsOn": _iso(m.starts_on),
                        "endsOn": _iso(m.ends_on),
                    },
                    "lastVisitAt": _iso(m.mentor_seen_at),
                    "progress": {
                        "activeEnrolments": p.active_enrolments,
                        "completedActivities": p.completed_activities,
                        "totalActivities": p.total_activities,
                        "percent": p.percent,
                    },
                    "sharedSinceLastVisit": {
                        "count": len(items),
                        "items": [
                            {
                                "kind": i.kind,
                                "reference": i.reference,
                                "title": i.title,
                                "sharedAt": _iso(i.shared_at),
                            }
                            for i in items
                        ],
                    },
                    "nextMeeting": {
                        "id": to_global_id("MentoringMeeting", meeting.id),
                        "startsAt": _iso(meeting.starts_at),
                        "place": meeting.place,
                    }
                    if meeting
                    else None,
                },
            }
        )
    return _respond({"mentees": {"edges": edges, "pageInfo": _page_info(page)}})


# --- offline progress: bench/baseline_sync.py ----------------------------------------------


def cursor_of(values: list[Any]) -> str:
    """The cursor ``backend.api.pagination`` makes for these sort values."""
    return base64.urlsafe_b64encode(orjson.dumps(values)).decode()
