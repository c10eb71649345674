"""DataLoaders for every relation ``types.py`` exposes: one query per batch.

Loaders whose rows are private (enrolments, reflections, evidence) pass the
viewer to the repository, which decides in SQL what the viewer may see.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from backend.api.loaders import BatchLoader
from backend.identity.models import Membership, OrganisationGoal, Person
from backend.repository import group_by, in_key_order
from learning.programmes import repository as repo
from learning.programmes.checkpoints import repository as checkpoints_repo
from learning.programmes.enrolments import repository as enrolments_repo
from learning.programmes.models import (
    ActionEvidence,
    Cohort,
    DevelopmentGoal,
    Enrolment,
    ManagerCheckpoint,
    ProgrammeActivity,
    ProgrammeModule,
    ProgrammeVersion,
    Reflection,
)
from learning.programmes.policy import sees_cohorts
from learning.programmes.progress import repository as progress_repo
from learning.programmes.sharing import repository as sharing_repo

if TYPE_CHECKING:
    from learning.philosophy.service import PublishedPhilosophy

T = TypeVar("T")


class _ViewerLoader(BatchLoader[int, T]):
    @property
    def organisation_id(self) -> int:
        viewer = self.context.viewer
        return viewer.organisation_id if viewer is not None else 0


class VersionByIdLoader(_ViewerLoader[ProgrammeVersion | None]):
    async def batch(self, keys: list[int]) -> list[ProgrammeVersion | None]:
        rows = await repo.versions.by_ids(self.context.session, self.organisation_id, keys)
        return in_key_order(keys, rows, lambda v: v.id)


class VersionsByProgrammeLoader(_ViewerLoader[list[ProgrammeVersion]]):
    """The versions the viewer may see (drafts for HR only), oldest first."""

    async def batch(self, keys: list[int]) -> list[list[ProgrammeVersion]]:
        if self.context.viewer is None:
            return [[] for _ in keys]
        rows = await repo.versions_of_programmes(self.context.session, keys, self.context.viewer)
        return group_by(keys, rows, lambda v: v.programme_id)


class GoalsByVersionLoader(_ViewerLoader[list[OrganisationGoal]]):
    async def batch(self, keys: list[int]) -> list[list[OrganisationGoal]]:
        rows = await repo.goals_of_versions(self.context.session, keys)
        return [[goal for _, goal in pairs] for pairs in group_by(keys, rows, lambda r: r[0])]


class OrganisationGoalByIdLoader(_ViewerLoader[OrganisationGoal | None]):
    async def batch(self, keys: list[int]) -> list[OrganisationGoal | None]:
        rows = await repo.goals_by_id(self.context.session, self.organisation_id, keys)
        return in_key_order(keys, rows, lambda g: g.id)


class ModulesByVersionLoader(_ViewerLoader[list[ProgrammeModule]]):
    async def batch(self, keys: list[int]) -> list[list[ProgrammeModule]]:
        rows = await repo.modules_of_versions(self.context.session, keys)
        return group_by(keys, rows, lambda m: m.version_id)


class ModuleByIdLoader(_ViewerLoader[ProgrammeModule | None]):
    async def batch(self, keys: list[int]) -> list[ProgrammeModule | None]:
        rows = await repo.modules.by_ids(self.context.session, self.organisation_id, keys)
        return in_key_order(keys, rows, lambda m: m.id)


class ActivitiesByVersionLoader(_ViewerLoader[list[repo.ActivityRow]]):
    """In programme order (module, then activity); plain rows, read only."""

    async def batch(self, keys: list[int]) -> list[list[repo.ActivityRow]]:
        rows = await repo.activity_rows_of_versions(self.context.session, keys)
        return group_by(keys, rows, lambda a: a.version_id)


class ActivitiesByModuleLoader(_ViewerLoader[list[repo.ActivityRow]]):
    """Through the version's activities, so a programme's modules share one query."""

    async def batch(self, keys: list[int]) -> list[list[repo.ActivityRow]]:
        modules = await self.context.loaders.get(ModuleByIdLoader).load_many(keys)
        version_ids = sorted({m.version_id for m in modules if m is not None})
        per_version = await self.context.loaders.get(ActivitiesByVersionLoader).load_many(
            version_ids
        )
        rows = [a for activities in per_version for a in activities]
        return group_by(keys, rows, lambda a: a.module_id)


class ActivityByIdLoader(_ViewerLoader[ProgrammeActivity | None]):
    async def batch(self, keys: list[int]) -> list[ProgrammeActivity | None]:
        rows = await repo.activities.by_ids(self.context.session, self.organisation_id, keys)
        return in_key_order(keys, rows, lambda a: a.id)


class CohortByIdLoader(_ViewerLoader[Cohort | None]):
    async def batch(self, keys: list[int]) -> list[Cohort | None]:
        rows = await enrolments_repo.cohorts.by_ids(
            self.context.session, self.organisation_id, keys
        )
        return in_key_order(keys, rows, lambda c: c.id)


class CohortsByProgrammeLoader(_ViewerLoader[list[Cohort]]):
    """A programme's cohorts, latest start first; for HR only (see ``policy.sees_cohorts``)."""

    async def batch(self, keys: list[int]) -> list[list[Cohort]]:
        viewer = self.context.viewer
        if viewer is None or not sees_cohorts(viewer):
            return [[] for _ in keys]
        rows = await enrolments_repo.cohorts_of_programmes(
            self.context.session, self.organisation_id, keys
        )
        return group_by(keys, rows, lambda c: c.programme_id)


