"""DataLoaders of the evaluations slice: one query per batch."""

from __future__ import annotations

from collections.abc import Sequence

from backend.api.loaders import BatchLoader
from backend.repository import in_key_order
from feedback.evaluations import repository
from feedback.evaluations.models import EvaluationCycle, Nomination
from feedback.evaluations.nominations import repository as nomination_repository
from feedback.evaluations.nominations import service as nomination_service
from feedback.evaluations.nominations.service import SharedWith
from feedback.evaluations.progress import service as progress_service
from feedback.evaluations.progress.service import EvaluationProgress
from feedback.evaluations.repository import PersonRow
from feedback.frameworks import service as frameworks
from feedback.frameworks.service import CompetencyFramework


class CycleByIdLoader(BatchLoader[int, EvaluationCycle | None]):
    async def batch(self, keys: list[int]) -> Sequence[EvaluationCycle | None]:
        rows = await repository.cycles_by_ids(self.context.session, keys)
        return in_key_order(keys, rows, lambda c: c.id)


class FrameworkByIdLoader(BatchLoader[int, CompetencyFramework | None]):
    """The framework version a cycle uses (through ``feedback.frameworks.service``)."""

    async def batch(self, keys: list[int]) -> Sequence[CompetencyFramework | None]:
        rows = await frameworks.frameworks_by_ids(self.context.session, keys)
        return in_key_order(keys, rows, lambda f: f.id)


class PersonByMembershipLoader(BatchLoader[int, PersonRow | None]):
    async def batch(self, keys: list[int]) -> Sequence[PersonRow | None]:
        found = await repository.people(self.context.session, keys)
        return [found.get(k) for k in keys]


class NominationsByEvaluationLoader(BatchLoader[int, list[Nomination]]):
    async def batch(self, keys: list[int]) -> Sequence[list[Nomination]]:
        found = await nomination_repository.nominations_by_evaluation(self.context.session, keys)
        return [found.get(k, []) for k in keys]


class ProgressByEvaluationLoader(BatchLoader[int, EvaluationProgress | None]):
    """Whether each group has enough answers; None for an evaluation the viewer
    may not follow."""

    async def batch(self, keys: list[int]) -> Sequence[EvaluationProgress | None]:
        found = await progress_service.progress(self.context.session, self.context.viewer, keys)
        return [found.get(k) for k in keys]


class ReportSharesByEvaluationLoader(BatchLoader[int, list[SharedWith] | None]):
    """Whom each report is shared with; None for an evaluation whose list the
    viewer may not read (``nominations.service.report_shared_with``)."""

    async def batch(self, keys: list[int]) -> Sequence[list[SharedWith] | None]:
        found = await nomination_service.report_shared_with(
            self.context.session, self.context.viewer, keys
        )
        return [found.get(k) for k in keys]
