"""GraphQL types of a diff between two versions (``diff.py`` computes it)."""

from __future__ import annotations

import strawberry

from backend.api.context import Info
from backend.identity.goals.types import FoundationPrinciple, OrganisationGoal
from learning.philosophy import loaders as ld
from learning.philosophy.diff import diff
from learning.philosophy.drafting import service as drafting
from learning.philosophy.types import PhilosophySectionKind, PhilosophyVersion

strawberry.enum(diff.Change, name="PhilosophySectionChange", description="How a section changed.")
strawberry.enum(diff.LineKind, name="DiffLineKind")
strawberry.enum(diff.SegmentKind, name="DiffSegmentKind")
PhilosophySectionChange = diff.Change
DiffLineKind = diff.LineKind
DiffSegmentKind = diff.SegmentKind


@strawberry.type(description="A run of words within a line: unchanged, added or removed.")
class DiffSegment:
    kind: DiffSegmentKind
    text: str


@strawberry.type(description="A line of a hunk, with its numbers in the old and new text.")
class DiffLine:
    kind: DiffLineKind
    text: str
    old_number: int | None
    new_number: int | None
    segments: list[DiffSegment]


@strawberry.type(description="Changed lines with two lines of context, as in a unified diff.")
class DiffHunk:
    old_start: int
    old_count: int
    new_start: int
    new_count: int
    lines: list[DiffLine]


def _hunk(hunk: diff.Hunk) -> DiffHunk:
    return DiffHunk(
        old_start=hunk.old_start,
        old_count=hunk.old_count,
        new_start=hunk.new_start,
        new_count=hunk.new_count,
        lines=[
            DiffLine(
                kind=line.kind,
                text=line.text,
                old_number=line.old_number,
                new_number=line.new_number,
                segments=[DiffSegment(kind=s.kind, text=s.text) for s in line.segments],
            )
            for line in hunk.lines
        ],
    )


@strawberry.type(description="What changed in one section between two versions.")
class PhilosophySectionDiff:
    section: strawberry.Private[diff.SectionDiff]
    key: str = strawberry.field(description="The section's kind, or CUSTOM:<title>.")
    kind: PhilosophySectionKind
    change: PhilosophySectionChange
    hunks: list[DiffHunk]

    @classmethod
    def of(cls, section: diff.SectionDiff) -> PhilosophySectionDiff:
        return cls(
            section=section,
            key=section.key,
            kind=PhilosophySectionKind(section.kind),
            change=section.change,
            hunks=[_hunk(h) for h in section.hunks],
        )

    @strawberry.field
    def title(self, info: Info) -> str:
        return drafting.section_title(
            self.section.kind, self.section.title, info.context.locale.value
        )

    async def _principles(self, info: Info, ids: list[int]) -> list[FoundationPrinciple]:
        rows = await info.context.loaders.get(ld.PrincipleByIdLoader).load_many(ids)
        return [FoundationPrinciple.from_row(r) for r in rows if r is not None]

    async def _goals(self, info: Info, ids: list[int]) -> list[OrganisationGoal]:
        rows = await info.context.loaders.get(ld.GoalByIdLoader).load_many(ids)
        return [OrganisationGoal.from_row(r) for r in rows if r is not None]

    @strawberry.field
    async def principles_added(self, info: Info) -> list[FoundationPrinciple]:
        return await self._principles(info, self.section.principles_added)

    @strawberry.field
    async def principles_removed(self, info: Info) -> list[FoundationPrinciple]:
        return await self._principles(info, self.section.principles_removed)

    @strawberry.field
    async def goals_added(self, info: Info) -> list[OrganisationGoal]:
        return await self._goals(info, self.section.goals_added)

    @strawberry.field
    async def goals_removed(self, info: Info) -> list[OrganisationGoal]:
        return await self._goals(info, self.section.goals_removed)


@strawberry.type(description="What changed from one version of a philosophy to another.")
class PhilosophyDiff:
    from_version: PhilosophyVersion
    to_version: PhilosophyVersion
    sections: list[PhilosophySectionDiff]
