"""GraphQL types of cycles, evaluations and nominations.

Nothing here can tie a response to a rater: a ``Nomination`` shows who was
asked and whether it was approved, never whether that rater answered or
declined; progress says per group whether it has enough answers, never a
count (``progress.py``).
"""

from __future__ import annotations

from datetime import datetime

import strawberry
from sqlalchemy import select

from backend.api.context import Info
from backend.api.pagination import Connection, PageRequest, paginate
from backend.api.relay import Node, register_node, to_global_id
from backend.i18n import translate
from feedback.evaluations import models, service
from feedback.evaluations import policy as access
from feedback.evaluations.loaders import (
    CycleByIdLoader,
    NominationsByEvaluationLoader,
    PersonByMembershipLoader,
    ProgressByEvaluationLoader,
)
from feedback.evaluations.models import Evaluation as EvaluationModel
from feedback.evaluations.models import EvaluationCycle as CycleModel
from feedback.evaluations.reports.types import ReportFigures
from feedback.frameworks.loaders import FrameworkByIdLoader
from feedback.frameworks.types import CompetencyFramework

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
EvaluationTaskKind = strawberry.enum(service.TaskKind, name="EvaluationTaskKind")


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
    async def framework(self, info: Info) -> CompetencyFramework | None:
        row = await info.context.loaders.get(FrameworkByIdLoader).load(self.row.framework_id)
        return CompetencyFramework.from_model(row, info.context.locale) if row else None

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
        viewer = access.require_hr(info.context.viewer)
        page = await paginate(
            info.context.session,
            select(EvaluationModel.id, EvaluationModel).where(EvaluationModel.cycle_id == self.pk),
            [EvaluationModel.id],
            PageRequest(first=first, after=after, last=last, before=before),
            info.context.settings,
            lambda row: row[1],
        )
        rows = [edge.node for edge in page.edges]
        allowed = await access.permissions(info.context.session, viewer, rows)  # type: ignore[arg-type]
        for edge in page.edges:
            edge.node = Evaluation.from_model(edge.node, *allowed[edge.node.id])  # type: ignore[attr-defined]
        return page  # type: ignore[return-value]

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


@strawberry.type(description="A person as an evaluation shows them.")
class EvaluationPerson:
    membership_id: strawberry.ID
    name: str


@strawberry.type(
    description="Someone asked to rate a leader. Whether they answered is never shown."
)
class Nomination(Node):
    pk: strawberry.Private[int]
    group: RaterGroup  # type: ignore[valid-type]
    rater_name: str
    rater_email: str
    status: NominationStatus  # type: ignore[valid-type]
    invited: bool
    outside_directory: bool = strawberry.field(
        description="The rater is not a person of the organisation (an address typed in): "
        "what the approving manager checks."
    )

    @classmethod
    def from_model(cls, row: models.Nomination) -> Nomination:
        return cls(
            pk=row.id,
            group=models.RaterGroup(row.rater_group),
            rater_name=row.rater_name,
            rater_email=row.rater_email,
            status=models.NominationStatus(row.status),
            invited=row.invited_at is not None,
            outside_directory=row.rater_id is None,
        )


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
    async def cycle(self, info: Info) -> EvaluationCycle:
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
    async def nominations(self, info: Info) -> list[Nomination]:
        if not self.can_follow:
            return []
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


async def fetch_evaluations(info: Info, pks: list[int]) -> list[Evaluation]:
    viewer = info.context.viewer
    if viewer is None:
        return []
    rows = await service.repository.evaluations_by_ids(info.context.session, pks)
    allowed = await access.permissions(info.context.session, viewer, rows)
    return [
        Evaluation.from_model(r, *allowed[r.id])
        for r in rows
        if r.id in allowed and any(allowed[r.id])
    ]


async def _cycles(info: Info, pks: list[int]) -> list[EvaluationCycle]:
    viewer = info.context.viewer
    if viewer is None:
        return []
    rows = await service.repository.cycles_by_ids(info.context.session, pks)
    return [
        EvaluationCycle.from_model(r) for r in rows if r.organisation_id == viewer.organisation_id
    ]


async def _nominations(info: Info, pks: list[int]) -> list[Nomination]:
    viewer = info.context.viewer
    if viewer is None:
        return []
    found = []
    for pk in pks:
        row = await service.repository.nomination(info.context.session, pk)
        if row is None or row.organisation_id != viewer.organisation_id:
            continue
        visible = await fetch_evaluations(info, [row.evaluation_id])
        if visible and visible[0].can_follow:
            found.append(Nomination.from_model(row))
    return found


register_node("Evaluation", fetch_evaluations)
register_node("EvaluationCycle", _cycles)
register_node("Nomination", _nominations)


@strawberry.type(description="An open 360 task for the home page.")
class EvaluationTask:
    kind: EvaluationTaskKind  # type: ignore[valid-type]
    evaluation_id: strawberry.ID
    cycle_name: str
    leader_name: str
    due_at: datetime | None

    @classmethod
    def of(cls, task: service.EvaluationTask) -> EvaluationTask:
        return cls(
            kind=task.kind,
            evaluation_id=to_global_id("Evaluation", task.evaluation_id),
            cycle_name=task.cycle_name,
            leader_name=task.leader_name,
            due_at=task.due_at,
        )
