"""Learning effect: who may see which figures.

Policy: a leader of leaders (someone with a leader anywhere below them)
sees their area, everyone below them in the reporting line; HR (and
administrators) and the organisation's top leader (the one member without a
manager, a leader of leaders: a kommunaldirektør) see the whole organisation;
everyone else is refused. The figures themselves are made by
``calculation.calculator.Effect``; leaders' ratings are in ``ratings.service``,
exports in ``export.service``.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from backend.api.errors import DomainError, ErrorCode
from backend.auth.viewer import Viewer
from backend.db import utcnow
from backend.identity.policy import (
    forbid,
    is_hr,
    is_leader_of_leaders,
    is_top_leader,
    require_viewer,
)
from learning.effect import repository
from learning.effect.calculation import periods
from learning.effect.calculation.calculator import Effect
from learning.effect.calculation.population import EffectFilter, Scope
from learning.effect.models import EffectScope

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
    *,
    breakdowns: bool = True,
    competencies: bool = True,
    goals: bool = True,
) -> Effect:
    """``breakdowns``, ``competencies``, ``goals``: whether the figures by
    programme, module and activity kind, the change per competency and the
    attainment per organisational goal will be asked for: otherwise they are
    not read at all (``Effect``)."""
    scope = await scope_for(session, viewer, kind, wanted)
    return Effect(
        session, scope, locale, breakdowns=breakdowns, competencies=competencies, goals=goals
    )


async def _check_filter(session: AsyncSession, organisation_id: int, wanted: EffectFilter) -> None:
    """A programme, cohort or unit of another organisation is NOT_FOUND (one
    statement, and only when the filter names any)."""
    if wanted.start and wanted.end and wanted.end < wanted.start:
        raise DomainError(ErrorCode.INVALID, "effect.period", field=["filter", "end"])
    unknown = await repository.unknown_in_filter(
        session, organisation_id, wanted.programme_id, wanted.cohort_id, wanted.unit_id
    )
    if unknown:
        raise DomainError(
            ErrorCode.NOT_FOUND, "effect.filter_unknown", field=["filter", unknown[0]]
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
