"""A leader's progress: started, completed, reflections and action evidence.

Every change is an *event* (``ProgressEventCommand``), whether it comes from
a single mutation or from ``syncProgress``, a batch a phone queued offline.
A batch is applied in one transaction with a fixed number of queries (the
leader's enrolments, locked; the activities' versions and kinds, known
event ids and which activities have a text, together; the texts it saves,
if any; two bulk writes), in the order the events happened. An event with a
``client_event_id`` is recorded per enrolment, so a replay is ``DUPLICATE``
and changes nothing. An event that cannot be applied (the activity is not in
the programme, a newer text was saved, a bad upload) is a ``CONFLICT`` with
its own error, and the others are applied. For texts, the later client
timestamp wins; client clocks ahead of the server count as "now".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum

from backend.api.errors import DomainError, ErrorCode
from backend.auth.viewer import Viewer
from backend.db import Session, utcnow
from backend.identity.policy import require_viewer
from backend.settings import Settings
from backend.storage import get_storage, verify_upload
from learning.programmes import hooks
from learning.programmes.models import (
    MAX_EVENT_ID_LENGTH,
    ActionEvidence,
    ActivityKind,
    Enrolment,
    EnrolmentStatus,
    ProgressEventType,
    Reflection,
)
from learning.programmes.progress import repository as repo
from learning.programmes.progress.event_times import time_problem
from learning.programmes.uploads.service import (
    EVIDENCE_TYPES,
    evidence_prefix,
    max_evidence_bytes,
)

MAX_REFLECTION = 20_000
MAX_EVENTS = 200


class ShareTarget(StrEnum):
    MENTOR = "MENTOR"
    MANAGER = "MANAGER"


class EventStatus(StrEnum):
    APPLIED = "APPLIED"
    DUPLICATE = "DUPLICATE"
    CONFLICT = "CONFLICT"


@dataclass(frozen=True)
class ProgressEventCommand:
    enrolment_id: int
    activity_id: int
    type: ProgressEventType
    occurred_at: datetime | None = None
    client_event_id: str | None = None
    text: str | None = None
    object_key: str | None = None
    shared_with: frozenset[ShareTarget] | None = None


@dataclass
class EventResult:
    event: ProgressEventCommand
    status: EventStatus
    error: DomainError | None = None
    reflection: Reflection | None = None
    evidence: ActionEvidence | None = None
    # The leader's own enrolment the event was applied to, already read: the
    # payload shows it without reading it again through the visibility rule.
    enrolment: Enrolment | None = None


@dataclass
class _Batch:
    """What one batch reads up front, and changes in memory."""

    enrolments: dict[int, Enrolment]
    activities: dict[int, repo.ActivityFacts]
    seen: set[tuple[int, str]]
    # Which (enrolment, activity) pairs have a text (a completion needs it) ...
    reflected: set[tuple[int, int]]
    evidenced: set[tuple[int, int]]
    # ... and the texts themselves, read and locked only if the batch saves some.
    reflections: dict[tuple[int, int], Reflection]
    evidence: dict[tuple[int, int], ActionEvidence]
    uploads: dict[str, tuple[int, str] | DomainError]
    has_mentor: bool
    # What is written at the end, in two statements (no ORM object a row):
    # per (enrolment, activity) the earliest start and completion of the batch,
    # merged with the stored row in SQL; and the applied events with an id.
    progress: dict[tuple[int, int], repo.ProgressWrite] = field(default_factory=dict)
    events: list[dict[str, object]] = field(default_factory=list)


def _conflict(code: ErrorCode, key: str, **params: object) -> DomainError:
    return DomainError(code, key, None, **params)


def _aware(moment: datetime | None, now: datetime) -> datetime:
    if moment is None:
        return now
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return min(moment, now)


async def apply_events(
    session: Session,
    viewer: Viewer | None,
    events: Sequence[ProgressEventCommand],
    settings: Settings,
) -> list[EventResult]:
    """Apply a batch of a leader's own events; results in the order given."""
    leader = require_viewer(viewer)
    if len(events) > MAX_EVENTS:
        raise DomainError(
            ErrorCode.INVALID, "programmes.too_many_events", ["events"], maximum=MAX_EVENTS
        )
    for i, event in enumerate(events):
        if event.client_event_id is not None and not (
            0 < len(event.client_event_id) <= MAX_EVENT_ID_LENGTH
        ):
            raise DomainError(
                ErrorCode.INVALID,
                "programmes.event_id_required",
                ["events", str(i), "clientEventId"],
            )
    now = utcnow()
    mine = await repo.lock_leader_enrolments(session, leader.membership_id)
    batch = await _read_batch(session, leader, {e.id: e for e in mine}, events, settings)
    results: list[EventResult | None] = [None] * len(events)
    order = sorted(range(len(events)), key=lambda i: (_aware(events[i].occurred_at, now), i))
    for i in order:
        refused = time_problem(events[i].occurred_at, now)
        at = _aware(events[i].occurred_at, now)
        results[i] = _apply(session, leader, batch, events[i], at, refused)
    await session.flush()
    await repo.write_progress(session, list(batch.progress.values()))
    await repo.record_events(session, batch.events)
    return [r for r in results if r is not None]


