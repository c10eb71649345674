"""Learning effect: who may see which figures, leaders' ratings of
activities, and exports.

Policy: a leader of leaders (someone with a leader anywhere below them)
sees their area, everyone below them in the reporting line; HR (and
administrators) and the organisation's top leader (the one member without a
manager, a leader of leaders: a kommunaldirektør) see the whole organisation;
everyone else is refused. The
figures themselves are made by ``calculator.Effect``; the rendering of an
export by ``export.py`` in the ``effect.render_export`` task.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import date

from sqlalchemy import exists, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from backend.api.errors import DomainError, ErrorCode
from backend.auth.viewer import Viewer
from backend.db import utcnow
from backend.i18n import Locale
from backend.identity.models import Unit
from backend.identity.policy import (
    forbid,
    is_hr,
    is_leader_of_leaders,
    is_top_leader,
    require_viewer,
)
from backend.jobs.outbox import enqueue
from backend.settings import Settings
from backend.storage import get_storage, new_object_key
from learning.effect import messages as _messages  # noqa: F401  (registers the texts)
from learning.effect import periods
from learning.effect import records_repository as records
from learning.effect.calculator import Effect
from learning.effect.models import (
    ActivityRating,
    EffectExport,
    EffectScope,
    ExportFormat,
    ExportStatus,
)
from learning.effect.population import EffectFilter, Scope
from learning.programmes.models import Cohort, Programme

EXPORT_TASK = "effect.render_export"
MAX_COMMENT = 2000
CONTENT_TYPES = {ExportFormat.CSV: "text/csv; charset=utf-8", ExportFormat.PDF: "application/pdf"}


# --- who sees what ------------------------------------------------------------------------


async def scope_for(
    session: AsyncSession,
    viewer: Viewer | None,
    kind: EffectScope,
    wanted: EffectFilter,
    today: date | None = None,
) -> Scope:
    """The population the viewer may see, or FORBIDDEN."""
    signed_in = require_viewer(viewer)
    if kind == EffectScope.ORGANISATION:
        if not await may_see_organisation(session, signed_in):
            raise forbid()
        below = None
    else:
        if not await is_leader_of_leaders(session, signed_in):
            raise forbid()
        below = signed_in.membership_id
    await _check_filter(session, signed_in.organisation_id, wanted)
    return Scope(
        organisation_id=signed_in.organisation_id,
        kind=kind,
        below_membership_id=below,
        filter=wanted,
        today=today or utcnow().date(),
    )


async def may_see_organisation(session: AsyncSession, viewer: Viewer) -> bool:
    """HR and administrators by role; the top leader by position, because
    everyone in the organisation is below them anyway."""
    return is_hr(viewer) or await is_top_leader(session, viewer)


async def scopes_for(session: AsyncSession, viewer: Viewer | None) -> list[EffectScope]:
    """The views of learning effect the viewer may open, so an app offers
    only those: AREA for a leader of leaders, ORGANISATION per
    ``may_see_organisation``; empty for everyone else."""
    signed_in = require_viewer(viewer)
    scopes = []
    if await is_leader_of_leaders(session, signed_in):
        scopes.append(EffectScope.AREA)
    if await may_see_organisation(session, signed_in):
        scopes.append(EffectScope.ORGANISATION)
    return scopes


async def effect_for(
    session: AsyncSession,
    viewer: Viewer | None,
    kind: EffectScope,
    wanted: EffectFilter,
    locale: str,
) -> Effect:
    return Effect(session, await scope_for(session, viewer, kind, wanted), locale)


async def _check_filter(session: AsyncSession, organisation_id: int, wanted: EffectFilter) -> None:
    """A programme, cohort or unit of another organisation is NOT_FOUND (one
    statement, and only when the filter names any)."""
    if wanted.start and wanted.end and wanted.end < wanted.start:
        raise DomainError(ErrorCode.INVALID, "effect.period", field=["filter", "end"])
    checks = [
        (name, exists().where(model.id == pk, model.organisation_id == organisation_id))
        for name, model, pk in (
            ("programmeId", Programme, wanted.programme_id),
            ("cohortId", Cohort, wanted.cohort_id),
            ("unitId", Unit, wanted.unit_id),
        )
        if pk is not None
    ]
    if not checks:
        return
    found = (await session.execute(select(*(check for _, check in checks)))).one()
    for (name, _), known in zip(checks, found, strict=True):
        if not known:
            raise DomainError(ErrorCode.NOT_FOUND, "effect.filter_unknown", field=["filter", name])


# --- reaction: leaders rate activities ----------------------------------------------------


async def rate_activity(
    session: AsyncSession, viewer: Viewer | None, activity_id: int, rating: int, comment: str = ""
) -> ActivityRating:
    """The leader's 1-5 rating of an activity of a programme they take part
    in; rating again replaces the earlier one."""
    leader = require_viewer(viewer)
    if not 1 <= rating <= 5:
        raise DomainError(ErrorCode.INVALID, "effect.rating_range", field=["rating"])
    if len(comment) > MAX_COMMENT:
        raise DomainError(
            ErrorCode.TOO_LONG, "error.too_long", field=["comment"], maximum=MAX_COMMENT
        )
    found = await records.rateable_activity(
        session, leader.organisation_id, leader.membership_id, activity_id
    )
    if found is None:
        raise DomainError(ErrorCode.NOT_FOUND, "effect.activity_not_yours", field=["activityId"])
    row = await records.own_rating(session, leader.membership_id, activity_id)
    if row is None:
        row = ActivityRating(
            organisation_id=leader.organisation_id,
            membership_id=leader.membership_id,
            activity_id=activity_id,
            rating=rating,
            comment=comment.strip(),
        )
        try:
            async with session.begin_nested():
                session.add(row)
                await session.flush()
            return row
        except IntegrityError:  # the same leader rated it at the same moment
            row = await records.own_rating(session, leader.membership_id, activity_id)
            assert row is not None
    row.rating = rating
    row.comment = comment.strip()
    row.updated_at = utcnow()
    await session.flush()
    return row


async def own_ratings(
    session: AsyncSession, viewer: Viewer | None, ids: list[int]
) -> list[ActivityRating]:
    """A leader's ratings are theirs: nobody else reads one by itself."""
    if viewer is None:
        return []
    return await records.own_ratings(session, viewer.membership_id, ids)


