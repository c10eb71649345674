"""Queries of the evaluations slice on cycles, evaluations, nominations and
rater tokens. The result side (responses and aggregates) is in ``results.py``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import (
    Select,
    bindparam,
    func,
    insert,
    select,
)
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import defer

from backend.db import Id
from backend.identity.models import Membership, Person
from backend.repository import TenantRepository, one_of, one_of_parameter
from feedback.evaluations.models import (
    CycleStatus,
    Evaluation,
    EvaluationCycle,
    EvaluationShare,
    Nomination,
)


@dataclass(frozen=True)
class PersonRow:
    membership_id: int
    person_id: int
    name: str
    email: str
    locale: str
    manager_id: int | None
    organisation_id: int
    is_active: bool = True


# Cycles


cycles = TenantRepository(EvaluationCycle)
evaluations = TenantRepository(Evaluation)
nominations = TenantRepository(Nomination)


async def cycle(session: AsyncSession, cycle_id: int) -> EvaluationCycle | None:
    return await session.get(EvaluationCycle, cycle_id)


async def cycle_named(session: AsyncSession, organisation_id: int, name: str) -> int | None:
    """The id of the organisation's cycle of this name, if any."""
    return await session.scalar(
        select(EvaluationCycle.id).where(
            EvaluationCycle.organisation_id == organisation_id, EvaluationCycle.name == name
        )
    )


async def cycle_for_update(
    session: AsyncSession, cycle_id: int, *, share: bool = False
) -> EvaluationCycle | None:
    """The cycle row locked: FOR UPDATE to close it, FOR SHARE to submit into
    it, so a submission and the close never interleave (PostgreSQL; SQLite
    serialises writers anyway)."""
    statement = select(EvaluationCycle).where(EvaluationCycle.id == cycle_id)
    if session.get_bind().dialect.name == "postgresql":
        statement = statement.with_for_update(read=share)
    return await session.scalar(statement.execution_options(populate_existing=True))


async def lock_pairs_of(session: AsyncSession, cycle: EvaluationCycle) -> None:
    """Serialise the closes of a baseline and its follow-ups (PostgreSQL): the
    pair's read model is written by whichever of the two closes last, which
    must see the other closed. Closed at the same moment in two transactions,
    neither saw the other and the pair was never written. Keyed by the
    baseline's id (a cycle that is both a follow-up and a baseline takes both
    keys, in order); an advisory lock, so submissions into the other cycle,
    which lock its row, never wait for a close. Taken after the cycle's own row
    lock: a close waits for nothing else, so no two closes deadlock. SQLite
    serialises writers: what a close reads after its first write includes
    everything committed before it."""
    if session.get_bind().dialect.name != "postgresql":
        return
    keys = {cycle.id} | ({cycle.baseline_cycle_id} if cycle.baseline_cycle_id else set())
    for key in sorted(keys):
        await session.execute(select(func.pg_advisory_xact_lock(_PAIR_LOCK_SPACE, key)))


# A pg_advisory_xact_lock key space of its own: "ledelyst pairs" in a number.
_PAIR_LOCK_SPACE = 0x1E2A


async def cycles_by_ids(session: AsyncSession, ids: Sequence[int]) -> list[EvaluationCycle]:
    return list(
        await session.scalars(select(EvaluationCycle).where(one_of(EvaluationCycle.id, ids)))
    )


def cycles_statement(organisation_id: int) -> Select[*tuple[Any, ...]]:
    return select(EvaluationCycle.opens_at, EvaluationCycle.id, EvaluationCycle).where(
        EvaluationCycle.organisation_id == organisation_id
    )


async def cycle_ids_due(session: AsyncSession, status: CycleStatus, now: datetime) -> list[int]:
    """Planned cycles whose opening time has come, or open ones past closing."""
    column = (
        EvaluationCycle.opens_at if status == CycleStatus.PLANNED else EvaluationCycle.closes_at
    )
    rows = await session.scalars(
        select(EvaluationCycle.id).where(EvaluationCycle.status == status.value, column <= now)
    )
    return list(rows)