async def _read_batch(
    session: Session,
    leader: Viewer,
    enrolments: dict[int, Enrolment],
    events: Sequence[ProgressEventCommand],
    settings: Settings,
) -> _Batch:
    activity_ids = sorted({e.activity_id for e in events})
    enrolment_ids = sorted(enrolments)
    event_ids = sorted({e.client_event_id for e in events if e.client_event_id})
    facts = await repo.batch_facts(
        session, leader.organisation_id, enrolment_ids, activity_ids, event_ids
    )
    types = {e.type for e in events}
    reflections, evidence = await repo.texts_for_pairs(
        session,
        enrolment_ids,
        activity_ids,
        reflections=ProgressEventType.REFLECTION_SAVED in types,
        evidence=ProgressEventType.EVIDENCE_SAVED in types,
    )
    uploads: dict[str, tuple[int, str] | DomainError] = {}
    storage = get_storage(settings)
    for event in events:
        key = event.object_key
        if event.type != ProgressEventType.EVIDENCE_SAVED or not key or key in uploads:
            continue
        prefix = evidence_prefix(leader, event.enrolment_id, event.activity_id)
        if not key.startswith(prefix):
            uploads[key] = _conflict(ErrorCode.INVALID, "programmes.upload_not_yours")
            continue
        try:
            info = await verify_upload(storage, key, EVIDENCE_TYPES, max_evidence_bytes(settings))
            uploads[key] = (info.size, info.content_type)
        except DomainError as error:
            uploads[key] = error
    wants_mentor = any(e.shared_with and ShareTarget.MENTOR in e.shared_with for e in events)
    return _Batch(
        has_mentor=wants_mentor and await _has_mentor(session, leader),
        enrolments=enrolments,
        activities=facts.activities,
        seen=facts.seen,
        reflected=facts.reflected,
        evidenced=facts.evidenced,
        reflections={(r.enrolment_id, r.activity_id): r for r in reflections},
        evidence={(e.enrolment_id, e.activity_id): e for e in evidence},
        uploads=uploads,
    )


def _apply(
    session: Session,
    leader: Viewer,
    batch: _Batch,
    event: ProgressEventCommand,
    at: datetime,
    refused: DomainError | None = None,
) -> EventResult:
    enrolment = batch.enrolments.get(event.enrolment_id)
    if enrolment is None:
        return EventResult(
            event, EventStatus.CONFLICT, _conflict(ErrorCode.NOT_FOUND, "error.not_found")
        )
    if event.client_event_id and (enrolment.id, event.client_event_id) in batch.seen:
        return EventResult(event, EventStatus.DUPLICATE, enrolment=enrolment)
    if refused is not None:
        return EventResult(event, EventStatus.CONFLICT, refused)
    problem = _check(enrolment, batch.activities.get(event.activity_id), event, batch)
    if problem is not None:
        return EventResult(event, EventStatus.CONFLICT, problem)
    pair = (enrolment.id, event.activity_id)
    result = EventResult(event, EventStatus.APPLIED, enrolment=enrolment)
    if event.type == ProgressEventType.REFLECTION_SAVED:
        reflection = batch.reflections.get(pair)
        if reflection is not None and reflection.written_at > at:
            return _newer_kept(event, reflection.written_at)
        if reflection is None:
            reflection = Reflection(
                organisation_id=enrolment.organisation_id,
                enrolment_id=enrolment.id,
                activity_id=event.activity_id,
            )
            session.add(reflection)
            batch.reflections[pair] = reflection
            batch.reflected.add(pair)
        reflection.text = (event.text or "").strip()
        reflection.written_at = at
        if event.shared_with is not None:
            reflection.shared_with_manager = ShareTarget.MANAGER in event.shared_with
            reflection.shared_with_mentor = ShareTarget.MENTOR in event.shared_with
        result.reflection = reflection
    elif event.type == ProgressEventType.EVIDENCE_SAVED:
        evidence = batch.evidence.get(pair)
        if evidence is not None and evidence.recorded_at > at:
            return _newer_kept(event, evidence.recorded_at)
        if evidence is None:
            evidence = ActionEvidence(
                organisation_id=enrolment.organisation_id,
                enrolment_id=enrolment.id,
                activity_id=event.activity_id,
            )
            session.add(evidence)
            batch.evidence[pair] = evidence
            batch.evidenced.add(pair)
        evidence.text = (event.text or "").strip()
        evidence.recorded_at = at
        upload = batch.uploads.get(event.object_key or "")
        if isinstance(upload, tuple):
            evidence.object_key = event.object_key
            evidence.byte_size, evidence.content_type = upload
        result.evidence = evidence
    progress = batch.progress.get(pair)
    if progress is None:
        progress = repo.ProgressWrite(enrolment.organisation_id, *pair, at)
        batch.progress[pair] = progress
    progress.started_at = min(progress.started_at, at)
    if event.type == ProgressEventType.COMPLETED and progress.completed_at is None:
        progress.completed_at = at
    if event.client_event_id:
        batch.seen.add((enrolment.id, event.client_event_id))
        batch.events.append(
            {
                "organisation_id": enrolment.organisation_id,
                "enrolment_id": enrolment.id,
                "client_event_id": event.client_event_id,
                "activity_id": event.activity_id,
                "type": event.type.value,
                "occurred_at": at,
            }
        )
    return result


