"""DataLoaders of what every part of mentoring shows: the people taking part
and a mentor's load, one query per batch. The sub-packages
have their own ``loaders.py`` for their relations."""

from __future__ import annotations

from backend.api.loaders import BatchLoader
from backend.repository import in_key_order
from learning.mentoring import repository as repo


class PersonByMembershipLoader(BatchLoader[int, repo.AnyRow | None]):
    """People of mentorships and proposals the service already let through."""

    async def batch(self, keys: list[int]) -> list[repo.AnyRow | None]:
        return in_key_order(keys, await repo.people(self.context.session, keys), lambda r: r.id)


class LoadByMentorLoader(BatchLoader[int, int]):
    """Places taken of each mentor's capacity."""

    async def batch(self, keys: list[int]) -> list[int]:
        found = await repo.load_of_mentors(self.context.session, keys)
        return [found.get(key, 0) for key in keys]
