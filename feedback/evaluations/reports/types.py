"""GraphQL types of a report's figures: every figure here has passed the
anonymity rules of ``report_builder``."""

from __future__ import annotations

from enum import Enum

import strawberry

from backend.api.relay import to_global_id
from backend.privacy.release import Released
from feedback.evaluations.reports.builder import (
    BaselineChange as BaselineChangeData,
)
from feedback.evaluations.reports.builder import (
    CommentGroup as CommentGroupData,
)
from feedback.evaluations.reports.builder import (
    CompetencyResult as CompetencyResultData,
)
from feedback.evaluations.reports.builder import Figure as FigureData
from feedback.evaluations.reports.builder import ItemResult as ItemResultData
from feedback.evaluations.reports.builder import ReportData


@strawberry.enum(description="A rater group in a report, or all others than the leader combined.")
class ReportGroup(Enum):
    SELF = "SELF"
    MANAGER = "MANAGER"
    PEER = "PEER"
    DIRECT_REPORT = "DIRECT_REPORT"
    EXTERNAL = "EXTERNAL"
    ALL_OTHERS = "ALL_OTHERS"


@strawberry.type(description="A mean and its spread for one group; shown only above the threshold.")
class Figure:
    group: ReportGroup
    count: int = strawberry.field(description="Answers behind the figure.")
    mean: float
    spread: float | None = strawberry.field(
        description=(
            "Standard deviation; null for one answer, and for an anonymous group "
            "(peers, direct reports, external, all others) under five answers."
        )
    )

    @classmethod
    def of(cls, data: FigureData) -> Figure:
        return cls(
            group=ReportGroup(data.group), count=data.count, mean=data.mean, spread=data.spread
        )


@strawberry.type
class ItemResult:
    item_id: strawberry.ID
    text: str
    figures: list[Figure]

    @classmethod
    def of(cls, data: ItemResultData) -> ItemResult:
        return cls(
            item_id=to_global_id("CompetencyItem", data.item_id),
            text=data.text,
            figures=[Figure.of(f) for f in data.figures],
        )


@strawberry.type
class GroupCount:
    group: ReportGroup
    count: int


@strawberry.type
class CompetencyResult:
    competency_id: strawberry.ID
    title: str
    figures: list[Figure]
    raters: list[GroupCount] = strawberry.field(
        description="Raters who count for this competency, per shown group."
    )
    items: list[ItemResult]
    self_minus_others: float | None

    @classmethod
    def of(cls, data: CompetencyResultData) -> CompetencyResult:
        return cls(
            competency_id=to_global_id("Competency", data.competency_id),
            title=data.title,
            figures=[Figure.of(f) for f in data.figures],
            raters=[GroupCount(group=ReportGroup(g), count=n) for g, n in data.raters.items()],
            items=[ItemResult.of(i) for i in data.items],
            self_minus_others=data.gap,
        )


@strawberry.type(description="Comments to one question from one group: no authors, sorted by text.")
class CommentGroup:
    question_id: strawberry.ID
    question: str
    group: ReportGroup
    comments: list[str]

    @classmethod
    def of(cls, data: CommentGroupData) -> CommentGroup:
        return cls(
            question_id=to_global_id("OpenQuestion", data.question_id),
            question=data.question,
            group=ReportGroup(data.group),
            comments=list(data.comments),
        )


@strawberry.type(description="A competency before (the baseline cycle) and now.")
class BaselineChange:
    competency_id: strawberry.ID
    title: str
    group: ReportGroup
    baseline: float
    current: float
    change: float

    @classmethod
    def of(cls, data: BaselineChangeData) -> BaselineChange:
        return cls(
            competency_id=to_global_id("Competency", data.competency_id),
            title=data.title,
            group=ReportGroup(data.group),
            baseline=data.baseline,
            current=data.current,
            change=data.change,
        )


@strawberry.type(description="Figures of a report or of a whole cycle.")
class ReportFigures:
    responses: list[GroupCount]
    shown_groups: list[ReportGroup]
    competencies: list[CompetencyResult]
    highest_items: list[ItemResult]
    lowest_items: list[ItemResult]
    comments: list[CommentGroup]
    baseline_changes: list[BaselineChange]

    @classmethod
    def of(cls, released: Released[ReportData]) -> ReportFigures:
        """Only from what the release rule released (``feedback.evaluations.reports.release``)."""
        data = released.value
        return cls(
            responses=[
                GroupCount(group=ReportGroup(g), count=n) for g, n in sorted(data.responses.items())
            ],
            shown_groups=[ReportGroup(g) for g in data.shown_groups],
            competencies=[CompetencyResult.of(c) for c in data.competencies],
            highest_items=[ItemResult.of(i) for i in data.highest],
            lowest_items=[ItemResult.of(i) for i in data.lowest],
            comments=[CommentGroup.of(c) for c in data.comments],
            baseline_changes=[BaselineChange.of(b) for b in data.baseline],
        )