def _newer_kept(event: ProgressEventCommand, saved_at: datetime) -> EventResult:
    error = _conflict(
        ErrorCode.CONFLICT,
        "programmes.newer_text_kept",
        saved_at=saved_at.isoformat(timespec="seconds"),
    )
    return EventResult(event, EventStatus.CONFLICT, error)


def _check(
    enrolment: Enrolment,
    activity: repo.ActivityFacts | None,
    event: ProgressEventCommand,
    batch: _Batch,
) -> DomainError | None:
    if enrolment.status != EnrolmentStatus.ACTIVE.value:
        return _conflict(ErrorCode.RULE_VIOLATED, "programmes.enrolment_closed")
    if activity is None or activity.version_id != enrolment.version_id:
        code = ErrorCode.NOT_FOUND if activity is None else ErrorCode.INVALID
        return _conflict(code, "programmes.activity_other_programme")
    kind = ActivityKind(activity.kind)
    pair = (enrolment.id, activity.id)
    if event.type == ProgressEventType.REFLECTION_SAVED:
        if kind != ActivityKind.REFLECTION:
            return _conflict(ErrorCode.INVALID, "programmes.activity_wrong_kind", kind=kind.value)
        text = (event.text or "").strip()
        if not text:
            return _conflict(ErrorCode.REQUIRED, "programmes.text_required")
        if len(text) > MAX_REFLECTION:
            return _conflict(ErrorCode.TOO_LONG, "error.too_long", maximum=MAX_REFLECTION)
        if event.shared_with and ShareTarget.MENTOR in event.shared_with and not batch.has_mentor:
            return DomainError(ErrorCode.RULE_VIOLATED, "programmes.no_mentor", ["sharedWith"])
    elif event.type == ProgressEventType.EVIDENCE_SAVED:
        if kind != ActivityKind.ACTION:
            return _conflict(ErrorCode.INVALID, "programmes.activity_wrong_kind", kind=kind.value)
        if not (event.text or "").strip() and not event.object_key:
            return _conflict(ErrorCode.REQUIRED, "programmes.evidence_empty")
        if len(event.text or "") > MAX_REFLECTION:
            return _conflict(ErrorCode.TOO_LONG, "error.too_long", maximum=MAX_REFLECTION)
        upload = batch.uploads.get(event.object_key or "")
        if isinstance(upload, DomainError):
            return upload
    elif event.type == ProgressEventType.COMPLETED:
        if kind == ActivityKind.REFLECTION and pair not in batch.reflected:
            return _conflict(ErrorCode.RULE_VIOLATED, "programmes.reflection_first")
        if kind == ActivityKind.ACTION and pair not in batch.evidenced:
            return _conflict(ErrorCode.RULE_VIOLATED, "programmes.evidence_first")
    return None


async def record_event(
    session: Session,
    viewer: Viewer | None,
    event: ProgressEventCommand,
    settings: Settings,
) -> EventResult:
    """One event from a single mutation: a conflict is the mutation's error."""
    [result] = await apply_events(session, viewer, [event], settings)
    if result.error is not None:
        error = result.error
        field = {
            ProgressEventType.REFLECTION_SAVED: ["text"],
            ProgressEventType.EVIDENCE_SAVED: ["objectKey"] if event.object_key else ["text"],
        }.get(event.type)
        if error.message_key in {"programmes.activity_other_programme"}:
            field = ["activityId"]
        elif error.message_key in {"error.not_found", "programmes.enrolment_closed"}:
            field = ["enrolmentId"]
        raise DomainError(error.code, error.message_key, error.field or field, **error.params)
    return result


async def share_reflection(
    session: Session,
    viewer: Viewer | None,
    reflection_id: int,
    shared_with: frozenset[ShareTarget],
) -> Reflection:
    """Only the leader shares their reflection, each one on its own."""
    leader = require_viewer(viewer)
    reflection = await repo.reflection_of_owner(session, leader, reflection_id)
    if reflection is None:
        raise DomainError(ErrorCode.NOT_FOUND, "error.not_found", field=["reflectionId"])
    if ShareTarget.MENTOR in shared_with and not await _has_mentor(session, leader):
        raise DomainError(ErrorCode.RULE_VIOLATED, "programmes.no_mentor", field=["sharedWith"])
    reflection.shared_with_manager = ShareTarget.MANAGER in shared_with
    reflection.shared_with_mentor = ShareTarget.MENTOR in shared_with
    await session.flush()
    return reflection


async def _has_mentor(session: Session, leader: Viewer) -> bool:
    """Sharing with MENTOR needs an active mentor (the mentoring slice's answer)."""
    return await hooks.registry.mentor(session, leader) is not None
