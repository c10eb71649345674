"""Queries of the delivery side: who gets an invitation or a reminder, their
link tokens, and marking them invited or reminded."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any, NamedTuple, cast

from sqlalchemy import BigInteger, Select, Table, any_, bindparam, insert, select, text, update
from sqlalchemy.dialects import postgresql
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.attributes import set_committed_value

from backend.identity.models import Membership, Person
from feedback.evaluations.models import (
    DANISH_MAX_REMINDERS,
    CycleProfile,
    CycleStatus,
    Evaluation,
    EvaluationCycle,
    Nomination,
    NominationStatus,
    RaterToken,
)


class Delivery(NamedTuple):
    """What an invitation or a reminder needs, and nothing about answers. A
    NamedTuple made from the row as it is: 100,000 frozen dataclasses took
    0.29 s of CPU to make, the tuples 0.07 s (a cohort's invitation)."""

    nomination_id: int
    rater_group: str
    rater_name: str
    rater_email: str
    locale: str
    leader_name: str
    cycle_name: str
    closes_at: datetime


def _delivery_columns() -> Select[*tuple[Any, ...]]:
    return (
        select(
            Nomination.id,
            Nomination.rater_group,
            Nomination.rater_name,
            Nomination.rater_email,
            Nomination.locale,
            Person.name,
            EvaluationCycle.name,
            EvaluationCycle.closes_at,
        )
        .join(Evaluation, Evaluation.id == Nomination.evaluation_id)
        .join(EvaluationCycle, EvaluationCycle.id == Evaluation.cycle_id)
        .join(Membership, Membership.id == Evaluation.leader_id)
        .join(Person, Person.id == Membership.person_id)
    )


async def uninvited(
    session: AsyncSession, cycle_id: int, evaluation_id: int | None = None
) -> list[Delivery]:
    """Approved nominations of an open cycle that have had no invitation."""
    statement = _delivery_columns().where(
        Evaluation.cycle_id == cycle_id,
        EvaluationCycle.status == CycleStatus.OPEN.value,
        Nomination.status == NominationStatus.APPROVED.value,
        Nomination.invited_at.is_(None),
    )
    if evaluation_id is not None:
        statement = statement.where(Evaluation.id == evaluation_id)
    rows = await session.execute(statement.order_by(Nomination.id))
    return [Delivery._make(row) for row in rows]


async def awaiting_answer(session: AsyncSession, cycle_id: int, today: date) -> list[Delivery]:
    """Invited raters of an open cycle who have neither answered nor declined
    and were not reminded today (nor, in the Danish profile, twice already):
    who gets a reminder, known to nobody else."""
    rows = await session.execute(
        _delivery_columns()
        .where(
            Evaluation.cycle_id == cycle_id,
            EvaluationCycle.status == CycleStatus.OPEN.value,
            Nomination.invited_at.is_not(None),
            Nomination.responded.is_(False),
            Nomination.declined.is_(False),
            (Nomination.last_reminded_on.is_(None)) | (Nomination.last_reminded_on < today),
            (EvaluationCycle.profile != CycleProfile.DANISH_PUBLIC_SECTOR.value)
            | (Nomination.reminders_sent < DANISH_MAX_REMINDERS),
        )
        .order_by(Nomination.id)
    )
    return [Delivery._make(row) for row in rows]


# Ids in one IN list: every id is a bind parameter, and asyncpg (32,767) and
# SQLite (32,766) cap those; a cohort of the largest organisation has 120,000.
# PostgreSQL gets them as one array parameter instead (no statement to expand).
IDS_PER_STATEMENT = 10_000


def _id_lists(session: AsyncSession, ids: Sequence[int]) -> list[Any]:
    """Conditions on ``Nomination.id`` that together cover ``ids``."""
    listed = list(ids)
    if not listed:
        return []
    if session.get_bind().dialect.name == "postgresql":
        array = bindparam("ids", listed, type_=postgresql.ARRAY(BigInteger))
        return [Nomination.id == any_(array)]
    return [
        Nomination.id.in_(listed[k : k + IDS_PER_STATEMENT])
        for k in range(0, len(listed), IDS_PER_STATEMENT)
    ]


async def mark_invited(session: AsyncSession, nomination_ids: Sequence[int], now: datetime) -> None:
    for condition in _id_lists(session, nomination_ids):
        await session.execute(
            update(Nomination)
            .where(condition)
            .values(invited_at=now)
            .execution_options(synchronize_session=False)
        )
    # What synchronize_session="fetch" did, without sending every id back
    # (RETURNING 100,000 ids was most of the time of marking a cohort): the
    # nominations this session holds take the new value.
    marked = set(nomination_ids)
    for state in session.identity_map.all_states():
        instance = state.obj()
        if isinstance(instance, Nomination) and state.identity and state.identity[0] in marked:
            set_committed_value(instance, "invited_at", now)


async def mark_reminded(session: AsyncSession, nomination_ids: Sequence[int], today: date) -> None:
    for condition in _id_lists(session, nomination_ids):
        await session.execute(
            update(Nomination)
            .where(condition)
            .values(reminders_sent=Nomination.reminders_sent + 1, last_reminded_on=today)
            .execution_options(synchronize_session="fetch")
        )


# PostgreSQL: one statement from three arrays; an executemany of 100,000
# tokens took 9 s of the invitation of 100,000 raters (bench/NOTES.md).
_TOKENS_FROM_ARRAYS = text(
    "INSERT INTO rater_token (nomination_id, token_hash, expires_at) "
    "SELECT * FROM unnest(CAST(:ids AS bigint[]), CAST(:hashes AS varchar[]), "
    "CAST(:expires AS timestamptz[]))"
)


async def insert_tokens(session: AsyncSession, rows: list[dict[str, Any]]) -> None:
    await insert_token_columns(
        session,
        {
            "nomination_id": [r["nomination_id"] for r in rows],
            "token_hash": [r["token_hash"] for r in rows],
            "expires_at": [r["expires_at"] for r in rows],
        },
    )


async def insert_token_columns(session: AsyncSession, columns: dict[str, list[Any]]) -> None:
    """Tokens given column by column (``nomination_id``, ``token_hash``, ``expires_at``)."""
    if not columns["nomination_id"]:
        return
    if session.get_bind().dialect.name == "postgresql":
        await session.execute(
            _TOKENS_FROM_ARRAYS,
            {
                "ids": columns["nomination_id"],
                "hashes": columns["token_hash"],
                "expires": columns["expires_at"],
            },
        )
    else:  # Core, not the ORM's bulk insert: nothing needs the new rows back
        names = list(columns)
        rows = [dict(zip(names, row, strict=True)) for row in zip(*columns.values(), strict=True)]
        await session.execute(insert(cast(Table, RaterToken.__table__)), rows)


async def nomination_by_token(
    session: AsyncSession, token_hash: str
) -> tuple[Nomination, RaterToken] | None:
    row = (
        await session.execute(
            select(Nomination, RaterToken)
            .join(RaterToken, RaterToken.nomination_id == Nomination.id)
            .where(RaterToken.token_hash == token_hash)
        )
    ).first()
    return (row[0], row[1]) if row else None


async def extend_tokens(session: AsyncSession, cycle_id: int, expires_at: datetime) -> None:
    nominations = (
        select(Nomination.id)
        .join(Evaluation, Evaluation.id == Nomination.evaluation_id)
        .where(Evaluation.cycle_id == cycle_id)
    )
    await session.execute(
        update(RaterToken)
        .where(RaterToken.nomination_id.in_(nominations))
        .values(expires_at=expires_at)
        .execution_options(synchronize_session=False)
    )


async def open_invitation_of(
    session: AsyncSession, rater_id: int
) -> tuple[Nomination, EvaluationCycle] | None:
    """An invitation of this rater that still waits for an answer in an open
    cycle (the demo's banner prints a link to it)."""
    found = await session.execute(
        select(Nomination, EvaluationCycle)
        .join(Evaluation, Evaluation.id == Nomination.evaluation_id)
        .join(EvaluationCycle, EvaluationCycle.id == Evaluation.cycle_id)
        .where(
            Nomination.rater_id == rater_id,
            Nomination.responded.is_(False),
            Nomination.declined.is_(False),
            EvaluationCycle.status == CycleStatus.OPEN.value,
        )
        .order_by(Nomination.id)
        .limit(1)
    )
    row = found.first()
    return None if row is None else (row[0], row[1])
