"""GraphQL types of programmes and their content: versions, modules and
activities, and the inputs and payloads of authoring them (cohorts and
enrolments are in ``enrolments.types``, progress in ``progress.types``).

Node types are built from rows (``from_row``); every relation goes through a
DataLoader of ``loaders.py``. Private data (reflections, evidence) arrives
already filtered by the repository for the viewer.
"""

from __future__ import annotations

from datetime import datetime
from functools import cache
from typing import TYPE_CHECKING, Annotated, Any

import nh3
import strawberry
from markdown_it import MarkdownIt

from backend.api.context import Info
from backend.api.mutations import Payload
from backend.api.relay import Node, to_global_id
from backend.identity.models import OrganisationGoal
from backend.storage import get_storage
from learning.programmes import loaders as ld
from learning.programmes import models as m
from learning.programmes import repository as repo
from learning.programmes.policy import sees_drafts

if TYPE_CHECKING:
    from learning.programmes.enrolments.types import Cohort

ActivityKind = strawberry.enum(m.ActivityKind, description="Knowledge, reflection or action.")
ProgrammeStatus = strawberry.enum(m.ProgrammeStatus)
ProgrammeVersionStatus = strawberry.enum(m.VersionStatus, name="ProgrammeVersionStatus")
ProgrammeAudience = strawberry.enum(m.Audience, name="ProgrammeAudience")


@cache
def _markdown() -> MarkdownIt:
    return MarkdownIt("js-default")


def render_markdown(text: str) -> str:
    """Markdown as safe HTML: no raw HTML in, sanitized out."""
    return nh3.clean(_markdown().render(text))


@strawberry.type(description="An organisational goal a programme or a development goal serves.")
class OrganisationGoalSummary:
    pk: strawberry.Private[int]
    title: str
    status: str

    @strawberry.field(description="The global ID of the OrganisationGoal.")
    def id(self) -> strawberry.ID:
        return to_global_id("OrganisationGoal", self.pk)

    @classmethod
    def from_row(cls, row: OrganisationGoal) -> OrganisationGoalSummary:
        return cls(pk=row.id, title=row.title, status=row.status)


@strawberry.type(description="A file in storage, with a short-lived download URL.")
class StoredFile:
    title: str
    content_type: str
    url: str
    byte_size: int | None = None


@strawberry.type
class Programme(Node):
    """A development programme: its content lives in versions."""

    pk: strawberry.Private[int]
    archived_at: datetime | None
    created_at: datetime

    @classmethod
    def from_row(cls, row: m.Programme) -> Programme:
        return cls(pk=row.id, archived_at=row.archived_at, created_at=row.created_at)

    async def _versions(self, info: Info) -> list[m.ProgrammeVersion]:
        return await info.context.loaders.get(ld.VersionsByProgrammeLoader).load(self.pk)

    @strawberry.field(description="DRAFT until first published; ARCHIVED once archived.")
    async def status(self, info: Info) -> ProgrammeStatus:  # type: ignore[valid-type]
        if self.archived_at is not None:
            return m.ProgrammeStatus.ARCHIVED
        versions = await self._versions(info)
        published = any(v.status != m.VersionStatus.DRAFT.value for v in versions)
        return m.ProgrammeStatus.PUBLISHED if published else m.ProgrammeStatus.DRAFT

    @strawberry.field(description="The version new enrolments get (else the draft, for HR).")
    async def current_version(self, info: Info) -> ProgrammeVersion | None:
        versions = await self._versions(info)
        published = [v for v in versions if v.status == m.VersionStatus.PUBLISHED.value]
        chosen = published[-1] if published else (versions[-1] if versions else None)
        return ProgrammeVersion.from_row(chosen) if chosen else None

    @strawberry.field(description="The draft being edited, if any (HR only).")
    async def draft(self, info: Info) -> ProgrammeVersion | None:
        versions = await self._versions(info)
        if versions and versions[-1].status == m.VersionStatus.DRAFT.value:
            return ProgrammeVersion.from_row(versions[-1])
        return None

    @strawberry.field(description="Every version the viewer may see, oldest first.")
    async def versions(self, info: Info) -> list[ProgrammeVersion]:
        return [ProgrammeVersion.from_row(v) for v in await self._versions(info)]

    @strawberry.field(
        description="The programme's cohorts, latest start first, to enrol leaders into "
        "(HR only; empty for anyone else)."
    )
    async def cohorts(
        self, info: Info
    ) -> list[Annotated[Cohort, strawberry.lazy("learning.programmes.enrolments.types")]]:
        from learning.programmes.enrolments.types import Cohort

        rows = await info.context.loaders.get(ld.CohortsByProgrammeLoader).load(self.pk)
        return [Cohort.from_row(r) for r in rows]

    @classmethod
    async def fetch_visible(cls, info: Info, pks: list[int]) -> list[Any]:
        return await _fetch_programmes(info, pks)


