"""The rater's side: the form behind an invitation link, saving a draft,
submitting, and declining.

Reading the form changes nothing (mail scanners open every link). Submitting
writes an ``EvaluationResponse`` that knows only the evaluation and the
group, flips ``Nomination.responded`` and deletes the draft, in one
transaction, and logs nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.attributes import set_committed_value

from backend.api.errors import DomainError, DomainErrors, ErrorCode
from backend.auth.tokens import hash_secret
from backend.auth.viewer import Viewer
from backend.db import utcnow
from backend.identity import policy
from feedback.evaluations import repository
from feedback.evaluations.delivery import repository as delivery_repository
from feedback.evaluations.models import (
    CycleStatus,
    Evaluation,
    EvaluationCycle,
    Nomination,
    NominationStatus,
    RaterGroup,
)
from feedback.evaluations.nominations import repository as nomination_repository
from feedback.evaluations.progress import repository as progress_repository
from feedback.evaluations.reports import repository as results
from feedback.frameworks import service as frameworks
from feedback.frameworks.service import SCALE_MAX, SCALE_MIN, FrameworkStructure

MAX_COMMENT = 4000
MAX_REASON = 1000
MAX_TOKEN = 200


class FormState(StrEnum):
    OPEN = "OPEN"
    SUBMITTED = "SUBMITTED"
    DECLINED = "DECLINED"
    CLOSED = "CLOSED"


# An answer is a value 1-5, or None for "cannot judge".
Answers = dict[int, int | None]


@dataclass
class RaterForm:
    state: FormState
    group: RaterGroup
    leader_name: str
    cycle_name: str
    closes_at: object
    structure: FrameworkStructure
    answers: Answers = field(default_factory=dict)
    comments: dict[int, str] = field(default_factory=dict)
    locale: str = "da"
    # The responses the rater's group needs before it shows in any figure.
    minimum: int = 3


@dataclass
class _Resolved:
    nomination: Nomination
    evaluation: Evaluation
    cycle: EvaluationCycle


async def _resolve(session: AsyncSession, token: str) -> _Resolved:
    if not token or len(token) > MAX_TOKEN:
        raise DomainError(ErrorCode.NOT_FOUND, "feedback.rater.unknown_token", field=["token"])
    found = await delivery_repository.nomination_by_token(session, hash_secret(token))
    if found is None or found[0].status != NominationStatus.APPROVED.value:
        raise DomainError(ErrorCode.NOT_FOUND, "feedback.rater.unknown_token", field=["token"])
    nomination, _token = found
    evaluation = await repository.evaluation(session, nomination.evaluation_id)
    assert evaluation is not None
    cycle = await repository.cycle(session, evaluation.cycle_id)
    assert cycle is not None
    return _Resolved(nomination, evaluation, cycle)


def _is_open(cycle: EvaluationCycle) -> bool:
    return cycle.status == CycleStatus.OPEN.value and cycle.closes_at > utcnow()


def _state(resolved: _Resolved) -> FormState:
    if resolved.nomination.responded:
        return FormState.SUBMITTED
    if resolved.nomination.declined:
        return FormState.DECLINED
    if not _is_open(resolved.cycle):
        return FormState.CLOSED
    return FormState.OPEN


def _require_open(resolved: _Resolved) -> None:
    state = _state(resolved)
    if state == FormState.SUBMITTED:
        raise DomainError(ErrorCode.CONFLICT, "feedback.rater.already_submitted", field=["token"])
    if state == FormState.DECLINED:
        raise DomainError(ErrorCode.CONFLICT, "feedback.rater.declined", field=["token"])
    if state == FormState.CLOSED:
        raise DomainError(ErrorCode.RULE_VIOLATED, "feedback.rater.expired", field=["token"])


def _draft(nomination: Nomination) -> tuple[Answers, dict[int, str]]:
    draft = nomination.draft or {}
    answers = {int(k): v for k, v in (draft.get("answers") or {}).items()}
    comments = {int(k): str(v) for k, v in (draft.get("comments") or {}).items()}
    return answers, comments


async def rater_form(session: AsyncSession, token: str) -> RaterForm:
    """What the invitation link shows. Reads only: opening a link changes nothing."""
    resolved = await _resolve(session, token)
    structure = await frameworks.structure(session, resolved.cycle.framework_id)
    assert structure is not None
    leader = (await repository.people(session, [resolved.evaluation.leader_id]))[
        resolved.evaluation.leader_id
    ]
    state = _state(resolved)
    answers, comments = _draft(resolved.nomination) if state == FormState.OPEN else ({}, {})
    return RaterForm(
        state=state,
        group=RaterGroup(resolved.nomination.rater_group),
        leader_name=leader.name,
        cycle_name=resolved.cycle.name,
        closes_at=resolved.cycle.closes_at,
        structure=structure,
        answers=answers,
        comments=comments,
        locale=resolved.nomination.locale,
        minimum=group_minimum(resolved.cycle, resolved.nomination.rater_group),
    )


def group_minimum(cycle: EvaluationCycle, group: str) -> int:
    return {
        RaterGroup.PEER.value: cycle.min_peer,
        RaterGroup.DIRECT_REPORT.value: cycle.min_direct_report,
        RaterGroup.EXTERNAL.value: cycle.min_external,
    }.get(group, 1)


def validate(
    structure: FrameworkStructure, answers: Answers, comments: dict[int, str]
) -> list[DomainError]:
    """Every problem of the given answers: unknown items, values outside the scale."""
    errors = []
    questions = {q.id for q in structure.questions}
    for item_id, value in answers.items():
        at = ["answers", str(item_id)]
        if item_id not in structure.items_by_id:
            errors.append(DomainError(ErrorCode.INVALID, "feedback.rater.unknown_item", at))
        elif value is not None and not (SCALE_MIN <= value <= SCALE_MAX):
            errors.append(
                DomainError(
                    ErrorCode.INVALID,
                    "feedback.rater.out_of_scale",
                    at,
                    minimum=SCALE_MIN,
                    maximum=SCALE_MAX,
                )
            )
    for question_id, text in comments.items():
        at = ["comments", str(question_id)]
        if question_id not in questions:
            errors.append(DomainError(ErrorCode.INVALID, "feedback.rater.unknown_question", at))
        elif len(text) > MAX_COMMENT:
            errors.append(
                DomainError(ErrorCode.TOO_LONG, "error.too_long", at, maximum=MAX_COMMENT)
            )
    return errors


def missing(structure: FrameworkStructure, answers: Answers) -> list[DomainError]:
    return [
        DomainError(ErrorCode.REQUIRED, "feedback.rater.missing_item", ["answers", str(item.id)])
        for competency in structure.competencies
        for item in competency.items
        if item.required and item.id not in answers
    ]


async def save(
    session: AsyncSession, token: str, answers: Answers, comments: dict[int, str]
) -> RaterForm:
    """Merge answers into the draft. All or nothing: with any bad value nothing
    changes, and what was saved before stays."""
    resolved = await _resolve(session, token)
    _require_open(resolved)
    structure = await frameworks.structure(session, resolved.cycle.framework_id)
    assert structure is not None
    errors = validate(structure, answers, comments)
    if errors:
        raise DomainErrors(errors)
    saved_answers, saved_comments = _draft(resolved.nomination)
    saved_answers.update(answers)
    for question_id, text in comments.items():
        if text.strip():
            saved_comments[question_id] = text.strip()
        else:
            saved_comments.pop(question_id, None)
    resolved.nomination.draft = {
        "answers": {str(k): v for k, v in saved_answers.items()},
        "comments": {str(k): v for k, v in saved_comments.items()},
    }
    await session.flush()
    return await rater_form(session, token)


async def submit(
    session: AsyncSession,
    token: str,
    answers: Answers | None = None,
    comments: dict[int, str] | None = None,
) -> FormState:
    """Submit the draft (with any answers given now). Refused after the close,
    a second time, or with a required item unanswered."""
    resolved = await _resolve(session, token)
    # FOR SHARE: a close waits for this transaction, or this one sees it closed.
    cycle = await repository.cycle_for_update(session, resolved.cycle.id, share=True)
    assert cycle is not None
    resolved.cycle = cycle
    _require_open(resolved)
    if answers or comments:
        await save(session, token, answers or {}, comments or {})
    structure = await frameworks.structure(session, cycle.framework_id)
    assert structure is not None
    final_answers, final_comments = _draft(resolved.nomination)
    errors = validate(structure, final_answers, final_comments) + missing(structure, final_answers)
    if errors:
        raise DomainErrors(errors)
    if not await nomination_repository.mark_responded(session, resolved.nomination.id):
        raise DomainError(ErrorCode.CONFLICT, "feedback.rater.already_submitted", field=["token"])
    await results.write_response(
        session,
        resolved.evaluation.organisation_id,
        resolved.evaluation.id,
        resolved.nomination.rater_group,
        final_answers,
        {q: t for q, t in final_comments.items() if t.strip()},
    )
    # The UPDATE already wrote these; keep the loaded object in step without another.
    set_committed_value(resolved.nomination, "responded", True)
    set_committed_value(resolved.nomination, "draft", None)
    return FormState.SUBMITTED


async def decline(session: AsyncSession, token: str, reason: str) -> FormState:
    resolved = await _resolve(session, token)
    _require_open(resolved)
    if len(reason) > MAX_REASON:
        raise DomainError(ErrorCode.TOO_LONG, "error.too_long", ["reason"], maximum=MAX_REASON)
    resolved.nomination.declined = True
    resolved.nomination.draft = None
    if reason.strip():
        # Kept apart from the invitation: HR reads reasons per cycle, never whose.
        progress_repository.add_decline_reason(
            session, resolved.cycle.organisation_id, resolved.cycle.id, reason.strip()
        )
    await session.flush()
    return FormState.DECLINED


@dataclass(frozen=True)
class OwnForm:
    token: str
    url: str
    rater_group: str


async def open_own_form(
    session: AsyncSession, viewer: Viewer | None, evaluation_id: int
) -> OwnForm:
    """A signed-in person opens their own form from the app: a fresh rater
    token, as the invitation mail's link would carry (SELF and MANAGER at once,
    another group's once invited; see ``nomination_repository.own_named_nomination``)."""
    me = policy.require_viewer(viewer)
    nomination = await nomination_repository.own_named_nomination(
        session, me.membership_id, evaluation_id
    )
    if nomination is None:
        raise DomainError(ErrorCode.NOT_FOUND, "error.not_found", field=["evaluationId"])
    evaluation = await repository.evaluation(session, nomination.evaluation_id)
    assert evaluation is not None
    cycle = await repository.cycle(session, evaluation.cycle_id)
    assert cycle is not None
    _require_open(_Resolved(nomination, evaluation, cycle))
    from feedback.evaluations.delivery.service import issue_token, rater_url

    secret = await issue_token(session, nomination.id, cycle.closes_at)
    return OwnForm(secret, rater_url(secret, nomination.locale), nomination.rater_group)


async def issue_own_link(
    session: AsyncSession, nomination: Nomination, cycle: EvaluationCycle
) -> str:
    """A fresh link for a signed-in rater's own nomination (from the app)."""
    from feedback.evaluations.delivery.service import issue_token, rater_url

    secret = await issue_token(session, nomination.id, cycle.closes_at)
    return rater_url(secret, nomination.locale)
