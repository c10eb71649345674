"""The aggregates of learning effect, each one SQL statement whatever the
number of leaders: COUNT, SUM and sums of squares grouped in the database,
over the population of ``population.py``. The 360 aggregates are in
``change_repository.py``; ratings and exports are read and written at the end.

It reads the programmes' tables directly (same domain, read only): the
figures need them joined in SQL, which no service function could do.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    Row,
    String,
    and_,
    case,
    cast,
    exists,
    func,
    literal,
    null,
    or_,
    select,
    union_all,
)
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from backend.identity.models import Membership, OrganisationGoal, Role
from learning.effect.models import ActivityRating
from learning.effect.population import Population, days_before
from learning.programmes.models import (
    ActivityProgress,
    DevelopmentGoal,
    Enrolment,
    EnrolmentStatus,
    ManagerCheckpoint,
    Programme,
    ProgrammeActivity,
    ProgrammeModule,
    ProgrammeVersion,
)

# The commission: a quarter of leaders have more than 27 direct reports.
LARGE_SPAN = 27
SPAN_BUCKETS = ((1, 5), (6, 10), (11, 15), (16, 20), (21, 27), (28, None))


def _count_if(condition: Any) -> Any:
    return func.sum(case((condition, 1), else_=0))


def _moments(value: Any) -> list[Any]:
    return [
        func.count(value).label("n"),
        func.sum(value).label("total"),
        func.sum(value * value).label("total_sq"),
    ]


# --- participation and progress (Kirkpatrick: learning) ---------------------------------


async def enrolment_counts(session: AsyncSession, population: Population) -> Row[Any]:
    """enrolled, active, completed, withdrawn, overdue, leaders: an active
    enrolment is overdue when one of its activities is past due and not done."""
    status = Enrolment.status
    overdue = exists(
        select(ProgrammeActivity.id)
        .outerjoin(
            ActivityProgress,
            and_(
                ActivityProgress.enrolment_id == Enrolment.id,
                ActivityProgress.activity_id == ProgrammeActivity.id,
            ),
        )
        .where(
            ProgrammeActivity.version_id == Enrolment.version_id,
            ActivityProgress.completed_at.is_(None),
            ProgrammeActivity.due_offset_days < days_before(population.scope, Enrolment.starts_on),
        )
    )
    counted = status != EnrolmentStatus.WITHDRAWN.value
    statement = select(
        _count_if(counted).label("enrolled"),
        _count_if(status == EnrolmentStatus.ACTIVE.value).label("active"),
        _count_if(status == EnrolmentStatus.COMPLETED.value).label("completed"),
        _count_if(status == EnrolmentStatus.WITHDRAWN.value).label("withdrawn"),
        _count_if(and_(status == EnrolmentStatus.ACTIVE.value, overdue)).label("overdue"),
        func.count(func.distinct(case((counted, Enrolment.membership_id)))).label("leaders"),
    ).where(*population.enrolment_conditions(withdrawn=True))
    return (await session.execute(statement)).one()


async def enrolments_by_programme(session: AsyncSession, population: Population) -> list[Row[Any]]:
    """(programme_id, enrolled, completed, leaders) of the counted enrolments."""
    statement = (
        select(
            Enrolment.programme_id,
            func.count().label("enrolled"),
            _count_if(Enrolment.status == EnrolmentStatus.COMPLETED.value).label("completed"),
            func.count(func.distinct(Enrolment.membership_id)).label("leaders"),
        )
        .where(*population.enrolment_conditions())
        .group_by(Enrolment.programme_id)
    )
    return list((await session.execute(statement)).all())


def assignments(population: Population) -> Any:
    """Every (enrolment, activity) pair a leader is given, with whether it is done."""
    return (
        select(
            Enrolment.id.label("enrolment_id"),
            Enrolment.membership_id.label("membership_id"),
            Enrolment.programme_id.label("programme_id"),
            ProgrammeActivity.module_id.label("module_id"),
            ProgrammeActivity.kind.label("kind"),
            case((ActivityProgress.completed_at.is_not(None), 1), else_=0).label("done"),
        )
        .join(ProgrammeActivity, ProgrammeActivity.version_id == Enrolment.version_id)
        .outerjoin(
            ActivityProgress,
            and_(
                ActivityProgress.enrolment_id == Enrolment.id,
                ActivityProgress.activity_id == ProgrammeActivity.id,
            ),
        )
        .where(*population.enrolment_conditions())
    )


async def activities_by_content(session: AsyncSession, population: Population) -> list[Row[Any]]:
    """(programme, module, kind, assigned, completed): activities given and
    done, per module and kind, to add up by programme, module or kind."""
    pairs = assignments(population).subquery("fx_pairs")
    statement = select(
        pairs.c.programme_id,
        pairs.c.module_id,
        pairs.c.kind,
        func.count().label("assigned"),
        func.sum(pairs.c.done).label("completed"),
    ).group_by(pairs.c.programme_id, pairs.c.module_id, pairs.c.kind)
    return list((await session.execute(statement)).all())


async def checkpoint_counts(session: AsyncSession, population: Population) -> list[Row[Any]]:
    """Per kind: checkpoints, due by now, held, and overdue (due, not held, enrolment active)."""
    due = ManagerCheckpoint.due_on <= population.scope.today
    held = ManagerCheckpoint.completed_at.is_not(None)
    statement = (
        select(
            ManagerCheckpoint.kind,
            func.count().label("total"),
            _count_if(due).label("due"),
            _count_if(held).label("held"),
            _count_if(
                and_(
                    ManagerCheckpoint.due_on < population.scope.today,
                    ~held,
                    Enrolment.status == EnrolmentStatus.ACTIVE.value,
                )
            ).label("overdue"),
        )
        .join(Enrolment, Enrolment.id == ManagerCheckpoint.enrolment_id)
        .where(*population.enrolment_conditions())
        .group_by(ManagerCheckpoint.kind)
    )
    return list((await session.execute(statement)).all())


# --- goal attainment (Kirkpatrick: results) --------------------------------------------


def goal_base(population: Population) -> Any:
    """The rated development goals of counted enrolments (one row per goal)."""
    rating = DevelopmentGoal.attainment_rating
    return (
        select(
            DevelopmentGoal.organisation_goal_id.label("goal_id"),
            Enrolment.programme_id.label("programme_id"),
            Enrolment.membership_id.label("membership_id"),
            Enrolment.id.label("enrolment_id"),
            DevelopmentGoal.id.label("part_id"),
            rating.label("rating"),
        )
        .join(Enrolment, Enrolment.id == DevelopmentGoal.enrolment_id)
        .where(rating.is_not(None), *population.enrolment_conditions())
        .cte("fx_rated")
    )


async def goal_attainment(session: AsyncSession, population: Population) -> list[Row[Any]]:
    """The AFTER ratings (1-5) of development goals: per organisational goal,
    per programme, and in all (``dimension`` GOAL / PROGRAMME / ALL):
    leaders, n, Σ, Σ²."""
    base = goal_base(population)
    return await _grouped_moments(
        session,
        base,
        base.c.rating,
        {"GOAL": base.c.goal_id, "PROGRAMME": base.c.programme_id},
        labels={
            "GOAL": select(OrganisationGoal.title)
            .where(OrganisationGoal.id == base.c.goal_id)
            .scalar_subquery()
        },
    )


# --- reaction (Kirkpatrick: reaction) --------------------------------------------------


def reaction_base(population: Population) -> Any:
    """Leaders' ratings of activities in their counted enrolments."""
    return (
        select(
            Enrolment.programme_id.label("programme_id"),
            ProgrammeActivity.module_id.label("module_id"),
            ProgrammeActivity.kind.label("kind"),
            ActivityRating.membership_id.label("membership_id"),
            Enrolment.id.label("enrolment_id"),
            ActivityRating.activity_id.label("part_id"),
            ActivityRating.rating.label("rating"),
        )
        .join(ProgrammeActivity, ProgrammeActivity.id == ActivityRating.activity_id)
        .join(
            Enrolment,
            and_(
                Enrolment.membership_id == ActivityRating.membership_id,
                Enrolment.version_id == ProgrammeActivity.version_id,
            ),
        )
        .where(*population.enrolment_conditions())
        .cte("fx_reactions")
    )


