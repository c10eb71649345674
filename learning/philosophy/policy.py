"""Who may do what with a leadership philosophy.

A philosophy is never approved up the hierarchy: only its leader writes,
publishes and sets its visibility, and only the leader reads drafts, private
notes and items. Any member of the organisation reads published versions
(comments are organisation-internal too, even when the page is public).
"""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from backend.api.errors import DomainError, ErrorCode
from backend.auth.viewer import Viewer
from backend.identity import policy
from learning.philosophy import repository as repo
from learning.philosophy.models import LeadershipPhilosophy, PhilosophyVersion, VersionStatus


def is_owner(viewer: Viewer | None, philosophy: LeadershipPhilosophy) -> bool:
    return viewer is not None and viewer.membership_id == philosophy.membership_id


def may_read(viewer: Viewer | None, philosophy: LeadershipPhilosophy) -> bool:
    """Its leader, or any member of the organisation once it is published."""
    if viewer is None or viewer.organisation_id != philosophy.organisation_id:
        return False
    return is_owner(viewer, philosophy) or philosophy.current_version_id is not None


def may_read_version(
    viewer: Viewer | None, philosophy: LeadershipPhilosophy, version: PhilosophyVersion
) -> bool:
    if not may_read(viewer, philosophy) or version.philosophy_id != philosophy.id:
        return False
    return is_owner(viewer, philosophy) or version.status == VersionStatus.PUBLISHED.value


async def owned_philosophy(
    session: AsyncSession, viewer: Viewer | None, philosophy_id: int, field: str = "philosophyId"
) -> tuple[Viewer, LeadershipPhilosophy]:
    """The viewer's own philosophy: NOT_FOUND outside their organisation,
    FORBIDDEN for anyone else's."""
    signed_in = policy.require_viewer(viewer)
    found = await repo.philosophy(session, signed_in.organisation_id, philosophy_id)
    if found is None:
        raise DomainError(ErrorCode.NOT_FOUND, "error.not_found", field=[field])
    if not is_owner(signed_in, found):
        raise DomainError(ErrorCode.FORBIDDEN, "philosophy.not_yours", field=[field])
    return signed_in, found


async def readable_version(
    session: AsyncSession, viewer: Viewer | None, version_id: int, field: str = "versionId"
) -> tuple[Viewer, LeadershipPhilosophy, PhilosophyVersion]:
    signed_in = policy.require_viewer(viewer)
    version = await repo.version(session, signed_in.organisation_id, version_id)
    philosophy = (
        await repo.philosophy(session, signed_in.organisation_id, version.philosophy_id)
        if version is not None
        else None
    )
    if (
        version is None
        or philosophy is None
        or not may_read_version(signed_in, philosophy, version)
    ):
        raise DomainError(ErrorCode.NOT_FOUND, "error.not_found", field=[field])
    return signed_in, philosophy, version
