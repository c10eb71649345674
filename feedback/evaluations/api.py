"""GraphQL fields of 360 evaluations: thin, they call ``service``."""

from __future__ import annotations

import strawberry

from backend.api.context import Info
from backend.api.errors import DomainError, ErrorCode
from backend.api.mutations import run_mutation
from backend.api.pagination import Connection, PageRequest, paginate
from backend.api.relay import decode_id, from_global_id
from backend.identity import policy
from feedback.evaluations import access, home, repository, service
from feedback.evaluations.inputs import (
    AddLeadersToEvaluationCycleInput,
    ApproveNominationsInput,
    ChangeEvaluationCycleDeadlineInput,
    ChangeEvaluationQuestionnaireInput,
    CreateEvaluationCycleInput,
    EvaluationCycleIdInput,
    EvaluationCyclePayload,
    EvaluationIdInput,
    EvaluationPayload,
    InviteRatersPayload,
    NominateRatersInput,
    NominateRatersPayload,
    RaterFormPayload,
    RaterStatePayload,
    ShareEvaluationReportInput,
    WithdrawNominationInput,
)
from feedback.evaluations.models import EvaluationCycle as CycleModel
from feedback.evaluations.rater_types import (
    DeclineRaterInvitationInput,
    RaterAnswerInput,
    RaterCommentInput,
    RaterFormView,
    SaveRaterAnswersInput,
    SubmitRaterResponseInput,
    view_of,
)
from feedback.evaluations.types import (
    Evaluation,
    EvaluationCycle,
    EvaluationTask,
    Nomination,
    fetch_evaluations,
)


def _pk(global_id: str, type_name: str, field: list[str]) -> int:
    try:
        found, pk = from_global_id(global_id)
    except ValueError:
        found, pk = "", 0
    if found != type_name:
        raise DomainError(ErrorCode.INVALID, "error.invalid_id", field=field)
    return pk


def _answers(items: list[RaterAnswerInput]) -> dict[int, int | None]:
    found: dict[int, int | None] = {}
    for index, answer in enumerate(items):
        pk = _pk(answer.item_id, "CompetencyItem", ["answers", str(index), "itemId"])
        if answer.cannot_judge:
            found[pk] = None
        elif answer.value is not None:
            found[pk] = answer.value
    return found


def _comments(items: list[RaterCommentInput]) -> dict[int, str]:
    return {
        _pk(c.question_id, "OpenQuestion", ["comments", str(i), "questionId"]): c.text
        for i, c in enumerate(items)
    }


async def _evaluation(info: Info, pk: int) -> Evaluation | None:
    found = await fetch_evaluations(info, [pk])
    return found[0] if found else None