class EnrolledCountByCohortLoader(_ViewerLoader[int | None]):
    """Leaders enrolled (not withdrawn) per cohort; None for anyone but HR
    (see ``policy.sees_cohorts``)."""

    async def batch(self, keys: list[int]) -> list[int | None]:
        viewer = self.context.viewer
        if viewer is None or not sees_cohorts(viewer):
            return [None for _ in keys]
        found = await enrolments_repo.enrolled_counts(
            self.context.session, self.organisation_id, keys
        )
        return [found.get(key, 0) for key in keys]


class EnrolmentByIdLoader(_ViewerLoader[Enrolment | None]):
    async def batch(self, keys: list[int]) -> list[Enrolment | None]:
        if self.context.viewer is None:
            return [None for _ in keys]
        rows = await enrolments_repo.enrolments_visible(
            self.context.session, self.context.viewer, keys
        )
        return in_key_order(keys, rows, lambda e: e.id)


class LeaderByMembershipLoader(_ViewerLoader[tuple[Membership, Person] | None]):
    async def batch(self, keys: list[int]) -> list[tuple[Membership, Person] | None]:
        rows = await repo.people_of_memberships(self.context.session, self.organisation_id, keys)
        return in_key_order(keys, rows, lambda r: r[0].id)


class DevelopmentGoalsByEnrolmentLoader(_ViewerLoader[list[DevelopmentGoal]]):
    async def batch(self, keys: list[int]) -> list[list[DevelopmentGoal]]:
        if self.context.viewer is None:
            return [[] for _ in keys]
        rows = await enrolments_repo.development_goals_followed(
            self.context.session, self.context.viewer, keys
        )
        return group_by(keys, rows, lambda g: g.enrolment_id)


class ProgressByEnrolmentLoader(_ViewerLoader[list[progress_repo.ProgressRow]]):
    async def batch(self, keys: list[int]) -> list[list[progress_repo.ProgressRow]]:
        rows = await progress_repo.progress_rows_of(self.context.session, keys)
        return group_by(keys, rows, lambda p: p.enrolment_id)


class ProgressSummaryByEnrolmentLoader(_ViewerLoader[tuple[int, int, int]]):
    """(activities, started, completed): what a list shows, without the rows."""

    async def batch(self, keys: list[int]) -> list[tuple[int, int, int]]:
        found = await progress_repo.progress_summaries(self.context.session, keys)
        return [found.get(key, (0, 0, 0)) for key in keys]


class ReflectionsByEnrolmentLoader(_ViewerLoader[list[Reflection]]):
    """Only the reflections the viewer may read (see ``progress.repository``)."""

    async def batch(self, keys: list[int]) -> list[list[Reflection]]:
        if self.context.viewer is None:
            return [[] for _ in keys]
        rows = await sharing_repo.visible_reflections(
            self.context.session, self.context.viewer, keys
        )
        return group_by(keys, rows, lambda r: r.enrolment_id)


class EvidenceByEnrolmentLoader(_ViewerLoader[list[ActionEvidence]]):
    async def batch(self, keys: list[int]) -> list[list[ActionEvidence]]:
        if self.context.viewer is None:
            return [[] for _ in keys]
        rows = await sharing_repo.visible_evidence(self.context.session, self.context.viewer, keys)
        return group_by(keys, rows, lambda e: e.enrolment_id)


class CheckpointsByEnrolmentLoader(_ViewerLoader[list[ManagerCheckpoint]]):
    async def batch(self, keys: list[int]) -> list[list[ManagerCheckpoint]]:
        if self.context.viewer is None:
            return [[] for _ in keys]
        rows = await checkpoints_repo.checkpoints_followed(
            self.context.session, self.context.viewer, keys
        )
        return group_by(keys, rows, lambda c: c.enrolment_id)


class PublishedPhilosophyByLeaderLoader(_ViewerLoader["PublishedPhilosophy | None"]):
    """A leader's newest published leadership philosophy, by membership, for
    the checkpoints that cite it; asked of the philosophy slice's service."""

    async def batch(self, keys: list[int]) -> list[PublishedPhilosophy | None]:
        from learning.philosophy import service as philosophy

        found = await philosophy.published_versions_of_leaders(
            self.context.session, self.context.viewer, keys, self.context.settings
        )
        return [found.get(key) for key in keys]
