"""DataLoaders of the frameworks slice: one query per batch."""

from __future__ import annotations

from collections.abc import Sequence

from backend.api.loaders import BatchLoader
from backend.repository import in_key_order
from feedback.frameworks import repository
from feedback.frameworks.models import CompetencyFramework
from feedback.frameworks.repository import CompetencyRow, QuestionRow


class FrameworkByIdLoader(BatchLoader[int, CompetencyFramework | None]):
    async def batch(self, keys: list[int]) -> Sequence[CompetencyFramework | None]:
        rows = await repository.frameworks_by_ids(self.context.session, keys)
        return in_key_order(keys, rows, lambda f: f.id)


class CompetenciesByFrameworkLoader(BatchLoader[int, list[CompetencyRow]]):
    async def batch(self, keys: list[int]) -> Sequence[list[CompetencyRow]]:
        found = await repository.competencies_by_framework(self.context.session, keys)
        return [found.get(k, []) for k in keys]


class QuestionsByFrameworkLoader(BatchLoader[int, list[QuestionRow]]):
    async def batch(self, keys: list[int]) -> Sequence[list[QuestionRow]]:
        found = await repository.questions_by_framework(self.context.session, keys)
        return [found.get(k, []) for k in keys]
