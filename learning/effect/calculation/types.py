"""GraphQL types of the figures of learning effect. Every figure names its
Kirkpatrick level, its n (leaders) and its spread; a suppressed figure says
so and carries no number."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import strawberry

from backend.api.context import Info
from backend.api.relay import to_global_id
from backend.i18n import translate
from learning.effect import models
from learning.effect.calculation import breakdowns as b
from learning.effect.calculation import figures, series
from learning.effect.calculation import statistics as stats

if TYPE_CHECKING:
    from learning.programmes.facts.service import ActivityKind, CheckpointKind

# The programmes' GraphQL enums, by name (another slice's types are never imported).
ActivityKindType = Annotated["ActivityKind", strawberry.lazy("learning.programmes.types")]
CheckpointKindType = Annotated[
    "CheckpointKind", strawberry.lazy("learning.programmes.checkpoints.types")
]

KirkpatrickLevel = strawberry.enum(
    figures.Level,
    name="KirkpatrickLevel",
    description="Kirkpatrick's level of evaluating training a figure belongs to.",
)
EffectScope = strawberry.enum(
    models.EffectScope, description="Everyone below the viewer, or the whole organisation (HR)."
)
EffectBreakdownDimension = strawberry.enum(b.Dimension, name="EffectBreakdownDimension")


@strawberry.type(description="A 95% confidence interval.")
class ConfidenceInterval:
    low: float
    high: float

    @classmethod
    def of(cls, interval: stats.Interval | None) -> ConfidenceInterval | None:
        return cls(low=interval.low, high=interval.high) if interval else None


@strawberry.type(description="The mean of 1-5 ratings; null numbers when suppressed or empty.")
class RatingFigure:
    kirkpatrick_level: figures.Level
    suppressed: bool = strawberry.field(
        description="Too few leaders, or a figure that with others already shown would single "
        "out one or two leaders: no number is shown."
    )
    leaders: int | None
    count: int | None = strawberry.field(description="Ratings behind the figure.")
    mean: float | None
    spread: float | None = strawberry.field(description="Sample standard deviation.")
    confidence_interval: ConfidenceInterval | None = strawberry.field(
        description="95% t interval of the mean."
    )

    @strawberry.field(
        description="Why no number is shown, in the viewer's language; null when shown."
    )
    def suppressed_reason(self, info: Info) -> str | None:
        return (
            translate("effect.suppressed_reason", info.context.locale) if self.suppressed else None
        )

    @classmethod
    def of(cls, figure: figures.RatingFigure) -> RatingFigure:
        return cls(
            kirkpatrick_level=figure.level,
            suppressed=figure.suppressed,
            leaders=figure.leaders,
            count=figure.count,
            mean=figure.mean,
            spread=figure.spread,
            confidence_interval=ConfidenceInterval.of(figure.interval),
        )


@strawberry.type(
    description="Before/after 360 change of a competency as rated by others (not self): "
    "follow-up minus baseline per leader, averaged."
)
class CompetencyChange:
    key: str
    title: str
    kirkpatrick_level: figures.Level
    suppressed: bool = strawberry.field(
        description="Fewer than the minimum of leaders, or a figure that with others already "
        "shown would single out one or two leaders: no number."
    )
    leaders: int | None = strawberry.field(description="Leaders behind the figure (n).")
    raters_baseline: int | None
    raters_follow_up: int | None
    baseline_mean: float | None
    follow_up_mean: float | None
    mean_change: float | None
    mean_change_interval: ConfidenceInterval | None = strawberry.field(
        description="95% t interval of the mean change."
    )
    spread: float | None = strawberry.field(description="Standard deviation of the changes.")
    effect_size: float | None = strawberry.field(
        description="Standardised mean change d_z = mean change / sd of the changes."
    )
    confidence_interval: ConfidenceInterval | None = strawberry.field(
        description="Exact 95% interval of the effect size (noncentral t)."
    )

    @strawberry.field(
        description="Why no number is shown, in the viewer's language; null when shown."
    )
    def suppressed_reason(self, info: Info) -> str | None:
        return (
            translate("effect.suppressed_reason", info.context.locale) if self.suppressed else None
        )

    @classmethod
    def of(cls, figure: figures.ChangeFigure) -> CompetencyChange:
        return cls(
            key=figure.key,
            title=figure.title,
            kirkpatrick_level=figure.level,
            suppressed=figure.suppressed,
            leaders=figure.leaders,
            raters_baseline=figure.raters_baseline,
            raters_follow_up=figure.raters_follow_up,
            baseline_mean=figure.baseline_mean,
            follow_up_mean=figure.follow_up_mean,
            mean_change=figure.mean_change,
            mean_change_interval=ConfidenceInterval.of(figure.mean_interval),
            spread=figure.spread,
            effect_size=figure.effect_size,
            confidence_interval=ConfidenceInterval.of(figure.effect_size_interval),
        )


@strawberry.type
class ActivityKindProgress:
    kind: ActivityKindType
    assigned: int
    completed: int
    completion_rate: float | None


@strawberry.type
class CheckpointProgress:
    kind: CheckpointKindType
    total: int
    due: int
    held: int
    overdue: int


@strawberry.type(description="Enrolments, activities done by kind, checkpoints held.")
class LearningParticipation:
    kirkpatrick_level: figures.Level
    leaders: int = strawberry.field(description="Leaders with an enrolment.")
    enrolled: int
    active: int
    completed: int
    withdrawn: int
    overdue: int = strawberry.field(description="Active enrolments with an activity past due.")
    activities: list[ActivityKindProgress]
    checkpoints: list[CheckpointProgress]

    @classmethod
    def of(cls, p: figures.Participation) -> LearningParticipation:
        return cls(
            kirkpatrick_level=p.level,
            leaders=p.leaders,
            enrolled=p.enrolled,
            active=p.active,
            completed=p.completed,
            withdrawn=p.withdrawn,
            overdue=p.overdue,
            activities=[
                ActivityKindProgress(
                    kind=k.kind, assigned=k.assigned, completed=k.completed, completion_rate=k.rate
                )
                for k in p.activities
            ],
            checkpoints=[
                CheckpointProgress(
                    kind=c.kind, total=c.total, due=c.due, held=c.held, overdue=c.overdue
                )
                for c in p.checkpoints
            ],
        )


@strawberry.type
class OrganisationGoalAttainment:
    goal_id: strawberry.ID
    title: str
    attainment: RatingFigure


@strawberry.type(
    description="AFTER-checkpoint ratings of development goals, by organisational goal."
)
class GoalAttainment:
    kirkpatrick_level: figures.Level
    overall: RatingFigure
    goals: list[OrganisationGoalAttainment]

    @classmethod
    def of(cls, g: figures.GoalAttainment) -> GoalAttainment:
        return cls(
            kirkpatrick_level=g.level,
            overall=RatingFigure.of(g.overall),
            goals=[
                OrganisationGoalAttainment(
                    goal_id=to_global_id("OrganisationGoal", goal.goal_id),
                    title=goal.title,
                    attainment=RatingFigure.of(goal.attainment),
                )
                for goal in g.goals
            ],
        )


@strawberry.type(description="Before/after 360 change of leaders with a BASELINE and FOLLOW_UP.")
class BehaviourChange:
    kirkpatrick_level: figures.Level
    minimum_leaders: int
    overall: CompetencyChange = strawberry.field(
        description="Each leader's change averaged over their competencies."
    )
    competencies: list[CompetencyChange]

    @classmethod
    def of(cls, c: figures.BehaviourChange) -> BehaviourChange:
        return cls(
            kirkpatrick_level=c.level,
            minimum_leaders=c.minimum_leaders,
            overall=CompetencyChange.of(c.overall),
            competencies=[CompetencyChange.of(x) for x in c.competencies],
        )


@strawberry.type(description="The figures of one programme, module or activity kind.")
class EffectBreakdown:
    dimension: b.Dimension
    label: str
    programme_id: strawberry.ID | None
    module_id: strawberry.ID | None
    activity_kind: ActivityKindType | None
    programme_title: str | None
    enrolled: int | None
    completed_enrolments: int | None
    activities_assigned: int
    activities_completed: int
    completion_rate: float | None
    reaction: RatingFigure
    goal_attainment: RatingFigure | None
    behaviour_change: CompetencyChange = strawberry.field(
        description="Mean 360 change of leaders enrolled (programme) or who completed at "
        "least half of it (module, kind): an association, not a cause."
    )

    @classmethod
    def of(cls, row: b.BreakdownRow) -> EffectBreakdown:
        return cls(
            dimension=row.dimension,
            label=row.label,
            programme_id=to_global_id("Programme", row.programme_id) if row.programme_id else None,
            module_id=to_global_id("Module", row.module_id) if row.module_id else None,
            activity_kind=row.kind,
            programme_title=row.programme_title,
            enrolled=row.enrolled,
            completed_enrolments=row.completed_enrolments,
            activities_assigned=row.assigned,
            activities_completed=row.completed,
            completion_rate=row.completion_rate,
            reaction=RatingFigure.of(row.reaction),
            goal_attainment=RatingFigure.of(row.goal_attainment) if row.goal_attainment else None,
            behaviour_change=CompetencyChange.of(row.behaviour_change),
        )


@strawberry.type
class EffectBreakdowns:
    by_programme: list[EffectBreakdown]
    by_module: list[EffectBreakdown]
    by_activity_kind: list[EffectBreakdown]


@strawberry.type
class SpanBucket:
    low: int
    high: int | None
    leaders: int


@strawberry.type(description="Direct reports per leader among those the figures are about.")
class SpanOfControlFigures:
    leaders: int
    mean: float | None
    spread: float | None
    largest: int | None
    threshold: int
    over_threshold: int = strawberry.field(description="Leaders with more than `threshold`.")
    distribution: list[SpanBucket]

    @classmethod
    def of(cls, s: figures.SpanOfControl) -> SpanOfControlFigures:
        return cls(
            leaders=s.leaders,
            mean=s.mean,
            spread=s.spread,
            largest=s.largest,
            threshold=s.threshold,
            over_threshold=s.over_threshold,
            distribution=[SpanBucket(low=x.low, high=x.high, leaders=x.leaders) for x in s.buckets],
        )


@strawberry.type(description="A point of a chart: a value, its interval, its n.")
class ChartPoint:
    label: str
    value: float | None
    low: float | None
    high: float | None
    n: int | None
    suppressed: bool


@strawberry.type(description="A chart-ready series.")
class ChartSeries:
    key: str
    title: str
    kirkpatrick_level: figures.Level | None
    unit: str
    points: list[ChartPoint]

    @classmethod
    def of(cls, s: series.ChartSeries) -> ChartSeries:
        return cls(
            key=s.key,
            title=s.title,
            kirkpatrick_level=s.level,
            unit=s.unit,
            points=[
                ChartPoint(
                    label=p.label,
                    value=p.value,
                    low=p.low,
                    high=p.high,
                    n=p.n,
                    suppressed=p.suppressed,
                )
                for p in s.points
            ],
        )