def _cycle_command(info: Info, input: CreateEvaluationCycleInput) -> service.CycleCommand:
    return service.CycleCommand(
        name=input.name,
        framework_id=decode_id(input.framework_id, "CompetencyFramework", info),
        opens_at=input.opens_at,
        closes_at=input.closes_at,
        purpose=input.purpose,
        baseline_cycle_id=(
            decode_id(input.baseline_cycle_id, "EvaluationCycle", info)
            if input.baseline_cycle_id
            else None
        ),
        profile=input.profile,
        min_peer=input.peer_minimum,
        min_direct_report=input.direct_report_minimum,
        min_external=input.external_minimum,
        min_all_raters=input.all_raters_minimum,
        min_comments=input.comment_minimum,
        reminder_days_before_close=input.reminder_days_before_close,
        nomination_limits={n.group: (n.minimum, n.maximum) for n in input.nomination_limits},
        leader_ids=[decode_id(i, "Membership", info) for i in input.leader_ids],
        unit_id=decode_id(input.unit_id, "Unit", info) if input.unit_id else None,
        cohort_id=decode_id(input.cohort_id, "Cohort", info) if input.cohort_id else None,
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
        viewer = access.require_hr(info.context.viewer)
        return await paginate(
            info.context.session,
            repository.cycles_statement(viewer.organisation_id),
            [CycleModel.opens_at, CycleModel.id],
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

    @strawberry.field(description="The form behind an invitation link. Reading it changes nothing.")
    async def rater_form(self, info: Info, token: str) -> RaterFormView:
        form = await service.rater_form(info.context.session, token)
        locale = info.context.locale
        return view_of(form, form.minimum, locale)


@strawberry.type
class Mutation:
    @strawberry.mutation(description="A cycle and its evaluated leaders (HR).")
    async def create_evaluation_cycle(
        self, info: Info, input: CreateEvaluationCycleInput
    ) -> EvaluationCyclePayload:
        async def action() -> dict[str, object]:
            row = await service.create_cycle(
                info.context.session, info.context.viewer, _cycle_command(info, input)
            )
            return {"cycle": EvaluationCycle.from_model(row)}

        return await run_mutation(info, input, EvaluationCyclePayload, action)

    @strawberry.mutation(description="Evaluate more leaders in a cycle (HR).")
    async def add_leaders_to_evaluation_cycle(
        self, info: Info, input: AddLeadersToEvaluationCycleInput
    ) -> EvaluationCyclePayload:
        async def action() -> dict[str, object]:
            viewer = access.require_hr(info.context.viewer)
            cycle = await access.own_cycle(
                info.context.session, viewer, decode_id(input.cycle_id, "EvaluationCycle", info)
            )
            leaders = [decode_id(i, "Membership", info) for i in input.leader_ids]
            await service.add_leaders(info.context.session, cycle, leaders)
            return {"cycle": EvaluationCycle.from_model(cycle)}

        return await run_mutation(info, input, EvaluationCyclePayload, action)

    @strawberry.mutation(description="Open a planned cycle now; invitations go out (HR).")
    async def open_evaluation_cycle(
        self, info: Info, input: EvaluationCycleIdInput
    ) -> EvaluationCyclePayload:
        async def action() -> dict[str, object]:
            pk = decode_id(input.cycle_id, "EvaluationCycle", info)
            row = await service.open_cycle(info.context.session, info.context.viewer, pk)
            return {"cycle": EvaluationCycle.from_model(row)}

        return await run_mutation(info, input, EvaluationCyclePayload, action)

    @strawberry.mutation(description="Close a cycle now and freeze its results (HR).")
    async def close_evaluation_cycle(
        self, info: Info, input: EvaluationCycleIdInput
    ) -> EvaluationCyclePayload:
        async def action() -> dict[str, object]:
            pk = decode_id(input.cycle_id, "EvaluationCycle", info)
            row = await service.close_cycle(info.context.session, info.context.viewer, pk)
            return {"cycle": EvaluationCycle.from_model(row)}

        return await run_mutation(info, input, EvaluationCyclePayload, action)

    @strawberry.mutation(
        description="Invite every approved, uninvited rater of an open cycle "
        "in one go, however large the cohort (HR)."
    )
    async def invite_raters(self, info: Info, input: EvaluationCycleIdInput) -> InviteRatersPayload:
        async def action() -> dict[str, object]:
            viewer = access.require_hr(info.context.viewer)
            cycle = await access.own_cycle(
                info.context.session, viewer, decode_id(input.cycle_id, "EvaluationCycle", info)
            )
            sent = await service.invite(info.context.session, cycle.id)
            return {"cycle": EvaluationCycle.from_model(cycle), "invited": sent.count}

        return await run_mutation(info, input, InviteRatersPayload, action)

    @strawberry.mutation(description="Move the deadline of a cycle that is not closed (HR).")
    async def change_evaluation_cycle_deadline(
        self, info: Info, input: ChangeEvaluationCycleDeadlineInput
    ) -> EvaluationCyclePayload:
        async def action() -> dict[str, object]:
            pk = decode_id(input.cycle_id, "EvaluationCycle", info)
            row = await service.update_closing(
                info.context.session, info.context.viewer, pk, input.closes_at
            )
            return {"cycle": EvaluationCycle.from_model(row)}

        return await run_mutation(info, input, EvaluationCyclePayload, action)

    @strawberry.mutation(
        description="Change a cycle's framework or thresholds until it opens (HR)."
    )
    async def change_evaluation_questionnaire(
        self, info: Info, input: ChangeEvaluationQuestionnaireInput
    ) -> EvaluationCyclePayload:
        async def action() -> dict[str, object]:
            pk = decode_id(input.cycle_id, "EvaluationCycle", info)
            change = service.QuestionnaireChange(
                framework_id=decode_id(input.framework_id, "CompetencyFramework", info)
                if input.framework_id
                else None,
                min_peer=input.peer_minimum,
                min_direct_report=input.direct_report_minimum,
                min_external=input.external_minimum,
                min_all_raters=input.all_raters_minimum,
                min_comments=input.comment_minimum,
            )
            row = await service.change_questionnaire(
                info.context.session, info.context.viewer, pk, change
            )
            return {"cycle": EvaluationCycle.from_model(row)}

        return await run_mutation(info, input, EvaluationCyclePayload, action)

    @strawberry.mutation(description="The leader proposes raters by group.")
    async def nominate_raters(
        self, info: Info, input: NominateRatersInput
    ) -> NominateRatersPayload:
        async def action() -> dict[str, object]:
            pk = decode_id(input.evaluation_id, "Evaluation", info)
            nominees = [
                service.NomineeCommand(
                    group=n.group,
                    membership_id=decode_id(n.membership_id, "Membership", info)
                    if n.membership_id
                    else None,
                    name=n.name,
                    email=n.email,
                    locale=n.locale,
                )
                for n in input.nominees
            ]
            rows = await service.nominate(info.context.session, info.context.viewer, pk, nominees)
            return {
                "evaluation": await _evaluation(info, pk),
                "nominations": [Nomination.from_model(r) for r in rows],
            }

        return await run_mutation(info, input, NominateRatersPayload, action)

    @strawberry.mutation(description="The leader takes back a nomination not yet approved.")
    async def withdraw_nomination(
        self, info: Info, input: WithdrawNominationInput
    ) -> EvaluationPayload:
        async def action() -> dict[str, object]:
            pk = decode_id(input.nomination_id, "Nomination", info)
            row = await service.withdraw(info.context.session, info.context.viewer, pk)
            return {"evaluation": await _evaluation(info, row.id)}

        return await run_mutation(info, input, EvaluationPayload, action)

    @strawberry.mutation(
        description="The leader is done nominating; the manager is asked to approve."
    )
    async def submit_nominations(self, info: Info, input: EvaluationIdInput) -> EvaluationPayload:
        async def action() -> dict[str, object]:
            pk = decode_id(input.evaluation_id, "Evaluation", info)
            await service.submit(info.context.session, info.context.viewer, pk)
            return {"evaluation": await _evaluation(info, pk)}

        return await run_mutation(info, input, EvaluationPayload, action)

    @strawberry.mutation(
        description="The manager approves the proposed raters, except those rejected."
    )
    async def approve_nominations(
        self, info: Info, input: ApproveNominationsInput
    ) -> EvaluationPayload:
        async def action() -> dict[str, object]:
            pk = decode_id(input.evaluation_id, "Evaluation", info)
            rejected = [decode_id(i, "Nomination", info) for i in input.rejected_nomination_ids]
            await service.approve(info.context.session, info.context.viewer, pk, rejected)
            return {"evaluation": await _evaluation(info, pk)}

        return await run_mutation(info, input, EvaluationPayload, action)

    @strawberry.mutation(
        description="The leader shares their report (e.g. with their mentor), or stops."
    )
    async def share_evaluation_report(
        self, info: Info, input: ShareEvaluationReportInput
    ) -> EvaluationPayload:
        async def action() -> dict[str, object]:
            pk = decode_id(input.evaluation_id, "Evaluation", info)
            member = decode_id(input.membership_id, "Membership", info)
            await service.share_report(
                info.context.session, info.context.viewer, pk, member, input.shared
            )
            return {"evaluation": await _evaluation(info, pk)}

        return await run_mutation(info, input, EvaluationPayload, action)

    @strawberry.mutation(description="Save some answers of an invitation's form (a draft).")
    async def save_rater_answers(
        self, info: Info, input: SaveRaterAnswersInput
    ) -> RaterFormPayload:
        async def action() -> dict[str, object]:
            form = await service.save(
                info.context.session,
                input.token,
                _answers(input.answers),
                _comments(input.comments),
            )
            return {"form": view_of(form, form.minimum, info.context.locale)}

        return await run_mutation(info, input, RaterFormPayload, action)

    @strawberry.mutation(description="Submit the form; final, and refused after the close.")
    async def submit_rater_response(
        self, info: Info, input: SubmitRaterResponseInput
    ) -> RaterStatePayload:
        async def action() -> dict[str, object]:
            state = await service.submit_response(
                info.context.session,
                input.token,
                _answers(input.answers),
                _comments(input.comments),
            )
            return {"state": state}

        return await run_mutation(info, input, RaterStatePayload, action)

    @strawberry.mutation(description="Decline to rate, with an optional reason.")
    async def decline_rater_invitation(
        self, info: Info, input: DeclineRaterInvitationInput
    ) -> RaterStatePayload:
        async def action() -> dict[str, object]:
            state = await service.decline(info.context.session, input.token, input.reason)
            return {"state": state}

        return await run_mutation(info, input, RaterStatePayload, action)


# The leader's home page (learning.programmes) lists open 360 tasks from here.
home.wire()
