"""GraphQL types of the privacy duties."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import strawberry

from backend.api.context import Info
from backend.api.relay import Node, to_global_id
from backend.privacy import models, service

# strawberry.enum registers the model's enum itself (and returns it), so fields
# are annotated with the model's enum.
strawberry.enum(models.ExportStatus, name="PersonalDataExportStatus")
strawberry.enum(models.AuditAction, name="PrivacyAuditAction")


@strawberry.type(
    description="Everything held about a person, as a JSON file made in the background."
)
class PersonalDataExport(Node):
    pk: strawberry.Private[int]
    row: strawberry.Private[models.PersonalDataExport]
    status: models.ExportStatus
    created_at: datetime
    finished_at: datetime | None

    @classmethod
    def from_row(cls, row: models.PersonalDataExport) -> PersonalDataExport:
        return cls(
            pk=row.id,
            row=row,
            status=models.ExportStatus(row.status),
            created_at=row.created_at,
            finished_at=row.finished_at,
        )

    @strawberry.field(description="The person the data is about.")
    def person_membership_id(self) -> strawberry.ID:
        return to_global_id("Membership", self.row.membership_id)

    @strawberry.field(
        description="A presigned URL of the JSON file, once READY; only for the person the "
        "data is about (someone who asked on their behalf sees the status only)."
    )
    def download_url(self, info: Info) -> str | None:
        return service.download_url(info.context.settings, self.row, info.context.viewer)

    @classmethod
    async def fetch_visible(cls, info: Info, pks: list[int]) -> list[Any]:
        return await _fetch_exports(info, pks)


@strawberry.type(description="Who read or exported whose data, and when.")
class PrivacyAuditEntry:
    action: models.AuditAction
    at: datetime
    actor_membership_id: strawberry.ID | None = strawberry.field(
        description="Who did it; null when the platform did it itself."
    )
    subject_membership_id: strawberry.ID = strawberry.field(description="Whose data it was.")
    object_kind: str = strawberry.field(description="What was read or made, e.g. Evaluation.")
    object_id: strawberry.ID | None = strawberry.field(description="Its global ID.")

    @classmethod
    def from_row(cls, row: Any) -> PrivacyAuditEntry:
        """From an entry or a row of its columns."""
        return cls(
            action=models.AuditAction(row.action),
            at=row.at,
            actor_membership_id=to_global_id("Membership", row.actor_id)
            if row.actor_id is not None
            else None,
            subject_membership_id=to_global_id("Membership", row.subject_id),
            object_kind=row.object_kind,
            object_id=to_global_id(row.object_kind, row.object_id)
            if row.object_kind and row.object_id is not None
            else None,
        )


async def _fetch_exports(info: Info, ids: list[int]) -> list[Any]:
    rows = await service.exports_visible(info.context.session, info.context.viewer, ids)
    return [PersonalDataExport.from_row(r) for r in rows]


TYPES: list[type] = [PersonalDataExport, PrivacyAuditEntry]
