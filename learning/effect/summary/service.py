"""The phone's summary of learning effect, served from a read model.

Computing the summary reads the whole area (some 300 ms for 5,000 leaders
below, bench/NOTES.md); a leader of leaders opens it again and again. So
what a viewer's summary showed is kept (``models.EffectSummarySnapshot``)
and served again to that viewer alone, until the first of:

* ``max_age`` has passed (the settings' ``effect_summary_max_age_seconds``):
  progress, checkpoints, goals and ratings show that much later;
* a cycle of the organisation closes (the 360 figures change at once;
  counted too, as a close's moment is taken before it commits);
* the day changes (overdue is counted against the day);
* anyone of the organisation is erased (counted, so that a summary read
  before an erasure and stored after it is not served either).

The rules hold on every read: who may see the scope is checked each time
(``learning.effect.service.scope_for``), and a kept summary holds only figures
the release rule let out when it was computed, whose sets the release
ledger recorded before the summary was kept. Serving the same figures again
to the same viewer releases nothing new.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from backend.auth.viewer import Viewer
from backend.db import utcnow
from backend.identity.policy import require_viewer
from learning.effect import service as effects
from learning.effect.calculation.calculator import Effect
from learning.effect.calculation.figures import (
    ChangeFigure,
    Participation,
    RatingFigure,
    SpanOfControl,
)
from learning.effect.calculation.population import EffectFilter, Scope
from learning.effect.models import EffectScope
from learning.effect.summary import repository
from learning.effect.summary.codec import dumped, loaded

# How many notes the phone shows.
NOTES = 2


@dataclass(frozen=True)
class EffectSummary:
    """The summary's figures, released, as one viewer saw them."""

    scope: EffectScope
    as_of: date
    computed_at: datetime
    participation: Participation
    goal_attainment: RatingFigure
    behaviour_change: ChangeFigure
    reaction: RatingFigure
    span_of_control: SpanOfControl
    notes: list[str]


async def summary_for(
    session: AsyncSession,
    viewer: Viewer | None,
    kind: EffectScope,
    wanted: EffectFilter,
    locale: str,
    max_age: timedelta,
) -> EffectSummary:
    scope = await effects.scope_for(session, viewer, kind, wanted)
    viewer_id = require_viewer(viewer).membership_id
    view = view_key(scope, locale)
    now = utcnow()
    kept = await repository.fresh(
        session, scope.organisation_id, viewer_id, view, scope.today, now - max_age
    )
    if kept.figures is not None:
        return loaded(EffectSummary, kept.figures)
    summary = await _computed(session, scope, locale, now)
    await repository.store(
        session,
        {
            "organisation_id": scope.organisation_id,
            "viewer_id": viewer_id,
            "view": view,
            "as_of": scope.today,
            "computed_at": now,
            "figures": dumped(summary),
            # As seen before the figures were read: an erasure or a close since makes them stale.
            **kept.seen.columns(),
        },
    )
    return summary


def view_key(scope: Scope, locale: str) -> str:
    """What makes two summaries of one viewer differ: scope, filter, language."""
    wanted = json.dumps(scope.filter.as_json(), sort_keys=True, separators=(",", ":"))
    return f"{scope.kind.value}:{scope.below_membership_id or ''}:{locale}:{wanted}"


async def _computed(
    session: AsyncSession, scope: Scope, locale: str, now: datetime
) -> EffectSummary:
    """Every figure of the summary, through the release rule. No figure per
    competency or organisational goal is read or released."""
    released = Effect(session, scope, locale, breakdowns=False, competencies=False, goals=False)
    return EffectSummary(
        scope=scope.kind,
        as_of=scope.today,
        computed_at=now,
        participation=await released.participation(),
        goal_attainment=(await released.goal_attainment()).overall,
        behaviour_change=(await released.behaviour_change()).overall,
        reaction=await released.reaction(),
        span_of_control=await released.span_of_control(),
        notes=released.notes()[:NOTES],
    )
