"""Who may write a mentor profile or a mentoring need, on ``backend.identity.policy``.

A member writes their own; HR (and administrators) write anyone's in their
organisation: HR runs the mentor pool, and a leader's capacity, availability
and pause are what HR changes when a mentor is on leave or takes on more.
Another organisation's member is not found, so ids reveal nothing across
tenants; anyone else is refused.
"""

from __future__ import annotations

from typing import NamedTuple

from sqlalchemy.ext.asyncio import AsyncSession

from backend.api.errors import DomainError, ErrorCode
from backend.auth.viewer import Viewer
from backend.identity import policy
from backend.identity import repository as identity


class Subject(NamedTuple):
    """Whom a profile or need is written for, and by whom."""

    viewer: Viewer
    membership_id: int
    roles: list[str]


def may_write_for_others(viewer: Viewer) -> bool:
    return policy.is_hr(viewer)


async def subject_of(
    session: AsyncSession, viewer: Viewer | None, membership_id: int | None
) -> Subject:
    """Oneself when ``membership_id`` is null or one's own; anyone in the
    organisation for HR (FORBIDDEN for others, NOT_FOUND outside it)."""
    signed_in = policy.require_viewer(viewer)
    if membership_id is None or membership_id == signed_in.membership_id:
        return Subject(signed_in, signed_in.membership_id, sorted(signed_in.roles))
    if not may_write_for_others(signed_in):
        raise policy.forbid()
    found = await identity.members_by_ids(session, signed_in.organisation_id, [membership_id])
    if not found:
        raise DomainError(ErrorCode.NOT_FOUND, "mentoring.member_unknown", field=["membershipId"])
    return Subject(signed_in, membership_id, list(found[0].roles or []))
