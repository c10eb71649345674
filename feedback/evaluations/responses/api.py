"""GraphQL fields of the rater's form (``raterForm(token)``: no account, only
the link's secret), and a rater's answers and comments as sent (lists, by ID)
and as the service takes them (by key), with the service's errors pointed back
at the list sent. They come last in the schema's Query and Mutation, as they
did before the slice had sub-packages."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar

import strawberry

from backend.api.context import Info
from backend.api.errors import DomainError, DomainErrors
from backend.api.ids import decode_id
from backend.api.mutations import run_mutation
from backend.db import Session
from feedback.evaluations import service
from feedback.evaluations.responses.types import (
    DeclineRaterInvitationInput,
    RaterAnswerInput,
    RaterCommentInput,
    RaterFormPayload,
    RaterFormView,
    RaterStatePayload,
    SaveRaterAnswersInput,
    SubmitRaterResponseInput,
    view_of,
)

T = TypeVar("T")
# A service step on a rater's form: (session, token, answers, comments) -> result.
FormStep = Callable[[Session, str, dict[int, int | None], dict[int, str]], Awaitable[T]]


def answers(items: list[RaterAnswerInput]) -> dict[int, int | None]:
    found: dict[int, int | None] = {}
    for index, answer in enumerate(items):
        pk = decode_id(answer.item_id, "CompetencyItem", ["answers", index, "itemId"])
        if answer.cannot_judge:
            found[pk] = None
        elif answer.value is not None:
            found[pk] = answer.value
    return found


def comments(items: list[RaterCommentInput]) -> dict[int, str]:
    return {
        decode_id(c.question_id, "OpenQuestion", ["comments", i, "questionId"]): c.text
        for i, c in enumerate(items)
    }


# The part of an answer or comment a rule of the form refuses, by message key;
# any other names the ID.
_FAULTY_PART = {
    "feedback.rater.out_of_scale": "value",
    "error.too_long": "text",
}


async def errors_at_input(
    run: Awaitable[T], answers: list[RaterAnswerInput], comments: list[RaterCommentInput]
) -> T:
    """The service names answers by item and comments by question; the client
    sent lists, so the errors are given the index in the list sent (or the
    list itself, for an item the form requires and the input left out)."""
    try:
        return await run
    except DomainError as error:
        _locate(error, answers, comments)
        raise
    except DomainErrors as group:
        for each in group.errors:
            _locate(each, answers, comments)
        raise


async def on_form(
    step: FormStep[T],
    session: Session,
    sent: SaveRaterAnswersInput | SubmitRaterResponseInput,
) -> T:
    """``step`` with the answers and comments ``sent`` (keyed as the service
    takes them), its errors pointed at the lists sent (``errors_at_input``)."""
    return await errors_at_input(
        step(session, sent.token, answers(sent.answers), comments(sent.comments)),
        sent.answers,
        sent.comments,
    )


def _locate(
    error: DomainError, answers: list[RaterAnswerInput], comments: list[RaterCommentInput]
) -> None:
    if not error.field or len(error.field) != 2 or error.field[0] not in ("answers", "comments"):
        return
    listed, key = error.field
    # Already decoded once by _answers/_comments: these cannot fail here.
    ids = (
        [decode_id(a.item_id, "CompetencyItem", listed) for a in answers]
        if listed == "answers"
        else [decode_id(c.question_id, "OpenQuestion", listed) for c in comments]
    )
    if not key.isdigit() or int(key) not in ids:
        error.field = [listed]
        return
    index = len(ids) - 1 - ids[::-1].index(int(key))  # the last one sent wins
    part = _FAULTY_PART.get(error.message_key, "itemId" if listed == "answers" else "questionId")
    error.field = [listed, str(index), part]


@strawberry.type
class Query:
    @strawberry.field(description="The form behind an invitation link. Reading it changes nothing.")
    async def rater_form(self, info: Info, token: str) -> RaterFormView:
        form = await service.rater_form(info.context.session, token)
        locale = info.context.locale
        return view_of(form, form.minimum, locale)


@strawberry.type
class Mutation:
    @strawberry.mutation(description="Save some answers of an invitation's form (a draft).")
    async def save_rater_answers(
        self, info: Info, input: SaveRaterAnswersInput
    ) -> RaterFormPayload:
        async def action() -> RaterFormPayload:
            form = await on_form(service.save, info.context.session, input)
            return RaterFormPayload(form=view_of(form, form.minimum, info.context.locale))

        return await run_mutation(info, input, RaterFormPayload, action)

    @strawberry.mutation(description="Submit the form; final, and refused after the close.")
    async def submit_rater_response(
        self, info: Info, input: SubmitRaterResponseInput
    ) -> RaterStatePayload:
        async def action() -> RaterStatePayload:
            state = await on_form(service.submit_response, info.context.session, input)
            return RaterStatePayload(state=state)

        return await run_mutation(info, input, RaterStatePayload, action)

    @strawberry.mutation(description="Decline to rate, with an optional reason.")
    async def decline_rater_invitation(
        self, info: Info, input: DeclineRaterInvitationInput
    ) -> RaterStatePayload:
        async def action() -> RaterStatePayload:
            state = await service.decline(info.context.session, input.token, input.reason)
            return RaterStatePayload(state=state)

        return await run_mutation(info, input, RaterStatePayload, action)
