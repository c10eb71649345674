"""Participation and progress (Kirkpatrick: learning): enrolments, the
activities given and done, and the manager's checkpoints, over the
population of ``calculation.population``, each one SQL statement whatever
the number of leaders."""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    BigInteger,
    Row,
    Select,
    and_,
    case,
    cast,
    exists,
    func,
    literal,
    select,
    union_all,
)
from sqlalchemy.ext.asyncio import AsyncSession

from learning.effect.calculation.population import Population, days_before
from learning.effect.calculation.repository import (
    ACTIVE,
    COMPLETED,
    WITHDRAWN,
    activities,
    count_if,
)
from learning.programmes.facts import service as programmes


async def enrolment_counts(session: AsyncSession, population: Population) -> Row[Any]:
    """enrolled, active, completed, withdrawn, overdue, leaders: an active
    enrolment is overdue when one of its activities is past due and not done."""
    enrolment = population.enrolments(withdrawn=True)
    activity, progress = activities(population)
    overdue = exists(
        select(activity.c.id)
        .outerjoin(
            progress,
            and_(
                progress.c.enrolment_id == enrolment.c.id,
                progress.c.activity_id == activity.c.id,
            ),
        )
        .where(
            activity.c.version_id == enrolment.c.version_id,
            progress.c.completed_at.is_(None),
            activity.c.due_offset_days < days_before(population.scope, enrolment.c.starts_on),
        )
    )
    status = enrolment.c.status
    counted = status != WITHDRAWN
    statement = select(
        count_if(counted).label("enrolled"),
        count_if(status == ACTIVE).label("active"),
        count_if(status == COMPLETED).label("completed"),
        count_if(status == WITHDRAWN).label("withdrawn"),
        count_if(and_(status == ACTIVE, overdue)).label("overdue"),
        func.count(func.distinct(case((counted, enrolment.c.membership_id)))).label("leaders"),
    ).select_from(enrolment)
    return (await session.execute(statement)).one()


async def enrolments_by_programme(session: AsyncSession, population: Population) -> list[Row[Any]]:
    """(programme_id, enrolled, completed, leaders) of the counted enrolments."""
    enrolment = population.enrolments()
    statement = select(
        enrolment.c.programme_id,
        func.count().label("enrolled"),
        count_if(enrolment.c.status == COMPLETED).label("completed"),
        func.count(func.distinct(enrolment.c.membership_id)).label("leaders"),
    ).group_by(enrolment.c.programme_id)
    return list((await session.execute(statement)).all())


def assignments(population: Population) -> Any:
    """Every (enrolment, activity) pair a leader is given, with whether it is done."""
    enrolment = population.enrolments()
    activity, progress = activities(population)
    return (
        select(
            enrolment.c.id.label("enrolment_id"),
            enrolment.c.membership_id.label("membership_id"),
            enrolment.c.programme_id.label("programme_id"),
            activity.c.module_id.label("module_id"),
            activity.c.kind.label("kind"),
            case((progress.c.completed_at.is_not(None), 1), else_=0).label("done"),
        )
        .select_from(enrolment)
        .join(activity, activity.c.version_id == enrolment.c.version_id)
        .outerjoin(
            progress,
            and_(
                progress.c.enrolment_id == enrolment.c.id,
                progress.c.activity_id == activity.c.id,
            ),
        )
    )


def completions(population: Population) -> Select[Any]:
    """(activity_id, version_id, programme_id, completed): how often each
    activity was completed in counted enrolments, per the enrolment's version.

    Grouped before the activity itself is joined: PostgreSQL cannot know that
    an organisation's progress is on that organisation's activities, so it
    guessed 3,000 of 217,000 rows for the join and looked every one of them up
    in nested loops (0.5 s for 12,000 leaders; grouped first, 0.09 s)."""
    enrolment = population.enrolments()
    _, progress = activities(population)
    return (
        select(
            progress.c.activity_id,
            enrolment.c.version_id,
            enrolment.c.programme_id,
            func.count().label("completed"),
        )
        .select_from(progress)
        .join(enrolment, enrolment.c.id == progress.c.enrolment_id)
        .where(progress.c.completed_at.is_not(None))
        .group_by(progress.c.activity_id, enrolment.c.version_id, enrolment.c.programme_id)
    )


async def activities_by_content(session: AsyncSession, population: Population) -> list[Row[Any]]:
    """(programme, module, kind, assigned, completed): activities given and
    done, per module and kind, to add up by programme, module or kind.

    Counted without listing every (enrolment, activity) pair, which cost
    0.55 s for an organisation of 12,000 leaders (bench/NOTES.md): an
    enrolment is given every activity of its version, so what was given is
    enrolments per version times activities per version; what was done, the
    completed progress rows."""
    enrolment = population.enrolments()
    per_version = (
        select(enrolment.c.version_id, enrolment.c.programme_id, func.count().label("enrolments"))
        .group_by(enrolment.c.version_id, enrolment.c.programme_id)
        .subquery("fx_per_version")
    )
    offered, _ = activities(population)
    given = (
        select(
            offered.c.version_id,
            offered.c.module_id,
            offered.c.kind,
            func.count().label("given"),
        )
        .group_by(offered.c.version_id, offered.c.module_id, offered.c.kind)
        .subquery("fx_given")
    )
    done = completions(population).subquery("fx_done")
    activity, _ = activities(population)
    none = literal(0, BigInteger)
    counts = union_all(
        select(
            per_version.c.programme_id,
            given.c.module_id,
            given.c.kind,
            cast(per_version.c.enrolments * given.c.given, BigInteger).label("assigned"),
            none.label("completed"),
        ).join(given, given.c.version_id == per_version.c.version_id),
        select(
            done.c.programme_id,
            activity.c.module_id,
            activity.c.kind,
            none.label("assigned"),
            cast(func.sum(done.c.completed), BigInteger).label("completed"),
        )
        .join(
            activity,
            # Progress on an activity of another version than the enrolment's does not count.
            and_(activity.c.id == done.c.activity_id, activity.c.version_id == done.c.version_id),
        )
        .group_by(done.c.programme_id, activity.c.module_id, activity.c.kind),
    ).subquery("fx_activity_counts")
    statement = select(
        counts.c.programme_id,
        counts.c.module_id,
        counts.c.kind,
        cast(func.sum(counts.c.assigned), BigInteger).label("assigned"),
        cast(func.sum(counts.c.completed), BigInteger).label("completed"),
    ).group_by(counts.c.programme_id, counts.c.module_id, counts.c.kind)
    return list((await session.execute(statement)).all())


async def checkpoint_counts(session: AsyncSession, population: Population) -> list[Row[Any]]:
    """Per kind: checkpoints, due by now, held, and overdue (due, not held, enrolment active)."""
    checkpoint = programmes.checkpoint_facts(population.scope.organisation_id).subquery()
    enrolment = population.enrolments()
    today = population.scope.today
    held = checkpoint.c.completed_at.is_not(None)
    statement = (
        select(
            checkpoint.c.kind,
            func.count().label("total"),
            count_if(checkpoint.c.due_on <= today).label("due"),
            count_if(held).label("held"),
            count_if(and_(checkpoint.c.due_on < today, ~held, enrolment.c.status == ACTIVE)).label(
                "overdue"
            ),
        )
        .select_from(checkpoint)
        .join(enrolment, enrolment.c.id == checkpoint.c.enrolment_id)
        .group_by(checkpoint.c.kind)
    )
    return list((await session.execute(statement)).all())