async def reactions(session: AsyncSession, population: Population) -> list[Row[Any]]:
    """Leaders' ratings of activities in their counted enrolments, per
    programme, module and kind, and in all: leaders, n, Σ, Σ²."""
    base = reaction_base(population)
    return await _grouped_moments(
        session,
        base,
        base.c.rating,
        {"PROGRAMME": base.c.programme_id, "MODULE": base.c.module_id, "KIND": base.c.kind},
    )


async def _grouped_moments(
    session: AsyncSession,
    base: Any,
    value: Any,
    dimensions: dict[str, Any],
    labels: dict[str, Any] | None = None,
) -> list[Row[Any]]:
    """One UNION ALL of a GROUP BY per dimension and the total; rows of
    (dimension, key, label, leaders, n, total, total_sq)."""
    leaders = func.count(func.distinct(base.c.membership_id))
    parts = [
        select(
            literal("ALL").label("dimension"),
            cast(null(), String).label("key"),
            cast(null(), String).label("label"),
            leaders.label("leaders"),
            *_moments(value),
        )
    ]
    for name, column in dimensions.items():
        label = (labels or {}).get(name)
        parts.append(
            select(
                literal(name),
                cast(column, String),
                cast(label, String) if label is not None else cast(null(), String),
                leaders,
                *_moments(value),
            ).group_by(column)
        )
    return list((await session.execute(union_all(*parts))).all())