async def open_cycles(session: AsyncSession) -> list[EvaluationCycle]:
    return list(
        await session.scalars(
            select(EvaluationCycle).where(EvaluationCycle.status == CycleStatus.OPEN.value)
        )
    )


# People


def _person_rows(*more: Any) -> Select[*tuple[Any, ...]]:
    """Membership and person in ``PersonRow``'s order, then ``more``."""
    return select(
        Membership.id,
        Person.id,
        Person.name,
        Person.email,
        Person.locale,
        Membership.manager_id,
        Membership.organisation_id,
        *more,
    ).join(Person, Person.id == Membership.person_id)


async def people(session: AsyncSession, membership_ids: Sequence[int]) -> dict[int, PersonRow]:
    if not membership_ids:
        return {}
    rows = await session.execute(_people_statement(), {"memberships": list(membership_ids)})
    return {row[0]: PersonRow(*row) for row in rows}


@cache
def _people_statement() -> Select[*tuple[Any, ...]]:
    """Built once: home's 360 tasks read the leaders on every request."""
    return _person_rows(Membership.is_active & Person.is_active).where(
        one_of_parameter(Membership.id, "memberships")
    )


async def memberships_in_unit(
    session: AsyncSession, organisation_id: int, unit_id: int
) -> list[int]:
    """Active members of a unit who lead someone: the leaders a unit cycle evaluates."""
    manager_ids = select(Membership.manager_id).where(Membership.manager_id.is_not(None))
    rows = await session.scalars(
        select(Membership.id).where(
            Membership.organisation_id == organisation_id,
            Membership.unit_id == unit_id,
            Membership.is_active.is_(True),
            Membership.id.in_(manager_ids),
        )
    )
    return list(rows)


async def direct_reports(
    session: AsyncSession, leader_ids: Sequence[int]
) -> dict[int, list[PersonRow]]:
    """Active direct reports of each leader by the reporting lines: the
    DIRECT_REPORT raters, which the leader does not choose."""
    if not leader_ids:
        return {}
    rows = await session.execute(
        _person_rows()
        .where(
            Membership.manager_id.in_(list(leader_ids)),
            Membership.is_active.is_(True),
            Person.is_active.is_(True),
        )
        .order_by(Membership.id)
    )
    found: dict[int, list[PersonRow]] = {}
    for row in rows:
        found.setdefault(int(row[5]), []).append(PersonRow(*row))
    return found


async def direct_report_counts(
    session: AsyncSession, membership_ids: Sequence[int]
) -> dict[int, int]:
    rows = await session.execute(
        select(Membership.manager_id, func.count(Membership.id))
        .where(Membership.manager_id.in_(list(membership_ids)), Membership.is_active.is_(True))
        .group_by(Membership.manager_id)
    )
    return {int(row[0] or 0): int(row[1]) for row in rows}


# Evaluations


async def evaluation(session: AsyncSession, evaluation_id: int) -> Evaluation | None:
    return await session.get(Evaluation, evaluation_id)


# The frozen results (up to ~120 kB of JSON an evaluation) stay in the database
# where only the evaluation's row is wanted: the home page's 360 tasks.
_WITHOUT_RESULTS = (defer(Evaluation.frozen_results, raiseload=True),)


async def evaluations_by_ids(
    session: AsyncSession, ids: Sequence[int], *, with_results: bool = True
) -> list[Evaluation]:
    statement = select(Evaluation).where(one_of(Evaluation.id, ids))
    if not with_results:
        statement = statement.options(*_WITHOUT_RESULTS)
    return list(await session.scalars(statement))


async def evaluations_of_cycle(session: AsyncSession, cycle_id: int) -> list[Evaluation]:
    return list(
        await session.scalars(
            select(Evaluation).where(Evaluation.cycle_id == cycle_id).order_by(Evaluation.id)
        )
    )


