"""The one place that says who may do what.

Services call these before every read and write; resolvers never decide.
Each check raises ``DomainError`` (FORBIDDEN / UNAUTHENTICATED), which a
query shows as a coded GraphQL error and a mutation as a payload error.
"""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from backend.api.errors import DomainError, ErrorCode
from backend.auth.viewer import Viewer
from backend.identity import repository
from backend.identity.models import Role


def require_viewer(viewer: Viewer | None) -> Viewer:
    if viewer is None:
        raise DomainError(ErrorCode.UNAUTHENTICATED, "error.unauthenticated")
    return viewer


def forbid() -> DomainError:
    return DomainError(ErrorCode.FORBIDDEN, "error.forbidden")


def require_same_organisation(viewer: Viewer | None, organisation_id: int) -> Viewer:
    """Tenancy: nothing crosses from one organisation to another."""
    signed_in = require_viewer(viewer)
    if signed_in.organisation_id != organisation_id:
        raise forbid()
    return signed_in


def require_role(viewer: Viewer | None, *roles: Role) -> Viewer:
    signed_in = require_viewer(viewer)
    if not any(signed_in.has_role(role.value) for role in roles):
        raise forbid()
    return signed_in


def is_hr(viewer: Viewer) -> bool:
    return viewer.has_role(Role.HR.value) or viewer.has_role(Role.ADMIN.value)


async def is_above_in_reporting_line(
    session: AsyncSession, viewer: Viewer, membership_id: int
) -> bool:
    """True when the viewer is the person's manager or anyone above them."""
    return viewer.membership_id in await repository.managers_above(session, membership_id)


async def is_direct_manager(session: AsyncSession, viewer: Viewer, membership_id: int) -> bool:
    found = await repository.membership(session, membership_id)
    return found is not None and found.manager_id == viewer.membership_id


async def require_hr_or_above(session: AsyncSession, viewer: Viewer | None, membership_id: int) -> Viewer:
    """HR of the organisation, or someone above the person in the reporting line."""
    signed_in = require_viewer(viewer)
    found = await repository.membership(session, membership_id)
    if found is None or found.organisation_id != signed_in.organisation_id:
        raise forbid()
    if is_hr(signed_in) or await is_above_in_reporting_line(session, signed_in, membership_id):
        return signed_in
    raise forbid()
