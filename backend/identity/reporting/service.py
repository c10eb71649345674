"""A person's reports and the spans of control: who may see them is
``policy``'s; the queries are in ``repository.py``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from backend.api.pagination import Connection, PageRequest, paginate
from backend.auth.viewer import Viewer
from backend.identity import policy
from backend.identity.reporting import repository
from backend.identity.repository import AnyRow
from backend.identity.service import R, ToNode, member_in
from backend.settings import Settings


@dataclass(frozen=True)
class Reports:
    manager: AnyRow
    span_of_control: int
    total: int
    page: Connection[Any]


async def reports(
    session: AsyncSession,
    viewer: Viewer | None,
    settings: Settings,
    person_id: int,
    direct_only: bool,
    page: PageRequest,
    to_node: ToNode[Any],
) -> Reports:
    """A person's reports, direct or at any depth, with their span of control."""
    signed_in = policy.require_member(viewer)
    manager = await member_in(session, signed_in, person_id, "personId")
    await policy.require_may_see_reports(session, signed_in, manager.id)
    listing = repository.reports_listing(manager.id, direct_only)
    found = await paginate(session, listing.statement, listing.keys, page, settings, to_node)
    span = await repository.count_reports(session, manager.id, direct_only=True)
    total = span if direct_only else await repository.count_reports(session, manager.id, False)
    return Reports(manager=manager, span_of_control=span, total=total, page=found)


async def spans_of_control(
    session: AsyncSession,
    viewer: Viewer | None,
    settings: Settings,
    page: PageRequest,
    to_node: ToNode[R],
) -> Connection[R]:
    """Direct reports per leader: the whole organisation for HR, everyone
    below them for a leader of leaders."""
    below = await policy.spans_visible_below(session, viewer)
    assert viewer is not None
    listing = repository.spans_listing(viewer.organisation_id, below)
    return await paginate(session, listing.statement, listing.keys, page, settings, to_node)
