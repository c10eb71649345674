"""Queries of the result side: writing a response, and the aggregates a
report is built from, computed in SQL.

Spread is computed from the count, sum and sum of squares, which both SQLite
and PostgreSQL aggregate; a rater counts for a competency only if they
answered at least half of its items ("cannot judge" is not an answer).
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import (
    BigInteger,
    CompoundSelect,
    and_,
    cast,
    func,
    insert,
    literal,
    null,
    select,
    union_all,
)
from sqlalchemy.ext.asyncio import AsyncSession

from backend.repository import one_of
from feedback.evaluations.models import EvaluationResponse, ResponseAnswer, ResponseComment
from feedback.frameworks.service import CompetencyItem

# {"responses": {group: n}, "competencies": {cid: {group: raters}},
#  "items": {iid: {group: [n, sum, sum of squares]}}}
Aggregates = dict[str, Any]


def new_response_id() -> str:
    """128 random bits; never a sequence, which would record submission order."""
    return secrets.token_hex(16)


async def write_response(
    session: AsyncSession,
    organisation_id: int,
    evaluation_id: int,
    rater_group: str,
    answers: dict[int, int | None],
    comments: dict[int, str],
) -> None:
    response_id = new_response_id()
    await session.execute(
        insert(EvaluationResponse).values(
            id=response_id,
            organisation_id=organisation_id,
            evaluation_id=evaluation_id,
            rater_group=rater_group,
        )
    )
    if answers:
        await session.execute(
            insert(ResponseAnswer),
            [{"response_id": response_id, "item_id": i, "value": v} for i, v in answers.items()],
        )
    if comments:
        await session.execute(
            insert(ResponseComment),
            [
                {"response_id": response_id, "question_id": q, "text": t}
                for q, t in comments.items()
            ],
        )


async def aggregates(session: AsyncSession, evaluation_ids: Sequence[int]) -> dict[int, Aggregates]:
    """Per evaluation: responses per group, qualifying raters per group and
    competency, and (n, sum, sum of squares) per group and item over the
    qualifying raters. One statement for any number of evaluations."""
    ids = list(evaluation_ids)
    found: dict[int, Aggregates] = {
        e: {"responses": {}, "competencies": {}, "items": {}} for e in ids
    }
    if not ids:
        return found
    for kind, evaluation_id, group, key, n, total, total_sq in await session.execute(
        _aggregates_statement(ids)
    ):
        part = found[evaluation_id]
        if kind == "R":
            part["responses"][group] = int(n)
        elif kind == "C":
            part["competencies"].setdefault(str(key), {})[group] = int(n)
        else:
            part["items"].setdefault(str(key), {})[group] = [
                int(n),
                int(total or 0),
                int(total_sq or 0),
            ]
    return found


def _aggregates_statement(ids: list[int]) -> CompoundSelect:
    """The three parts of the aggregates as rows of one UNION ALL, told apart by
    ``kind``: R(esponses per group), C(ompetency raters), I(tem figures). The
    evaluations' answers are read once instead of once a part (bench/NOTES.md)."""
    response = EvaluationResponse
    responses = (
        select(response.id, response.evaluation_id, response.rater_group)
        .where(response.evaluation_id.in_(ids))
        .cte("responses")
    )
    answers = (
        select(
            responses.c.id.label("response_id"),
            responses.c.evaluation_id,
            responses.c.rater_group,
            CompetencyItem.competency_id,
            ResponseAnswer.item_id,
            ResponseAnswer.value,
        )
        .select_from(responses)
        .join(ResponseAnswer, ResponseAnswer.response_id == responses.c.id)
        .join(CompetencyItem, CompetencyItem.id == ResponseAnswer.item_id)
        .cte("answers")
    )
    answered = (
        select(
            answers.c.response_id,
            answers.c.competency_id,
            func.count(answers.c.value).label("answered"),
        )
        .group_by(answers.c.response_id, answers.c.competency_id)
        .cte("answered")
    )
    item_counts = (
        select(CompetencyItem.competency_id, func.count().label("item_total"))
        .where(CompetencyItem.competency_id.in_(select(answered.c.competency_id)))
        .group_by(CompetencyItem.competency_id)
        .cte("item_counts")
    )
    # A rater counts for a competency only with at least half of its items answered.
    qualifying = (
        select(answered.c.response_id, answered.c.competency_id)
        .join(item_counts, item_counts.c.competency_id == answered.c.competency_id)
        .where(answered.c.answered * 2 >= item_counts.c.item_total)
        .cte("qualifying")
    )
    nothing = cast(null(), BigInteger)
    per_group = select(
        literal("R").label("kind"),
        responses.c.evaluation_id,
        responses.c.rater_group,
        nothing.label("key"),
        func.count().label("n"),
        nothing.label("total"),
        nothing.label("total_sq"),
    ).group_by(responses.c.evaluation_id, responses.c.rater_group)
    per_competency = (
        select(
            literal("C"),
            responses.c.evaluation_id,
            responses.c.rater_group,
            qualifying.c.competency_id,
            func.count(),
            nothing,
            nothing,
        )
        .select_from(qualifying)
        .join(responses, responses.c.id == qualifying.c.response_id)
        .group_by(responses.c.evaluation_id, responses.c.rater_group, qualifying.c.competency_id)
    )
    value = answers.c.value
    per_item = (
        select(
            literal("I"),
            answers.c.evaluation_id,
            answers.c.rater_group,
            answers.c.item_id,
            func.count(value),
            func.sum(value),
            func.sum(value * value),
        )
        .select_from(answers)
        .join(
            qualifying,
            and_(
                qualifying.c.response_id == answers.c.response_id,
                qualifying.c.competency_id == answers.c.competency_id,
            ),
        )
        .where(value.is_not(None))
        .group_by(answers.c.evaluation_id, answers.c.rater_group, answers.c.item_id)
    )
    return union_all(per_group, per_competency, per_item)


async def response_counts(
    session: AsyncSession, evaluation_ids: Sequence[int]
) -> dict[int, dict[str, int]]:
    rows = await session.execute(
        select(
            EvaluationResponse.evaluation_id,
            EvaluationResponse.rater_group,
            func.count(EvaluationResponse.id),
        )
        .where(EvaluationResponse.evaluation_id.in_(list(evaluation_ids)))
        .group_by(EvaluationResponse.evaluation_id, EvaluationResponse.rater_group)
    )
    found: dict[int, dict[str, int]] = {}
    for evaluation_id, group, n in rows:
        found.setdefault(evaluation_id, {})[group] = int(n)
    return found


async def comments(
    session: AsyncSession, evaluation_id: int, groups: Iterable[str]
) -> list[tuple[int, str, str]]:
    """(question id, group, text) of the given groups only, ordered by text:
    an order that says nothing about who wrote what or when.

    Sent also when no group is shown (it then finds nothing): a report costs the
    same statements whichever groups reached their threshold."""
    rows = await session.execute(
        select(ResponseComment.question_id, EvaluationResponse.rater_group, ResponseComment.text)
        .join(EvaluationResponse, EvaluationResponse.id == ResponseComment.response_id)
        .where(
            EvaluationResponse.evaluation_id == evaluation_id,
            one_of(EvaluationResponse.rater_group, list(groups)),
        )
    )
    found = [(int(q), str(g), str(t)) for q, g, t in rows]
    return sorted(found, key=lambda row: (row[0], row[1], row[2].casefold(), row[2]))
