"""GraphQL types of leadership philosophies.

Objects are made from the rows the service returns; every relation goes
through a loader. Comments are the feedback domain's ``FeedbackNote`` type,
referenced lazily by name and fetched through its registered node fetcher,
so this slice imports nothing of the feedback domain but its service (in
``comments/service.py``). The inputs and payloads of each mutation are in the
``types.py`` of its sub-package (``drafting``, ``publishing``, ``comments``);
the diff's types in ``diff/types.py``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

import strawberry

from backend.api.context import Info
from backend.api.pagination import Connection, Edge, PageInfo, PageRequest, paginate
from backend.api.relay import Node, fetch_nodes
from backend.identity import loaders as identity_loaders
from backend.identity.goals.types import FoundationPrinciple, OrganisationGoal
from backend.identity.types import Membership
from backend.storage import get_storage
from learning.philosophy import loaders as ld
from learning.philosophy import models, service
from learning.philosophy import policy as access
from learning.philosophy.comments import service as comments
from learning.philosophy.drafting import service as drafting
from learning.philosophy.publishing import addresses, rendering

# Another slice's type, by name: strawberry resolves it when the schema is built.
FeedbackNoteType = Annotated["FeedbackNote", strawberry.lazy("feedback.notes.types")]  # type: ignore[name-defined]  # noqa: F821

strawberry.enum(
    models.Visibility,
    name="PhilosophyVisibility",
    description="Who reads a published philosophy: the organisation (INTERNAL) or anyone "
    "with the address (PUBLIC). Comments stay inside the organisation either way.",
)
strawberry.enum(
    models.VersionStatus,
    name="PhilosophyVersionStatus",
    description="DRAFT while written, PUBLISHING while the page is made, then PUBLISHED; "
    "FAILED if the page could not be made (the previous version stays current).",
)
strawberry.enum(
    models.SectionKind,
    name="PhilosophySectionKind",
    description="The three required sections, or one the leader adds (CUSTOM).",
)
# strawberry.enum registers the enums in place; the names the schema uses:
PhilosophyVisibility = models.Visibility
PhilosophyVersionStatus = models.VersionStatus
PhilosophySectionKind = models.SectionKind


async def note_connection(info: Info, listing: Any, page: PageRequest) -> Connection[Any]:
    """A page of feedback notes from a notes listing (rows end with the note)."""
    context = info.context
    found = await paginate(
        context.session,
        listing.statement,
        listing.keys,
        page,
        context.settings,
        lambda row: row[-1].id,
    )
    nodes = await fetch_nodes(info, "FeedbackNote", [edge.node for edge in found.edges])
    edges = [Edge(cursor=e.cursor, node=nodes[e.node]) for e in found.edges if e.node in nodes]
    return Connection(edges=edges, page_info=found.page_info)


@strawberry.type(description="A section of a philosophy, in Markdown, with what it cites.")
class PhilosophySection:
    kind: PhilosophySectionKind
    body: str = strawberry.field(description="Markdown, as the leader wrote it.")
    organisation_id: strawberry.Private[int]
    given_title: strawberry.Private[str]
    principle_ids: strawberry.Private[list[int]]
    goal_ids: strawberry.Private[list[int]]

    @classmethod
    def of(cls, section: dict[str, Any], organisation_id: int) -> PhilosophySection:
        return cls(
            kind=models.SectionKind(section["kind"]),
            body=section.get("body", ""),
            organisation_id=organisation_id,
            given_title=section.get("title", ""),
            principle_ids=list(section.get("principle_ids", [])),
            goal_ids=list(section.get("goal_ids", [])),
        )

    @strawberry.field(description="The leader's title, or the required section's own.")
    def title(self, info: Info) -> str:
        return drafting.section_title(self.kind, self.given_title, info.context.locale.value)

    @strawberry.field(description="The body as sanitized HTML, as the page shows it.")
    def body_html(self, info: Info) -> str:
        prefixes = rendering.image_prefixes(info.context.settings, self.organisation_id)
        return rendering.render_markdown(self.body, prefixes)

    @strawberry.field(description="Principles of the leadership foundation it builds on.")
    async def principles(self, info: Info) -> list[FoundationPrinciple]:
        rows = await info.context.loaders.get(ld.PrincipleByIdLoader).load_many(self.principle_ids)
        return [FoundationPrinciple.from_row(row) for row in rows if row is not None]

    @strawberry.field(description="Organisational goals it relates to.")
    async def goals(self, info: Info) -> list[OrganisationGoal]:
        rows = await info.context.loaders.get(ld.GoalByIdLoader).load_many(self.goal_ids)
        return [OrganisationGoal.from_row(row) for row in rows if row is not None]


@strawberry.type(
    description="One version of a leadership philosophy; a published one never changes."
)
class PhilosophyVersion(Node):
    pk: strawberry.Private[int]
    row: strawberry.Private[models.PhilosophyVersion]
    number: int
    status: PhilosophyVersionStatus
    summary: str = strawberry.field(description="What changed since the version before.")
    revision: int = strawberry.field(description="Bumped by every save of a draft.")
    requested_at: datetime | None
    published_at: datetime | None
    updated_at: datetime

    @classmethod
    def from_row(cls, row: models.PhilosophyVersion) -> PhilosophyVersion:
        return cls(
            pk=row.id,
            row=row,
            number=row.number,
            status=models.VersionStatus(row.status),
            summary=row.summary,
            revision=row.revision,
            requested_at=row.requested_at,
            published_at=row.published_at,
            updated_at=row.updated_at,
        )

    @strawberry.field
    def sections(self) -> list[PhilosophySection]:
        return [PhilosophySection.of(s, self.row.organisation_id) for s in self.row.sections]

    @strawberry.field
    async def philosophy(self, info: Info) -> LeadershipPhilosophy | None:
        row = await info.context.loaders.get(ld.PhilosophyByIdLoader).load(self.row.philosophy_id)
        return LeadershipPhilosophy.from_row(row) if row else None

    @strawberry.field(description="A short-lived link to this version's PDF, once published.")
    def pdf_url(self, info: Info) -> str | None:
        if self.row.pdf_key is None:
            return None
        storage = get_storage(info.context.settings)
        return storage.presigned_download(
            self.row.pdf_key, f"ledelsesgrundlag-v{self.number}.pdf", inline=True
        )

    @strawberry.field(description="Comments written on this version, newest first.")
    async def comments(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> Connection[FeedbackNoteType]:
        philosophy = await info.context.loaders.get(ld.PhilosophyByIdLoader).load(
            self.row.philosophy_id
        )
        if philosophy is None:
            return Connection(edges=[], page_info=_empty_page())
        listing = comments.comments_listing(info.context.viewer, philosophy.membership_id, self.pk)
        return await note_connection(info, listing, PageRequest(first, after, last, before))

    @classmethod
    async def fetch_visible(cls, info: Info, pks: list[int]) -> list[Any]:
        return await _fetcher(service.visible_versions, cls.from_row)(info, pks)


def _empty_page() -> PageInfo:
    return PageInfo(
        has_next_page=False, has_previous_page=False, start_cursor=None, end_cursor=None
    )


@strawberry.type(description="Something the leader means to take into the next version.")
class PhilosophyItem(Node):
    pk: strawberry.Private[int]
    source_note_id: strawberry.Private[int | None]
    text: str
    created_at: datetime
    done_at: datetime | None

    @classmethod
    def from_row(cls, row: models.PhilosophyItem) -> PhilosophyItem:
        return cls(
            pk=row.id,
            source_note_id=row.source_note_id,
            text=row.text,
            created_at=row.created_at,
            done_at=row.done_at,
        )

    @strawberry.field(description="The comment it came from, if any.")
    async def comment(self, info: Info) -> FeedbackNoteType | None:
        if self.source_note_id is None:
            return None
        found = await fetch_nodes(info, "FeedbackNote", [self.source_note_id])
        return found.get(self.source_note_id)

    @classmethod
    async def fetch_visible(cls, info: Info, pks: list[int]) -> list[Any]:
        return await _items(info, pks)


@strawberry.type(
    description="A leader's personal leadership philosophy (personligt ledelsesgrundlag)."
)
class LeadershipPhilosophy(Node):
    pk: strawberry.Private[int]
    row: strawberry.Private[models.LeadershipPhilosophy]
    slug: str = strawberry.field(description="The leader's part of the page address; stable.")
    visibility: PhilosophyVisibility
    created_at: datetime

    @classmethod
    def from_row(cls, row: models.LeadershipPhilosophy) -> LeadershipPhilosophy:
        return cls(
            pk=row.id,
            row=row,
            slug=row.slug,
            visibility=models.Visibility(row.visibility),
            created_at=row.created_at,
        )

    @strawberry.field
    async def leader(self, info: Info) -> Membership | None:
        loader = info.context.loaders.get(identity_loaders.MemberByMembershipIdLoader)
        row = await loader.load(self.row.membership_id)
        return Membership.from_row(row) if row else None

    async def _organisation_slug(self, info: Info) -> str:
        loader = info.context.loaders.get(identity_loaders.OrganisationByIdLoader)
        row = await loader.load(self.row.organisation_id)
        return str(row.slug) if row else ""

    @strawberry.field(description="The stable address of the newest published version.")
    async def address(self, info: Info) -> str:
        slug = await self._organisation_slug(info)
        return addresses.page_address(info.context.settings, slug, self.row.slug)

    @strawberry.field(
        description="A link to open the page in a browser: the address when public, a "
        "short-lived signed link when internal; null before the first publication."
    )
    async def page_link(self, info: Info) -> str | None:
        slug = await self._organisation_slug(info)
        return service.page_link(info.context.viewer, info.context.settings, self.row, slug)

    @strawberry.field(description="The newest published version: what the address serves.")
    async def current_version(self, info: Info) -> PhilosophyVersion | None:
        if self.row.current_version_id is None:
            return None
        row = await info.context.loaders.get(ld.VersionByIdLoader).load(self.row.current_version_id)
        return PhilosophyVersion.from_row(row) if row else None

    @strawberry.field(description="The draft being written (the leader only).")
    async def draft(self, info: Info) -> PhilosophyVersion | None:
        if not access.is_owner(info.context.viewer, self.row):
            return None
        row = await info.context.loaders.get(ld.DraftByPhilosophyLoader).load(self.pk)
        return PhilosophyVersion.from_row(row) if row else None

    @strawberry.field(
        description="Versions, newest first: all for the leader, published for others."
    )
    async def versions(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> Connection[PhilosophyVersion]:
        c = info.context
        return await service.versions(
            c.session,
            c.viewer,
            c.settings,
            self.row,
            PageRequest(first, after, last, before),
            lambda row: PhilosophyVersion.from_row(row[-1]),
        )

    @strawberry.field(description="The leader's private notes; never published, null for others.")
    def private_notes(self, info: Info) -> str | None:
        return self.row.private_notes if access.is_owner(info.context.viewer, self.row) else None

    @strawberry.field(description="The leader's items for the next version (the leader only).")
    async def items(self, info: Info) -> list[PhilosophyItem]:
        if not access.is_owner(info.context.viewer, self.row):
            return []
        rows = await info.context.loaders.get(ld.ItemsByPhilosophyLoader).load(self.pk)
        return [PhilosophyItem.from_row(row) for row in rows]

    @strawberry.field(
        description="Comments from staff and managers, newest first; each is about the "
        "version it was written on (`subjectId`). Organisation-internal."
    )
    async def comments(
        self,
        info: Info,
        version_id: strawberry.ID | None = None,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> Connection[FeedbackNoteType]:
        from backend.api.ids import decode_optional_id

        version = decode_optional_id(version_id, "PhilosophyVersion", "versionId")
        listing = comments.comments_listing(info.context.viewer, self.row.membership_id, version)
        return await note_connection(info, listing, PageRequest(first, after, last, before))

    @classmethod
    async def fetch_visible(cls, info: Info, pks: list[int]) -> list[Any]:
        return await _fetcher(service.visible_philosophies, cls.from_row)(info, pks)


@strawberry.type(description="A leader and whether, and when, they published a philosophy.")
class PhilosophyStatus:
    row: strawberry.Private[Any]
    published_at: datetime | None
    version_number: int | None
    visibility: PhilosophyVisibility | None

    @classmethod
    def from_row(cls, row: Any) -> PhilosophyStatus:
        return cls(
            row=row,
            published_at=row.published_at,
            version_number=row.version_number,
            visibility=models.Visibility(row.visibility) if row.published_at else None,
        )

    @strawberry.field
    def leader(self) -> Membership:
        return Membership.from_row(self.row)

    @strawberry.field(description="The philosophy, once published.")
    async def philosophy(self, info: Info) -> LeadershipPhilosophy | None:
        if self.row.philosophy_id is None or self.row.published_at is None:
            return None
        row = await info.context.loaders.get(ld.PhilosophyByIdLoader).load(self.row.philosophy_id)
        return LeadershipPhilosophy.from_row(row) if row else None


@strawberry.type(description="Who has published a leadership philosophy, and when.")
class PhilosophyOverview:
    total_leaders: int
    published_count: int
    leaders: Connection[PhilosophyStatus]


def _fetcher(visible: Any, make: Any) -> Any:
    async def fetch(info: Info, pks: list[int]) -> list[Any]:
        rows = await visible(info.context.session, info.context.viewer, pks)
        return [make(row) for row in rows]

    return fetch


async def _items(info: Info, pks: list[int]) -> list[PhilosophyItem]:
    """Items are the leader's alone."""
    rows = await service.my_items(info.context.session, info.context.viewer, pks)
    return [PhilosophyItem.from_row(row) for row in rows]
