"""GraphQL types of the exports of learning effect."""

from __future__ import annotations

from typing import Any

import strawberry

from backend.api.context import Info
from backend.api.mutations import Payload
from backend.api.relay import Node
from learning.effect import models
from learning.effect.calculation import types as _figures  # noqa: F401  (EffectScope enum)
from learning.effect.export import service
from learning.effect.types import LearningEffectFilter

EffectExportFormat = strawberry.enum(models.ExportFormat, name="EffectExportFormat")
EffectExportStatus = strawberry.enum(models.ExportStatus, name="EffectExportStatus")


@strawberry.type(description="A CSV or PDF of learning effect, for the person who asked.")
class EffectExport(Node):
    pk: strawberry.Private[int]
    row: strawberry.Private[models.EffectExport]
    format: models.ExportFormat
    status: models.ExportStatus
    scope: models.EffectScope

    @classmethod
    def from_row(cls, row: models.EffectExport) -> EffectExport:
        return cls(
            pk=row.id,
            row=row,
            format=models.ExportFormat(row.format),
            status=models.ExportStatus(row.status),
            scope=models.EffectScope(row.scope),
        )

    @strawberry.field(description="A presigned URL, once READY.")
    def download_url(self, info: Info) -> str | None:
        return service.download_url(info.context.settings, self.row)

    @classmethod
    async def fetch_visible(cls, info: Info, pks: list[int]) -> list[Any]:
        return await _fetch_exports(info, pks)


@strawberry.input(description="A CSV or a PDF with charts, rendered in the background.")
class ExportLearningEffectInput:
    format: models.ExportFormat
    scope: models.EffectScope = models.EffectScope.AREA
    filter: LearningEffectFilter | None = None
    client_mutation_id: str | None = None


@strawberry.type
class ExportLearningEffectPayload(Payload):
    export: EffectExport | None = strawberry.field(
        default=None, description="PENDING until the task has rendered it; then downloadUrl."
    )


async def _fetch_exports(info: Info, ids: list[int]) -> list[Any]:
    rows = await service.exports_visible(info.context.session, info.context.viewer, ids)
    return [EffectExport.from_row(r) for r in rows]
