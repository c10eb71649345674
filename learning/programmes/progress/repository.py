"""Queries of progress, reflections, action evidence and offline events, and
the writes of a batch of events: the progress rows and the event ids, two
statements for any batch, without an ORM object a row (``syncProgress`` at
0.10 of a hand-written INSERT ... ON CONFLICT spent its time in the unit of
work; bench/NOTES.md).

Reflection privacy lives here: ``visible_reflections`` is the only query that
reads reflections for a viewer, and it returns the leader's own, and those
the leader shared with "manager" when the viewer is the leader's *direct*
manager, and those shared with "mentor" when the viewer is the leader's
active mentor (the mentoring slice's subquery, wired at start-up). Nobody
above the direct manager, no HR, no colleague sees a private reflection.
Checkpoints and goals are for those who follow the enrolment
(``enrolment_followed_by``), never for the mentor; they are read in
``checkpoints.repository``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import datetime
from functools import cache
from typing import Any, TypeVar

from sqlalchemy import (
    Select,
    and_,
    case,
    func,
    literal_column,
    null,
    or_,
    select,
    union_all,
    update,
)

from backend.auth.viewer import Viewer
from backend.db import Session
from backend.repository import insert_for, one_of_parameter
from learning.programmes.models import (
    ActionEvidence,
    ActivityProgress,
    Enrolment,
    ProgrammeActivity,
    ProgrammeModule,
    ProgressEvent,
    Reflection,
)


async def lock_leader_enrolments(session: Session, membership_id: int) -> list[Enrolment]:
    """The leader's enrolments (closed ones too), read under a lock that
    serialises the progress writes of one leader, before anything else of the
    batch is read: the same offline batch replayed from several devices at
    once then finds, one after the other, the events the first recorded (one
    APPLIED, the others DUPLICATE) instead of racing on the same rows.

    PostgreSQL locks the rows as it reads them (one statement: the lock and the
    ownership check of every event are the same read). SQLite has no row
    locks, so a no-op UPDATE of the same rows opens the write transaction
    first (the driver begins a transaction only at the first write, so the
    reads that follow see what the previous writer committed)."""
    mine = Enrolment.membership_id == membership_id
    statement = select(Enrolment).where(mine).order_by(Enrolment.id)
    if session.get_bind().dialect.name == "postgresql":
        return list(await session.scalars(statement.with_for_update()))
    await session.execute(
        update(Enrolment)
        .where(mine)
        .values(membership_id=Enrolment.membership_id, updated_at=Enrolment.updated_at)
        .execution_options(synchronize_session=False)
    )
    return list(await session.scalars(statement))


async def progress_of(session: Session, enrolment_ids: Sequence[int]) -> list[ActivityProgress]:
    # Progress is written in bulk, not through these objects: a row read earlier
    # in the session is refreshed instead of returned as it was.
    rows = await session.scalars(_progress_of(), {"enrolments": list(enrolment_ids)})
    return list(rows)


@dataclass(frozen=True, slots=True)
class ProgressRow:
    """A progress row as read, not an ORM object (see ``ActivityRow``); the
    table's columns in the table's order. Being no object of the session, it is never
    stale after a bulk write either."""

    organisation_id: int
    enrolment_id: int
    activity_id: int
    started_at: datetime | None
    completed_at: datetime | None
    id: int  # last: ``IdMixin``'s column comes after the class's own


async def progress_rows_of(session: Session, enrolment_ids: Sequence[int]) -> list[ProgressRow]:
    """``progress_of`` as plain rows, for reads: the same statement."""
    result = await session.execute(_progress_rows_of(), {"enrolments": list(enrolment_ids)})
    return [ProgressRow(*row) for row in result]


@cache
def _progress_rows_of() -> Select[tuple[Any, ...]]:
    """Built once; ``ProgressRow``'s fields, named, so a row unpacks into it."""
    columns = ActivityProgress.__table__.c
    return select(*(columns[f.name] for f in fields(ProgressRow))).where(
        one_of_parameter(ActivityProgress.enrolment_id, "enrolments")
    )


