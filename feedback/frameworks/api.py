"""GraphQL fields of competency frameworks: thin, they call ``service``."""

from __future__ import annotations

import strawberry

from backend.api.context import Info
from backend.api.ids import decode_id
from backend.api.mutations import Payload, run_mutation
from backend.api.pagination import Connection, PageRequest, paginate
from backend.identity import policy
from feedback.frameworks import repository, service
from feedback.frameworks.models import CompetencyFramework as FrameworkModel
from feedback.frameworks.types import (
    CompetencyFramework,
    CompetencyFrameworkIdInput,
    CreateCompetencyFrameworkInput,
)


@strawberry.type
class CompetencyFrameworkPayload(Payload):
    framework: CompetencyFramework | None = None


@strawberry.type
class Query:
    @strawberry.field(description="The organisation's competency frameworks, every version.")
    async def competency_frameworks(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> Connection[CompetencyFramework]:
        viewer = policy.require_viewer(info.context.viewer)
        return await paginate(
            info.context.session,
            repository.frameworks_statement(viewer.organisation_id),
            [
                FrameworkModel.__table__.c.family,
                FrameworkModel.__table__.c.version,
                FrameworkModel.__table__.c.id,
            ],
            PageRequest(first=first, after=after, last=last, before=before),
            info.context.settings,
            lambda row: CompetencyFramework.from_model(row[3], info.context.locale),
        )


def _command(input: CreateCompetencyFrameworkInput) -> service.FrameworkCommand:
    return service.FrameworkCommand(
        family=input.family,
        name_da=input.name_da,
        name_en=input.name_en,
        description_da=input.description_da,
        description_en=input.description_en,
        scale_labels_da=input.scale_labels_da,
        scale_labels_en=input.scale_labels_en,
        competencies=[
            service.CompetencyCommand(
                title_da=c.title_da,
                title_en=c.title_en,
                description_da=c.description_da,
                description_en=c.description_en,
                items=[service.ItemCommand(i.text_da, i.text_en, i.required) for i in c.items],
                continues=(
                    None
                    if c.continues is None
                    else decode_id(c.continues, "Competency", ["competencies", index, "continues"])
                ),
            )
            for index, c in enumerate(input.competencies)
        ],
        questions=[(q.text_da, q.text_en) for q in input.open_questions],
    )


@strawberry.type
class Mutation:
    @strawberry.mutation(description="A new draft version of a framework (HR).")
    async def create_competency_framework(
        self, info: Info, input: CreateCompetencyFrameworkInput
    ) -> CompetencyFrameworkPayload:
        async def action() -> CompetencyFrameworkPayload:
            row = await service.create_framework(
                info.context.session, info.context.viewer, _command(input), publish=input.publish
            )
            return CompetencyFrameworkPayload(
                framework=CompetencyFramework.from_model(row, info.context.locale)
            )

        return await run_mutation(info, input, CompetencyFrameworkPayload, action)

    @strawberry.mutation(description="Publish (and so freeze) a draft version (HR).")
    async def publish_competency_framework(
        self, info: Info, input: CompetencyFrameworkIdInput
    ) -> CompetencyFrameworkPayload:
        async def action() -> CompetencyFrameworkPayload:
            pk = decode_id(input.id, "CompetencyFramework", "id")
            row = await service.publish_framework(info.context.session, info.context.viewer, pk)
            return CompetencyFrameworkPayload(
                framework=CompetencyFramework.from_model(row, info.context.locale)
            )

        return await run_mutation(info, input, CompetencyFrameworkPayload, action)

    @strawberry.mutation(description="A draft copy of a version, to change (HR).")
    async def create_competency_framework_version(
        self, info: Info, input: CompetencyFrameworkIdInput
    ) -> CompetencyFrameworkPayload:
        async def action() -> CompetencyFrameworkPayload:
            pk = decode_id(input.id, "CompetencyFramework", "id")
            row = await service.new_version(info.context.session, info.context.viewer, pk)
            return CompetencyFrameworkPayload(
                framework=CompetencyFramework.from_model(row, info.context.locale)
            )

        return await run_mutation(info, input, CompetencyFrameworkPayload, action)
