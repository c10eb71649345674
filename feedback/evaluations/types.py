"""GraphQL types of an evaluation: the evaluated leader's view (progress per
group, the report), and the enums every part of the slice shares. A cycle's
types live in ``cycles.types``, a nomination's in ``nominations.types``, the
rater's form in ``responses.types``, the report's figures in ``reports.types``.

Nothing here can tie a response to a rater: a ``Nomination`` shows who was
asked and whether it was approved, never whether that rater answered or
declined; progress says per group whether it has enough answers, never a
count (``progress.service``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import strawberry

from backend.api.context import Info
from backend.api.mutations import Payload
from backend.api.relay import Node, to_global_id
from backend.i18n import translate
from feedback.evaluations import models, repository, service
from feedback.evaluations import policy as evaluation_policy
from feedback.evaluations.loaders import (
    CycleByIdLoader,
    NominationsByEvaluationLoader,
    PersonByMembershipLoader,
    ProgressByEvaluationLoader,
    ReportSharesByEvaluationLoader,
)
from feedback.evaluations.models import Evaluation as EvaluationModel
from feedback.evaluations.reports.types import ReportFigures

if TYPE_CHECKING:
    from feedback.evaluations.cycles.types import EvaluationCycle
    from feedback.evaluations.nominations.types import Nomination

# The cycle's and the nominations' types import this module: it names theirs.
EvaluationCycleType = Annotated[
    "EvaluationCycle", strawberry.lazy("feedback.evaluations.cycles.types")
]
NominationType = Annotated["Nomination", strawberry.lazy("feedback.evaluations.nominations.types")]

RaterGroup = strawberry.enum(models.RaterGroup, description="Who a rater is to the leader.")
CyclePurpose = strawberry.enum(models.CyclePurpose)
CycleProfile = strawberry.enum(
    models.CycleProfile,
    description="DANISH_PUBLIC_SECTOR follows ledelsesevaluering.dk: no individual report "
    "below 5 employees, at most two reminders.",
)
CycleStatus = strawberry.enum(models.CycleStatus)
NominationState = strawberry.enum(models.NominationState)
NominationStatus = strawberry.enum(models.NominationStatus)
ReportStatus = strawberry.enum(models.ReportStatus)


@strawberry.type(description="A person as an evaluation shows them.")
class EvaluationPerson:
    membership_id: strawberry.ID
    name: str


@strawberry.type(
    description="An anonymous rater group of an evaluation: how many were invited and whether "
    "enough have answered for it to show. Never how many answered or declined, nor who."
)
class GroupProgress:
    group: RaterGroup  # type: ignore[valid-type]
    invited: int
    minimum: int
    enough_answers: bool


@strawberry.type(description="The report of an evaluation, once its cycle has closed.")
class EvaluationReport:
    status: ReportStatus  # type: ignore[valid-type]
    withheld_reason: str | None
    figures: ReportFigures | None
    evaluation_pk: strawberry.Private[int]

    @strawberry.field(description="A presigned link to the PDF, when it is ready.")
    async def download_url(self, info: Info) -> str | None:
        if self.status != models.ReportStatus.READY:
            return None
        return await service.download_url(
            info.context.session, info.context.viewer, self.evaluation_pk, info.context.settings
        )


@strawberry.type(description="One evaluated leader in a cycle.")
class Evaluation(Node):
    pk: strawberry.Private[int]
    row: strawberry.Private[EvaluationModel]
    can_follow: strawberry.Private[bool]
    can_read: strawberry.Private[bool]
    nomination_state: NominationState  # type: ignore[valid-type]
    report_status: ReportStatus  # type: ignore[valid-type]

    @classmethod
    def from_model(cls, row: EvaluationModel, can_follow: bool, can_read: bool) -> Evaluation:
        return cls(
            pk=row.id,
            row=row,
            can_follow=can_follow,
            can_read=can_read,
            nomination_state=models.NominationState(row.nomination_state),
            report_status=models.ReportStatus(row.report_status),
        )

    @strawberry.field
    async def cycle(self, info: Info) -> EvaluationCycleType:
        from feedback.evaluations.cycles.types import EvaluationCycle

        row = await info.context.loaders.get(CycleByIdLoader).load(self.row.cycle_id)
        assert row is not None
        return EvaluationCycle.from_model(row)

    @strawberry.field
    async def leader(self, info: Info) -> EvaluationPerson:
        person = await info.context.loaders.get(PersonByMembershipLoader).load(self.row.leader_id)
        return EvaluationPerson(
            membership_id=to_global_id("Membership", self.row.leader_id),
            name=person.name if person else "",
        )

    @strawberry.field(description="Who was nominated (the leader, their manager and HR).")
    async def nominations(self, info: Info) -> list[NominationType]:
        if not self.can_follow:
            return []
        from feedback.evaluations.nominations.types import Nomination

        rows = await info.context.loaders.get(NominationsByEvaluationLoader).load(self.pk)
        return [Nomination.from_model(r) for r in rows]

    @strawberry.field(
        description="Per anonymous group: invited, and whether it has enough answers yet."
    )
    async def progress(self, info: Info) -> list[GroupProgress]:
        found = await info.context.loaders.get(ProgressByEvaluationLoader).load(self.pk)
        return [
            GroupProgress(
                group=p.group,
                invited=p.invited,
                minimum=p.minimum,
                enough_answers=p.enough_answers,
            )
            for p in (found.groups if found else [])
        ]

    @strawberry.field(
        description="Whether the groups with enough answers reach the all-raters minimum "
        "together (false for a viewer who may not follow the evaluation)."
    )
    async def enough_answers(self, info: Info) -> bool:
        found = await info.context.loaders.get(ProgressByEvaluationLoader).load(self.pk)
        return bool(found and found.enough_answers)

    @strawberry.field(
        description="Whom the leader shares the report with (shareEvaluationReport), by name. "
        "Only the leader reads it: null for anyone else."
    )
    async def shared_with(self, info: Info) -> list[EvaluationPerson] | None:
        found = await info.context.loaders.get(ReportSharesByEvaluationLoader).load(self.pk)
        if found is None:
            return None
        return [
            EvaluationPerson(membership_id=to_global_id("Membership", p.membership_id), name=p.name)
            for p in found
        ]

    @strawberry.field(description="The leader, their manager and whoever the leader shares with.")
    async def report(self, info: Info) -> EvaluationReport | None:
        if not self.can_read:
            return None
        view = await service.report_for_viewer(
            info.context.session, info.context.viewer, self.pk, info.context.locale
        )
        withheld = None
        if view.status == models.ReportStatus.WITHHELD:
            withheld = translate(
                "feedback.report.withheld", info.context.locale, minimum=view.minimum_employees
            )
        return EvaluationReport(
            status=view.status,
            withheld_reason=withheld,
            figures=ReportFigures.of(view.released) if view.released else None,
            evaluation_pk=self.pk,
        )

    @classmethod
    async def fetch_visible(cls, info: Info, pks: list[int]) -> list[Any]:
        return await fetch_evaluations(info, pks)


async def fetch_evaluations(info: Info, pks: list[int]) -> list[Evaluation]:
    viewer = info.context.viewer
    if viewer is None:
        return []
    rows = await repository.evaluations.by_ids(info.context.session, viewer.organisation_id, pks)
    allowed = await evaluation_policy.permissions(info.context.session, viewer, rows)
    return [
        Evaluation.from_model(r, *allowed[r.id])
        for r in rows
        if r.id in allowed and any(allowed[r.id])
    ]


@strawberry.input
class EvaluationIdInput:
    evaluation_id: strawberry.ID
    client_mutation_id: str | None = None


@strawberry.input
class ShareEvaluationReportInput:
    evaluation_id: strawberry.ID
    membership_id: strawberry.ID
    shared: bool = True
    client_mutation_id: str | None = None


@strawberry.type
class EvaluationPayload(Payload):
    evaluation: Evaluation | None = None
