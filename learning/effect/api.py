"""Queries and mutations of learning effect: thin, they decode IDs and call
the service, which decides who sees what."""

from __future__ import annotations

from datetime import date
from typing import Any

import strawberry

from backend.api.context import Info
from backend.api.ids import decode_id, decode_ids, decode_optional_id
from backend.api.mutations import Payload, run_mutation
from learning.effect import loaders, models, service
from learning.effect import types as t
from learning.effect.population import EffectFilter

TYPES: list[type] = list(t.TYPES)


@strawberry.input(description="A whole year, or one quarter of it: periods are fixed.")
class LearningEffectPeriod:
    year: int
    quarter: int | None = strawberry.field(
        default=None, description="1-4; none for the whole year."
    )


@strawberry.input(description="Narrow the figures; every part is optional.")
class LearningEffectFilter:
    programme_id: strawberry.ID | None = None
    cohort_id: strawberry.ID | None = None
    unit_id: strawberry.ID | None = strawberry.field(
        default=None, description="The unit and every unit below it."
    )
    period: LearningEffectPeriod | None = strawberry.field(
        default=None, description="Enrolments starting within this year or quarter."
    )
    starts_from: date | None = strawberry.field(
        default=None,
        description="Enrolments starting from the first day of this day's quarter.",
        deprecation_reason="Use period: periods are whole quarters or years.",
    )
    starts_until: date | None = strawberry.field(
        default=None,
        description="Enrolments starting until the last day of this day's quarter.",
        deprecation_reason="Use period: periods are whole quarters or years.",
    )


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
    info: Info, scope: models.EffectScope, wanted: LearningEffectFilter | None
) -> Any:
    c = info.context
    return await service.effect_for(c.session, c.viewer, scope, _filter(info, wanted), c.locale)


@strawberry.input(description="The viewer's 1-5 rating of an activity; again replaces it.")
class RateActivityInput:
    activity_id: strawberry.ID
    rating: int
    comment: str = ""
    client_mutation_id: str | None = None


@strawberry.type
class RateActivityPayload(Payload):
    rating: t.ActivityRating | None = None


@strawberry.input(description="A CSV or a PDF with charts, rendered in the background.")
class ExportLearningEffectInput:
    format: t.EffectExportFormat  # type: ignore[valid-type]
    scope: t.EffectScope = models.EffectScope.AREA  # type: ignore[valid-type]
    filter: LearningEffectFilter | None = None
    client_mutation_id: str | None = None


@strawberry.type
class ExportLearningEffectPayload(Payload):
    export: t.EffectExport | None = strawberry.field(
        default=None, description="PENDING until the task has rendered it; then downloadUrl."
    )


@strawberry.type
class Query:
    @strawberry.field(
        description="Learning effect of everyone below the viewer in the reporting line "
        "(a leader of leaders)."
    )
    async def learning_effect(
        self, info: Info, filter: LearningEffectFilter | None = None
    ) -> t.LearningEffect:
        return t.LearningEffect(effect=await _effect(info, models.EffectScope.AREA, filter))

    @strawberry.field(
        description="Learning effect of the whole organisation (HR, and the organisation's "
        "top leader: the one member without a manager, with leaders below)."
    )
    async def organisation_learning_effect(
        self, info: Info, filter: LearningEffectFilter | None = None
    ) -> t.LearningEffect:
        return t.LearningEffect(effect=await _effect(info, models.EffectScope.ORGANISATION, filter))

    @strawberry.field(
        description="The views of learning effect the viewer may open: AREA (a leader of "
        "leaders), ORGANISATION (HR and the top leader); empty for everyone else."
    )
    async def learning_effect_scopes(self, info: Info) -> list[t.EffectScope]:  # type: ignore[valid-type]
        c = info.context
        return await service.scopes_for(c.session, c.viewer)

    @strawberry.field(description="The phone's summary of learning effect; fixed cost.")
    async def learning_effect_summary(
        self,
        info: Info,
        scope: t.EffectScope = models.EffectScope.AREA,  # type: ignore[valid-type]
        filter: LearningEffectFilter | None = None,
    ) -> t.LearningEffectSummary:
        return t.LearningEffectSummary(effect=await _effect(info, scope, filter))

    @strawberry.field(description="The viewer's own ratings of these activities.")
    async def my_activity_ratings(
        self, info: Info, activity_ids: list[strawberry.ID]
    ) -> list[t.ActivityRating]:
        keys = decode_ids(activity_ids[:200], "Activity", "activityIds")
        found = await info.context.loaders.get(loaders.OwnRatingByActivityLoader).load_many(keys)
        return [t.ActivityRating.from_row(row) for row in found if row is not None]

    @strawberry.field(description="One of the viewer's exports of learning effect.")
    async def learning_effect_export(self, info: Info, id: strawberry.ID) -> t.EffectExport | None:
        row = await info.context.loaders.get(loaders.OwnExportByIdLoader).load(
            decode_id(id, "EffectExport", "id")
        )
        return t.EffectExport.from_row(row) if row is not None else None


@strawberry.type
class Mutation:
    @strawberry.mutation(description="Rate an activity of a programme you take part in (1-5).")
    async def rate_activity(self, info: Info, input: RateActivityInput) -> RateActivityPayload:
        async def action() -> dict[str, Any]:
            c = info.context
            row = await service.rate_activity(
                c.session,
                c.viewer,
                decode_id(input.activity_id, "Activity", "activityId"),
                input.rating,
                input.comment,
            )
            return {"rating": t.ActivityRating.from_row(row)}

        return await run_mutation(info, input, RateActivityPayload, action)

    @strawberry.mutation(
        description="Export learning effect as CSV or PDF; download it when READY."
    )
    async def export_learning_effect(
        self, info: Info, input: ExportLearningEffectInput
    ) -> ExportLearningEffectPayload:
        async def action() -> dict[str, Any]:
            c = info.context
            row = await service.request_export(
                c.session,
                c.viewer,
                models.EffectScope(input.scope),
                _filter(info, input.filter),
                models.ExportFormat(input.format),
                c.locale,
            )
            return {"export": t.EffectExport.from_row(row)}

        return await run_mutation(info, input, ExportLearningEffectPayload, action)
