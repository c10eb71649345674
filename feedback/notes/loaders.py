"""DataLoaders of feedback notes: one query per batch for every relation the
types expose."""

from __future__ import annotations

from backend.api.loaders import BatchLoader
from backend.repository import group_by
from feedback.notes import service
from feedback.notes.models import FeedbackNote


class RepliesByRootLoader(BatchLoader[int, list[FeedbackNote]]):
    async def batch(self, keys: list[int]) -> list[list[FeedbackNote]]:
        replies = await service.replies(self.context.session, keys)
        return group_by(keys, replies, key=lambda note: note.parent_id or 0)


class AudienceByRootLoader(BatchLoader[int, list[int]]):
    async def batch(self, keys: list[int]) -> list[list[int]]:
        audiences = await service.audiences(self.context.session, keys)
        grouped = group_by(keys, audiences, key=lambda row: row[0])
        return [sorted(membership_id for _, membership_id in rows) for rows in grouped]


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