@cache
def _progress_of() -> Select[ActivityProgress]:
    """Built once: home reads it on every request."""
    return (
        select(ActivityProgress)
        .where(one_of_parameter(ActivityProgress.enrolment_id, "enrolments"))
        .execution_options(populate_existing=True)
    )


async def progress_summaries(
    session: Session, enrolment_ids: Sequence[int]
) -> dict[int, tuple[int, int, int]]:
    """(activities, started, completed) per enrolment, counted in SQL: a page
    of 20 enrolments otherwise loads ~400 progress rows as ORM objects only to
    count them (bench/NOTES.md). Started means started or completed."""
    progress = ActivityProgress
    begun = or_(progress.started_at.is_not(None), progress.completed_at.is_not(None))
    rows = await session.execute(
        select(
            Enrolment.id,
            func.count(ProgrammeActivity.id),
            func.sum(case((begun, 1), else_=0)),
            func.sum(case((progress.completed_at.is_not(None), 1), else_=0)),
        )
        .join(ProgrammeActivity, ProgrammeActivity.version_id == Enrolment.version_id)
        .join(ProgrammeModule, ProgrammeModule.id == ProgrammeActivity.module_id)
        .outerjoin(
            progress,
            and_(
                progress.enrolment_id == Enrolment.id,
                progress.activity_id == ProgrammeActivity.id,
            ),
        )
        .where(Enrolment.id.in_(list(enrolment_ids)))
        .group_by(Enrolment.id)
    )
    return {e: (int(total), int(begun_ or 0), int(done or 0)) for e, total, begun_, done in rows}


# --- writing progress in batches ---------------------------------------------------------


@dataclass(frozen=True)
class ActivityFacts:
    """What a batch checks of an activity: its programme version and kind."""

    id: int
    version_id: int
    kind: str


@dataclass
class BatchFacts:
    """What a batch checks, besides its enrolments."""

    activities: dict[int, ActivityFacts]  # the organisation's, by id
    seen: set[tuple[int, str]]  # (enrolment, client event id) already recorded
    reflected: set[tuple[int, int]]  # (enrolment, activity) with a reflection
    evidenced: set[tuple[int, int]]  # (enrolment, activity) with action evidence


async def batch_facts(
    session: Session,
    organisation_id: int,
    enrolment_ids: Sequence[int],
    activity_ids: Sequence[int],
    client_event_ids: Sequence[str],
) -> BatchFacts:
    """The activities' versions and kinds, the event ids already recorded and
    which activities have a text, in one statement (a UNION ALL, where it was
    four: a statement is most of a batch's cost, bench/NOTES.md seventh and
    thirteenth rounds). Only whether a text exists: the texts a batch changes
    are read, locked, by ``texts_for_pairs``."""
    facts = BatchFacts({}, set(), set(), set())
    if not enrolment_ids:  # then no event of the batch is checked further
        return facts
    parts: list[Any] = [  # the row types differ by a column, which UNION ALL allows
        select(literal_column(f"'{kind}'"), t.enrolment_id, t.activity_id, null()).where(
            t.enrolment_id.in_(enrolment_ids), t.activity_id.in_(activity_ids)
        )
        for kind, t in (("r", Reflection), ("v", ActionEvidence))
    ]
    activity = ProgrammeActivity
    parts.append(
        select(literal_column("'a'"), activity.version_id, activity.id, activity.kind).where(
            activity.organisation_id == organisation_id, activity.id.in_(activity_ids)
        )
    )
    if client_event_ids:
        parts.append(
            select(
                literal_column("'e'"),
                ProgressEvent.enrolment_id,
                null(),
                ProgressEvent.client_event_id,
            ).where(
                ProgressEvent.enrolment_id.in_(enrolment_ids),
                ProgressEvent.client_event_id.in_(client_event_ids),
            )
        )
    for kind, first, second, text in await session.execute(union_all(*parts)):
        if kind == "e":
            facts.seen.add((first, text))
        elif kind == "a":
            facts.activities[second] = ActivityFacts(second, first, text)
        elif kind == "r":
            facts.reflected.add((first, second))
        else:
            facts.evidenced.add((first, second))
    return facts


