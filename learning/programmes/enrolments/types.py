"""GraphQL types of cohorts, enrolments and development goals, and the
inputs and payloads of enrolling leaders and setting their goals.

An enrolment's activities and reflections are ``progress.types``, its
checkpoints ``checkpoints.types``: they refer back to ``Enrolment``, so
``Enrolment`` names them lazily (``strawberry.lazy``).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import date, datetime
from typing import TYPE_CHECKING, Annotated, Any

import strawberry

from backend.api.context import Info
from backend.api.ids import decode_id, decode_optional_id
from backend.api.loaders import BatchLoader, Resolved, settled, then
from backend.api.mutations import Payload
from backend.api.pagination import selected_on_nodes
from backend.api.relay import Node, to_global_id
from backend.identity.models import Membership, Person
from learning.programmes import loaders as ld
from learning.programmes import models as m
from learning.programmes.enrolments import repository as repo
from learning.programmes.enrolments.service import GoalDraft
from learning.programmes.policy import sees_goal_attainment
from learning.programmes.types import OrganisationGoalSummary, ProgrammeVersion

if TYPE_CHECKING:
    from learning.programmes.checkpoints.types import ManagerCheckpoint
    from learning.programmes.progress.types import EnrolmentActivity, Reflection

EnrolmentStatus = strawberry.enum(m.EnrolmentStatus)


@strawberry.type
class Cohort(Node):
    """Leaders starting a programme together."""

    pk: strawberry.Private[int]
    programme_pk: strawberry.Private[int]
    name: str
    starts_on: date

    @classmethod
    def from_row(cls, row: m.Cohort) -> Cohort:
        return cls(pk=row.id, programme_pk=row.programme_id, name=row.name, starts_on=row.starts_on)

    @strawberry.field
    def programme_id(self) -> strawberry.ID:
        return to_global_id("Programme", self.programme_pk)

    @strawberry.field(
        description="How many leaders are enrolled (not withdrawn); HR only, null for others."
    )
    async def enrolled_leaders(self, info: Info) -> int | None:
        return await info.context.loaders.get(ld.EnrolledCountByCohortLoader).load(self.pk)

    @classmethod
    async def fetch_visible(cls, info: Info, pks: list[int]) -> list[Any]:
        return await _fetch_cohorts(info, pks)


@strawberry.type(description="A leader as programmes show them.")
class LeaderSummary:
    membership_pk: strawberry.Private[int]
    name: str
    job_title: str

    @strawberry.field(description="The global ID of the leader's Membership.")
    def membership_id(self) -> strawberry.ID:
        return to_global_id("Membership", self.membership_pk)


@strawberry.type
class DevelopmentGoal(Node):
    """A leader's own goal, agreed with their manager, serving an organisational goal."""

    pk: strawberry.Private[int]
    organisation_goal_pk: strawberry.Private[int]
    position: int
    title: str
    description: str
    agreed_at: datetime | None
    attainment_rating: int | None = strawberry.field(
        description="1-5, from the manager at the AFTER checkpoint; for the leader and that "
        "manager only (others read it in learning effect, under its release rule)."
    )

    @classmethod
    def from_row(cls, row: m.DevelopmentGoal, rating_shown: bool) -> DevelopmentGoal:
        return cls(
            pk=row.id,
            organisation_goal_pk=row.organisation_goal_id,
            position=row.position,
            title=row.title,
            description=row.description,
            agreed_at=row.agreed_at,
            attainment_rating=row.attainment_rating if rating_shown else None,
        )

    @strawberry.field
    async def organisation_goal(self, info: Info) -> OrganisationGoalSummary | None:
        loader = info.context.loaders.get(ld.OrganisationGoalByIdLoader)
        row = await loader.load(self.organisation_goal_pk)
        return OrganisationGoalSummary.from_row(row) if row else None

    @classmethod
    async def fetch_visible(cls, info: Info, pks: list[int]) -> list[Any]:
        return await _fetch_goals(info, pks)


