"""Mutations of a leader's progress: one event at a time, or a batch queued
offline (``syncProgress``); thin, they decode IDs and call ``progress.service``."""

from __future__ import annotations

from typing import Any

import strawberry

from backend.api.context import Info
from backend.api.ids import decode_id
from backend.api.mutations import run_mutation
from backend.i18n import Locale, translate
from learning.programmes import loaders as ld
from learning.programmes import models as m
from learning.programmes.enrolments.types import Enrolment, enrolment_node
from learning.programmes.progress import service
from learning.programmes.progress import types as t
from learning.programmes.types import Activity
from learning.programmes.uploads import service as uploads
from learning.programmes.uploads import types as ut

TYPES: list[type] = t.TYPES


@strawberry.type
class Mutation:
    @strawberry.mutation
    async def start_activity(
        self, info: Info, input: t.ActivityProgressInput
    ) -> t.ActivityProgressPayload:
        return await _progress(info, input, m.ProgressEventType.STARTED)

    @strawberry.mutation(description="Reflections and actions need their text or evidence first.")
    async def complete_activity(
        self, info: Info, input: t.ActivityProgressInput
    ) -> t.ActivityProgressPayload:
        return await _progress(info, input, m.ProgressEventType.COMPLETED)

    @strawberry.mutation(description="Private unless sharedWith names the mentor or the manager.")
    async def save_reflection(
        self, info: Info, input: t.SaveReflectionInput
    ) -> t.SaveReflectionPayload:
        async def action() -> t.SaveReflectionPayload:
            result = await _record(
                info,
                input,
                m.ProgressEventType.REFLECTION_SAVED,
                text=input.text,
                shared_with=frozenset(input.shared_with) if input.shared_with is not None else None,
            )
            assert result.reflection is not None
            return t.SaveReflectionPayload(
                enrolment=await enrolment_node(info, result.event.enrolment_id),
                reflection=t.Reflection.from_row(result.reflection),
            )

        return await run_mutation(info, input, t.SaveReflectionPayload, action)

    @strawberry.mutation(description="The leader shares (or unshares) one reflection.")
    async def share_reflection(
        self, info: Info, input: t.ShareReflectionInput
    ) -> t.ShareReflectionPayload:
        async def action() -> t.ShareReflectionPayload:
            c = info.context
            reflection = await service.share_reflection(
                c.session,
                c.viewer,
                decode_id(input.reflection_id, "Reflection", "reflectionId"),
                frozenset(input.shared_with),
            )
            return t.ShareReflectionPayload(reflection=t.Reflection.from_row(reflection))

        return await run_mutation(info, input, t.ShareReflectionPayload, action)

    @strawberry.mutation(description="A presigned URL for the photo or file of an action.")
    async def request_evidence_upload(
        self, info: Info, input: ut.RequestEvidenceUploadInput
    ) -> ut.RequestUploadPayload:
        async def action() -> ut.RequestUploadPayload:
            c = info.context
            upload = await uploads.request_evidence_upload(
                c.session,
                c.viewer,
                decode_id(input.enrolment_id, "Enrolment", "enrolmentId"),
                decode_id(input.activity_id, "Activity", "activityId"),
                input.filename,
                input.content_type,
                input.byte_size,
                c.settings,
            )
            return ut.RequestUploadPayload(ticket=ut.upload_ticket(upload))

        return await run_mutation(info, input, ut.RequestUploadPayload, action)

    @strawberry.mutation(description="What the leader did, with an optional uploaded file.")
    async def record_action_evidence(
        self, info: Info, input: t.RecordActionEvidenceInput
    ) -> t.RecordActionEvidencePayload:
        async def action() -> t.RecordActionEvidencePayload:
            result = await _record(
                info,
                input,
                m.ProgressEventType.EVIDENCE_SAVED,
                text=input.text,
                object_key=input.object_key,
            )
            assert result.evidence is not None
            return t.RecordActionEvidencePayload(
                enrolment=await enrolment_node(info, result.event.enrolment_id),
                evidence=t.ActionEvidence.from_row(result.evidence),
            )

        return await run_mutation(info, input, t.RecordActionEvidencePayload, action)

    @strawberry.mutation(
        description="Replay events queued offline: each is APPLIED, a DUPLICATE of one "
        "applied before, or a CONFLICT with its own error; the others still apply. A "
        "malformed ID refuses the whole batch with a payload error naming the event's field."
    )
    async def sync_progress(self, info: Info, input: t.SyncProgressInput) -> t.SyncProgressPayload:
        async def action() -> t.SyncProgressPayload:
            c = info.context
            events = _sync_events(input.events)
            results = await service.apply_events(c.session, c.viewer, events, c.settings)
            # The leader's own enrolments, read by the batch: not again (bench/NOTES.md).
            touched = {r.enrolment.id: r.enrolment for r in results if r.enrolment is not None}
            return t.SyncProgressPayload(
                enrolments=[Enrolment.from_row(touched[pk]) for pk in sorted(touched)],
                outcomes=[_outcome(r, c.locale) for r in results],
            )

        return await run_mutation(info, input, t.SyncProgressPayload, action)


async def _progress(
    info: Info, input: t.ActivityProgressInput, kind: m.ProgressEventType
) -> t.ActivityProgressPayload:
    async def action() -> t.ActivityProgressPayload:
        result = await _record(info, input, kind)
        rows = await info.context.loaders.get(ld.ActivityByIdLoader).load_many(
            [result.event.activity_id]
        )
        return t.ActivityProgressPayload(
            enrolment=await enrolment_node(info, result.event.enrolment_id),
            activity=Activity.from_row(rows[0]) if rows[0] else None,
        )

    return await run_mutation(info, input, t.ActivityProgressPayload, action)


async def _record(
    info: Info, input: Any, kind: m.ProgressEventType, **values: Any
) -> service.EventResult:
    c = info.context
    event = service.ProgressEventCommand(
        enrolment_id=decode_id(input.enrolment_id, "Enrolment", "enrolmentId"),
        activity_id=decode_id(input.activity_id, "Activity", "activityId"),
        type=kind,
        occurred_at=input.occurred_at,
        **values,
    )
    return await service.record_event(c.session, c.viewer, event, c.settings)


def _sync_events(events: list[t.ProgressEventInput]) -> list[service.ProgressEventCommand]:
    """A batch's events; a malformed ID refuses the batch, naming the event's field."""
    return [
        service.ProgressEventCommand(
            client_event_id=e.client_event_id,
            enrolment_id=decode_id(e.enrolment_id, "Enrolment", ["events", n, "enrolmentId"]),
            activity_id=decode_id(e.activity_id, "Activity", ["events", n, "activityId"]),
            type=m.ProgressEventType(e.type),
            occurred_at=e.occurred_at,
            text=e.text,
            object_key=e.object_key,
            shared_with=frozenset(e.shared_with) if e.shared_with is not None else None,
        )
        for n, e in enumerate(events)
    ]


def _outcome(result: service.EventResult, locale: Locale) -> dict[str, Any]:
    error = result.error
    return {
        "clientEventId": result.event.client_event_id,
        "status": result.status.value,
        "code": error.code.value if error else None,
        "reason": error.message_key if error else None,
        "message": translate(error.message_key, locale, **error.params) if error else None,
    }