Text = TypeVar("Text", Reflection, ActionEvidence)


async def texts_for_pairs(
    session: Session,
    enrolment_ids: Sequence[int],
    activity_ids: Sequence[int],
    *,
    reflections: bool,
    evidence: bool,
) -> tuple[list[Reflection], list[ActionEvidence]]:
    """The reflections and evidence a batch of events may change, locked for
    the update; only the kinds the batch saves (a batch of starts and
    completions reads none)."""
    return (
        await _locked_texts(session, Reflection, enrolment_ids, activity_ids)
        if reflections
        else [],
        await _locked_texts(session, ActionEvidence, enrolment_ids, activity_ids)
        if evidence
        else [],
    )


async def _locked_texts(
    session: Session, model: type[Text], enrolment_ids: Sequence[int], activity_ids: Sequence[int]
) -> list[Text]:
    statement = (
        select(model)
        .where(model.enrolment_id.in_(enrolment_ids), model.activity_id.in_(activity_ids))
        .with_for_update()
    )
    return list(await session.scalars(statement))


async def reflection_of_owner(
    session: Session, viewer: Viewer, reflection_id: int
) -> Reflection | None:
    return await session.scalar(
        select(Reflection)
        .join(Enrolment, Enrolment.id == Reflection.enrolment_id)
        .where(
            Reflection.id == reflection_id,
            Enrolment.membership_id == viewer.membership_id,
            Reflection.organisation_id == viewer.organisation_id,
        )
        .with_for_update()
    )


@dataclass
class ProgressWrite:
    """A batch's earliest start and completion of one activity of an enrolment."""

    organisation_id: int
    enrolment_id: int
    activity_id: int
    started_at: datetime
    completed_at: datetime | None = None


@cache
def _progress_upsert(dialect: str) -> Any:
    """Built once per dialect: building it was a fifth of a batch's write."""
    table = ActivityProgress.__table__
    statement = insert_for(dialect)(table)
    stored, new = table.c, statement.excluded
    return statement.on_conflict_do_update(
        index_elements=[stored.enrolment_id, stored.activity_id],
        set_={
            "started_at": case(
                (
                    or_(stored.started_at.is_(None), stored.started_at > new.started_at),
                    new.started_at,
                ),
                else_=stored.started_at,
            ),
            "completed_at": func.coalesce(stored.completed_at, new.completed_at),
        },
    )


@cache
def _events_insert(dialect: str) -> Any:
    return insert_for(dialect)(ProgressEvent.__table__).on_conflict_do_nothing(
        index_elements=["enrolment_id", "client_event_id"]
    )


async def write_progress(session: Session, rows: Sequence[ProgressWrite]) -> None:
    """Insert or merge progress in one statement: a stored start is kept if it is
    earlier and a stored completion is never replaced, so a replayed or
    out-of-order batch changes nothing it should not; the row lock of the
    conflict serialises concurrent batches."""
    if not rows:
        return
    statement = _progress_upsert(session.get_bind().dialect.name)
    await session.execute(
        statement,
        [
            {
                "organisation_id": r.organisation_id,
                "enrolment_id": r.enrolment_id,
                "activity_id": r.activity_id,
                "started_at": r.started_at,
                "completed_at": r.completed_at,
            }
            for r in sorted(rows, key=lambda r: (r.enrolment_id, r.activity_id))
        ],
    )


async def record_events(session: Session, rows: Sequence[dict[str, Any]]) -> None:
    """The applied events with a client id, so a replay is known; one that a
    concurrent replay recorded first is left as it is."""
    if rows:
        await session.execute(_events_insert(session.get_bind().dialect.name), list(rows))
