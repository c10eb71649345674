"""The leadership philosophy's domain operations.

Writing lives in ``drafting/``, publishing (the page, the PDF, their
addresses and routes) in ``publishing/``, comments in ``comments/`` (the
adapter to feedback notes), the comparison of versions in ``diff/``; this
module reads, and re-exports the operations other slices and the API call:

- ``published_version_for_checkpoint`` for ``learning.programmes``: the
  newest published version of a leader, to take into a manager checkpoint.
- ``overview``: who has published and when, for a leader of leaders
  (everyone below them) and HR (the whole organisation).
- ``published``: the leaders of the viewer's organisation who have published,
  for any member (what staff and managers read and comment on).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy.ext.asyncio import AsyncSession

from backend.api.errors import DomainError, ErrorCode
from backend.api.pagination import Connection, PageRequest, paginate
from backend.api.relay import to_global_id
from backend.auth.viewer import Viewer
from backend.identity import policy
from backend.settings import Settings
from learning.philosophy import policy as access
from learning.philosophy import repository as repo
from learning.philosophy.comments import service as comments
from learning.philosophy.diff import diff
from learning.philosophy.drafting.service import (
    DraftCommand,
    SectionDraft,
    add_item,
    complete_item,
    save_draft,
    save_private_notes,
    set_visibility,
)
from learning.philosophy.models import (
    LeadershipPhilosophy,
    PhilosophyItem,
    PhilosophyVersion,
    Visibility,
)
from learning.philosophy.publishing import addresses
from learning.philosophy.publishing.service import PublishCommand, request_publication

__all__ = [
    "DraftCommand",
    "PublishCommand",
    "SectionDraft",
    "add_item",
    "add_item_from_comment",
    "comments",
    "complete_item",
    "my_philosophy",
    "overview",
    "published",
    "published_version_for_checkpoint",
    "published_versions_of_leaders",
    "request_publication",
    "save_draft",
    "save_private_notes",
    "set_visibility",
]

R = TypeVar("R")


# --- reading -----------------------------------------------------------------------------


async def my_philosophy(
    session: AsyncSession, viewer: Viewer | None
) -> LeadershipPhilosophy | None:
    signed_in = policy.require_viewer(viewer)
    return await repo.philosophy_of_membership(session, signed_in.membership_id)


async def philosophy_of_leader(
    session: AsyncSession, viewer: Viewer | None, membership_id: int
) -> LeadershipPhilosophy | None:
    """A leader's philosophy, if the viewer may read it (published, or their own)."""
    signed_in = policy.require_viewer(viewer)
    found = await repo.philosophies_of_memberships(
        session, signed_in.organisation_id, [membership_id]
    )
    return found[0] if found and access.may_read(signed_in, found[0]) else None


async def visible_philosophies(
    session: AsyncSession, viewer: Viewer | None, ids: Sequence[int]
) -> list[LeadershipPhilosophy]:
    if viewer is None:
        return []
    found = await repo.PHILOSOPHIES.by_ids(session, viewer.organisation_id, ids)
    return [p for p in found if access.may_read(viewer, p)]


async def visible_versions(
    session: AsyncSession, viewer: Viewer | None, ids: Sequence[int]
) -> list[PhilosophyVersion]:
    if viewer is None:
        return []
    versions = await repo.VERSIONS.by_ids(session, viewer.organisation_id, ids)
    philosophies = {
        p.id: p
        for p in await repo.PHILOSOPHIES.by_ids(
            session, viewer.organisation_id, sorted({v.philosophy_id for v in versions})
        )
    }
    return [
        v
        for v in versions
        if v.philosophy_id in philosophies
        and access.may_read_version(viewer, philosophies[v.philosophy_id], v)
    ]


async def versions(
    session: AsyncSession,
    viewer: Viewer | None,
    settings: Settings,
    philosophy: LeadershipPhilosophy,
    page: PageRequest,
    to_node: Callable[[Any], R],
) -> Connection[R]:
    """Newest first: every version for the leader, published ones for others."""
    if not access.may_read(viewer, philosophy):
        raise policy.forbid()
    listing = repo.versions_listing(philosophy.id, not access.is_owner(viewer, philosophy))
    return await paginate(session, listing.statement, listing.keys, page, settings, to_node)


def page_link(
    viewer: Viewer | None, settings: Settings, philosophy: LeadershipPhilosophy, org_slug: str
) -> str | None:
    """The address to open in a browser: plain when public, signed when internal."""
    if philosophy.current_version_id is None or not access.may_read(viewer, philosophy):
        return None
    if philosophy.visibility == Visibility.PUBLIC.value:
        return addresses.page_address(settings, org_slug, philosophy.slug)
    return addresses.signed_page_link(settings, org_slug, philosophy.slug)


