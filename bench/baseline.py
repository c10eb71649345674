"""The baselines: hand-written endpoints beside GraphQL, in bench mode only.

Each endpoint runs the same SQL as its GraphQL operation (it calls the same
repository functions and the loaders' ``batch`` functions, which is where the
SQL lives) and writes the same JSON, byte for byte, with orjson: what is
left between them is the cost of GraphQL itself (parsing, validation,
execution, resolvers, DataLoaders). ``bench/run.py`` checks the bytes are
identical before it measures anything.

``backend/bench/routes.py`` mounts ``router`` when ``LEDELYST_BENCH_MODE`` is
on; the server then needs the repository root on ``PYTHONPATH``.

Home is in ``bench/baseline_home.py`` (helpers all share: ``bench/baseline_common.py``).
The sync baselines are in ``bench/baseline_sync.py``: one like-for-like (the
same checks and reply), and the first rounds' plain ``INSERT ... ON CONFLICT``
with no check, kept for its figure.
"""

from __future__ import annotations

from typing import Any

import orjson
from fastapi import APIRouter, Request
from fastapi.responses import Response

from backend.api.pagination import PageRequest, paginate
from backend.api.relay import to_global_id
from bench.baseline_common import by_key, context_of, iso, respond, unauthenticated
from bench.baseline_floor import router as floor_router
from bench.baseline_home import router as home_router
from bench.baseline_sync import router as sync_router

router = APIRouter(prefix="/bench", include_in_schema=False)
router.include_router(sync_router)
router.include_router(floor_router)
router.include_router(home_router)


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
    found = await context_of(request)
    if found is None:
        return unauthenticated()
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
        leaders = await by_key(ld.LeaderByMembershipLoader(context), member_ids)
        versions = await by_key(ld.VersionByIdLoader(context), version_ids)
        # The same GROUP BY the GraphQL side's ProgressSummaryByEnrolmentLoader runs.
        progress = await by_key(ld.ProgressSummaryByEnrolmentLoader(context), ids)
        checkpoints = await by_key(ld.CheckpointsByEnrolmentLoader(context), ids)
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
                    {"kind": c.kind, "dueOn": iso(c.due_on), "completedAt": iso(c.completed_at)}
                    for c in checkpoints.get(r.id, [])
                ],
            }
        )
    return respond({"enrolments": {"pageInfo": _page_info(page), "nodes": nodes}})


@router.post("/mentees")
async def mentees(request: Request) -> Response:
    from learning.mentoring.mentorships import loaders as ml
    from learning.mentoring.mentorships import service as mentorships
    from learning.mentoring.practice import loaders as meeting_loaders

    body = orjson.loads(await request.body())
    variables = body.get("variables") or {}
    found = await context_of(request)
    if found is None:
        return unauthenticated()
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
        progress = await by_key(ml.ProgressByMenteeLoader(context), mentee_ids)
        shared = await by_key(ml.SharedSinceLoader(context), seen_keys)
        meetings = await by_key(
            meeting_loaders.NextMeetingByMentorshipLoader(context), mentorship_ids
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
                        "startsOn": iso(m.starts_on),
                        "endsOn": iso(m.ends_on),
                    },
                    "lastVisitAt": iso(m.mentor_seen_at),
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
                                "sharedAt": iso(i.shared_at),
                            }
                            for i in items
                        ],
                    },
                    "nextMeeting": {
                        "id": to_global_id("MentoringMeeting", meeting.id),
                        "startsAt": iso(meeting.starts_at),
                        "place": meeting.place,
                    }
                    if meeting
                    else None,
                },
            }
        )
    return respond({"mentees": {"edges": edges, "pageInfo": _page_info(page)}})