@strawberry.type
class ProgrammeVersion(Node):
    """One version of a programme. A published version never changes."""

    pk: strawberry.Private[int]
    programme_pk: strawberry.Private[int]
    version: int
    status: ProgrammeVersionStatus  # type: ignore[valid-type]
    title: str
    description: str
    audience: ProgrammeAudience  # type: ignore[valid-type]
    published_at: datetime | None

    @classmethod
    def from_row(cls, row: m.ProgrammeVersion) -> ProgrammeVersion:
        return cls(
            pk=row.id,
            programme_pk=row.programme_id,
            version=row.version,
            status=m.VersionStatus(row.status),
            title=row.title,
            description=row.description,
            audience=m.Audience(row.audience),
            published_at=row.published_at,
        )

    @strawberry.field
    def description_html(self) -> str:
        return render_markdown(self.description)

    @strawberry.field
    def programme_id(self) -> strawberry.ID:
        return to_global_id("Programme", self.programme_pk)

    @strawberry.field(description="The organisational goals this version serves.")
    async def goals(self, info: Info) -> list[OrganisationGoalSummary]:
        rows = await info.context.loaders.get(ld.GoalsByVersionLoader).load(self.pk)
        return [OrganisationGoalSummary.from_row(g) for g in rows]

    @strawberry.field
    async def modules(self, info: Info) -> list[Module]:
        rows = await info.context.loaders.get(ld.ModulesByVersionLoader).load(self.pk)
        return [Module.from_row(r) for r in rows]

    @classmethod
    async def fetch_visible(cls, info: Info, pks: list[int]) -> list[Any]:
        return await _fetch_versions(info, pks)


@strawberry.type
class Module(Node):
    pk: strawberry.Private[int]
    version_pk: strawberry.Private[int]
    position: int
    title: str
    introduction: str

    @classmethod
    def from_row(cls, row: m.ProgrammeModule) -> Module:
        return cls(
            pk=row.id,
            version_pk=row.version_id,
            position=row.position,
            title=row.title,
            introduction=row.introduction,
        )

    @strawberry.field(description="Knowledge, reflection and action, in order.")
    async def activities(self, info: Info) -> list[Activity]:
        rows = await info.context.loaders.get(ld.ActivitiesByModuleLoader).load(self.pk)
        return [Activity.from_row(r) for r in rows]

    @classmethod
    async def fetch_visible(cls, info: Info, pks: list[int]) -> list[Any]:
        return await _fetch_modules(info, pks)


@strawberry.type
class Activity(Node):
    pk: strawberry.Private[int]
    module_pk: strawberry.Private[int]
    media_items: strawberry.Private[list[dict[str, Any]]]
    kind: ActivityKind  # type: ignore[valid-type]
    position: int
    title: str
    body: str = strawberry.field(
        description="Markdown: the text, the reflection prompt or the practice assignment."
    )
    estimated_minutes: int
    due_offset_days: int = strawberry.field(description="Days after the start it is due.")

    @classmethod
    def from_row(cls, row: m.ProgrammeActivity | repo.ActivityRow) -> Activity:
        return cls(
            pk=row.id,
            module_pk=row.module_id,
            media_items=list(row.media or []),
            kind=m.ActivityKind(row.kind),
            position=row.position,
            title=row.title,
            body=row.body,
            estimated_minutes=row.estimated_minutes,
            due_offset_days=row.due_offset_days,
        )

    @strawberry.field
    def body_html(self) -> str:
        return render_markdown(self.body)

    @strawberry.field(description="Text, sound or video to read, hear or watch.")
    def media(self, info: Info) -> list[StoredFile]:
        storage = get_storage(info.context.settings)
        return [
            StoredFile(
                title=item["title"],
                content_type=item["contentType"],
                url=storage.presigned_download(item["objectKey"], item["title"], inline=True),
            )
            for item in self.media_items
        ]

    @strawberry.field
    async def module(self, info: Info) -> Module | None:
        row = await info.context.loaders.get(ld.ModuleByIdLoader).load(self.module_pk)
        return Module.from_row(row) if row else None

    @classmethod
    async def fetch_visible(cls, info: Info, pks: list[int]) -> list[Any]:
        return await _fetch_activities(info, pks)


