"""GraphQL types of learning effect.

``LearningEffect`` and ``LearningEffectSummary`` wrap one request's
``calculator.Effect``: each field reads its section when asked for, so a
phone asking for the summary pays for the summary only. The figures' own
types are in ``figure_types.py``.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import strawberry

from backend.api.context import Info
from backend.api.relay import Node, register_node, to_global_id
from learning.effect import calculator, models, service
from learning.effect.figure_types import (
    BehaviourChange,
    ChartSeries,
    CompetencyChange,
    EffectBreakdown,
    EffectBreakdowns,
    EffectScope,
    GoalAttainment,
    LearningParticipation,
    RatingFigure,
    SpanOfControlFigures,
)

EffectExportFormat = strawberry.enum(models.ExportFormat, name="EffectExportFormat")
EffectExportStatus = strawberry.enum(models.ExportStatus, name="EffectExportStatus")


@strawberry.type(
    description="Whether development works: participation, goal attainment, 360 change with "
    "effect sizes and reactions, by programme, module and activity kind, with span of control."
)
class LearningEffect:
    effect: strawberry.Private[calculator.Effect]

    @strawberry.field
    def scope(self) -> EffectScope:  # type: ignore[valid-type]
        return self.effect.scope.kind

    @strawberry.field(description="The day overdue is counted against.")
    def as_of(self) -> date:
        return self.effect.scope.today

    @strawberry.field
    async def participation(self) -> LearningParticipation:
        return LearningParticipation.of(await self.effect.participation())

    @strawberry.field
    async def goal_attainment(self) -> GoalAttainment:
        return GoalAttainment.of(await self.effect.goal_attainment())

    @strawberry.field
    async def behaviour_change(self) -> BehaviourChange:
        return BehaviourChange.of(await self.effect.behaviour_change())

    @strawberry.field(description="Leaders' ratings of the activities they took part in.")
    async def reaction(self) -> RatingFigure:
        return RatingFigure.of(await self.effect.reaction())

    @strawberry.field(description="Method and content: by programme, module and activity kind.")
    async def breakdowns(self) -> EffectBreakdowns:
        found = await self.effect.breakdowns()
        return EffectBreakdowns(
            by_programme=[EffectBreakdown.of(r) for r in found.by_programme],
            by_module=[EffectBreakdown.of(r) for r in found.by_module],
            by_activity_kind=[EffectBreakdown.of(r) for r in found.by_activity_kind],
        )

    @strawberry.field
    async def span_of_control(self) -> SpanOfControlFigures:
        return SpanOfControlFigures.of(await self.effect.span_of_control())

    @strawberry.field(description="How to read the figures, in the viewer's language.")
    def notes(self) -> list[str]:
        return self.effect.notes()

    @strawberry.field(description="The figures as chart-ready series.")
    async def series(self) -> list[ChartSeries]:
        return [ChartSeries.of(s) for s in await self.effect.series()]


@strawberry.type(description="A phone-sized summary: a fixed number of statements.")
class LearningEffectSummary:
    effect: strawberry.Private[calculator.Effect]

    @strawberry.field
    def scope(self) -> EffectScope:  # type: ignore[valid-type]
        return self.effect.scope.kind

    @strawberry.field
    async def participation(self) -> LearningParticipation:
        return LearningParticipation.of(await self.effect.participation())

    @strawberry.field
    async def goal_attainment(self) -> RatingFigure:
        return RatingFigure.of((await self.effect.goal_attainment()).overall)

    @strawberry.field(description="Each leader's 360 change averaged over competencies.")
    async def behaviour_change(self) -> CompetencyChange:
        return CompetencyChange.of((await self.effect.behaviour_change()).overall)

    @strawberry.field
    async def reaction(self) -> RatingFigure:
        return RatingFigure.of(await self.effect.reaction())

    @strawberry.field
    async def span_of_control(self) -> SpanOfControlFigures:
        return SpanOfControlFigures.of(await self.effect.span_of_control())

    @strawberry.field
    def notes(self) -> list[str]:
        return self.effect.notes()[:2]


@strawberry.type(description="A leader's own 1-5 rating of an activity.")
class ActivityRating(Node):
    pk: strawberry.Private[int]
    activity_pk: strawberry.Private[int]
    rating: int
    comment: str

    @strawberry.field
    def activity_id(self) -> strawberry.ID:
        return to_global_id("Activity", self.activity_pk)

    @classmethod
    def from_row(cls, row: models.ActivityRating) -> ActivityRating:
        return cls(pk=row.id, activity_pk=row.activity_id, rating=row.rating, comment=row.comment)


@strawberry.type(description="A CSV or PDF of learning effect, for the person who asked.")
class EffectExport(Node):
    pk: strawberry.Private[int]
    row: strawberry.Private[models.EffectExport]
    format: EffectExportFormat  # type: ignore[valid-type]
    status: EffectExportStatus  # type: ignore[valid-type]
    scope: EffectScope  # type: ignore[valid-type]

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


async def _fetch_ratings(info: Info, ids: list[int]) -> list[Any]:
    rows = await service.own_ratings(info.context.session, info.context.viewer, ids)
    return [ActivityRating.from_row(r) for r in rows]


async def _fetch_exports(info: Info, ids: list[int]) -> list[Any]:
    rows = await service.exports_visible(info.context.session, info.context.viewer, ids)
    return [EffectExport.from_row(r) for r in rows]


register_node("ActivityRating", _fetch_ratings)
register_node("EffectExport", _fetch_exports)

TYPES: list[type] = [ActivityRating, EffectExport]
