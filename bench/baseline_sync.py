"""The sync baselines: replaying a batch of offline progress without GraphQL.

Two floors for ``syncProgress``, both mounted by ``bench.baseline``:

- ``/bench/sync-progress-plain`` is the first rounds' floor: two ``INSERT ...
  ON CONFLICT`` of the rows as sent, with no check at all (not whose enrolment,
  not which programme, not whether the event was seen) and a reply of
  ``APPLIED`` for every event. Kept so its figure can still be reported.
- ``/bench/sync-progress`` is like-for-like: the same checks and the same reply
  as ``SyncProgress`` (``graphql/operations``), hand-written. It locks the
  leader's enrolments (which is also the ownership check: only the leader's
  own are found), reads in one statement what each event needs (its activity's
  programme version and kind, whether its id was seen, whether a reflection or
  evidence exists), decides each outcome in Python in the order the events
  happened as ``progress.service`` does (DUPLICATE, CONFLICT with its localized
  message, APPLIED), writes the applied ones with the two INSERT ... ON CONFLICT
  and answers the touched enrolments' progress through the same
  ``progress_summaries`` query. ``bench/http_cases.py`` checks its bytes equal
  GraphQL's before measuring. It covers what the bench sends (STARTED and
  COMPLETED); a text event is refused with 400.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import orjson
from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import text

from backend.api.errors import DomainError, ErrorCode
from backend.api.relay import from_global_id, to_global_id
from backend.db import utcnow
from backend.i18n import translate
from learning.programmes.progress import repository as progress_repo
from learning.programmes.progress.event_times import time_problem

router = APIRouter()

JSON = "application/json"

_SYNC_EVENTS = text(
    """
    INSERT INTO progress_event (organisation_id, enrolment_id, client_event_id, activity_id,
                                type, occurred_at, received_at)
    SELECT :organisation_id, e.enrolment_id, e.client_event_id, e.activity_id, e.type,
           e.occurred_at, now()
    FROM unnest(CAST(:enrolments AS bigint[]), CAST(:ids AS text[]), CAST(:activities AS bigint[]),
                CAST(:types AS text[]), CAST(:times AS timestamptz[]))
         AS e(enrolment_id, client_event_id, activity_id, type, occurred_at)
    ON CONFLICT (enrolment_id, client_event_id) DO NOTHING
    """
)
_SYNC_PROGRESS = text(
    """
    INSERT INTO activity_progress (organisation_id, enrolment_id, activity_id, started_at,
                                   completed_at)
    SELECT :organisation_id, e.enrolment_id, e.activity_id, min(e.occurred_at),
           min(e.occurred_at) FILTER (WHERE e.type = 'COMPLETED')
    FROM unnest(CAST(:enrolments AS bigint[]), CAST(:activities AS bigint[]),
                CAST(:types AS text[]), CAST(:times AS timestamptz[]))
         AS e(enrolment_id, activity_id, type, occurred_at)
    GROUP BY e.enrolment_id, e.activity_id
    ORDER BY e.enrolment_id, e.activity_id
    ON CONFLICT (enrolment_id, activity_id) DO UPDATE SET
        started_at = LEAST(activity_progress.started_at, EXCLUDED.started_at),
        completed_at = COALESCE(activity_progress.completed_at, EXCLUDED.completed_at)
    """
)
# The leader's own enrolments, locked as ``lock_leader_enrolments`` locks them:
# an enrolment not found here is not the leader's.
_MINE = text(
    "SELECT id, version_id, status FROM programme_enrolment "
    "WHERE membership_id = :membership ORDER BY id FOR UPDATE"
)
# Per distinct (enrolment, activity, event id) of the batch: the activity's
# version and kind, and whether the id was seen and a text exists.
_FACTS = text(
    """
    SELECT e.enrolment_id, e.activity_id, e.client_event_id, a.version_id, a.kind,
           EXISTS (SELECT 1 FROM progress_event p WHERE p.enrolment_id = e.enrolment_id
                   AND p.client_event_id = e.client_event_id) AS seen,
           EXISTS (SELECT 1 FROM reflection r WHERE r.enrolment_id = e.enrolment_id
                   AND r.activity_id = e.activity_id) AS reflected,
           EXISTS (SELECT 1 FROM action_evidence v WHERE v.enrolment_id = e.enrolment_id
                   AND v.activity_id = e.activity_id) AS evidenced
    FROM unnest(CAST(:enrolments AS bigint[]), CAST(:activities AS bigint[]),
                CAST(:ids AS text[])) AS e(enrolment_id, activity_id, client_event_id)
    LEFT JOIN programme_activity a
           ON a.id = e.activity_id AND a.organisation_id = :organisation_id
    """
)


def _pk(global_id: str, kind: str) -> int:
    try:
        found, pk = from_global_id(global_id)
    except ValueError:
        return 0
    return pk if found == kind else 0


def respond(data: dict[str, Any]) -> Response:
    return Response(orjson.dumps({"data": data}), media_type=JSON)


async def _viewer(request: Request) -> tuple[Any, Any] | None:
    from bench.baseline_common import context_of

    found = await context_of(request)
    if found is None:
        return None
    context, viewer = found
    return context.session, viewer


@router.post("/sync-progress-plain")
async def sync_progress_plain(request: Request) -> Response:
    """The rows of a ``SyncProgress`` body, written with two INSERT ... ON CONFLICT."""
    from bench.baseline_common import unauthenticated

    body = orjson.loads(await request.body())
    events: Sequence[dict[str, Any]] = body["variables"]["input"]["events"]
    found = await _viewer(request)
    if found is None:
        return unauthenticated()
    session, viewer = found
    values = {
        "organisation_id": viewer.organisation_id,
        "enrolments": [_pk(e["enrolmentId"], "Enrolment") for e in events],
        "ids": [e["clientEventId"] for e in events],
        "activities": [_pk(e["activityId"], "Activity") for e in events],
        "types": [e["type"] for e in events],
        "times": [datetime.fromisoformat(e["occurredAt"]).astimezone(UTC) for e in events],
    }
    try:
        await session.execute(_SYNC_EVENTS, values)
        await session.execute(_SYNC_PROGRESS, {k: v for k, v in values.items() if k != "ids"})
        await session.commit()
    finally:
        await session.close()
    return respond(
        {
            "syncProgress": {
                "results": [
                    {"clientEventId": e["clientEventId"], "status": "APPLIED"} for e in events
                ]
            }
        }
    )


def _outcome(ceid: str, status: str, error: DomainError | None, locale: str) -> dict[str, Any]:
    return {
        "clientEventId": ceid,
        "status": status,
        "code": error.code.value if error else None,
        "message": translate(error.message_key, locale, **error.params) if error else None,
    }


def _decide(
    events: list[dict[str, Any]],
    mine: dict[int, tuple[int, str]],
    facts: dict[tuple[int, int, str], Any],
    locale: str,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], set[int]]:
    """Each event's outcome, in the order they happened; the applied ones; the
    enrolments touched (applied or duplicate), as ``progress.service`` decides."""
    now = utcnow()
    results: list[dict[str, Any] | None] = [None] * len(events)
    applied: list[dict[str, Any]] = []
    touched: set[int] = set()
    seen: set[tuple[int, str]] = set()
    for i in sorted(range(len(events)), key=lambda i: (min(events[i]["at"], now), i)):
        e = events[i]
        enrolment, activity, ceid = e["enrolment"], e["activity"], e["clientEventId"]
        at = min(e["at"], now)
        owned = mine.get(enrolment)
        fact = facts[(enrolment, activity, ceid)]
        error: DomainError | None = None
        if owned is None:
            error = DomainError(ErrorCode.NOT_FOUND, "error.not_found")
        elif fact.seen or (enrolment, ceid) in seen:
            results[i] = _outcome(ceid, "DUPLICATE", None, locale)
            touched.add(enrolment)
            continue
        else:
            error = time_problem(e["at"], now)
        if error is None and owned is not None:
            version, status = owned
            if status != "ACTIVE":
                error = DomainError(ErrorCode.RULE_VIOLATED, "programmes.enrolment_closed")
            elif fact.version_id is None or fact.version_id != version:
                code = ErrorCode.NOT_FOUND if fact.version_id is None else ErrorCode.INVALID
                error = DomainError(code, "programmes.activity_other_programme")
            elif e["type"] == "COMPLETED" and fact.kind == "REFLECTION" and not fact.reflected:
                error = DomainError(ErrorCode.RULE_VIOLATED, "programmes.reflection_first")
            elif e["type"] == "COMPLETED" and fact.kind == "ACTION" and not fact.evidenced:
                error = DomainError(ErrorCode.RULE_VIOLATED, "programmes.evidence_first")
        if error is not None:
            results[i] = _outcome(ceid, "CONFLICT", error, locale)
            continue
        seen.add((enrolment, ceid))
        touched.add(enrolment)
        applied.append({**e, "at": at})
        results[i] = _outcome(ceid, "APPLIED", None, locale)
    return [r for r in results if r is not None], applied, touched


@router.post("/sync-progress")
async def sync_progress(request: Request) -> Response:
    """``SyncProgress`` by hand: the same checks, outcomes and reply."""
    from bench.baseline_common import unauthenticated

    body = orjson.loads(await request.body())
    raw: Sequence[dict[str, Any]] = body["variables"]["input"]["events"]
    found = await _viewer(request)
    if found is None:
        return unauthenticated()
    session, viewer = found
    events = []
    for e in raw:
        if e["type"] not in ("STARTED", "COMPLETED"):
            await session.close()
            return Response(b"only STARTED and COMPLETED", status_code=400)
        at = datetime.fromisoformat(e["occurredAt"])
        events.append(
            {
                "clientEventId": e["clientEventId"],
                "enrolment": _pk(e["enrolmentId"], "Enrolment"),
                "activity": _pk(e["activityId"], "Activity"),
                "type": e["type"],
                "at": at if at.tzinfo else at.replace(tzinfo=UTC),
            }
        )
    try:
        rows = await session.execute(_MINE, {"membership": viewer.membership_id})
        mine = {r.id: (r.version_id, r.status) for r in rows}
        fact_rows = await session.execute(
            _FACTS,
            {
                "organisation_id": viewer.organisation_id,
                "enrolments": [e["enrolment"] for e in events],
                "activities": [e["activity"] for e in events],
                "ids": [e["clientEventId"] for e in events],
            },
        )
        facts = {(f.enrolment_id, f.activity_id, f.client_event_id): f for f in fact_rows}
        results, applied, touched = _decide(events, mine, facts, viewer.locale)
        if applied:
            values = {
                "organisation_id": viewer.organisation_id,
                "enrolments": [e["enrolment"] for e in applied],
                "ids": [e["clientEventId"] for e in applied],
                "activities": [e["activity"] for e in applied],
                "types": [e["type"] for e in applied],
                "times": [e["at"] for e in applied],
            }
            await session.execute(_SYNC_EVENTS, values)
            await session.execute(_SYNC_PROGRESS, {k: v for k, v in values.items() if k != "ids"})
        summaries = await progress_repo.progress_summaries(session, sorted(touched))
        await session.commit()
    finally:
        await session.close()
    enrolments = []
    for pk in sorted(touched):
        total, started, completed = summaries.get(pk, (0, 0, 0))
        enrolments.append(
            {
                "id": to_global_id("Enrolment", pk),
                "progress": {
                    "started": started,
                    "completed": completed,
                    "percent": round(100 * completed / total) if total else 0,
                },
            }
        )
    return respond(
        {
            "syncProgress": {
                "clientMutationId": body["variables"]["input"].get("clientMutationId"),
                "errors": [],
                "results": results,
                "enrolments": enrolments,
            }
        }
    )