def evaluations_statement(cycle_id: int) -> Select[*tuple[Any, ...]]:
    return select(Evaluation.id, Evaluation).where(Evaluation.cycle_id == cycle_id)


async def leaders_in_cycle(session: AsyncSession, cycle_id: int) -> set[int]:
    rows = await session.scalars(
        select(Evaluation.leader_id).where(Evaluation.cycle_id == cycle_id)
    )
    return set(rows)


async def insert_evaluations(session: AsyncSession, rows: list[dict[str, Any]]) -> dict[int, int]:
    """Many evaluations in one batched INSERT; leader id -> evaluation id."""
    if not rows:
        return {}
    result = await session.execute(
        insert(Evaluation).returning(Evaluation.leader_id, Evaluation.id), rows
    )
    return {row[0]: row[1] for row in result}


async def evaluation_of_leader(
    session: AsyncSession, cycle_id: int, leader_id: int
) -> Evaluation | None:
    return await session.scalar(
        select(Evaluation).where(Evaluation.cycle_id == cycle_id, Evaluation.leader_id == leader_id)
    )


async def evaluations_involving(
    session: AsyncSession, membership_id: int, *, with_results: bool = True
) -> list[tuple[Evaluation, EvaluationCycle]]:
    """Evaluations of cycles not closed long ago where the member is the
    leader or the manager: the home page's 360 tasks."""
    rows = await session.execute(
        _involving_statement(with_results), {"leader": membership_id, "manager": membership_id}
    )
    return [(row[0], row[1]) for row in rows]


@cache
def _involving_statement(with_results: bool) -> Select[Evaluation, EvaluationCycle]:
    """Built once: home reads it on every request. Two parameters with one value,
    so the SQL is what it was when the statement was built per call."""
    statement = (
        select(Evaluation, EvaluationCycle)
        .join(EvaluationCycle, EvaluationCycle.id == Evaluation.cycle_id)
        .where(
            (Evaluation.leader_id == bindparam("leader", type_=Id))
            | (Evaluation.manager_id == bindparam("manager", type_=Id))
        )
        .order_by(EvaluationCycle.closes_at, Evaluation.id)
    )
    return statement if with_results else statement.options(*_WITHOUT_RESULTS)


async def is_shared_with(session: AsyncSession, evaluation_id: int, membership_id: int) -> bool:
    return (await session.get(EvaluationShare, (evaluation_id, membership_id))) is not None


async def shared_with(
    session: AsyncSession, evaluation_ids: Sequence[int], membership_id: int
) -> set[int]:
    """Which of these evaluations are shared with the member."""
    rows = await session.scalars(
        select(EvaluationShare.evaluation_id).where(
            EvaluationShare.evaluation_id.in_(list(evaluation_ids)),
            EvaluationShare.membership_id == membership_id,
        )
    )
    return set(rows)


async def shares_of(
    session: AsyncSession, evaluation_ids: Sequence[int]
) -> list[tuple[int, int, str]]:
    """(evaluation id, membership id, name) of everyone these evaluations'
    reports are shared with, in one statement, by name within an evaluation."""
    rows = await session.execute(
        select(EvaluationShare.evaluation_id, Membership.id, Person.name)
        .join(Membership, Membership.id == EvaluationShare.membership_id)
        .join(Person, Person.id == Membership.person_id)
        .where(EvaluationShare.evaluation_id.in_(list(evaluation_ids)))
        .order_by(EvaluationShare.evaluation_id, Person.name, Membership.id)
    )
    return [(e, m, n) for e, m, n in rows]


async def reports_of(
    session: AsyncSession, membership_ids: Sequence[int], manager_id: int
) -> set[int]:
    """Which of these members report directly to the manager."""
    rows = await session.scalars(
        select(Membership.id).where(
            Membership.id.in_(list(membership_ids)), Membership.manager_id == manager_id
        )
    )
    return set(rows)