def goals_as_seen(
    info: Info, leader_id: int, rows: list[m.DevelopmentGoal]
) -> Resolved[list[DevelopmentGoal]]:
    """One leader's goals as the viewer may read them: the attainment rating
    only for the leader and the manager who gave it. Read one leader at a
    time by HR or a leader higher up, it would be a figure learning effect
    suppresses under three leaders. At once when the viewer is the leader (home,
    on every request) or the leader's membership is already read, else an
    awaitable (``BatchLoader.resolve``)."""
    return then(
        rating_shown(info, leader_id),
        lambda shown: [DevelopmentGoal.from_row(row, shown) for row in rows],
    )


def rating_shown(info: Info, leader_id: int) -> Resolved[bool]:
    """Whether the viewer reads this leader's attainment ratings."""
    viewer = info.context.viewer
    if viewer is None:
        return False
    # The manager matters only to someone else than the leader: a leader's own
    # goals need no statement to decide.
    if viewer.membership_id == leader_id:
        return sees_goal_attainment(viewer, leader_id, None)
    return info.context.loaders.get(ld.LeaderByMembershipLoader).resolve(
        leader_id,
        lambda leader: sees_goal_attainment(
            viewer, leader_id, leader[0].manager_id if leader is not None else None
        ),
    )


async def goals_for_viewer(
    info: Info, leader_id: int, rows: list[m.DevelopmentGoal]
) -> list[DevelopmentGoal]:
    """``goals_as_seen``, awaited (a payload's or a node lookup's goals)."""
    return await settled(goals_as_seen(info, leader_id, rows))


@strawberry.type(description="How far a leader has come in an enrolment.")
class ProgressSummary:
    total: int
    started: int
    completed: int
    percent: int

    @classmethod
    def of(cls, counts: tuple[int, int, int]) -> ProgressSummary:
        """From (activities, started, completed)."""
        total, started, completed = counts
        percent = round(100 * completed / total) if total else 0
        return cls(total=total, started=started, completed=completed, percent=percent)


@strawberry.type
class Enrolment(Node):
    """A leader in a programme: the version they follow, their goals and progress."""

    pk: strawberry.Private[int]
    row: strawberry.Private[m.Enrolment]
    starts_on: date
    status: EnrolmentStatus  # type: ignore[valid-type]
    completed_at: datetime | None

    @classmethod
    def from_row(cls, row: m.Enrolment) -> Enrolment:
        return cls(
            pk=row.id,
            row=row,
            starts_on=row.starts_on,
            status=m.EnrolmentStatus(row.status),
            completed_at=row.completed_at,
        )

    # programme, leader, cohort, progress, checkpoints and development goals are
    # sync: they answer at once what ``prefetch`` read for a page's nodes (or home
    # read or primed), and await their loader otherwise (``BatchLoader.resolve``).
    # An async field would cost a coroutine, a task and a gather per node even
    # when its value is already here.
    @strawberry.field(
        graphql_type=ProgrammeVersion | None,
        description="The programme version this leader follows.",
    )
    def programme(self, info: Info) -> Resolved[ProgrammeVersion | None]:
        loader = info.context.loaders.get(ld.VersionByIdLoader)
        return loader.resolve(self.row.version_id, _programme)

    @strawberry.field(graphql_type=LeaderSummary | None)
    def leader(self, info: Info) -> Resolved[LeaderSummary | None]:
        loader = info.context.loaders.get(ld.LeaderByMembershipLoader)
        return loader.resolve(self.row.membership_id, _leader)

    @strawberry.field(graphql_type=Cohort | None)
    def cohort(self, info: Info) -> Resolved[Cohort | None]:
        if self.row.cohort_id is None:
            return None
        return info.context.loaders.get(ld.CohortByIdLoader).resolve(self.row.cohort_id, _cohort)

    @strawberry.field(graphql_type=list[DevelopmentGoal])
    def development_goals(self, info: Info) -> Resolved[list[DevelopmentGoal]]:
        loader = info.context.loaders.get(ld.DevelopmentGoalsByEnrolmentLoader)
        leader_id = self.row.membership_id
        return loader.resolve(self.pk, lambda rows: goals_as_seen(info, leader_id, rows))

    @strawberry.field(graphql_type=ProgressSummary)
    def progress(self, info: Info) -> Resolved[ProgressSummary]:
        loader = info.context.loaders.get(ld.ProgressSummaryByEnrolmentLoader)
        return loader.resolve(self.pk, ProgressSummary.of)

    @strawberry.field(description="Every activity with its status, in programme order.")
    async def activities(
        self, info: Info
    ) -> list[Annotated[EnrolmentActivity, strawberry.lazy("learning.programmes.progress.types")]]:
        from learning.programmes.progress.types import activity_rows

        activities = await info.context.loaders.get(ld.ActivitiesByVersionLoader).load(
            self.row.version_id
        )
        progress = await info.context.loaders.get(ld.ProgressByEnrolmentLoader).load(self.pk)
        return activity_rows(self.row, activities, progress, date.today())

    @strawberry.field(description="The reflections the viewer may read.")
    async def reflections(
        self, info: Info
    ) -> list[Annotated[Reflection, strawberry.lazy("learning.programmes.progress.types")]]:
        from learning.programmes.progress.types import Reflection

        rows = await info.context.loaders.get(ld.ReflectionsByEnrolmentLoader).load(self.pk)
        return [Reflection.from_row(r) for r in rows]

    @strawberry.field(
        graphql_type=list[
            Annotated["ManagerCheckpoint", strawberry.lazy("learning.programmes.checkpoints.types")]
        ]
    )
    def checkpoints(self, info: Info) -> Resolved[list[ManagerCheckpoint]]:
        loader = info.context.loaders.get(ld.CheckpointsByEnrolmentLoader)
        return loader.resolve(self.pk, _checkpoints)

    @classmethod
    async def fetch_visible(cls, info: Info, pks: list[int]) -> list[Any]:
        return await _fetch_enrolments(info, pks)


