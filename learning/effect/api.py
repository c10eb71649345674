"""Queries and mutations of learning effect: thin, they decode IDs and call
the services, which decide who sees what."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import strawberry
from strawberry.types.nodes import SelectedField, Selection

from backend.api.context import Info
from backend.api.ids import decode_id, decode_ids, decode_optional_id
from backend.api.mutations import run_mutation
from learning.effect import models, service
from learning.effect.calculation.population import EffectFilter
from learning.effect.export import service as exports
from learning.effect.export.loaders import OwnExportByIdLoader
from learning.effect.export.types import (
    EffectExport,
    ExportLearningEffectInput,
    ExportLearningEffectPayload,
)
from learning.effect.ratings import service as ratings
from learning.effect.ratings.loaders import OwnRatingByActivityLoader
from learning.effect.ratings.types import ActivityRating, RateActivityInput, RateActivityPayload
from learning.effect.summary import service as summaries
from learning.effect.types import LearningEffect, LearningEffectFilter, LearningEffectSummary

TYPES: list[type] = [ActivityRating, EffectExport]


def _filter(info: Info, wanted: LearningEffectFilter | None) -> EffectFilter:
    """``filter`` of a query, or of a mutation's input: the path is the same."""
    if wanted is None:
        return EffectFilter()
    period = wanted.period
    start, end = service.filter_bounds(
        (period.year, period.quarter) if period else None, wanted.starts_from, wanted.starts_until
    )
    return EffectFilter(
        programme_id=decode_optional_id(
            wanted.programme_id, "Programme", ["filter", "programmeId"]
        ),
        cohort_id=decode_optional_id(wanted.cohort_id, "Cohort", ["filter", "cohortId"]),
        unit_id=decode_optional_id(wanted.unit_id, "Unit", ["filter", "unitId"]),
        start=start,
        end=end,
    )


async def _effect(
    info: Info,
    scope: models.EffectScope,
    wanted: LearningEffectFilter | None,
    breakdowns: bool = False,
    competencies: bool = True,
    goals: bool = True,
) -> Any:
    c = info.context
    return await service.effect_for(
        c.session,
        c.viewer,
        scope,
        _filter(info, wanted),
        c.locale,
        breakdowns=breakdowns,
        competencies=competencies,
        goals=goals,
    )


def _asks_for_breakdowns(info: Info) -> bool:
    """Whether the query selects the breakdowns (or the series, which chart
    them) of the ``LearningEffect`` it asks for, through fragments too."""

    def selects(selections: list[Selection]) -> bool:
        return any(
            selection.name in ("breakdowns", "series")
            if isinstance(selection, SelectedField)
            else selects(selection.selections)
            for selection in selections
        )

    return any(selects(field.selections) for field in info.selected_fields)


@strawberry.type
class Query:
    @strawberry.field(
        description="Learning effect of everyone below the viewer in the reporting line "
        "(a leader of leaders)."
    )
    async def learning_effect(
        self, info: Info, filter: LearningEffectFilter | None = None
    ) -> LearningEffect:
        scope = models.EffectScope.AREA
        return LearningEffect(effect=await _effect(info, scope, filter, _asks_for_breakdowns(info)))

    @strawberry.field(
        description="Learning effect of the whole organisation (HR, and the organisation's "
        "top leader: the one member without a manager, with leaders below)."
    )
    async def organisation_learning_effect(
        self, info: Info, filter: LearningEffectFilter | None = None
    ) -> LearningEffect:
        scope = models.EffectScope.ORGANISATION
        return LearningEffect(effect=await _effect(info, scope, filter, _asks_for_breakdowns(info)))

    @strawberry.field(
        description="The views of learning effect the viewer may open: AREA (a leader of "
        "leaders), ORGANISATION (HR and the top leader); empty for everyone else."
    )
    async def learning_effect_scopes(self, info: Info) -> list[models.EffectScope]:
        c = info.context
        return await service.scopes_for(c.session, c.viewer)

    @strawberry.field(description="The phone's summary of learning effect; fixed cost.")
    async def learning_effect_summary(
        self,
        info: Info,
        scope: models.EffectScope = models.EffectScope.AREA,
        filter: LearningEffectFilter | None = None,
    ) -> LearningEffectSummary:
        c = info.context
        found = await summaries.summary_for(
            c.session,
            c.viewer,
            scope,
            _filter(info, filter),
            c.locale,
            timedelta(seconds=c.settings.effect_summary_max_age_seconds),
        )
        return LearningEffectSummary(summary=found)

    @strawberry.field(description="The viewer's own ratings of these activities.")
    async def my_activity_ratings(
        self, info: Info, activity_ids: list[strawberry.ID]
    ) -> list[ActivityRating]:
        keys = decode_ids(activity_ids[:200], "Activity", "activityIds")
        found = await info.context.loaders.get(OwnRatingByActivityLoader).load_many(keys)
        return [ActivityRating.from_row(row) for row in found if row is not None]

    @strawberry.field(description="One of the viewer's exports of learning effect.")
    async def learning_effect_export(self, info: Info, id: strawberry.ID) -> EffectExport | None:
        row = await info.context.loaders.get(OwnExportByIdLoader).load(
            decode_id(id, "EffectExport", "id")
        )
        return EffectExport.from_row(row) if row is not None else None


@strawberry.type
class Mutation:
    @strawberry.mutation(description="Rate an activity of a programme you take part in (1-5).")
    async def rate_activity(self, info: Info, input: RateActivityInput) -> RateActivityPayload:
        async def action() -> RateActivityPayload:
            c = info.context
            row = await ratings.rate_activity(
                c.session,
                c.viewer,
                decode_id(input.activity_id, "Activity", "activityId"),
                input.rating,
                input.comment,
            )
            return RateActivityPayload(rating=ActivityRating.from_row(row))

        return await run_mutation(info, input, RateActivityPayload, action)

    @strawberry.mutation(
        description="Export learning effect as CSV or PDF; download it when READY."
    )
    async def export_learning_effect(
        self, info: Info, input: ExportLearningEffectInput
    ) -> ExportLearningEffectPayload:
        async def action() -> ExportLearningEffectPayload:
            c = info.context
            row = await exports.request_export(
                c.session,
                c.viewer,
                models.EffectScope(input.scope),
                _filter(info, input.filter),
                models.ExportFormat(input.format),
                c.locale,
            )
            return ExportLearningEffectPayload(export=EffectExport.from_row(row))

        return await run_mutation(info, input, ExportLearningEffectPayload, action)
