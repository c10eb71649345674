"""GraphQL types of the structure import, with the inputs and payloads of its
mutations."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import strawberry

from backend.api.context import Info
from backend.api.mutations import Payload
from backend.api.relay import Node
from backend.i18n import translate
from backend.identity import models
from backend.identity.structure_import import service
from backend.identity.types import fetcher
from backend.storage import PresignedUpload

StructureImportStatus = models.ImportStatus
strawberry.enum(
    StructureImportStatus,
    name="StructureImportStatus",
    description="Where a structure import stands.",
)


@strawberry.type(description="A header or form field to send with an upload.")
class HttpField:
    name: str
    value: str


@strawberry.type(
    description="Where to send a file: `method` to `url` with `headers` (and `fields`)."
)
class UploadTarget:
    url: str
    method: str
    headers: list[HttpField]
    fields: list[HttpField]
    expires_at: datetime

    @classmethod
    def of(cls, upload: PresignedUpload) -> UploadTarget:
        return cls(
            url=upload.url,
            method=upload.method,
            headers=[HttpField(name=k, value=v) for k, v in upload.headers.items()],
            fields=[HttpField(name=k, value=v) for k, v in upload.fields.items()],
            expires_at=upload.expires_at,
        )


@strawberry.type(description="A row of an import that was not imported, and why.")
class ImportRejection:
    line: int
    email: str | None
    message: str


@strawberry.type(description="An import of the organisation's structure from a CSV file.")
class StructureImport(Node):
    pk: strawberry.Private[int]
    status: StructureImportStatus
    created_at: datetime
    result: strawberry.Private[dict[str, Any]]

    @classmethod
    def from_row(cls, row: models.StructureImport) -> StructureImport:
        return cls(
            pk=row.id,
            status=models.ImportStatus(row.status),
            created_at=row.created_at,
            result=dict(row.result or {}),
        )

    @strawberry.field(description="Where to upload the CSV file, while the import waits for it.")
    async def upload(self, info: Info) -> UploadTarget | None:
        context = info.context
        upload = await service.upload_target(
            context.session, context.viewer, context.settings, self.pk
        )
        return UploadTarget.of(upload) if upload else None

    @strawberry.field(description="Line numbers of the rows that created a person.")
    def created_lines(self) -> list[int]:
        return list(self.result.get("created", []))

    @strawberry.field(description="Line numbers of the rows that changed a person.")
    def updated_lines(self) -> list[int]:
        return list(self.result.get("updated", []))

    @strawberry.field(description="Rows that matched what is there already.")
    def unchanged_count(self) -> int:
        return int(self.result.get("unchanged", 0))

    @strawberry.field(description="Units created for unit paths not seen before.")
    def units_created(self) -> int:
        return int(self.result.get("units_created", 0))

    @strawberry.field(description="Rows not imported, each with its line number and reason.")
    def rejected(self, info: Info) -> list[ImportRejection]:
        locale = info.context.locale
        return [
            ImportRejection(
                line=item["line"],
                email=item.get("email"),
                message=translate(item["key"], locale, **item.get("params", {})),
            )
            for item in self.result.get("rejected", [])
        ]

    @strawberry.field(description="Why the whole file was refused, when it was.")
    def error(self, info: Info) -> str | None:
        error = self.result.get("error")
        if not error:
            return None
        return translate(error["key"], info.context.locale, **error.get("params", {}))

    @classmethod
    async def fetch_visible(cls, info: Info, pks: list[int]) -> list[Any]:
        return await fetcher(service.visible_imports, cls.from_row)(info, pks)


@strawberry.input
class CreateStructureImportInput:
    filename: str
    content_type: str = strawberry.field(description="As the browser reports the file's type.")
    size: int = strawberry.field(description="In bytes.")
    client_mutation_id: str | None = None


@strawberry.input
class StartStructureImportInput:
    id: strawberry.ID = strawberry.field(description="The StructureImport whose file is uploaded.")
    client_mutation_id: str | None = None


@strawberry.type
class StructureImportPayload(Payload):
    structure_import: StructureImport | None = None