async def version_diff(
    session: AsyncSession, viewer: Viewer | None, from_id: int, to_id: int
) -> tuple[PhilosophyVersion, PhilosophyVersion, list[diff.SectionDiff]]:
    _, philosophy, old = await access.readable_version(session, viewer, from_id, "fromVersionId")
    _, other, new = await access.readable_version(session, viewer, to_id, "toVersionId")
    if other.id != philosophy.id:
        raise DomainError(ErrorCode.INVALID, "philosophy.versions_other", field=["toVersionId"])
    return old, new, diff.diff_sections(old.sections, new.sections)


async def my_items(
    session: AsyncSession, viewer: Viewer | None, ids: Sequence[int]
) -> list[PhilosophyItem]:
    """Those of the items that are the viewer's own: items are the leader's alone."""
    mine = await my_philosophy(session, viewer)
    if mine is None:
        return []
    return await repo.items_by_ids(session, mine.id, ids)


async def add_item_from_comment(
    session: AsyncSession, viewer: Viewer | None, philosophy_id: int, note_id: int, text: str
) -> Any:
    signed_in, philosophy = await access.owned_philosophy(session, viewer, philosophy_id)
    note = await comments.comment_of_leader(session, signed_in, note_id, philosophy.membership_id)
    return await add_item(session, signed_in, philosophy.id, text, note.id, note.body)


# --- who has published -------------------------------------------------------------------


async def overview(
    session: AsyncSession,
    viewer: Viewer | None,
    settings: Settings,
    page: PageRequest,
    to_node: Callable[[Any], R],
    *,
    direct_only: bool = False,
    published: bool | None = None,
) -> tuple[Connection[R], int, int]:
    """(page of leaders, leaders in all, of whom published): HR sees the whole
    organisation, a leader of leaders everyone below them; three statements
    whatever the page holds."""
    below = await policy.spans_visible_below(session, viewer)
    assert viewer is not None
    listing = repo.overview_listing(viewer.organisation_id, below, direct_only, published)
    connection = await paginate(session, listing.statement, listing.keys, page, settings, to_node)
    total, done = await repo.overview_counts(session, viewer.organisation_id, below, direct_only)
    return connection, total, done


async def published(
    session: AsyncSession,
    viewer: Viewer | None,
    settings: Settings,
    page: PageRequest,
    to_node: Callable[[Any], R],
) -> Connection[R]:
    """The leaders of the viewer's organisation with a published philosophy,
    by name, for any member: a published version is the organisation's to
    read (``policy.may_read``), so the list tells no more than each page."""
    signed_in = policy.require_viewer(viewer)
    listing = repo.overview_listing(signed_in.organisation_id, None, False, True)
    return await paginate(session, listing.statement, listing.keys, page, settings, to_node)


# --- for other slices ----------------------------------------------------------------------


@dataclass(frozen=True)
class PublishedPhilosophy:
    """A leader's newest published version, as a checkpoint refers to it."""

    philosophy_id: int
    version_id: int
    reference: str  # the PhilosophyVersion's global ID
    number: int
    published_at: datetime | None
    summary: str
    address: str


async def published_version_for_checkpoint(
    session: AsyncSession,
    viewer: Viewer | None,
    membership_id: int,
    settings: Settings | None = None,
) -> PublishedPhilosophy | None:
    """The leader's newest published version, for a member of their
    organisation (their manager at a checkpoint); None if there is none."""
    signed_in = policy.require_viewer(viewer)
    if not await repo.members(session, signed_in.organisation_id, [membership_id]):
        raise DomainError(ErrorCode.NOT_FOUND, "error.not_found", field=["membershipId"])
    found = await published_versions_of_leaders(session, signed_in, [membership_id], settings)
    return found.get(membership_id)


async def published_versions_of_leaders(
    session: AsyncSession,
    viewer: Viewer | None,
    membership_ids: Sequence[int],
    settings: Settings | None = None,
) -> dict[int, PublishedPhilosophy]:
    """The newest published version of each leader of the viewer's
    organisation that has one, by membership: three statements for any number
    (``learning.programmes``' checkpoint loader batches through it)."""
    from backend.settings import get_settings

    signed_in = policy.require_viewer(viewer)
    organisation_id = signed_in.organisation_id
    published = [
        (p, p.current_version_id)
        for p in await repo.philosophies_of_memberships(session, organisation_id, membership_ids)
        if p.current_version_id is not None
    ]
    if not published:
        return {}
    versions = {
        v.id: v
        for v in await repo.VERSIONS.by_ids(
            session, organisation_id, [version_id for _, version_id in published]
        )
    }
    organisation = await repo.organisation(session, organisation_id)
    found = {}
    for philosophy, version_id in published:
        version = versions.get(version_id)
        if version is None:
            continue
        found[philosophy.membership_id] = PublishedPhilosophy(
            philosophy_id=philosophy.id,
            version_id=version.id,
            reference=str(to_global_id("PhilosophyVersion", version.id)),
            number=version.number,
            published_at=version.published_at,
            summary=version.summary,
            address=addresses.page_address(
                settings or get_settings(), organisation.slug, philosophy.slug
            ),
        )
    return found
