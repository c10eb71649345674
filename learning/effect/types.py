"""GraphQL types of learning effect.

``LearningEffect`` wraps one request's ``calculation.calculator.Effect``:
each field reads its section when asked for. ``LearningEffectSummary``
wraps the phone's summary, kept for its viewer a few minutes
(``summary.service``). The figures' own types are in ``calculation.types``,
those of ratings and exports in ``ratings.types`` and ``export.types``.
"""

from __future__ import annotations

from datetime import date, datetime

import strawberry

from learning.effect import models
from learning.effect.calculation.calculator import Effect
from learning.effect.calculation.types import (
    BehaviourChange,
    ChartSeries,
    CompetencyChange,
    EffectBreakdown,
    EffectBreakdowns,
    GoalAttainment,
    LearningParticipation,
    RatingFigure,
    SpanOfControlFigures,
)
from learning.effect.summary.service import EffectSummary


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


@strawberry.type(
    description="Whether development works: participation, goal attainment, 360 change with "
    "effect sizes and reactions, by programme, module and activity kind, with span of control."
)
class LearningEffect:
    effect: strawberry.Private[Effect]

    @strawberry.field
    def scope(self) -> models.EffectScope:
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


@strawberry.type(
    description="A phone-sized summary, kept a few minutes for the viewer (computedAt)."
)
class LearningEffectSummary:
    summary: strawberry.Private[EffectSummary]

    @strawberry.field
    def scope(self) -> models.EffectScope:
        return self.summary.scope

    @strawberry.field(description="The day overdue is counted against.")
    def as_of(self) -> date:
        return self.summary.as_of

    @strawberry.field(
        description="When the figures were computed: they are kept for the viewer a few "
        "minutes, and computed anew when a 360 cycle closes."
    )
    def computed_at(self) -> datetime:
        return self.summary.computed_at

    @strawberry.field
    def participation(self) -> LearningParticipation:
        return LearningParticipation.of(self.summary.participation)

    @strawberry.field
    def goal_attainment(self) -> RatingFigure:
        return RatingFigure.of(self.summary.goal_attainment)

    @strawberry.field(description="Each leader's 360 change averaged over competencies.")
    def behaviour_change(self) -> CompetencyChange:
        return CompetencyChange.of(self.summary.behaviour_change)

    @strawberry.field
    def reaction(self) -> RatingFigure:
        return RatingFigure.of(self.summary.reaction)

    @strawberry.field
    def span_of_control(self) -> SpanOfControlFigures:
        return SpanOfControlFigures.of(self.summary.span_of_control)

    @strawberry.field
    def notes(self) -> list[str]:
        return self.summary.notes
