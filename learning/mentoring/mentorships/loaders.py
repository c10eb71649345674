"""DataLoaders of the mentor's ``mentees`` page: each mentee's progress and
what they shared since the mentor's last visit, answered by the providers the
programmes slice registers (``hooks.py``), one batch for the whole page."""

from __future__ import annotations

from datetime import datetime

from backend.api.loaders import BatchLoader
from learning.mentoring import hooks


class ProgressByMenteeLoader(BatchLoader[int, hooks.MenteeProgress]):
    async def batch(self, keys: list[int]) -> list[hooks.MenteeProgress]:
        found = await hooks.registry.progress(self.context.session, keys)
        return [found.get(key, hooks.NO_PROGRESS) for key in keys]


class SharedSinceLoader(BatchLoader[tuple[int, datetime | None], list[hooks.SharedItem]]):
    """What each mentee shared with their mentor since the mentor's last visit."""

    async def batch(self, keys: list[tuple[int, datetime | None]]) -> list[list[hooks.SharedItem]]:
        found = await hooks.registry.shared_items(self.context.session, keys)
        return [found.get(key[0], []) for key in keys]
