"""Inputs, payloads and the ``Home`` type of the programmes API.

Payload fields are Nodes (so a retried ``clientMutationId`` shows them as
they are now) or plain JSON kept in a private field (upload tickets, the
per-event results of ``syncProgress``), because the idempotency store keeps
what a payload returned.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from enum import StrEnum
from typing import Any

import strawberry

from backend.api.errors import REASON_DESCRIPTION, ErrorCode
from backend.api.mutations import Payload
from learning.programmes import models as m
from learning.programmes.enrolment_types import (
    ActionEvidence,
    ActivityStatus,
    DevelopmentGoal,
    Enrolment,
    ManagerCheckpoint,
    Reflection,
)
from learning.programmes.progress_service import EventStatus, ShareTarget
from learning.programmes.types import Activity, Cohort, Programme, ProgrammeVersion

# --- authoring -------------------------------------------------------------------------


@strawberry.input(description="A file already uploaded with requestActivityMediaUpload.")
class MediaItemInput:
    object_key: str
    title: str
    content_type: str


@strawberry.input
class ActivityInput:
    kind: m.ActivityKind
    title: str
    body: str = ""
    estimated_minutes: int = 15
    due_offset_days: int = 7
    media: list[MediaItemInput] = strawberry.field(default_factory=list)


@strawberry.input(description="A module must hold at least one activity of each kind.")
class ModuleInput:
    title: str
    activities: list[ActivityInput]
    introduction: str = ""


@strawberry.input(description="A programme saved whole; it must serve at least one goal.")
class CreateProgrammeInput:
    title: str
    goal_ids: list[strawberry.ID]
    modules: list[ModuleInput]
    description: str = ""
    audience: m.Audience = m.Audience.NEW_LEADERS
    client_mutation_id: str | None = None


@strawberry.input(description="Rewrites the draft; a published programme gets a new draft.")
class UpdateProgrammeInput:
    programme_id: strawberry.ID
    title: str
    goal_ids: list[strawberry.ID]
    modules: list[ModuleInput]
    description: str = ""
    audience: m.Audience = m.Audience.NEW_LEADERS
    client_mutation_id: str | None = None


@strawberry.input
class ProgrammeIdInput:
    programme_id: strawberry.ID
    client_mutation_id: str | None = None


@strawberry.input
class RequestMediaUploadInput:
    programme_id: strawberry.ID
    filename: str
    content_type: str
    byte_size: int
    client_mutation_id: str | None = None


@strawberry.input
class CreateCohortInput:
    programme_id: strawberry.ID
    name: str
    starts_on: date
    client_mutation_id: str | None = None


@strawberry.input(description="Without id a new goal; with id an existing one, changed.")
class DevelopmentGoalInput:
    title: str
    organisation_goal_id: strawberry.ID
    description: str = ""
    id: strawberry.ID | None = None


@strawberry.input
class EnrolLeaderInput:
    programme_id: strawberry.ID
    leader_id: strawberry.ID = strawberry.field(description="The leader's Membership ID.")
    cohort_id: strawberry.ID | None = None
    starts_on: date | None = None
    development_goals: list[DevelopmentGoalInput] = strawberry.field(default_factory=list)
    client_mutation_id: str | None = None


@strawberry.input
class SetDevelopmentGoalsInput:
    enrolment_id: strawberry.ID
    goals: list[DevelopmentGoalInput]
    client_mutation_id: str | None = None


# --- progress ----------------------------------------------------------------------------


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


@strawberry.input
class RequestEvidenceUploadInput:
    enrolment_id: strawberry.ID
    activity_id: strawberry.ID
    filename: str
    content_type: str
    byte_size: int
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


@strawberry.input
class CheckpointRatingInput:
    development_goal_id: strawberry.ID
    rating: int


@strawberry.input
class CompleteCheckpointInput:
    enrolment_id: strawberry.ID
    kind: m.CheckpointKind
    practice_agreed: str = ""
    notes: str = ""
    feedback: str = ""
    development_goals: list[DevelopmentGoalInput] | None = strawberry.field(
        default=None, description="BEFORE and DURING may (re)agree the goals."
    )
    ratings: list[CheckpointRatingInput] = strawberry.field(default_factory=list)
    client_mutation_id: str | None = None


# --- payloads ------------------------------------------------------------------------------


@strawberry.type
class CreateProgrammePayload(Payload):
    programme: Programme | None = None
    version: ProgrammeVersion | None = None


@strawberry.type
class UpdateProgrammePayload(Payload):
    programme: Programme | None = None
    version: ProgrammeVersion | None = strawberry.field(default=None, description="The draft.")


@strawberry.type
class PublishProgrammePayload(Payload):
    programme: Programme | None = None
    version: ProgrammeVersion | None = None


@strawberry.type
class ArchiveProgrammePayload(Payload):
    programme: Programme | None = None


@strawberry.type(
    description="Send the file with `method` to `url`, then save the key. PUT: the file is "
    "the body, sent with `headers`. POST: a multipart form of `fields` (each as given) and "
    "the file last, as the part named `file`. The store refuses another type or a size over "
    "the declared one; the saved key is checked again (size, type, content)."
)
class UploadTicket:
    object_key: str
    url: str
    method: str
    headers: strawberry.scalars.JSON
    expires_at: datetime
    fields: strawberry.scalars.JSON = strawberry.field(
        default_factory=dict, description="Form fields of a POST upload; empty for PUT."
    )


@strawberry.type
class RequestUploadPayload(Payload):
    ticket: strawberry.Private[dict[str, Any] | None] = None

    @strawberry.field
    def upload(self) -> UploadTicket | None:
        if self.ticket is None:
            return None
        values = dict(self.ticket)
        values["expires_at"] = datetime.fromisoformat(values["expires_at"])
        return UploadTicket(**values)


@strawberry.type
class CreateCohortPayload(Payload):
    cohort: Cohort | None = None


@strawberry.type
class EnrolLeaderPayload(Payload):
    enrolment: Enrolment | None = None


@strawberry.type
class SetDevelopmentGoalsPayload(Payload):
    enrolment: Enrolment | None = None
    development_goals: list[DevelopmentGoal] = strawberry.field(default_factory=list)


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


@strawberry.type
class CompleteCheckpointPayload(Payload):
    checkpoint: ManagerCheckpoint | None = None
    enrolment: Enrolment | None = None


# --- home ---------------------------------------------------------------------------------


@strawberry.type(description="An activity to do next.")
class DueActivity:
    enrolment: Enrolment
    activity: Activity
    due_on: date
    overdue: bool
    status: ActivityStatus


@strawberry.type
class MentorInfo:
    membership_pk: strawberry.Private[int]
    name: str
    job_title: str

    @strawberry.field
    def membership_id(self) -> strawberry.ID:
        from backend.api.relay import to_global_id

        return to_global_id("Membership", self.membership_pk)


@strawberry.type
class FeedbackNoteSummary:
    id: strawberry.ID
    title: str
    author_name: str | None
    created_at: datetime


@strawberry.enum(description="What an open 360 task asks of the viewer.")
class Pending360TaskKind(StrEnum):
    NOMINATE_RATERS = "NOMINATE_RATERS"
    APPROVE_NOMINATIONS = "APPROVE_NOMINATIONS"
    GIVE_SELF_ASSESSMENT = "GIVE_SELF_ASSESSMENT"
    GIVE_MANAGER_ASSESSMENT = "GIVE_MANAGER_ASSESSMENT"
    RATE_OTHER = "RATE_OTHER"
    READ_REPORT = "READ_REPORT"


@strawberry.type(
    description="An open 360 task. A GIVE_* or RATE_OTHER task opens its form in the app "
    "with openMyRaterForm(evaluationId), which returns a rater token for raterForm."
)
class PendingTaskSummary:
    id: strawberry.ID = strawberry.field(description="Distinct per task.")
    kind: Pending360TaskKind
    evaluation_id: strawberry.ID = strawberry.field(description="The Evaluation's global ID.")
    title: str
    due_at: datetime | None


@strawberry.type(description="Everything a leader's start screen shows, in one round trip.")
class Home:
    enrolments: list[Enrolment]
    next_activities: list[DueActivity]
    open_checkpoints: list[ManagerCheckpoint] = strawberry.field(
        description="The viewer's own checkpoints not yet held."
    )
    checkpoints_to_hold: list[ManagerCheckpoint] = strawberry.field(
        description="Checkpoints of the viewer's direct reports, due within two weeks."
    )
    mentor: MentorInfo | None
    unread_feedback: list[FeedbackNoteSummary]
    pending_360_tasks: list[PendingTaskSummary]