def _programme(row: m.ProgrammeVersion | None) -> ProgrammeVersion | None:
    return ProgrammeVersion.from_row(row) if row else None


def _leader(found: tuple[Membership, Person] | None) -> LeaderSummary | None:
    if found is None:
        return None
    membership, person = found
    return LeaderSummary(
        membership_pk=membership.id, name=person.name, job_title=membership.job_title
    )


def _cohort(row: m.Cohort | None) -> Cohort | None:
    return Cohort.from_row(row) if row else None


def _checkpoints(rows: list[m.ManagerCheckpoint]) -> list[ManagerCheckpoint]:
    from learning.programmes.checkpoints.types import ManagerCheckpoint

    return [ManagerCheckpoint.from_row(r) for r in rows]


# The fields ``prefetch`` reads for a page: the loader of each and its key in a row.
_PREFETCHED: dict[str, tuple[type[BatchLoader[int, Any]], Callable[[m.Enrolment], int | None]]] = {
    "programme": (ld.VersionByIdLoader, lambda row: row.version_id),
    "leader": (ld.LeaderByMembershipLoader, lambda row: row.membership_id),
    "cohort": (ld.CohortByIdLoader, lambda row: row.cohort_id),
    "progress": (ld.ProgressSummaryByEnrolmentLoader, lambda row: row.id),
    "checkpoints": (ld.CheckpointsByEnrolmentLoader, lambda row: row.id),
    "developmentGoals": (ld.DevelopmentGoalsByEnrolmentLoader, lambda row: row.id),
}


async def prefetch(info: Info, nodes: list[Enrolment]) -> None:
    """Read what the query selects of a page's enrolments (programme, leader,
    cohort, progress, checkpoints, development goals) before the nodes are
    resolved (``read_selected``). A read that fails leaves its error in the
    loader, for each field to raise as before."""
    reads = read_selected(info, selected_on_nodes(info), [node.row for node in nodes])
    if reads:
        await asyncio.gather(*reads, return_exceptions=True)


