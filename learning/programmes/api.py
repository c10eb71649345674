"""Queries and mutations of programmes and their content (HR's authoring):
thin, they decode IDs and call the services.

The sub-packages (``home``, ``enrolments``, ``progress``, ``checkpoints``)
have an ``api.py`` of their own, which the schema root finds by itself.
"""

from __future__ import annotations

from typing import TypeVar

import strawberry

from backend.api.context import Info
from backend.api.ids import decode_id, decode_ids
from backend.api.mutations import run_mutation
from backend.api.pagination import Connection, PageRequest, paginate
from backend.identity.policy import require_viewer
from learning.programmes import models as m
from learning.programmes import repository as repo
from learning.programmes import service
from learning.programmes import types as t
from learning.programmes.models import ProgrammeStatus
from learning.programmes.uploads import service as uploads
from learning.programmes.uploads import types as ut

TYPES: list[type] = t.TYPES


@strawberry.type
class Query:
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
            statement,
            [m.Programme.__table__.c.id],
            PageRequest(first=first, after=after, last=last, before=before),
            info.context.settings,
            lambda row: t.Programme.from_row(row[1]),
        )


def _content(input: t.CreateProgrammeInput | t.UpdateProgrammeInput) -> service.ProgrammeContent:
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


# What the programme mutations answer with: the programme and a version.
ProgrammePayload = TypeVar(
    "ProgrammePayload",
    t.CreateProgrammePayload,
    t.UpdateProgrammePayload,
    t.PublishProgrammePayload,
)


def _programme_payload(
    payload: type[ProgrammePayload], found: tuple[m.Programme, m.ProgrammeVersion]
) -> ProgrammePayload:
    """Every programme mutation answers with the programme and the version it touched."""
    programme, version = found
    return payload(
        programme=t.Programme.from_row(programme), version=t.ProgrammeVersion.from_row(version)
    )


@strawberry.type
class Mutation:
    @strawberry.mutation(description="HR: a new programme, saved as a draft.")
    async def create_programme(
        self, info: Info, input: t.CreateProgrammeInput
    ) -> t.CreateProgrammePayload:
        async def action() -> t.CreateProgrammePayload:
            c = info.context
            found = await service.create_programme(c.session, c.viewer, _content(input), c.settings)
            return _programme_payload(t.CreateProgrammePayload, found)

        return await run_mutation(info, input, t.CreateProgrammePayload, action)

    @strawberry.mutation(
        description="HR: rewrite the draft (a published programme gets a new one)."
    )
    async def update_programme(
        self, info: Info, input: t.UpdateProgrammeInput
    ) -> t.UpdateProgrammePayload:
        async def action() -> t.UpdateProgrammePayload:
            c = info.context
            pk = decode_id(input.programme_id, "Programme", "programmeId")
            found = await service.update_programme(
                c.session, c.viewer, pk, _content(input), c.settings
            )
            return _programme_payload(t.UpdateProgrammePayload, found)

        return await run_mutation(info, input, t.UpdateProgrammePayload, action)

    @strawberry.mutation(
        description="HR: publish the draft; earlier enrolments keep their version."
    )
    async def publish_programme(
        self, info: Info, input: t.ProgrammeIdInput
    ) -> t.PublishProgrammePayload:
        async def action() -> t.PublishProgrammePayload:
            c = info.context
            pk = decode_id(input.programme_id, "Programme", "programmeId")
            found = await service.publish_programme(c.session, c.viewer, pk)
            return _programme_payload(t.PublishProgrammePayload, found)

        return await run_mutation(info, input, t.PublishProgrammePayload, action)

    @strawberry.mutation(description="HR: no new cohorts or enrolments; enrolled leaders carry on.")
    async def archive_programme(
        self, info: Info, input: t.ProgrammeIdInput
    ) -> t.ArchiveProgrammePayload:
        async def action() -> t.ArchiveProgrammePayload:
            c = info.context
            pk = decode_id(input.programme_id, "Programme", "programmeId")
            programme = await service.archive_programme(c.session, c.viewer, pk)
            return t.ArchiveProgrammePayload(programme=t.Programme.from_row(programme))

        return await run_mutation(info, input, t.ArchiveProgrammePayload, action)

    @strawberry.mutation(description="HR: a presigned URL for a knowledge activity's media file.")
    async def request_activity_media_upload(
        self, info: Info, input: ut.RequestMediaUploadInput
    ) -> ut.RequestUploadPayload:
        async def action() -> ut.RequestUploadPayload:
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
            return ut.RequestUploadPayload(ticket=ut.upload_ticket(upload))

        return await run_mutation(info, input, ut.RequestUploadPayload, action)
