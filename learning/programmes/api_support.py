"""What the resolvers of ``api.py`` share: turning inputs into service
commands (global IDs decoded) and service results into types."""

from __future__ import annotations

from datetime import date
from typing import Any

import strawberry

from backend.api.context import Info
from backend.api.ids import decode_id, decode_ids, decode_optional_id
from backend.i18n import Locale, translate
from backend.identity.policy import require_viewer
from learning.programmes import enrolment_types as et
from learning.programmes import enrolments, home, progress_service, service, uploads
from learning.programmes import loaders as ld
from learning.programmes import models as m
from learning.programmes import mutation_types as mt
from learning.programmes import repository as repo
from learning.programmes import types as t


def programme_content(info: Info, input: mt.CreateProgrammeInput | mt.UpdateProgrammeInput) -> Any:
    return service.ProgrammeContent(
        title=input.title,
        description=input.description,
        audience=m.Audience(input.audience),
        goal_ids=decode_ids(input.goal_ids, "OrganisationGoal", "goalIds"),
        modules=[
            service.ModuleDraft(
                title=module.title,
                introduction=module.introduction,
                activities=[
                    service.ActivityDraft(
                        kind=m.ActivityKind(a.kind),
                        title=a.title,
                        body=a.body,
                        estimated_minutes=a.estimated_minutes,
                        due_offset_days=a.due_offset_days,
                        media=[
                            service.MediaItem(i.object_key, i.title, i.content_type)
                            for i in a.media
                        ],
                    )
                    for a in module.activities
                ],
            )
            for module in input.modules
        ],
    )


def goal_drafts(
    info: Info, goals: list[mt.DevelopmentGoalInput], field: str
) -> list[enrolments.GoalDraft]:
    """``field``: the input field holding the goals, for the path of a bad ID."""
    return [
        enrolments.GoalDraft(
            id=decode_optional_id(g.id, "DevelopmentGoal", [field, index, "id"]),
            title=g.title,
            description=g.description,
            organisation_goal_id=decode_id(
                g.organisation_goal_id, "OrganisationGoal", [field, index, "organisationGoalId"]
            ),
        )
        for index, g in enumerate(goals)
    ]


def upload_ticket(upload: uploads.Upload) -> dict[str, Any]:
    return {
        "object_key": upload.object_key,
        "url": upload.presigned.url,
        "method": upload.presigned.method,
        "headers": dict(upload.presigned.headers),
        "fields": dict(upload.presigned.fields),
        "expires_at": upload.presigned.expires_at.isoformat(),
    }


async def build_home(info: Info) -> mt.Home:
    context = info.context
    data = await home.home_data(context.session, context.viewer, date.today())
    for version in data.versions.values():
        context.loaders.get(ld.VersionByIdLoader).prime(version.id, version)
    for version_id, rows in data.activities.items():
        context.loaders.get(ld.ActivitiesByVersionLoader).prime(version_id, rows)
    for enrolment_id, progress in data.progress.items():
        context.loaders.get(ld.ProgressByEnrolmentLoader).prime(enrolment_id, progress)
    by_id = {e.id: et.Enrolment.from_row(e) for e in data.enrolments}
    today = date.today()
    for enrolment in data.enrolments:  # home read them already: no second statement
        context.loaders.get(ld.ProgressSummaryByEnrolmentLoader).prime(
            enrolment.id,
            et.summarise(
                enrolment,
                data.activities.get(enrolment.version_id, []),
                data.progress.get(enrolment.id, []),
            ),
        )
    return mt.Home(
        enrolments=list(by_id.values()),
        next_activities=[
            mt.DueActivity(
                enrolment=by_id[d.enrolment.id],
                activity=t.Activity.from_row(d.activity),
                due_on=d.due_on,
                overdue=d.due_on < today,
                status=et.ActivityStatus.STARTED if d.started else et.ActivityStatus.NOT_STARTED,
            )
            for d in data.next_activities
        ],
        open_checkpoints=[et.ManagerCheckpoint.from_row(c) for c in data.open_checkpoints],
        checkpoints_to_hold=[et.ManagerCheckpoint.from_row(c) for c in data.checkpoints_to_hold],
        mentor=mt.MentorInfo(
            membership_pk=data.mentor.membership_id,
            name=data.mentor.name,
            job_title=data.mentor.job_title,
        )
        if data.mentor
        else None,
        unread_feedback=[
            mt.FeedbackNoteSummary(
                id=strawberry.ID(f.reference),
                title=f.title,
                author_name=f.author_name,
                created_at=f.created_at,
            )
            for f in data.unread_feedback
        ],
        pending_360_tasks=[
            mt.PendingTaskSummary(
                id=strawberry.ID(p.reference),
                kind=mt.Pending360TaskKind(p.kind),
                evaluation_id=strawberry.ID(p.evaluation_reference),
                title=p.title,
                due_at=p.due_at,
            )
            for p in data.pending_360_tasks
        ],
    )


async def enrolment_node(info: Info, pk: int) -> et.Enrolment | None:
    rows = await repo.enrolments_visible(
        info.context.session, require_viewer(info.context.viewer), [pk]
    )
    return et.Enrolment.from_row(rows[0]) if rows else None


async def record_progress(
    info: Info, input: Any, kind: m.ProgressEventType, **values: Any
) -> progress_service.EventResult:
    c = info.context
    event = progress_service.ProgressEventCommand(
        enrolment_id=decode_id(input.enrolment_id, "Enrolment", "enrolmentId"),
        activity_id=decode_id(input.activity_id, "Activity", "activityId"),
        type=kind,
        occurred_at=input.occurred_at,
        **values,
    )
    return await progress_service.record_event(c.session, c.viewer, event, c.settings)


def sync_events(events: list[mt.ProgressEventInput]) -> list[progress_service.ProgressEventCommand]:
    """A batch's events; a malformed ID refuses the batch, naming the event's field."""
    return [
        progress_service.ProgressEventCommand(
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


def sync_outcome(result: progress_service.EventResult, locale: Locale) -> dict[str, Any]:
    error = result.error
    return {
        "clientEventId": result.event.client_event_id,
        "status": result.status.value,
        "code": error.code.value if error else None,
        "reason": error.message_key if error else None,
        "message": translate(error.message_key, locale, **error.params) if error else None,
    }
