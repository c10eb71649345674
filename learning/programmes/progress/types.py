"""GraphQL types of a leader's progress: each activity's status, reflections
and action evidence, and the inputs and payloads of recording progress,
one event at a time or as an offline batch (``syncProgress``).

Reflections and evidence reach these types already filtered by the
repository for the viewer; nothing here decides who sees them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

import strawberry
from strawberry.types.arguments import InputContext
from strawberry.types.base import get_object_definition

from backend.api.context import Info
from backend.api.errors import REASON_DESCRIPTION, ErrorCode
from backend.api.mutations import Payload
from backend.api.relay import Node
from backend.storage import get_storage
from learning.programmes import loaders as ld
from learning.programmes import models as m
from learning.programmes.enrolments.types import Enrolment
from learning.programmes.progress import repository as repo
from learning.programmes.progress.service import EventStatus, ShareTarget
from learning.programmes.repository import ActivityRow
from learning.programmes.sharing import repository as sharing_repo
from learning.programmes.types import Activity, StoredFile

ProgressEventType = strawberry.enum(m.ProgressEventType)
ShareTargetEnum = strawberry.enum(ShareTarget, name="ShareTarget")
ProgressEventStatus = strawberry.enum(EventStatus, name="ProgressEventStatus")


@strawberry.enum(description="Where a leader is with one activity.")
class ActivityStatus(StrEnum):
    NOT_STARTED = "NOT_STARTED"
    STARTED = "STARTED"
    COMPLETED = "COMPLETED"


@strawberry.type
class Reflection(Node):
    """A leader's written reflection: private unless they shared it."""

    pk: strawberry.Private[int]
    activity_pk: strawberry.Private[int]
    text: str
    shared_with: list[ShareTargetEnum]  # type: ignore[valid-type]
    written_at: datetime

    @classmethod
    def from_row(cls, row: m.Reflection) -> Reflection:
        shared = [ShareTarget.MANAGER] if row.shared_with_manager else []
        shared += [ShareTarget.MENTOR] if row.shared_with_mentor else []
        return cls(
            pk=row.id,
            activity_pk=row.activity_id,
            text=row.text,
            shared_with=shared,
            written_at=row.written_at,
        )

    @strawberry.field
    async def activity(self, info: Info) -> Activity | None:
        row = await info.context.loaders.get(ld.ActivityByIdLoader).load(self.activity_pk)
        return Activity.from_row(row) if row else None

    @classmethod
    async def fetch_visible(cls, info: Info, pks: list[int]) -> list[Any]:
        return await _fetch_reflections(info, pks)


@strawberry.type
class ActionEvidence(Node):
    """What the leader did for an ACTION activity."""

    pk: strawberry.Private[int]
    activity_pk: strawberry.Private[int]
    object_key: strawberry.Private[str | None]
    text: str
    content_type: str | None
    byte_size: int | None
    recorded_at: datetime

    @classmethod
    def from_row(cls, row: m.ActionEvidence) -> ActionEvidence:
        return cls(
            pk=row.id,
            activity_pk=row.activity_id,
            object_key=row.object_key,
            text=row.text,
            content_type=row.content_type,
            byte_size=row.byte_size,
            recorded_at=row.recorded_at,
        )

    @strawberry.field(description="The photo or file, if one was attached.")
    def file(self, info: Info) -> StoredFile | None:
        if not self.object_key:
            return None
        url = get_storage(info.context.settings).presigned_download(self.object_key, inline=True)
        return StoredFile(
            title=self.object_key.rsplit("/", 1)[-1],
            content_type=self.content_type or "application/octet-stream",
            url=url,
            byte_size=self.byte_size,
        )

    @classmethod
    async def fetch_visible(cls, info: Info, pks: list[int]) -> list[Any]:
        return await _fetch_evidence(info, pks)


@strawberry.type(description="One activity as the leader of an enrolment does it.")
class EnrolmentActivity:
    enrolment_pk: strawberry.Private[int]
    activity: Activity
    status: ActivityStatus
    started_at: datetime | None
    completed_at: datetime | None
    due_on: date
    overdue: bool

    @strawberry.field(description="The reflection, when the viewer may read it.")
    async def reflection(self, info: Info) -> Reflection | None:
        rows = await info.context.loaders.get(ld.ReflectionsByEnrolmentLoader).load(
            self.enrolment_pk
        )
        found = next((r for r in rows if r.activity_id == self.activity.pk), None)
        return Reflection.from_row(found) if found else None

    @strawberry.field(description="The action evidence, when the viewer may see it.")
    async def evidence(self, info: Info) -> ActionEvidence | None:
        rows = await info.context.loaders.get(ld.EvidenceByEnrolmentLoader).load(self.enrolment_pk)
        found = next((e for e in rows if e.activity_id == self.activity.pk), None)
        return ActionEvidence.from_row(found) if found else None


def activity_rows(
    enrolment: m.Enrolment,
    activities: Sequence[ActivityRow],
    progress: Sequence[repo.ProgressRow],
    today: date,
) -> list[EnrolmentActivity]:
    by_activity = {p.activity_id: p for p in progress}
    rows = []
    for activity in activities:
        done = by_activity.get(activity.id)
        status = ActivityStatus.NOT_STARTED
        if done is not None and done.completed_at is not None:
            status = ActivityStatus.COMPLETED
        elif done is not None and done.started_at is not None:
            status = ActivityStatus.STARTED
        due_on = enrolment.starts_on + timedelta(days=activity.due_offset_days)
        rows.append(
            EnrolmentActivity(
                enrolment_pk=enrolment.id,
                activity=Activity.from_row(activity),
                status=status,
                started_at=done.started_at if done else None,
                completed_at=done.completed_at if done else None,
                due_on=due_on,
                overdue=status != ActivityStatus.COMPLETED and due_on < today,
            )
        )
    return rows