# --- span of control ---------------------------------------------------------------------


async def span_of_control(session: AsyncSession, population: Population) -> Row[Any]:
    """Direct active reports of the leaders among the members (a LEADER, or
    anyone with reports): leaders, n, Σ, Σ², largest, over 27, and a count per bucket."""
    report = aliased(Membership, name="fx_report")
    members = population.members().subquery("fx_members")
    counts = (
        select(report.manager_id.label("id"), func.count().label("span"))
        .where(report.manager_id.in_(select(members.c.id)), report.is_active.is_(True))
        .group_by(report.manager_id)
        .subquery("fx_counts")
    )
    span = func.coalesce(counts.c.span, 0)
    leaders = (
        select(span.label("span"))
        .select_from(members)
        .join(Membership, Membership.id == members.c.id)
        .outerjoin(counts, counts.c.id == members.c.id)
        .where(or_(has_role(Role.LEADER), counts.c.span.is_not(None)))
        .subquery("fx_leader_spans")
    )
    value = leaders.c.span
    buckets = [
        _count_if(and_(value >= low, value <= high) if high is not None else value >= low).label(
            f"bucket_{index}"
        )
        for index, (low, high) in enumerate(SPAN_BUCKETS)
    ]
    statement = select(
        func.count().label("leaders"),
        func.sum(value).label("total"),
        func.sum(value * value).label("total_sq"),
        func.max(value).label("largest"),
        _count_if(value > LARGE_SPAN).label("over"),
        *buckets,
    )
    return (await session.execute(statement)).one()


def has_role(role: Role) -> Any:
    """Roles are a JSON list; as text it reads ``["HR", "LEADER"]`` on both dialects."""
    return cast(Membership.roles, String).like(f'%"{role.value}"%')


# --- names of content ------------------------------------------------------------------


async def content_names(
    session: AsyncSession,
    organisation_id: int,
    programme_ids: Sequence[int],
    module_ids: Sequence[int],
) -> tuple[dict[int, str], dict[int, tuple[int, int, str]]]:
    """Programme titles (of their newest version) and (programme, position,
    title) of modules, in one statement."""
    later = aliased(ProgrammeVersion, name="fx_later")
    newest = (
        select(func.max(later.version))
        .where(later.programme_id == Programme.id)
        .correlate(Programme)
        .scalar_subquery()
    )
    programmes = (
        select(
            literal("P").label("what"),
            Programme.id.label("id"),
            Programme.id.label("programme_id"),
            literal(0).label("position"),
            ProgrammeVersion.title.label("title"),
        )
        .join(
            ProgrammeVersion,
            and_(ProgrammeVersion.programme_id == Programme.id, ProgrammeVersion.version == newest),
        )
        .where(Programme.organisation_id == organisation_id, Programme.id.in_(list(programme_ids)))
    )
    modules = (
        select(
            literal("M"),
            ProgrammeModule.id,
            ProgrammeVersion.programme_id,
            ProgrammeModule.position,
            ProgrammeModule.title,
        )
        .join(ProgrammeVersion, ProgrammeVersion.id == ProgrammeModule.version_id)
        .where(
            ProgrammeModule.organisation_id == organisation_id,
            ProgrammeModule.id.in_(list(module_ids)),
        )
    )
    found_programmes: dict[int, str] = {}
    found_modules: dict[int, tuple[int, int, str]] = {}
    for what, pk, programme_id, position, title in await session.execute(
        union_all(programmes, modules)
    ):
        if what == "P":
            found_programmes[int(pk)] = str(title)
        else:
            found_modules[int(pk)] = (int(programme_id), int(position), str(title))
    return found_programmes, found_modules
