"""Exports of learning effect: the policy is checked when one is asked for,
and again when the ``effect.render_export`` task renders it after the
commit; the requester alone sees it, and downloads it by a presigned URL."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from backend.api.errors import DomainError
from backend.auth.viewer import Viewer
from backend.db import utcnow
from backend.i18n import Locale
from backend.jobs.outbox import enqueue
from backend.settings import Settings
from backend.storage import get_storage, new_object_key
from learning.effect import service as effect
from learning.effect.calculation.calculator import Effect
from learning.effect.calculation.population import EffectFilter
from learning.effect.export import csv, repository
from learning.effect.models import EffectExport, EffectScope, ExportFormat, ExportStatus

EXPORT_TASK = "effect.render_export"
CONTENT_TYPES = {ExportFormat.CSV: "text/csv; charset=utf-8", ExportFormat.PDF: "application/pdf"}


async def request_export(
    session: AsyncSession,
    viewer: Viewer | None,
    kind: EffectScope,
    wanted: EffectFilter,
    export_format: ExportFormat,
    locale: str,
) -> EffectExport:
    """Checks the policy now; the task renders it after the commit and checks again."""
    scope = await effect.scope_for(session, viewer, kind, wanted)
    assert viewer is not None
    export = EffectExport(
        organisation_id=scope.organisation_id,
        requested_by_id=viewer.membership_id,
        scope=kind.value,
        format=export_format.value,
        locale=locale if locale in Locale._value2member_map_ else Locale.DA.value,
        filter=wanted.as_json(),
        status=ExportStatus.PENDING.value,
    )
    session.add(export)
    await session.flush()
    enqueue(session, EXPORT_TASK, {"export_id": export.id})
    return export


async def exports_visible(
    session: AsyncSession, viewer: Viewer | None, ids: list[int]
) -> list[EffectExport]:
    if viewer is None:
        return []
    return await repository.exports_of(session, viewer.membership_id, ids)


def download_url(settings: Settings, export: EffectExport) -> str | None:
    """A presigned URL of a ready export (for its requester, who alone sees it)."""
    if export.status != ExportStatus.READY.value or not export.object_key:
        return None
    extension = "csv" if export.format == ExportFormat.CSV.value else "pdf"
    return get_storage(settings).presigned_download(
        export.object_key, filename=f"laeringseffekt-{export.id}.{extension}"
    )


@dataclass(frozen=True)
class Rendered:
    status: ExportStatus
    object_key: str | None


async def render_export(session: AsyncSession, settings: Settings, export_id: int) -> Rendered:
    """The ``effect.render_export`` task: the figures as the requester may see
    them now, as CSV or PDF, into storage. A requester who may no longer see
    them gets a FAILED export, not the figures."""
    export = await repository.export_for_update(session, export_id)
    if export is None:
        return Rendered(ExportStatus.FAILED, None)
    if export.status != ExportStatus.PENDING.value:
        return Rendered(ExportStatus(export.status), export.object_key)
    member = await repository.requester(session, export.requested_by_id)
    viewer = (
        Viewer(
            person_id=member.person_id,
            organisation_id=member.organisation_id,
            membership_id=member.id,
            locale=Locale(export.locale),
            roles=frozenset(member.roles or []),
        )
        if member is not None and member.is_active
        else None
    )
    try:
        scope = await effect.scope_for(
            session, viewer, EffectScope(export.scope), EffectFilter.from_json(export.filter)
        )
    except DomainError:
        export.status = ExportStatus.FAILED.value
        export.finished_at = utcnow()
        await session.flush()
        return Rendered(ExportStatus.FAILED, None)
    report = await Effect(session, scope, export.locale).report()
    export_format = ExportFormat(export.format)
    if export_format == ExportFormat.CSV:
        data = csv.render(report)
    else:
        from learning.effect.export import pdf  # WeasyPrint: only when a PDF is asked for

        data = await asyncio.to_thread(pdf.render, report)
    extension = "csv" if export_format == ExportFormat.CSV else "pdf"
    key = new_object_key(
        f"learning/effect/{export.id}",
        f"learning-effect.{extension}",
        organisation_id=export.organisation_id,
    )
    await get_storage(settings).put(key, data, CONTENT_TYPES[export_format])
    export.object_key = key
    export.status = ExportStatus.READY.value
    export.as_of = scope.today
    export.finished_at = utcnow()
    await session.flush()
    return Rendered(ExportStatus.READY, key)