def summarise(
    activities: Sequence[ActivityRow], progress: Sequence[repo.ProgressRow]
) -> tuple[int, int, int]:
    """(activities, started, completed) from rows already read, as
    ``ProgressSummaryByEnrolmentLoader`` counts them in SQL (started: started or
    completed), counted without building a GraphQL object an activity."""
    of_activities = {a.id for a in activities}
    started = completed = 0
    for p in progress:
        if p.activity_id not in of_activities:
            continue
        if p.completed_at is not None:
            completed += 1
            started += 1
        elif p.started_at is not None:
            started += 1
    return len(activities), started, completed


# --- node lookups ----------------------------------------------------------------------


async def _fetch_reflections(info: Info, pks: list[int]) -> list[Reflection]:
    viewer = info.context.viewer
    if viewer is None:
        return []
    rows = await sharing_repo.visible_reflections_by_id(info.context.session, viewer, pks)
    return [Reflection.from_row(r) for r in rows]


async def _fetch_evidence(info: Info, pks: list[int]) -> list[ActionEvidence]:
    viewer = info.context.viewer
    if viewer is None:
        return []
    rows = await sharing_repo.visible_evidence_by_id(info.context.session, viewer, pks)
    return [ActionEvidence.from_row(r) for r in rows]


TYPES: list[type] = [Reflection, ActionEvidence]


# --- inputs and payloads ------------------------------------------------------------------


@strawberry.input
class ActivityProgressInput:
    enrolment_id: strawberry.ID
    activity_id: strawberry.ID
    occurred_at: datetime | None = None
    client_mutation_id: str | None = None


@strawberry.input
class SaveReflectionInput:
    enrolment_id: strawberry.ID
    activity_id: strawberry.ID
    text: str
    shared_with: list[ShareTarget] | None = strawberry.field(
        default=None, description="Unset keeps the sharing as it is; [] makes it private."
    )
    occurred_at: datetime | None = None
    client_mutation_id: str | None = None


@strawberry.input
class ShareReflectionInput:
    reflection_id: strawberry.ID
    shared_with: list[ShareTarget]
    client_mutation_id: str | None = None


@strawberry.input
class RecordActionEvidenceInput:
    enrolment_id: strawberry.ID
    activity_id: strawberry.ID
    text: str = ""
    object_key: str | None = strawberry.field(
        default=None, description="From requestEvidenceUpload, after the file was uploaded."
    )
    occurred_at: datetime | None = None
    client_mutation_id: str | None = None


@strawberry.input(description="One change a phone queued while offline.")
class ProgressEventInput:
    client_event_id: str
    enrolment_id: strawberry.ID
    activity_id: strawberry.ID
    type: m.ProgressEventType
    occurred_at: datetime
    text: str | None = None
    object_key: str | None = None
    shared_with: list[ShareTarget] | None = None


@strawberry.input
class SyncProgressInput:
    events: list[ProgressEventInput]
    client_mutation_id: str | None = None


_EVENT_FIELDS: list[tuple[str, str]] = []  # (GraphQL name, Python name), on first use


def _sync_input(
    cls: type[SyncProgressInput], value: Mapping[str, Any], context: InputContext
) -> SyncProgressInput:
    """A batch's input built directly from what graphql-core coerced (the enum,
    DateTime and ID scalars are parsed there, once): strawberry's generic
    conversion resolved every field's type and name again for each of the 50
    events, 23 % of the server's samples under the sync load (bench/NOTES.md,
    seventh round). The schema is unchanged. ``ProgressEventInput``'s fields
    are scalars, enums and lists of enums, which need no conversion beyond
    graphql-core's; a nested input object would."""
    if not _EVENT_FIELDS:
        names = context.config.name_converter
        _EVENT_FIELDS.extend(
            (names.from_field(f), f.python_name)
            for f in get_object_definition(ProgressEventInput, strict=True).fields
        )
    return cls(
        events=[
            ProgressEventInput(**{py: e[gql] for gql, py in _EVENT_FIELDS if gql in e})
            for e in value["events"]
        ],
        client_mutation_id=value.get("clientMutationId"),
    )


get_object_definition(SyncProgressInput, strict=True).from_input = _sync_input


@strawberry.type
class ActivityProgressPayload(Payload):
    enrolment: Enrolment | None = None
    activity: Activity | None = None


@strawberry.type
class SaveReflectionPayload(Payload):
    enrolment: Enrolment | None = None
    reflection: Reflection | None = None


@strawberry.type
class ShareReflectionPayload(Payload):
    reflection: Reflection | None = None


@strawberry.type
class RecordActionEvidencePayload(Payload):
    enrolment: Enrolment | None = None
    evidence: ActionEvidence | None = None


@strawberry.type(description="What became of one queued event.")
class ProgressEventResult:
    client_event_id: str
    status: EventStatus
    code: ErrorCode | None = None
    message: str | None = None
    reason: str | None = strawberry.field(default=None, description=REASON_DESCRIPTION)


@strawberry.type
class SyncProgressPayload(Payload):
    enrolments: list[Enrolment] = strawberry.field(
        default_factory=list, description="The enrolments the batch touched, as they are now."
    )
    outcomes: strawberry.Private[list[dict[str, Any]]] = dataclasses.field(default_factory=list)

    @strawberry.field(description="One result per event, in the order sent.")
    def results(self) -> list[ProgressEventResult]:
        return [
            ProgressEventResult(
                client_event_id=o["clientEventId"],
                status=EventStatus(o["status"]),
                code=ErrorCode(o["code"]) if o.get("code") else None,
                message=o.get("message"),
                reason=o.get("reason"),
            )
            for o in self.outcomes
        ]
