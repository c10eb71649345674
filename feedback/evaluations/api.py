"""GraphQL fields of 360 evaluations: thin, they call ``service``. The rater's
form has its own (``responses.api``), last in the schema as before."""

from __future__ import annotations

import strawberry

from backend.api.context import Info
from backend.api.ids import decode_id, decode_ids, decode_optional_id
from backend.api.mutations import run_mutation
from backend.api.pagination import Connection, PageRequest, paginate
from backend.identity import policy
from feedback.evaluations import policy as evaluation_policy
from feedback.evaluations import repository, service
from feedback.evaluations.cycles.types import (
    AddLeadersToEvaluationCycleInput,
    ChangeEvaluationCycleDeadlineInput,
    ChangeEvaluationQuestionnaireInput,
    CreateEvaluationCycleInput,
    EvaluationCycle,
    EvaluationCycleIdInput,
    EvaluationCyclePayload,
    InviteRatersPayload,
)
from feedback.evaluations.home.types import EvaluationTask
from feedback.evaluations.models import EvaluationCycle as CycleModel
from feedback.evaluations.nominations.types import (
    ApproveNominationsInput,
    NominateRatersInput,
    NominateRatersPayload,
    Nomination,
    WithdrawNominationInput,
)
from feedback.evaluations.responses.types import OpenMyRaterFormPayload
from feedback.evaluations.types import (
    Evaluation,
    EvaluationIdInput,
    EvaluationPayload,
    ShareEvaluationReportInput,
    fetch_evaluations,
)


async def _evaluation(info: Info, pk: int) -> Evaluation | None:
    found = await fetch_evaluations(info, [pk])
    return found[0] if found else None


def _cycle_command(info: Info, input: CreateEvaluationCycleInput) -> service.CycleCommand:
    return service.CycleCommand(
        name=input.name,
        framework_id=decode_id(input.framework_id, "CompetencyFramework", "frameworkId"),
        opens_at=input.opens_at,
        closes_at=input.closes_at,
        purpose=input.purpose,
        baseline_cycle_id=(
            decode_optional_id(input.baseline_cycle_id, "EvaluationCycle", "baselineCycleId")
        ),
        profile=input.profile,
        min_peer=input.peer_minimum,
        min_direct_report=input.direct_report_minimum,
        min_external=input.external_minimum,
        min_all_raters=input.all_raters_minimum,
        min_comments=input.comment_minimum,
        reminder_days_before_close=input.reminder_days_before_close,
        nomination_limits={n.group: (n.minimum, n.maximum) for n in input.nomination_limits},
        leader_ids=decode_ids(input.leader_ids, "Membership", "leaderIds"),
        unit_id=decode_optional_id(input.unit_id, "Unit", "unitId"),
        cohort_id=decode_optional_id(input.cohort_id, "Cohort", "cohortId"),
    )


