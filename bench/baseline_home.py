"""The home baseline: the same repository and loader calls as GraphQL's
``home``, the same JSON (``bench/baseline.py`` mounts ``router``)."""

from __future__ import annotations

from datetime import date
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from backend.api.relay import to_global_id
from bench.baseline_common import by_key, context_of, iso, respond, unauthenticated

router = APIRouter(include_in_schema=False)


# --- home -------------------------------------------------------------------------------------


@router.post("/home")
async def home(request: Request) -> Response:
    from learning.programmes import loaders as ld
    from learning.programmes.home import service as home_service
    from learning.programmes.models import ActivityKind  # noqa: F401  (the slice has landed)

    found = await context_of(request)
    if found is None:
        return unauthenticated()
    context, viewer = found
    session = context.session
    try:
        today = date.today()
        data = await home_service.home_data(session, viewer, today)
        enrolments = data.enrolments
        cohorts = data.cohorts  # read with the enrolments
        enrolment_ids = [e.id for e in enrolments]
        goals = await by_key(ld.DevelopmentGoalsByEnrolmentLoader(context), enrolment_ids)
        hold_ids = list(dict.fromkeys(c.enrolment_id for c in data.checkpoints_to_hold))
        held = await by_key(ld.EnrolmentByIdLoader(context), hold_ids)
        leader_ids = list(dict.fromkeys(e.membership_id for e in held.values() if e is not None))
        leaders = await by_key(ld.LeaderByMembershipLoader(context), leader_ids)
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
            "startsOn": iso(e.starts_on),
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
                    "agreedAt": iso(g.agreed_at),
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
            "dueOn": iso(c.due_on),
            "enrolment": enrolment,
        }

    mentor = data.mentor
    return respond(
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
                        "dueOn": iso(d.due_on),
                        "overdue": d.due_on < today,
                        "status": "STARTED" if d.started else "NOT_STARTED",
                    }
                    for d in data.next_activities
                ],
                "openCheckpoints": [
                    {
                        "id": to_global_id("ManagerCheckpoint", c.id),
                        "kind": c.kind,
                        "dueOn": iso(c.due_on),
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
                        "createdAt": iso(f.created_at),
                    }
                    for f in data.unread_feedback
                ],
                "pending360Tasks": [
                    {
                        "id": p.reference,
                        "kind": p.kind,
                        "evaluationId": p.evaluation_reference,
                        "title": p.title,
                        "dueAt": iso(p.due_at),
                    }
                    for p in data.pending_360_tasks
                ],
            }
        }
    )
