"""Mutation fields of the structure import. Thin: each resolver decodes its
input and calls the service, which decides."""

from __future__ import annotations

import strawberry

from backend.api.context import Info
from backend.api.ids import decode_id
from backend.api.mutations import run_mutation
from backend.identity.structure_import import service
from backend.identity.structure_import.types import (
    CreateStructureImportInput,
    StartStructureImportInput,
    StructureImport,
    StructureImportPayload,
)


@strawberry.type
class Mutation:
    @strawberry.mutation(
        description="A structure import waiting for its CSV file; upload it to `upload`."
    )
    async def create_structure_import(
        self, info: Info, input: CreateStructureImportInput
    ) -> StructureImportPayload:
        c = info.context

        async def action() -> StructureImportPayload:
            record = await service.create_import(
                c.session, c.viewer, c.settings, input.filename, input.content_type, input.size
            )
            return StructureImportPayload(structure_import=StructureImport.from_row(record))

        return await run_mutation(info, input, StructureImportPayload, action)

    @strawberry.mutation(description="Start an import whose file is uploaded; the worker runs it.")
    async def start_structure_import(
        self, info: Info, input: StartStructureImportInput
    ) -> StructureImportPayload:
        c = info.context

        async def action() -> StructureImportPayload:
            import_id = decode_id(input.id, "StructureImport", "id")
            record = await service.start_import(c.session, c.viewer, c.settings, import_id)
            return StructureImportPayload(structure_import=StructureImport.from_row(record))

        return await run_mutation(info, input, StructureImportPayload, action)