def read_selected(info: Info, selected: list[str], rows: list[m.Enrolment]) -> list[Awaitable[Any]]:
    """Starts reading what ``selected`` names of these enrolments, one batch each
    in the order the query names them, through the loaders the fields use: once
    awaited, the fields answer at once, and the statements are the ones they would
    have run (the loaders' repository functions decide what the viewer sees; a
    value already loaded or primed is not read again)."""
    loaders = info.context.loaders
    reads = []
    for name in selected:
        if name in _PREFETCHED:
            loader, key = _PREFETCHED[name]
            keys = [k for k in dict.fromkeys(key(row) for row in rows) if k is not None]
            read = loaders.get(loader).load_missing(keys)
            if read is not None:
                reads.append(read)
    return reads


# --- node lookups ----------------------------------------------------------------------


async def enrolment_node(info: Info, pk: int) -> Enrolment | None:
    """An enrolment a payload shows, as the viewer may see it now."""
    viewer = info.context.viewer
    if viewer is None:
        return None
    rows = await repo.enrolments_visible(info.context.session, viewer, [pk])
    return Enrolment.from_row(rows[0]) if rows else None


async def _fetch_enrolments(info: Info, pks: list[int]) -> list[Enrolment]:
    rows = await info.context.loaders.get(ld.EnrolmentByIdLoader).load_many(pks)
    return [Enrolment.from_row(r) for r in rows if r is not None]


async def _fetch_goals(info: Info, pks: list[int]) -> list[DevelopmentGoal]:
    viewer = info.context.viewer
    if viewer is None:
        return []
    rows = await repo.development_goals_visible(info.context.session, viewer, pks)
    enrolments = await info.context.loaders.get(ld.EnrolmentByIdLoader).load_many(
        [r.enrolment_id for r in rows]
    )
    found: list[DevelopmentGoal] = []
    for row, enrolment in zip(rows, enrolments, strict=True):
        if enrolment is not None:
            found += await goals_for_viewer(info, enrolment.membership_id, [row])
    return found


async def _fetch_cohorts(info: Info, pks: list[int]) -> list[Cohort]:
    rows = await info.context.loaders.get(ld.CohortByIdLoader).load_many(pks)
    return [Cohort.from_row(r) for r in rows if r is not None]


TYPES: list[type] = [Enrolment, DevelopmentGoal, Cohort]


# --- inputs and payloads ------------------------------------------------------------------


@strawberry.input
class CreateCohortInput:
    programme_id: strawberry.ID
    name: str
    starts_on: date
    client_mutation_id: str | None = None


@strawberry.input(description="Without id a new goal; with id an existing one, changed.")
class DevelopmentGoalInput:
    title: str
    organisation_goal_id: strawberry.ID
    description: str = ""
    id: strawberry.ID | None = None


def goal_drafts(goals: list[DevelopmentGoalInput], field: str) -> list[GoalDraft]:
    """``field``: the input field holding the goals, for the path of a bad ID."""
    return [
        GoalDraft(
            id=decode_optional_id(g.id, "DevelopmentGoal", [field, index, "id"]),
            title=g.title,
            description=g.description,
            organisation_goal_id=decode_id(
                g.organisation_goal_id, "OrganisationGoal", [field, index, "organisationGoalId"]
            ),
        )
        for index, g in enumerate(goals)
    ]


@strawberry.input
class EnrolLeaderInput:
    programme_id: strawberry.ID
    leader_id: strawberry.ID = strawberry.field(description="The leader's Membership ID.")
    cohort_id: strawberry.ID | None = None
    starts_on: date | None = None
    development_goals: list[DevelopmentGoalInput] = strawberry.field(default_factory=list)
    client_mutation_id: str | None = None


@strawberry.input
class SetDevelopmentGoalsInput:
    enrolment_id: strawberry.ID
    goals: list[DevelopmentGoalInput]
    client_mutation_id: str | None = None


@strawberry.type
class CreateCohortPayload(Payload):
    cohort: Cohort | None = None


@strawberry.type
class EnrolLeaderPayload(Payload):
    enrolment: Enrolment | None = None


@strawberry.type
class SetDevelopmentGoalsPayload(Payload):
    enrolment: Enrolment | None = None
    development_goals: list[DevelopmentGoal] = strawberry.field(default_factory=list)
