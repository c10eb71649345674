"""GraphQL types of evaluation cycles: the cycle, its anonymity policy and
response rates (HR), and the inputs and payloads of its mutations."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

import strawberry
from strawberry import LazyType

from backend.api.context import Info
from backend.api.mutations import Payload
from backend.api.pagination import Connection, PageRequest, paginate
from backend.api.relay import Node
from backend.identity import policy
from feedback.evaluations import models, repository, service
from feedback.evaluations import policy as evaluation_policy
from feedback.evaluations.loaders import CycleByIdLoader, FrameworkByIdLoader
from feedback.evaluations.models import Evaluation as EvaluationModel
from feedback.evaluations.models import EvaluationCycle as CycleModel
from feedback.evaluations.reports.types import ReportFigures
from feedback.evaluations.types import (
    CycleProfile,
    CyclePurpose,
    CycleStatus,
    Evaluation,
    RaterGroup,
)

# Another slice's type: by name, resolved when the schema is built.
CompetencyFrameworkType = Annotated[
    "CompetencyFramework",  # type: ignore[name-defined]  # noqa: F821 (strawberry.lazy's name)
    strawberry.lazy("feedback.frameworks.types"),
]


@strawberry.type
class AnonymityPolicy:
    peer_minimum: int
    direct_report_minimum: int
    external_minimum: int
    all_raters_minimum: int
    comment_minimum: int
    minimum_employees_for_report: int


@strawberry.type
class NominationLimit:
    group: RaterGroup  # type: ignore[valid-type]
    minimum: int | None
    maximum: int | None


@strawberry.type(
    description="A rater group's response rate over a cycle (HR). Answered and declined are "
    "null while the group is under its threshold, or hidden beside one that is."
)
class GroupRate:
    group: RaterGroup  # type: ignore[valid-type]
    invited: int
    answered: int | None
    declined: int | None


@strawberry.type(description="Response rates of a cycle over all its leaders (HR): no answers.")
class CycleResponseRates:
    invited: int
    answered: int | None = strawberry.field(
        description="Null when a single group is hidden: the total would give it back."
    )
    declined: int | None
    groups: list[GroupRate]


@strawberry.type(description="A 360 evaluation round for some of an organisation's leaders.")
class EvaluationCycle(Node):
    pk: strawberry.Private[int]
    row: strawberry.Private[CycleModel]
    name: str
    purpose: CyclePurpose  # type: ignore[valid-type]
    profile: CycleProfile  # type: ignore[valid-type]
    status: CycleStatus  # type: ignore[valid-type]
    opens_at: datetime
    closes_at: datetime
    closed_at: datetime | None
    reminder_days_before_close: list[int]

    @classmethod
    def from_model(cls, row: CycleModel) -> EvaluationCycle:
        return cls(
            pk=row.id,
            row=row,
            name=row.name,
            purpose=models.CyclePurpose(row.purpose),
            profile=models.CycleProfile(row.profile),
            status=models.CycleStatus(row.status),
            opens_at=row.opens_at,
            closes_at=row.closes_at,
            closed_at=row.closed_at,
            reminder_days_before_close=list(row.reminder_days_before_close or []),
        )

    @strawberry.field
    def anonymity_policy(self) -> AnonymityPolicy:
        r = self.row
        return AnonymityPolicy(
            peer_minimum=r.min_peer,
            direct_report_minimum=r.min_direct_report,
            external_minimum=r.min_external,
            all_raters_minimum=r.min_all_raters,
            comment_minimum=r.min_comments,
            minimum_employees_for_report=r.min_employees_for_report,
        )

    @strawberry.field
    def nomination_limits(self) -> list[NominationLimit]:
        return [
            NominationLimit(group=models.RaterGroup(g), minimum=v.get("min"), maximum=v.get("max"))
            for g, v in sorted((self.row.nomination_limits or {}).items())
        ]

    @strawberry.field
    async def framework(self, info: Info) -> CompetencyFrameworkType | None:
        row = await info.context.loaders.get(FrameworkByIdLoader).load(self.row.framework_id)
        if row is None:
            return None
        # Made from the row by frameworks' own type, found by name as the field's type is.
        framework_type: Any = LazyType("CompetencyFramework", "feedback.frameworks.types")
        return framework_type.resolve_type().from_model(row, info.context.locale)

    @strawberry.field
    async def baseline_cycle(self, info: Info) -> EvaluationCycle | None:
        if self.row.baseline_cycle_id is None:
            return None
        row = await info.context.loaders.get(CycleByIdLoader).load(self.row.baseline_cycle_id)
        return EvaluationCycle.from_model(row) if row else None

    @strawberry.field(description="The evaluated leaders (HR).")
    async def evaluations(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> Connection[Evaluation]:
        viewer = policy.require_hr(info.context.viewer)
        page = await paginate(
            info.context.session,
            repository.evaluations_statement(self.pk),
            [EvaluationModel.__table__.c.id],
            PageRequest(first=first, after=after, last=last, before=before),
            info.context.settings,
            lambda row: row[1],
        )
        rows = [edge.node for edge in page.edges]
        allowed = await evaluation_policy.permissions(info.context.session, viewer, rows)
        for edge in page.edges:
            edge.node = Evaluation.from_model(edge.node, *allowed[edge.node.id])
        return page

    @strawberry.field(
        description="Invited, answered and declined (HR): per cycle, and per group only "
        "at or above the group's threshold; answers and declines count only in a leader's "
        "group that has enough answers."
    )
    async def response_rates(self, info: Info) -> CycleResponseRates:
        rates = await service.response_rates(info.context.session, info.context.viewer, self.pk)
        return CycleResponseRates(
            invited=rates.invited,
            answered=rates.answered,
            declined=rates.declined,
            groups=[
                GroupRate(
                    group=models.RaterGroup(r.group),
                    invited=r.invited,
                    answered=r.answered,
                    declined=r.declined,
                )
                for r in rates.groups
            ],
        )

    @strawberry.field(
        description="Why raters declined (HR), alphabetically and without whose; never more "
        "than the declines counted, and empty until there are as many as comments need."
    )
    async def decline_reasons(self, info: Info) -> list[str]:
        return await service.decline_reasons(info.context.session, info.context.viewer, self.pk)

    @strawberry.field(
        description="Figures over all leaders of a closed cycle, thresholds applied (HR)."
    )
    async def results(self, info: Info) -> ReportFigures | None:
        data = await service.cycle_results(
            info.context.session, info.context.viewer, self.pk, info.context.locale
        )
        return ReportFigures.of(data) if data else None

    @classmethod
    async def fetch_visible(cls, info: Info, pks: list[int]) -> list[Any]:
        return await _cycles(info, pks)


async def _cycles(info: Info, pks: list[int]) -> list[EvaluationCycle]:
    viewer = info.context.viewer
    if viewer is None:
        return []
    rows = await repository.cycles.by_ids(info.context.session, viewer.organisation_id, pks)
    return [EvaluationCycle.from_model(r) for r in rows]


@strawberry.input
class NominationLimitInput:
    group: RaterGroup  # type: ignore[valid-type]
    minimum: int | None = None
    maximum: int | None = None


@strawberry.input
class CreateEvaluationCycleInput:
    name: str
    framework_id: strawberry.ID
    opens_at: datetime
    closes_at: datetime
    purpose: CyclePurpose = models.CyclePurpose.BASELINE  # type: ignore[valid-type]
    baseline_cycle_id: strawberry.ID | None = None
    profile: CycleProfile = models.CycleProfile.STANDARD  # type: ignore[valid-type]
    peer_minimum: int = 3
    direct_report_minimum: int = 3
    external_minimum: int = 3
    all_raters_minimum: int = 4
    comment_minimum: int = 3
    reminder_days_before_close: list[int] = strawberry.field(default_factory=lambda: [7, 2])
    nomination_limits: list[NominationLimitInput] = strawberry.field(default_factory=list)
    leader_ids: list[strawberry.ID] = strawberry.field(
        default_factory=list, description="Memberships evaluated: a list, or a cohort's members."
    )
    unit_id: strawberry.ID | None = strawberry.field(
        default=None, description="Evaluate every leader of this unit."
    )
    cohort_id: strawberry.ID | None = strawberry.field(
        default=None, description="Evaluate every leader enrolled in this programme cohort."
    )
    client_mutation_id: str | None = None


@strawberry.input
class EvaluationCycleIdInput:
    cycle_id: strawberry.ID
    client_mutation_id: str | None = None


@strawberry.input
class AddLeadersToEvaluationCycleInput:
    cycle_id: strawberry.ID
    leader_ids: list[strawberry.ID]
    client_mutation_id: str | None = None


@strawberry.input
class ChangeEvaluationCycleDeadlineInput:
    cycle_id: strawberry.ID
    closes_at: datetime
    client_mutation_id: str | None = None


@strawberry.input(description="Change the questionnaire of a cycle; refused once it has opened.")
class ChangeEvaluationQuestionnaireInput:
    cycle_id: strawberry.ID
    framework_id: strawberry.ID | None = None
    peer_minimum: int | None = None
    direct_report_minimum: int | None = None
    external_minimum: int | None = None
    all_raters_minimum: int | None = None
    comment_minimum: int | None = None
    client_mutation_id: str | None = None


@strawberry.type
class EvaluationCyclePayload(Payload):
    cycle: EvaluationCycle | None = None


@strawberry.type
class InviteRatersPayload(Payload):
    cycle: EvaluationCycle | None = None
    invited: int = 0