@strawberry.type
class Query:
    @strawberry.field(description="The organisation's evaluation cycles (HR).")
    async def evaluation_cycles(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> Connection[EvaluationCycle]:
        viewer = policy.require_hr(info.context.viewer)
        return await paginate(
            info.context.session,
            repository.cycles_statement(viewer.organisation_id),
            [CycleModel.__table__.c.opens_at, CycleModel.__table__.c.id],
            PageRequest(first=first, after=after, last=last, before=before),
            info.context.settings,
            lambda row: EvaluationCycle.from_model(row[2]),
        )

    @strawberry.field(description="The viewer's own evaluations as the evaluated leader.")
    async def my_evaluations(self, info: Info) -> list[Evaluation]:
        viewer = policy.require_viewer(info.context.viewer)
        involved = await repository.evaluations_involving(
            info.context.session, viewer.membership_id
        )
        ids = [e.id for e, _ in involved if e.leader_id == viewer.membership_id]
        return await fetch_evaluations(info, ids)

    @strawberry.field(
        description="Open 360 tasks: raters to nominate, assessments to give, "
        "approvals waiting, reports to read."
    )
    async def my_evaluation_tasks(self, info: Info) -> list[EvaluationTask]:
        policy.require_viewer(info.context.viewer)
        tasks = await service.open_evaluation_tasks(info.context.session, info.context.viewer)
        return [EvaluationTask.of(t) for t in tasks]


@strawberry.type
class Mutation:
    @strawberry.mutation(description="A cycle and its evaluated leaders (HR).")
    async def create_evaluation_cycle(
        self, info: Info, input: CreateEvaluationCycleInput
    ) -> EvaluationCyclePayload:
        async def action() -> EvaluationCyclePayload:
            row = await service.create_cycle(
                info.context.session, info.context.viewer, _cycle_command(info, input)
            )
            return EvaluationCyclePayload(cycle=EvaluationCycle.from_model(row))

        return await run_mutation(info, input, EvaluationCyclePayload, action)

    @strawberry.mutation(description="Evaluate more leaders in a cycle (HR).")
    async def add_leaders_to_evaluation_cycle(
        self, info: Info, input: AddLeadersToEvaluationCycleInput
    ) -> EvaluationCyclePayload:
        async def action() -> EvaluationCyclePayload:
            cycle_id = decode_id(input.cycle_id, "EvaluationCycle", "cycleId")
            leaders = decode_ids(input.leader_ids, "Membership", "leaderIds")
            viewer = policy.require_hr(info.context.viewer)
            cycle = await evaluation_policy.own_cycle(info.context.session, viewer, cycle_id)
            await service.add_leaders(info.context.session, cycle, leaders)
            return EvaluationCyclePayload(cycle=EvaluationCycle.from_model(cycle))

        return await run_mutation(info, input, EvaluationCyclePayload, action)

    @strawberry.mutation(description="Open a planned cycle now; invitations go out (HR).")
    async def open_evaluation_cycle(
        self, info: Info, input: EvaluationCycleIdInput
    ) -> EvaluationCyclePayload:
        async def action() -> EvaluationCyclePayload:
            pk = decode_id(input.cycle_id, "EvaluationCycle", "cycleId")
            row = await service.open_cycle(info.context.session, info.context.viewer, pk)
            return EvaluationCyclePayload(cycle=EvaluationCycle.from_model(row))

        return await run_mutation(info, input, EvaluationCyclePayload, action)

    @strawberry.mutation(description="Close a cycle now and freeze its results (HR).")
    async def close_evaluation_cycle(
        self, info: Info, input: EvaluationCycleIdInput
    ) -> EvaluationCyclePayload:
        async def action() -> EvaluationCyclePayload:
            pk = decode_id(input.cycle_id, "EvaluationCycle", "cycleId")
            row = await service.close_cycle(info.context.session, info.context.viewer, pk)
            return EvaluationCyclePayload(cycle=EvaluationCycle.from_model(row))

        return await run_mutation(info, input, EvaluationCyclePayload, action)

    @strawberry.mutation(
        description="Invite every approved, uninvited rater of an open cycle "
        "in one go, however large the cohort (HR)."
    )
    async def invite_raters(self, info: Info, input: EvaluationCycleIdInput) -> InviteRatersPayload:
        async def action() -> InviteRatersPayload:
            viewer = policy.require_hr(info.context.viewer)
            cycle = await evaluation_policy.own_cycle(
                info.context.session,
                viewer,
                decode_id(input.cycle_id, "EvaluationCycle", "cycleId"),
            )
            sent = await service.invite(info.context.session, cycle.id)
            return InviteRatersPayload(cycle=EvaluationCycle.from_model(cycle), invited=sent.count)

        return await run_mutation(info, input, InviteRatersPayload, action)

    @strawberry.mutation(description="Move the deadline of a cycle that is not closed (HR).")
    async def change_evaluation_cycle_deadline(
        self, info: Info, input: ChangeEvaluationCycleDeadlineInput
    ) -> EvaluationCyclePayload:
        async def action() -> EvaluationCyclePayload:
            pk = decode_id(input.cycle_id, "EvaluationCycle", "cycleId")
            row = await service.update_closing(
                info.context.session, info.context.viewer, pk, input.closes_at
            )
            return EvaluationCyclePayload(cycle=EvaluationCycle.from_model(row))

        return await run_mutation(info, input, EvaluationCyclePayload, action)

    @strawberry.mutation(
        description="Change a cycle's framework or thresholds until it opens (HR)."
    )
    async def change_evaluation_questionnaire(
        self, info: Info, input: ChangeEvaluationQuestionnaireInput
    ) -> EvaluationCyclePayload:
        async def action() -> EvaluationCyclePayload:
            pk = decode_id(input.cycle_id, "EvaluationCycle", "cycleId")
            change = service.QuestionnaireChange(
                framework_id=decode_optional_id(
                    input.framework_id, "CompetencyFramework", "frameworkId"
                ),
                min_peer=input.peer_minimum,
                min_direct_report=input.direct_report_minimum,
                min_external=input.external_minimum,
                min_all_raters=input.all_raters_minimum,
                min_comments=input.comment_minimum,
            )
            row = await service.change_questionnaire(
                info.context.session, info.context.viewer, pk, change
            )
            return EvaluationCyclePayload(cycle=EvaluationCycle.from_model(row))

        return await run_mutation(info, input, EvaluationCyclePayload, action)

    @strawberry.mutation(description="The leader proposes raters by group.")
    async def nominate_raters(
        self, info: Info, input: NominateRatersInput
    ) -> NominateRatersPayload:
        async def action() -> NominateRatersPayload:
            pk = decode_id(input.evaluation_id, "Evaluation", "evaluationId")
            nominees = [
                service.NomineeCommand(
                    group=n.group,
                    membership_id=decode_optional_id(
                        n.membership_id, "Membership", ["nominees", index, "membershipId"]
                    ),
                    name=n.name,
                    email=n.email,
                    locale=n.locale,
                )
                for index, n in enumerate(input.nominees)
            ]
            rows = await service.nominate(info.context.session, info.context.viewer, pk, nominees)
            return NominateRatersPayload(
                evaluation=await _evaluation(info, pk),
                nominations=[Nomination.from_model(r) for r in rows],
            )

        return await run_mutation(info, input, NominateRatersPayload, action)

    @strawberry.mutation(description="The leader takes back a nomination not yet approved.")
    async def withdraw_nomination(
        self, info: Info, input: WithdrawNominationInput
    ) -> EvaluationPayload:
        async def action() -> EvaluationPayload:
            pk = decode_id(input.nomination_id, "Nomination", "nominationId")
            row = await service.withdraw(info.context.session, info.context.viewer, pk)
            return EvaluationPayload(evaluation=await _evaluation(info, row.id))

        return await run_mutation(info, input, EvaluationPayload, action)

    @strawberry.mutation(
        description="Open your own 360 form from the app (your self-assessment, your "
        "assessment as manager, or a form you were invited to): a fresh token for raterForm "
        "and the same link the invitation mail has."
    )
    async def open_my_rater_form(
        self, info: Info, input: EvaluationIdInput
    ) -> OpenMyRaterFormPayload:
        async def action() -> OpenMyRaterFormPayload:
            pk = decode_id(input.evaluation_id, "Evaluation", "evaluationId")
            form = await service.open_own_form(info.context.session, info.context.viewer, pk)
            return OpenMyRaterFormPayload(
                token=form.token, url=form.url, rater_group=form.rater_group
            )

        return await run_mutation(info, input, OpenMyRaterFormPayload, action)

    @strawberry.mutation(
        description="The leader is done nominating; the manager is asked to approve."
    )
    async def submit_nominations(self, info: Info, input: EvaluationIdInput) -> EvaluationPayload:
        async def action() -> EvaluationPayload:
            pk = decode_id(input.evaluation_id, "Evaluation", "evaluationId")
            await service.submit(info.context.session, info.context.viewer, pk)
            return EvaluationPayload(evaluation=await _evaluation(info, pk))

        return await run_mutation(info, input, EvaluationPayload, action)

    @strawberry.mutation(
        description="The manager approves the proposed raters, except those rejected."
    )
    async def approve_nominations(
        self, info: Info, input: ApproveNominationsInput
    ) -> EvaluationPayload:
        async def action() -> EvaluationPayload:
            pk = decode_id(input.evaluation_id, "Evaluation", "evaluationId")
            rejected = decode_ids(
                input.rejected_nomination_ids, "Nomination", "rejectedNominationIds"
            )
            await service.approve(info.context.session, info.context.viewer, pk, rejected)
            return EvaluationPayload(evaluation=await _evaluation(info, pk))

        return await run_mutation(info, input, EvaluationPayload, action)

    @strawberry.mutation(
        description="The leader shares their report (e.g. with their mentor), or stops."
    )
    async def share_evaluation_report(
        self, info: Info, input: ShareEvaluationReportInput
    ) -> EvaluationPayload:
        async def action() -> EvaluationPayload:
            pk = decode_id(input.evaluation_id, "Evaluation", "evaluationId")
            member = decode_id(input.membership_id, "Membership", "membershipId")
            await service.share_report(
                info.context.session, info.context.viewer, pk, member, input.shared
            )
            return EvaluationPayload(evaluation=await _evaluation(info, pk))

        return await run_mutation(info, input, EvaluationPayload, action)
