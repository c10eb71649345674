"""Queries and mutations of programmes: thin, they decode IDs and call the services."""

from __future__ import annotations

from typing import Any, cast

import strawberry
from sqlalchemy import Select

from backend.api.context import Info
from backend.api.ids import decode_id, decode_optional_id
from backend.api.mutations import run_mutation
from backend.api.pagination import Connection, PageRequest, paginate
from backend.identity.policy import require_viewer
from learning.programmes import checkpoints, enrolments, progress_service, service, uploads
from learning.programmes import enrolment_types as et
from learning.programmes import loaders as ld
from learning.programmes import models as m
from learning.programmes import mutation_types as mt
from learning.programmes import repository as repo
from learning.programmes import types as t
from learning.programmes.api_support import (
    build_home,
    enrolment_node,
    goal_drafts,
    programme_content,
    record_progress,
    sync_events,
    sync_outcome,
    upload_ticket,
)
from learning.programmes.models import Enrolment as EnrolmentRow
from learning.programmes.models import ProgrammeStatus

TYPES: list[type] = [*t.TYPES, *et.TYPES]


@strawberry.type
class Query:
    @strawberry.field(description="A leader's start screen: one round trip, fixed cost.")
    async def home(self, info: Info) -> mt.Home:
        return await build_home(info)

    @strawberry.field(description="Programmes of the organisation: HR sees drafts too.")
    async def programmes(
        self,
        info: Info,
        status: ProgrammeStatus | None = None,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> Connection[t.Programme]:
        viewer = require_viewer(info.context.viewer)
        statement = repo.programmes_statement(viewer, status.value if status else None)
        return await paginate(
            info.context.session,
            cast("Select[Any]", statement),  # paginate is typed for SQLAlchemy 2.0
            [m.Programme.__table__.c.id],
            PageRequest(first=first, after=after, last=last, before=before),
            info.context.settings,
            lambda row: t.Programme.from_row(row[1]),
        )

    @strawberry.field(
        description="Enrolments the viewer may follow: their own, their reports' "
        "(reportsOnly/directOnly), or, for HR, everyone's."
    )
    async def enrolments(
        self,
        info: Info,
        programme_id: strawberry.ID | None = None,
        reports_only: bool = False,
        direct_only: bool = False,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> Connection[et.Enrolment]:
        viewer = require_viewer(info.context.viewer)
        statement = repo.enrolments_statement(
            viewer,
            programme_id=decode_optional_id(programme_id, "Programme", "programmeId"),
            reports_only=reports_only,
            direct_only=direct_only,
        )
        return await paginate(
            info.context.session,
            cast("Select[Any]", statement),  # paginate is typed for SQLAlchemy 2.0
            [EnrolmentRow.__table__.c.id],
            PageRequest(first=first, after=after, last=last, before=before),
            info.context.settings,
            lambda row: et.Enrolment.from_row(row[1]),
        )


def _programme_fields(programme: m.Programme, version: m.ProgrammeVersion) -> dict[str, Any]:
    return {
        "programme": t.Programme.from_row(programme),
        "version": t.ProgrammeVersion.from_row(version),
    }


@strawberry.type
class Mutation:
    @strawberry.mutation(description="HR: a new programme, saved as a draft.")
    async def create_programme(
        self, info: Info, input: mt.CreateProgrammeInput
    ) -> mt.CreateProgrammePayload:
        async def action() -> dict[str, Any]:
            c = info.context
            found = await service.create_programme(
                c.session, c.viewer, programme_content(info, input), c.settings
            )
            return _programme_fields(*found)

        return await run_mutation(info, input, mt.CreateProgrammePayload, action)

    @strawberry.mutation(
        description="HR: rewrite the draft (a published programme gets a new one)."
    )
    async def update_programme(
        self, info: Info, input: mt.UpdateProgrammeInput
    ) -> mt.UpdateProgrammePayload:
        async def action() -> dict[str, Any]:
            c = info.context
            pk = decode_id(input.programme_id, "Programme", "programmeId")
            found = await service.update_programme(
                c.session, c.viewer, pk, programme_content(info, input), c.settings
            )
            return _programme_fields(*found)

        return await run_mutation(info, input, mt.UpdateProgrammePayload, action)

    @strawberry.mutation(
        description="HR: publish the draft; earlier enrolments keep their version."
    )
    async def publish_programme(
        self, info: Info, input: mt.ProgrammeIdInput
    ) -> mt.PublishProgrammePayload:
        async def action() -> dict[str, Any]:
            c = info.context
            pk = decode_id(input.programme_id, "Programme", "programmeId")
            return _programme_fields(*await service.publish_programme(c.session, c.viewer, pk))

        return await run_mutation(info, input, mt.PublishProgrammePayload, action)

    @strawberry.mutation(description="HR: no new cohorts or enrolments; enrolled leaders carry on.")
    async def archive_programme(
        self, info: Info, input: mt.ProgrammeIdInput
    ) -> mt.ArchiveProgrammePayload:
        async def action() -> dict[str, Any]:
            c = info.context
            pk = decode_id(input.programme_id, "Programme", "programmeId")
            programme = await service.archive_programme(c.session, c.viewer, pk)
            return {"programme": t.Programme.from_row(programme)}

        return await run_mutation(info, input, mt.ArchiveProgrammePayload, action)

    @strawberry.mutation(description="HR: a presigned URL for a knowledge activity's media file.")
    async def request_activity_media_upload(
        self, info: Info, input: mt.RequestMediaUploadInput
    ) -> mt.RequestUploadPayload:
        async def action() -> dict[str, Any]:
            c = info.context
            upload = await uploads.request_media_upload(
                c.session,
                c.viewer,
                decode_id(input.programme_id, "Programme", "programmeId"),
                input.filename,
                input.content_type,
                input.byte_size,
                c.settings,
            )
            return {"ticket": upload_ticket(upload)}

        return await run_mutation(info, input, mt.RequestUploadPayload, action)

    @strawberry.mutation
    async def create_cohort(
        self, info: Info, input: mt.CreateCohortInput
    ) -> mt.CreateCohortPayload:
        async def action() -> dict[str, Any]:
            c = info.context
            pk = decode_id(input.programme_id, "Programme", "programmeId")
            cohort = await enrolments.create_cohort(
                c.session, c.viewer, pk, input.name, input.starts_on
            )
            return {"cohort": t.Cohort.from_row(cohort)}

        return await run_mutation(info, input, mt.CreateCohortPayload, action)

    @strawberry.mutation(description="HR: enrol a leader, with the three manager checkpoints.")
    async def enrol_leader(self, info: Info, input: mt.EnrolLeaderInput) -> mt.EnrolLeaderPayload:
        async def action() -> dict[str, Any]:
            c = info.context
            command = enrolments.EnrolCommand(
                programme_id=decode_id(input.programme_id, "Programme", "programmeId"),
                membership_id=decode_id(input.leader_id, "Membership", "leaderId"),
                cohort_id=decode_optional_id(input.cohort_id, "Cohort", "cohortId"),
                starts_on=input.starts_on,
                goals=goal_drafts(info, input.development_goals, "developmentGoals"),
            )
            enrolment = await enrolments.enrol_leader(c.session, c.viewer, command)
            return {"enrolment": et.Enrolment.from_row(enrolment)}

        return await run_mutation(info, input, mt.EnrolLeaderPayload, action)

    @strawberry.mutation(description="The leader, the manager or HR, until BEFORE is held.")
    async def set_development_goals(
        self, info: Info, input: mt.SetDevelopmentGoalsInput
    ) -> mt.SetDevelopmentGoalsPayload:
        async def action() -> dict[str, Any]:
            c = info.context
            enrolment, goals = await checkpoints.set_development_goals(
                c.session,
                c.viewer,
                decode_id(input.enrolment_id, "Enrolment", "enrolmentId"),
                goal_drafts(info, input.goals, "goals"),
            )
            return {
                "enrolment": et.Enrolment.from_row(enrolment),
                "development_goals": await et.goals_for_viewer(
                    info, enrolment.membership_id, list(goals)
                ),
            }

        return await run_mutation(info, input, mt.SetDevelopmentGoalsPayload, action)

    @strawberry.mutation
    async def start_activity(
        self, info: Info, input: mt.ActivityProgressInput
    ) -> mt.ActivityProgressPayload:
        return await _progress(info, input, m.ProgressEventType.STARTED)

    @strawberry.mutation(description="Reflections and actions need their text or evidence first.")
    async def complete_activity(
        self, info: Info, input: mt.ActivityProgressInput
    ) -> mt.ActivityProgressPayload:
        return await _progress(info, input, m.ProgressEventType.COMPLETED)

    @strawberry.mutation(description="Private unless sharedWith names the mentor or the manager.")
    async def save_reflection(
        self, info: Info, input: mt.SaveReflectionInput
    ) -> mt.SaveReflectionPayload:
        async def action() -> dict[str, Any]:
            result = await record_progress(
                info,
                input,
                m.ProgressEventType.REFLECTION_SAVED,
                text=input.text,
                shared_with=frozenset(input.shared_with) if input.shared_with is not None else None,
            )
            assert result.reflection is not None
            return {
                "enrolment": await enrolment_node(info, result.event.enrolment_id),
                "reflection": et.Reflection.from_row(result.reflection),
            }

        return await run_mutation(info, input, mt.SaveReflectionPayload, action)

    @strawberry.mutation(description="The leader shares (or unshares) one reflection.")
    async def share_reflection(
        self, info: Info, input: mt.ShareReflectionInput
    ) -> mt.ShareReflectionPayload:
        async def action() -> dict[str, Any]:
            c = info.context
            reflection = await progress_service.share_reflection(
                c.session,
                c.viewer,
                decode_id(input.reflection_id, "Reflection", "reflectionId"),
                frozenset(input.shared_with),
            )
            return {"reflection": et.Reflection.from_row(reflection)}

        return await run_mutation(info, input, mt.ShareReflectionPayload, action)

    @strawberry.mutation(description="A presigned URL for the photo or file of an action.")
    async def request_evidence_upload(
        self, info: Info, input: mt.RequestEvidenceUploadInput
    ) -> mt.RequestUploadPayload:
        async def action() -> dict[str, Any]:
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
            return {"ticket": upload_ticket(upload)}

        return await run_mutation(info, input, mt.RequestUploadPayload, action)

    @strawberry.mutation(description="What the leader did, with an optional uploaded file.")
    async def record_action_evidence(
        self, info: Info, input: mt.RecordActionEvidenceInput
    ) -> mt.RecordActionEvidencePayload:
        async def action() -> dict[str, Any]:
            result = await record_progress(
                info,
                input,
                m.ProgressEventType.EVIDENCE_SAVED,
                text=input.text,
                object_key=input.object_key,
            )
            assert result.evidence is not None
            return {
                "enrolment": await enrolment_node(info, result.event.enrolment_id),
                "evidence": et.ActionEvidence.from_row(result.evidence),
            }

        return await run_mutation(info, input, mt.RecordActionEvidencePayload, action)

    @strawberry.mutation(
        description="Replay events queued offline: each is APPLIED, a DUPLICATE of one "
        "applied before, or a CONFLICT with its own error; the others still apply. A "
        "malformed ID refuses the whole batch with a payload error naming the event's field."
    )
    async def sync_progress(
        self, info: Info, input: mt.SyncProgressInput
    ) -> mt.SyncProgressPayload:
        async def action() -> dict[str, Any]:
            c = info.context
            events = sync_events(input.events)
            results = await progress_service.apply_events(c.session, c.viewer, events, c.settings)
            # The leader's own enrolments, read by the batch: not again (bench/NOTES.md).
            touched = {r.enrolment.id: r.enrolment for r in results if r.enrolment is not None}
            return {
                "enrolments": [et.Enrolment.from_row(touched[pk]) for pk in sorted(touched)],
                "outcomes": [sync_outcome(r, c.locale) for r in results],
            }

        return await run_mutation(info, input, mt.SyncProgressPayload, action)

    @strawberry.mutation(description="The leader's direct manager holds BEFORE, DURING, AFTER.")
    async def complete_checkpoint(
        self, info: Info, input: mt.CompleteCheckpointInput
    ) -> mt.CompleteCheckpointPayload:
        async def action() -> dict[str, Any]:
            c = info.context
            command = checkpoints.CheckpointCommand(
                enrolment_id=decode_id(input.enrolment_id, "Enrolment", "enrolmentId"),
                kind=m.CheckpointKind(input.kind),
                practice_agreed=input.practice_agreed,
                notes=input.notes,
                feedback=input.feedback,
                goals=goal_drafts(info, input.development_goals, "developmentGoals")
                if input.development_goals is not None
                else None,
                ratings={
                    decode_id(
                        r.development_goal_id,
                        "DevelopmentGoal",
                        ["ratings", index, "developmentGoalId"],
                    ): r.rating
                    for index, r in enumerate(input.ratings)
                },
            )
            checkpoint = await checkpoints.complete_checkpoint(c.session, c.viewer, command)
            return {
                "checkpoint": et.ManagerCheckpoint.from_row(checkpoint),
                "enrolment": await enrolment_node(info, checkpoint.enrolment_id),
            }

        return await run_mutation(info, input, mt.CompleteCheckpointPayload, action)


async def _progress(
    info: Info, input: mt.ActivityProgressInput, kind: m.ProgressEventType
) -> mt.ActivityProgressPayload:
    async def action() -> dict[str, Any]:
        result = await record_progress(info, input, kind)
        rows = await info.context.loaders.get(ld.ActivityByIdLoader).load_many(
            [result.event.activity_id]
        )
        return {
            "enrolment": await enrolment_node(info, result.event.enrolment_id),
            "activity": t.Activity.from_row(rows[0]) if rows[0] else None,
        }

    return await run_mutation(info, input, mt.ActivityProgressPayload, action)
