"""GraphQL types of the rater's form (``raterForm(token)``): no account,
only the link's secret. Item and question ids are global ids."""

from __future__ import annotations

from datetime import datetime

import strawberry

from backend.api.mutations import Payload
from backend.api.relay import to_global_id
from backend.i18n import translate
from feedback.evaluations import models
from feedback.evaluations.responses.service import FormState, RaterForm
from feedback.evaluations.types import RaterGroup

RaterFormState = strawberry.enum(FormState, name="RaterFormState")


@strawberry.type
class RaterItem:
    id: strawberry.ID
    text: str
    required: bool
    answer: int | None = strawberry.field(description="The saved value 1-5, if any.")
    cannot_judge: bool


@strawberry.type
class RaterCompetency:
    title: str
    description: str
    items: list[RaterItem]


@strawberry.type
class RaterQuestion:
    id: strawberry.ID
    text: str
    comment: str


@strawberry.type(description="What an invitation link shows; reading it changes nothing.")
class RaterFormView:
    state: RaterFormState  # type: ignore[valid-type]
    rater_group: RaterGroup  # type: ignore[valid-type]
    anonymous: bool = strawberry.field(description="False for SELF and MANAGER, shown as such.")
    anonymity_notice: str
    leader_name: str
    cycle_name: str
    closes_at: datetime
    scale_labels: list[str]
    competencies: list[RaterCompetency]
    open_questions: list[RaterQuestion]


def anonymity_notice(form: RaterForm, minimum: int, locale: str) -> str:
    if form.group == models.RaterGroup.SELF:
        return translate("feedback.page.self", locale)
    if form.group == models.RaterGroup.MANAGER:
        return translate("feedback.page.manager", locale)
    group = translate(f"feedback.group.{form.group.value}", locale)
    return translate("feedback.page.anonymous", locale, group=group, minimum=minimum)


def view_of(form: RaterForm, minimum: int, locale: str) -> RaterFormView:
    structure = form.structure
    return RaterFormView(
        state=form.state,
        rater_group=form.group,
        anonymous=form.group not in models.NAMED_GROUPS,
        anonymity_notice=anonymity_notice(form, minimum, locale),
        leader_name=form.leader_name,
        cycle_name=form.cycle_name,
        closes_at=form.closes_at,  # type: ignore[arg-type]
        scale_labels=structure.scale_labels(locale),
        competencies=[
            RaterCompetency(
                title=c.title(locale),
                description=c.description(locale),
                items=[
                    RaterItem(
                        id=to_global_id("CompetencyItem", i.id),
                        text=i.text(locale),
                        required=i.required,
                        answer=form.answers.get(i.id),
                        cannot_judge=i.id in form.answers and form.answers[i.id] is None,
                    )
                    for i in c.items
                ],
            )
            for c in structure.competencies
        ],
        open_questions=[
            RaterQuestion(
                id=to_global_id("OpenQuestion", q.id),
                text=q.text(locale),
                comment=form.comments.get(q.id, ""),
            )
            for q in structure.questions
        ],
    )


@strawberry.input(description="An answer: a value 1-5, or cannotJudge.")
class RaterAnswerInput:
    item_id: strawberry.ID
    value: int | None = None
    cannot_judge: bool = False


@strawberry.input
class RaterCommentInput:
    question_id: strawberry.ID
    text: str


@strawberry.input
class SaveRaterAnswersInput:
    token: str
    answers: list[RaterAnswerInput] = strawberry.field(default_factory=list)
    comments: list[RaterCommentInput] = strawberry.field(default_factory=list)
    client_mutation_id: str | None = None


@strawberry.input
class SubmitRaterResponseInput:
    token: str
    answers: list[RaterAnswerInput] = strawberry.field(default_factory=list)
    comments: list[RaterCommentInput] = strawberry.field(default_factory=list)
    client_mutation_id: str | None = None


@strawberry.input
class DeclineRaterInvitationInput:
    token: str
    reason: str = ""
    client_mutation_id: str | None = None


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
