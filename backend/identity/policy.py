"""The one place that says who may do what.

Services call these before every read and write; resolvers never decide.
Each check raises ``DomainError`` (FORBIDDEN / UNAUTHENTICATED), which a
query shows as a coded GraphQL error and a mutation as a payload error.
"""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from backend.api.errors import DomainError, ErrorCode
from backend.auth.refusal import current_refusal
from backend.auth.viewer import Viewer
from backend.identity import repository
from backend.identity.models import Role


def require_viewer(viewer: Viewer | None) -> Viewer:
    if viewer is None:
        raise not_signed_in()
    return viewer


def not_signed_in() -> DomainError:
    """No viewer: a refused bearer token says why, so a client refreshes an
    expired one instead of sending the person to sign in."""
    refusal = current_refusal()
    if refusal is not None:  # a token was sent: say why it named no one
        return DomainError(ErrorCode(refusal.code.value), refusal.message_key)
    return DomainError(ErrorCode.UNAUTHENTICATED, "error.unauthenticated")


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


def require_member(viewer: Viewer | None) -> Viewer:
    """Any member of an organisation reads its directory: units, people, goals
    and the leadership foundation. Services read only the viewer's own
    organisation, so membership of it is all there is to check."""
    return require_viewer(viewer)


def require_hr(viewer: Viewer | None) -> Viewer:
    """HR (and administrators) shape the organisation: units, people,
    reporting lines, goals, the foundation and imports."""
    return require_role(viewer, Role.HR, Role.ADMIN)


def require_may_change_roles(viewer: Viewer, before: set[str], after: set[str]) -> None:
    """Only an administrator grants or removes the administrator role, so HR
    cannot make itself (or anyone) an administrator."""
    if Role.ADMIN.value in before ^ after and not viewer.has_role(Role.ADMIN.value):
        raise DomainError(ErrorCode.FORBIDDEN, "identity.admin_role_needs_admin", field=["roles"])


async def is_leader_of_leaders(session: AsyncSession, viewer: Viewer) -> bool:
    return await repository.is_leader_of_leaders(
        session, viewer.organisation_id, viewer.membership_id
    )


async def is_top_leader(session: AsyncSession, viewer: Viewer) -> bool:
    """The organisation's top leader (a kommunaldirektør): the one active member
    without a manager, a LEADER with leaders below. Everyone else is then below
    them, so their area is the whole organisation. Where the reporting line has
    several tops (people without a manager), no one is the top leader."""
    if not viewer.has_role(Role.LEADER.value):
        return False
    if await repository.tops_of_reporting_line(session, viewer.organisation_id) != [
        viewer.membership_id
    ]:
        return False
    return await is_leader_of_leaders(session, viewer)


async def require_may_see_reports(
    session: AsyncSession, viewer: Viewer, membership_id: int
) -> Viewer:
    """A person's reports and span of control: the person themselves, HR, or
    anyone above them in the reporting line."""
    if membership_id == viewer.membership_id:
        return viewer
    return await require_hr_or_above(session, viewer, membership_id)


async def spans_visible_below(session: AsyncSession, viewer: Viewer | None) -> int | None:
    """Whose spans of control the viewer sees: None for the whole organisation
    (HR), their own membership for a leader of leaders (everyone below them)."""
    signed_in = require_viewer(viewer)
    if is_hr(signed_in):
        return None
    if await is_leader_of_leaders(session, signed_in):
        return signed_in.membership_id
    raise forbid()


async def require_hr_or_above(
    session: AsyncSession, viewer: Viewer | None, membership_id: int
) -> Viewer:
    """HR of the organisation, or someone above the person in the reporting line."""
    signed_in = require_viewer(viewer)
    found = await repository.membership(session, membership_id)
    if found is None or found.organisation_id != signed_in.organisation_id:
        raise forbid()
    if is_hr(signed_in) or await is_above_in_reporting_line(session, signed_in, membership_id):
        return signed_in
    raise forbid()
