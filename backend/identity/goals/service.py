"""Organisational goals (målsætninger) and the leadership foundation
(ledelsesgrundlag): every member reads them, HR writes them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from backend.api.errors import DomainError, ErrorCode
from backend.api.pagination import Connection, PageRequest, paginate
from backend.auth.viewer import Viewer
from backend.db import utcnow
from backend.identity import policy
from backend.identity import repository as identity
from backend.identity.goals import repository
from backend.identity.models import (
    FoundationPrinciple,
    GoalStatus,
    LeadershipFoundation,
    OrganisationGoal,
)
from backend.identity.repository import AnyRow
from backend.identity.service import KEEP, Keep, R, ToNode, clean_text
from backend.settings import Settings

DESCRIPTION_LENGTH = 10_000


async def goals(
    session: AsyncSession,
    viewer: Viewer | None,
    settings: Settings,
    page: PageRequest,
    to_node: ToNode[R],
    status: GoalStatus | None = None,
    unit_id: int | None = None,
) -> Connection[R]:
    signed_in = policy.require_member(viewer)
    listing = repository.goals_listing(
        signed_in.organisation_id, status.value if status else None, unit_id
    )
    return await paginate(session, listing.statement, listing.keys, page, settings, to_node)


async def visible_goals(
    session: AsyncSession, viewer: Viewer | None, ids: Sequence[int]
) -> list[OrganisationGoal]:
    if viewer is None:
        return []
    return await repository.GOALS.by_ids(session, viewer.organisation_id, ids)


@dataclass(frozen=True)
class GoalChanges:
    title: str | Keep = KEEP
    description: str | Keep = KEEP
    period_start: date | None | Keep = KEEP
    period_end: date | None | Keep = KEEP
    status: GoalStatus | Keep = KEEP
    unit_ids: Sequence[int] | Keep = KEEP


async def create_goal(
    session: AsyncSession, viewer: Viewer | None, changes: GoalChanges
) -> OrganisationGoal:
    """A new goal; absent fields take their defaults (active, whole organisation)."""
    signed_in = policy.require_hr(viewer)
    if isinstance(changes.title, Keep):
        raise DomainError(ErrorCode.REQUIRED, "error.required", field=["title"])
    goal = OrganisationGoal(organisation_id=signed_in.organisation_id, title="", description="")
    session.add(goal)
    await _apply(session, signed_in, goal, changes)
    return goal


async def update_goal(
    session: AsyncSession, viewer: Viewer | None, goal_id: int, changes: GoalChanges
) -> OrganisationGoal:
    signed_in = policy.require_hr(viewer)
    goal = await repository.goal(session, signed_in.organisation_id, goal_id)
    if goal is None:
        raise DomainError(ErrorCode.NOT_FOUND, "error.not_found", field=["id"])
    await _apply(session, signed_in, goal, changes)
    return goal


async def _apply(
    session: AsyncSession, viewer: Viewer, goal: OrganisationGoal, changes: GoalChanges
) -> None:
    if not isinstance(changes.title, Keep):
        goal.title = clean_text(changes.title, "title")
    if not isinstance(changes.description, Keep):
        goal.description = clean_text(
            changes.description, "description", DESCRIPTION_LENGTH, required=False
        )
    if not isinstance(changes.period_start, Keep):
        goal.period_start = changes.period_start
    if not isinstance(changes.period_end, Keep):
        goal.period_end = changes.period_end
    if goal.period_start and goal.period_end and goal.period_end < goal.period_start:
        raise DomainError(ErrorCode.INVALID, "identity.period_order", field=["periodEnd"])
    if not isinstance(changes.status, Keep):
        goal.status = changes.status.value
    await session.flush()
    if not isinstance(changes.unit_ids, Keep):
        unit_ids = sorted(set(changes.unit_ids))
        found = await identity.UNITS.by_ids(session, viewer.organisation_id, unit_ids)
        if len(found) != len(unit_ids):
            raise DomainError(ErrorCode.NOT_FOUND, "identity.unit_not_found", field=["unitIds"])
        await repository.set_goal_units(session, goal.id, unit_ids)
        await session.flush()


# --- the leadership foundation ----------------------------------------------------------


async def leadership_foundation(
    session: AsyncSession, viewer: Viewer | None, version: int | None = None
) -> AnyRow | None:
    """The current (newest published) version, or a given one."""
    signed_in = policy.require_member(viewer)
    return await repository.foundation(session, signed_in.organisation_id, version)


async def visible_foundations(
    session: AsyncSession, viewer: Viewer | None, ids: Sequence[int]
) -> list[LeadershipFoundation]:
    if viewer is None:
        return []
    return await repository.FOUNDATIONS.by_ids(session, viewer.organisation_id, ids)


async def visible_principles(
    session: AsyncSession, viewer: Viewer | None, ids: Sequence[int]
) -> list[AnyRow]:
    if viewer is None:
        return []
    return await repository.principles_by_ids(session, viewer.organisation_id, ids)


@dataclass(frozen=True)
class PrincipleText:
    kind: str  # PRINCIPLE or VALUE
    title: str
    description: str = ""


async def publish_leadership_foundation(
    session: AsyncSession,
    viewer: Viewer | None,
    title: str,
    introduction: str,
    principles: Sequence[PrincipleText],
) -> LeadershipFoundation:
    """A new version, published at once. Earlier versions stay as they were,
    so a leader's philosophy keeps pointing at the principles it cited."""
    signed_in = policy.require_hr(viewer)
    title = clean_text(title, "title")
    introduction = clean_text(introduction, "introduction", DESCRIPTION_LENGTH, required=False)
    if not principles:
        raise DomainError(ErrorCode.REQUIRED, "identity.foundation_empty", field=["principles"])
    texts = [
        (
            clean_text(p.title, ["principles", str(i), "title"]),
            clean_text(
                p.description, ["principles", str(i), "description"], DESCRIPTION_LENGTH, False
            ),
        )
        for i, p in enumerate(principles)
    ]
    version = await repository.latest_foundation_version(session, signed_in.organisation_id) + 1
    foundation = LeadershipFoundation(
        organisation_id=signed_in.organisation_id,
        version=version,
        title=title,
        introduction=introduction,
        published_at=utcnow(),
    )
    session.add(foundation)
    try:
        await session.flush()
    except IntegrityError:
        # Two publications at the same moment took the same version number.
        raise DomainError(ErrorCode.CONFLICT, "identity.foundation_conflict") from None
    for position, (principle, (principle_title, description)) in enumerate(
        zip(principles, texts, strict=True)
    ):
        session.add(
            FoundationPrinciple(
                foundation_id=foundation.id,
                position=position,
                kind=principle.kind,
                title=principle_title,
                description=description,
            )
        )
    await session.flush()
    return foundation