# --- exports ----------------------------------------------------------------------------


async def request_export(
    session: AsyncSession,
    viewer: Viewer | None,
    kind: EffectScope,
    wanted: EffectFilter,
    export_format: ExportFormat,
    locale: str,
) -> EffectExport:
    """Checks the policy now; the task renders it after the commit and checks again."""
    scope = await scope_for(session, viewer, kind, wanted)
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
    return await records.exports_of(session, viewer.membership_id, ids)


def download_url(settings: Settings, export: EffectExport) -> str | None:
    """A presigned URL of a ready export (for its requester, who alone sees it)."""
    if export.status != ExportStatus.READY.value or not export.object_key:
        return None
    extension = "csv" if export.format == ExportFormat.CSV.value else "pdf"
    return get_storage(settings).presigned_download(
        export.object_key, filename=f"laeringseffekt-{export.id}.{extension}"
    )


def filter_bounds(
    period: tuple[int, int | None] | None, starts_from: date | None, starts_until: date | None
) -> tuple[date | None, date | None]:
    """The enrolment-start bounds a filter may name: a whole year or quarter,
    or (deprecated) dates widened to the whole quarters they fall in, so two
    filters never differ by a few days' worth of leaders."""
    if period is None:
        return periods.widened(starts_from, starts_until)
    if starts_from is not None or starts_until is not None:
        raise DomainError(ErrorCode.INVALID, "effect.period_and_dates", field=["filter"])
    return periods.period(*period)


@dataclass(frozen=True)
class Rendered:
    status: ExportStatus
    object_key: str | None


async def render_export(session: AsyncSession, settings: Settings, export_id: int) -> Rendered:
    """The ``effect.render_export`` task: the figures as the requester may see
    them now, as CSV or PDF, into storage. A requester who may no longer see
    them gets a FAILED export, not the figures."""
    from learning.effect.export import render_csv, render_pdf

    export = await records.export_for_update(session, export_id)
    if export is None:
        return Rendered(ExportStatus.FAILED, None)
    if export.status != ExportStatus.PENDING.value:
        return Rendered(ExportStatus(export.status), export.object_key)
    member = await records.requester(session, export.requested_by_id)
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
        scope = await scope_for(
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
        data = render_csv(report)
    else:
        data = await asyncio.to_thread(render_pdf, report)
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
