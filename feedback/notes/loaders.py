"""DataLoaders of feedback notes: one query per batch for every relation the
types expose."""

from __future__ import annotations

from collections import defaultdict

from backend.api.loaders import BatchLoader
from feedback.notes import service
from feedback.notes.models import FeedbackNote


class RepliesByRootLoader(BatchLoader[int, list[FeedbackNote]]):
    async def batch(self, keys: list[int]) -> list[list[FeedbackNote]]:
        found: dict[int, list[FeedbackNote]] = defaultdict(list)
        for note in await service.replies(self.context.session, keys):
            if note.parent_id is not None:
                found[note.parent_id].append(note)
        return [found.get(key, []) for key in keys]


class AudienceByRootLoader(BatchLoader[int, list[int]]):
    async def batch(self, keys: list[int]) -> list[list[int]]:
        found: dict[int, list[int]] = defaultdict(list)
        for root_id, membership_id in await service.audiences(self.context.session, keys):
            found[root_id].append(membership_id)
        return [sorted(found.get(key, [])) for key in keys]


class NameByMembershipLoader(BatchLoader[int, str | None]):
    async def batch(self, keys: list[int]) -> list[str | None]:
        found = await service.people(self.context.session, keys)
        return [found.get(key) for key in keys]


class ReadByViewerLoader(BatchLoader[int, bool]):
    async def batch(self, keys: list[int]) -> list[bool]:
        viewer = self.context.viewer
        if viewer is None:
            return [False] * len(keys)
        read = await service.read_by_viewer(self.context.session, viewer, keys)
        return [key in read for key in keys]
