"""GraphQL inputs and payloads of 360 evaluations."""

from __future__ import annotations

from datetime import datetime

import strawberry

from backend.api.mutations import Payload
from feedback.evaluations import models as m
from feedback.evaluations.responses.types import RaterFormState, RaterFormView
from feedback.evaluations.types import (
    CycleProfile,
    CyclePurpose,
    Evaluation,
    EvaluationCycle,
    Nomination,
    RaterGroup,
)


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
    purpose: CyclePurpose = m.CyclePurpose.BASELINE  # type: ignore[valid-type]
    baseline_cycle_id: strawberry.ID | None = None
    profile: CycleProfile = m.CycleProfile.STANDARD  # type: ignore[valid-type]
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


@strawberry.input
class NomineeInput:
    group: RaterGroup  # type: ignore[valid-type]
    membership_id: strawberry.ID | None = None
    name: str | None = None
    email: str | None = None
    locale: str = "da"


@strawberry.input
class NominateRatersInput:
    evaluation_id: strawberry.ID
    nominees: list[NomineeInput]
    client_mutation_id: str | None = None


@strawberry.input
class EvaluationIdInput:
    evaluation_id: strawberry.ID
    client_mutation_id: str | None = None


@strawberry.input
class WithdrawNominationInput:
    nomination_id: strawberry.ID
    client_mutation_id: str | None = None


@strawberry.input
class ApproveNominationsInput:
    evaluation_id: strawberry.ID
    rejected_nomination_ids: list[strawberry.ID] = strawberry.field(default_factory=list)
    client_mutation_id: str | None = None


@strawberry.input
class ShareEvaluationReportInput:
    evaluation_id: strawberry.ID
    membership_id: strawberry.ID
    shared: bool = True
    client_mutation_id: str | None = None


@strawberry.type
class EvaluationCyclePayload(Payload):
    cycle: EvaluationCycle | None = None


@strawberry.type
class InviteRatersPayload(Payload):
    cycle: EvaluationCycle | None = None
    invited: int = 0


@strawberry.type
class EvaluationPayload(Payload):
    evaluation: Evaluation | None = None


@strawberry.type
class NominateRatersPayload(Payload):
    evaluation: Evaluation | None = None
    nominations: list[Nomination] = strawberry.field(default_factory=list)


@strawberry.type
class RaterFormPayload(Payload):
    form: RaterFormView | None = None


@strawberry.type
class OpenMyRaterFormPayload(Payload):
    token: str | None = strawberry.field(
        default=None, description="A rater token of the viewer's own form, for raterForm."
    )
    url: str | None = strawberry.field(default=None, description="The same form's rater link.")
    rater_group: RaterGroup | None = None  # type: ignore[valid-type]


@strawberry.type
class RaterStatePayload(Payload):
    state: RaterFormState | None = None  # type: ignore[valid-type]


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
