"""Every query of matching: the optimiser's inputs (open needs, available
mentors and their reporting lines, in one statement each), runs and
proposals."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import and_, func, insert, literal, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from backend.identity.models import Membership
from backend.repository import TenantRepository
from learning.mentoring.models import (
    OCCUPYING,
    MatchingRun,
    MatchProposal,
    MentoringNeed,
    MentorProfile,
    Mentorship,
    NeedStatus,
    ProposalSource,
    ProposalStatus,
)
from learning.mentoring.repository import AnyRow, Listing

MAX_DEPTH = 100
RUNS = TenantRepository(MatchingRun)
_OCCUPYING = [s.value for s in OCCUPYING]


async def reporting_lines(
    session: AsyncSession, membership_ids: Sequence[int]
) -> list[tuple[int, int]]:
    """(membership, a manager anywhere above it) for many memberships in one
    statement: a recursive CTE walking ``manager_id`` upwards."""
    if not membership_ids:
        return []
    start = select(
        Membership.id.label("origin"), Membership.manager_id.label("id"), literal(1).label("d")
    ).where(Membership.id.in_(list(membership_ids)), Membership.manager_id.is_not(None))
    up = start.cte("up", recursive=True)
    parent = aliased(Membership)
    up = up.union_all(
        select(up.c.origin, parent.manager_id, up.c.d + 1).where(
            and_(parent.id == up.c.id, parent.manager_id.is_not(None), up.c.d < MAX_DEPTH)
        )
    )
    rows = await session.execute(select(up.c.origin, up.c.id))
    return [(row[0], row[1]) for row in rows]


async def pending_requests(session: AsyncSession, mentor_ids: Sequence[int]) -> dict[int, int]:
    """Open proposals per mentor: requests and run proposals awaiting approval."""
    if not mentor_ids:
        return {}
    rows = await session.execute(
        select(MatchProposal.mentor_id, func.count())
        .where(
            MatchProposal.mentor_id.in_(list(mentor_ids)),
            MatchProposal.status == ProposalStatus.PROPOSED.value,
        )
        .group_by(MatchProposal.mentor_id)
    )
    return {row[0]: int(row[1]) for row in rows}


MATCH_MEMBER = (
    Membership.person_id,
    Membership.unit_id,
    Membership.leader_since,
    Membership.organisation_id.label("member_organisation_id"),
)


async def open_needs(
    session: AsyncSession, organisation_id: int, mentee_ids: Sequence[int] | None
) -> list[AnyRow]:
    """Open needs of active members without a mentorship that takes a place."""
    taken = select(Mentorship.mentee_id).where(Mentorship.status.in_(_OCCUPYING))
    statement = (
        select(MentoringNeed, *MATCH_MEMBER)
        .join(Membership, Membership.id == MentoringNeed.membership_id)
        .where(
            MentoringNeed.organisation_id == organisation_id,
            MentoringNeed.status == NeedStatus.OPEN.value,
            Membership.is_active.is_(True),
            MentoringNeed.membership_id.not_in(taken),
        )
        .order_by(MentoringNeed.id)
    )
    if mentee_ids is not None:
        statement = statement.where(MentoringNeed.membership_id.in_(list(mentee_ids)))
    return list((await session.execute(statement)).all())


async def available_mentors(
    session: AsyncSession, organisation_ids: Sequence[int], mentor_ids: Sequence[int] | None
) -> list[AnyRow]:
    """Available profiles of active members, with the places they have taken."""
    load = (
        select(Mentorship.mentor_id.label("mentor_id"), func.count().label("load"))
        .where(Mentorship.status.in_(_OCCUPYING))
        .group_by(Mentorship.mentor_id)
        .subquery("load")
    )
    statement = (
        select(MentorProfile, *MATCH_MEMBER, func.coalesce(load.c.load, 0).label("load"))
        .join(Membership, Membership.id == MentorProfile.membership_id)
        .outerjoin(load, load.c.mentor_id == MentorProfile.membership_id)
        .where(
            MentorProfile.organisation_id.in_(list(organisation_ids)),
            MentorProfile.is_available.is_(True),
            Membership.is_active.is_(True),
        )
        .order_by(MentorProfile.id)
    )
    if mentor_ids is not None:
        statement = statement.where(MentorProfile.membership_id.in_(list(mentor_ids)))
    return list((await session.execute(statement)).all())


async def add_proposals(session: AsyncSession, rows: list[dict[str, Any]]) -> None:
    """Many proposals in one statement (a run writes thousands)."""
    if rows:
        await session.execute(insert(MatchProposal), rows)


# --- runs and proposals --------------------------------------------------------------------


async def run(session: AsyncSession, run_id: int) -> MatchingRun | None:
    return await session.get(MatchingRun, run_id)


def runs_listing(organisation_id: int) -> Listing:
    statement = select((-MatchingRun.id).label("sort"), MatchingRun.id, MatchingRun).where(
        MatchingRun.organisation_id == organisation_id
    )
    return Listing(statement, [-MatchingRun.id, MatchingRun.id])


def proposals_listing(run_id: int, status: str | None) -> Listing:
    statement = select((-MatchProposal.fit).label("sort"), MatchProposal.id, MatchProposal).where(
        MatchProposal.run_id == run_id
    )
    if status is not None:
        statement = statement.where(MatchProposal.status == status)
    return Listing(statement, [-MatchProposal.fit, MatchProposal.id])


def proposals_to_decide_listing(organisation_id: int, mentee_ids: Sequence[int] | None) -> Listing:
    """Open proposals of an organisation, or of the given mentees (a manager's)."""
    statement = select(MatchProposal.id.label("sort"), MatchProposal.id, MatchProposal).where(
        MatchProposal.organisation_id == organisation_id,
        MatchProposal.status == ProposalStatus.PROPOSED.value,
    )
    if mentee_ids is not None:
        statement = statement.where(MatchProposal.mentee_id.in_(list(mentee_ids)))
    return Listing(statement, [MatchProposal.id, MatchProposal.id])


async def count_proposals_to_decide(
    session: AsyncSession, organisation_id: int, manager_id: int | None
) -> int:
    """How many open proposals ``proposals_to_decide_listing`` lists: of the
    organisation, or of the direct reports of ``manager_id``; one statement."""
    statement = (
        select(func.count())
        .select_from(MatchProposal)
        .where(
            MatchProposal.organisation_id == organisation_id,
            MatchProposal.status == ProposalStatus.PROPOSED.value,
        )
    )
    if manager_id is not None:
        reports = select(Membership.id).where(Membership.manager_id == manager_id)
        statement = statement.where(MatchProposal.mentee_id.in_(reports))
    return int(await session.scalar(statement) or 0)


async def proposal_for_update(session: AsyncSession, proposal_id: int) -> MatchProposal | None:
    statement = (
        select(MatchProposal)
        .where(MatchProposal.id == proposal_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    return await session.scalar(statement)


async def proposals_by_ids(session: AsyncSession, ids: Sequence[int]) -> list[MatchProposal]:
    rows = await session.scalars(select(MatchProposal).where(MatchProposal.id.in_(list(ids))))
    return list(rows)


async def requests_of(
    session: AsyncSession, organisation_id: int, mentee_id: int, limit: int
) -> list[MatchProposal]:
    """The mentors a new leader asked for herself, newest first; one statement."""
    rows = await session.scalars(
        select(MatchProposal)
        .where(
            MatchProposal.organisation_id == organisation_id,
            MatchProposal.mentee_id == mentee_id,
            MatchProposal.source == ProposalSource.REQUEST.value,
        )
        .order_by(MatchProposal.created_at.desc(), MatchProposal.id.desc())
        .limit(limit)
    )
    return list(rows)


async def open_proposals_of(
    session: AsyncSession, mentee_id: int, mentor_id: int | None = None
) -> list[MatchProposal]:
    statement = select(MatchProposal).where(
        MatchProposal.mentee_id == mentee_id,
        MatchProposal.status == ProposalStatus.PROPOSED.value,
    )
    if mentor_id is not None:
        statement = statement.where(MatchProposal.mentor_id == mentor_id)
    return list(await session.scalars(statement))


async def open_run_proposals(
    session: AsyncSession, mentee_ids: Sequence[int]
) -> list[MatchProposal]:
    """Proposals of earlier runs still waiting for these mentees (a new run replaces them)."""
    if not mentee_ids:
        return []
    rows = await session.scalars(
        select(MatchProposal).where(
            MatchProposal.mentee_id.in_(list(mentee_ids)),
            MatchProposal.status == ProposalStatus.PROPOSED.value,
            MatchProposal.source == ProposalSource.RUN.value,
        )
    )
    return list(rows)


async def supersede_proposals(session: AsyncSession, mentee_id: int, keep_id: int) -> None:
    await session.execute(
        update(MatchProposal)
        .where(
            MatchProposal.mentee_id == mentee_id,
            MatchProposal.status == ProposalStatus.PROPOSED.value,
            MatchProposal.id != keep_id,
        )
        .values(status=ProposalStatus.SUPERSEDED.value)
    )