# --- node lookups ------------------------------------------------------------------------


async def _fetch_programmes(info: Info, pks: list[int]) -> list[Programme]:
    viewer = info.context.viewer
    if viewer is None:
        return []
    rows = await repo.programmes.by_ids(info.context.session, viewer.organisation_id, pks)
    loader = info.context.loaders.get(ld.VersionsByProgrammeLoader)
    visible = await loader.load_many([r.id for r in rows])
    return [Programme.from_row(r) for r, versions in zip(rows, visible, strict=True) if versions]


async def _visible_versions(info: Info, version_ids: list[int]) -> dict[int, m.ProgrammeVersion]:
    viewer = info.context.viewer
    if viewer is None:
        return {}
    rows = await info.context.loaders.get(ld.VersionByIdLoader).load_many(version_ids)
    drafts = sees_drafts(viewer)
    return {
        r.id: r
        for r in rows
        if r is not None and (drafts or r.status != m.VersionStatus.DRAFT.value)
    }


async def _fetch_versions(info: Info, pks: list[int]) -> list[ProgrammeVersion]:
    return [ProgrammeVersion.from_row(v) for v in (await _visible_versions(info, pks)).values()]


async def _fetch_modules(info: Info, pks: list[int]) -> list[Module]:
    rows = [r for r in await info.context.loaders.get(ld.ModuleByIdLoader).load_many(pks) if r]
    visible = await _visible_versions(info, [r.version_id for r in rows])
    return [Module.from_row(r) for r in rows if r.version_id in visible]


async def _fetch_activities(info: Info, pks: list[int]) -> list[Activity]:
    rows = [r for r in await info.context.loaders.get(ld.ActivityByIdLoader).load_many(pks) if r]
    visible = await _visible_versions(info, [r.version_id for r in rows])
    return [Activity.from_row(r) for r in rows if r.version_id in visible]


TYPES: list[type] = [Programme, ProgrammeVersion, Module, Activity]


# --- authoring ---------------------------------------------------------------------------


@strawberry.input(description="A file already uploaded with requestActivityMediaUpload.")
class MediaItemInput:
    object_key: str
    title: str
    content_type: str


@strawberry.input
class ActivityInput:
    kind: m.ActivityKind
    title: str
    body: str = ""
    estimated_minutes: int = 15
    due_offset_days: int = 7
    media: list[MediaItemInput] = strawberry.field(default_factory=list)


@strawberry.input(description="A module must hold at least one activity of each kind.")
class ModuleInput:
    title: str
    activities: list[ActivityInput]
    introduction: str = ""


@strawberry.input(description="A programme saved whole; it must serve at least one goal.")
class CreateProgrammeInput:
    title: str
    goal_ids: list[strawberry.ID]
    modules: list[ModuleInput]
    description: str = ""
    audience: m.Audience = m.Audience.NEW_LEADERS
    client_mutation_id: str | None = None


@strawberry.input(description="Rewrites the draft; a published programme gets a new draft.")
class UpdateProgrammeInput:
    programme_id: strawberry.ID
    title: str
    goal_ids: list[strawberry.ID]
    modules: list[ModuleInput]
    description: str = ""
    audience: m.Audience = m.Audience.NEW_LEADERS
    client_mutation_id: str | None = None


@strawberry.input
class ProgrammeIdInput:
    programme_id: strawberry.ID
    client_mutation_id: str | None = None


@strawberry.type
class CreateProgrammePayload(Payload):
    programme: Programme | None = None
    version: ProgrammeVersion | None = None


@strawberry.type
class UpdateProgrammePayload(Payload):
    programme: Programme | None = None
    version: ProgrammeVersion | None = strawberry.field(default=None, description="The draft.")


@strawberry.type
class PublishProgrammePayload(Payload):
    programme: Programme | None = None
    version: ProgrammeVersion | None = None


@strawberry.type
class ArchiveProgrammePayload(Payload):
    programme: Programme | None = None
