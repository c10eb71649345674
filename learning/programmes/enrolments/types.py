"""GraphQL types of enrolments: development goals, progress, reflections,
action evidence and the manager's checkpoints.

Reflections and evidence reach these types already filtered by the
repository for the viewer; nothing here decides who sees them.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

import strawberry

from backend.api.context import Info
from backend.api.relay import Node, register_node, to_global_id
from backend.storage import get_storage
from learning.programmes import loaders as ld
from learning.programmes import models as m
from learning.programmes import progress_repository as progress_repo
from learning.programmes import repository as repo
from learning.programmes.checkpoints import sees_goal_attainment
from learning.programmes.progress_service import EventStatus, ShareTarget
from learning.programmes.types import (
    Activity,
    Cohort,
    OrganisationGoalSummary,
    ProgrammeVersion,
    StoredFile,
)

if TYPE_CHECKING:
    from learning.philosophy.service import PublishedPhilosophy

EnrolmentStatus = strawberry.enum(m.EnrolmentStatus)
CheckpointKind = strawberry.enum(m.CheckpointKind, description="BEFORE, DURING or AFTER.")
ProgressEventType = strawberry.enum(m.ProgressEventType)
ShareTargetEnum = strawberry.enum(ShareTarget, name="ShareTarget")
ProgressEventStatus = strawberry.enum(EventStatus, name="ProgressEventStatus")


@strawberry.enum(description="Where a leader is with one activity.")
class ActivityStatus(StrEnum):
    NOT_STARTED = "NOT_STARTED"
    STARTED = "STARTED"
    COMPLETED = "COMPLETED"


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


async def goals_for_viewer(
    info: Info, leader_id: int, rows: list[m.DevelopmentGoal]
) -> list[DevelopmentGoal]:
    """One leader's goals as the viewer may read them: the attainment rating
    only for the leader and the manager who gave it. Read one leader at a
    time by HR or a leader higher up, it would be a figure learning effect
    suppresses under three leaders."""
    viewer = info.context.viewer
    shown = False
    if viewer is not None:
        leader = await info.context.loaders.get(ld.LeaderByMembershipLoader).load(leader_id)
        manager_id = leader[0].manager_id if leader is not None else None
        shown = sees_goal_attainment(viewer, leader_id, manager_id)
    return [DevelopmentGoal.from_row(row, shown) for row in rows]


@strawberry.type
class Reflection(Node):
    """A leader's written reflection: private unless they shared it."""

    pk: strawberry.Private[int]
    activity_pk: strawberry.Private[int]
    text: str
    shared_with: list[ShareTargetEnum]  # type: ignore[valid-type]
    written_at: datetime

    @classmethod
    def from_row(cls, row: m.Reflection) -> Reflection:
        shared = [ShareTarget.MANAGER] if row.shared_with_manager else []
        shared += [ShareTarget.MENTOR] if row.shared_with_mentor else []
        return cls(
            pk=row.id,
            activity_pk=row.activity_id,
            text=row.text,
            shared_with=shared,
            written_at=row.written_at,
        )

    @strawberry.field
    async def activity(self, info: Info) -> Activity | None:
        row = await info.context.loaders.get(ld.ActivityByIdLoader).load(self.activity_pk)
        return Activity.from_row(row) if row else None


@strawberry.type
class ActionEvidence(Node):
    """What the leader did for an ACTION activity."""

    pk: strawberry.Private[int]
    activity_pk: strawberry.Private[int]
    object_key: strawberry.Private[str | None]
    text: str
    content_type: str | None
    byte_size: int | None
    recorded_at: datetime

    @classmethod
    def from_row(cls, row: m.ActionEvidence) -> ActionEvidence:
        return cls(
            pk=row.id,
            activity_pk=row.activity_id,
            object_key=row.object_key,
            text=row.text,
            content_type=row.content_type,
            byte_size=row.byte_size,
            recorded_at=row.recorded_at,
        )

    @strawberry.field(description="The photo or file, if one was attached.")
    def file(self, info: Info) -> StoredFile | None:
        if not self.object_key:
            return None
        url = get_storage(info.context.settings).presigned_download(self.object_key, inline=True)
        return StoredFile(
            title=self.object_key.rsplit("/", 1)[-1],
            content_type=self.content_type or "application/octet-stream",
            url=url,
            byte_size=self.byte_size,
        )


@strawberry.type
class ManagerCheckpoint(Node):
    """The manager's part: BEFORE, DURING and AFTER an enrolment."""

    pk: strawberry.Private[int]
    enrolment_pk: strawberry.Private[int]
    kind: CheckpointKind  # type: ignore[valid-type]
    due_on: date
    completed_at: datetime | None
    goals_agreed: bool
    practice_agreed: str = strawberry.field(description="The room to practise agreed (BEFORE).")
    notes: str = strawberry.field(description="Follow-up notes (DURING).")
    feedback: str = strawberry.field(description="Feedback to the leader (AFTER).")

    @classmethod
    def from_row(cls, row: m.ManagerCheckpoint) -> ManagerCheckpoint:
        return cls(
            pk=row.id,
            enrolment_pk=row.enrolment_id,
            kind=m.CheckpointKind(row.kind),
            due_on=row.due_on,
            completed_at=row.completed_at,
            goals_agreed=row.goals_agreed,
            practice_agreed=row.practice_agreed,
            notes=row.notes,
            feedback=row.feedback,
        )

    @strawberry.field
    def is_open(self) -> bool:
        return self.completed_at is None

    @strawberry.field
    async def enrolment(self, info: Info) -> Enrolment | None:
        row = await info.context.loaders.get(ld.EnrolmentByIdLoader).load(self.enrolment_pk)
        return Enrolment.from_row(row) if row else None

    @strawberry.field(
        description="The leader's newest published leadership philosophy, to talk over at "
        "the checkpoint (null if the leader has published none)."
    )
    async def leadership_philosophy(self, info: Info) -> CheckpointPhilosophy | None:
        loaders = info.context.loaders
        row = await loaders.get(ld.EnrolmentByIdLoader).load(self.enrolment_pk)
        if row is None:
            return None
        found = await loaders.get(ld.PublishedPhilosophyByLeaderLoader).load(row.membership_id)
        return CheckpointPhilosophy.from_published(found) if found else None


@strawberry.type(description="A published leadership philosophy version, as a checkpoint cites it.")
class CheckpointPhilosophy:
    version_id: strawberry.ID = strawberry.field(description="The PhilosophyVersion's ID.")
    number: int
    published_at: datetime | None
    summary: str = strawberry.field(description="What changed in this version.")
    address: str = strawberry.field(description="The page of the newest published version.")

    @classmethod
    def from_published(cls, found: PublishedPhilosophy) -> CheckpointPhilosophy:
        return cls(
            version_id=strawberry.ID(found.reference),
            number=found.number,
            published_at=found.published_at,
            summary=found.summary,
            address=found.address,
        )


@strawberry.type(description="How far a leader has come in an enrolment.")
class ProgressSummary:
    total: int
    started: int
    completed: int

    @strawberry.field
    def percent(self) -> int:
        return round(100 * self.completed / self.total) if self.total else 0


@strawberry.type(description="One activity as the leader of an enrolment does it.")
class EnrolmentActivity:
    enrolment_pk: strawberry.Private[int]
    activity: Activity
    status: ActivityStatus
    started_at: datetime | None
    completed_at: datetime | None
    due_on: date
    overdue: bool

    @strawberry.field(description="The reflection, when the viewer may read it.")
    async def reflection(self, info: Info) -> Reflection | None:
        rows = await info.context.loaders.get(ld.ReflectionsByEnrolmentLoader).load(
            self.enrolment_pk
        )
        found = next((r for r in rows if r.activity_id == self.activity.pk), None)
        return Reflection.from_row(found) if found else None

    @strawberry.field(description="The action evidence, when the viewer may see it.")
    async def evidence(self, info: Info) -> ActionEvidence | None:
        rows = await info.context.loaders.get(ld.EvidenceByEnrolmentLoader).load(self.enrolment_pk)
        found = next((e for e in rows if e.activity_id == self.activity.pk), None)
        return ActionEvidence.from_row(found) if found else None


def activity_rows(
    enrolment: m.Enrolment,
    activities: list[m.ProgrammeActivity],
    progress: list[m.ActivityProgress],
    today: date,
) -> list[EnrolmentActivity]:
    by_activity = {p.activity_id: p for p in progress}
    rows = []
    for activity in activities:
        done = by_activity.get(activity.id)
        status = ActivityStatus.NOT_STARTED
        if done is not None and done.completed_at is not None:
            status = ActivityStatus.COMPLETED
        elif done is not None and done.started_at is not None:
            status = ActivityStatus.STARTED
        due_on = enrolment.starts_on + timedelta(days=activity.due_offset_days)
        rows.append(
            EnrolmentActivity(
                enrolment_pk=enrolment.id,
                activity=Activity.from_row(activity),
                status=status,
                started_at=done.started_at if done else None,
                completed_at=done.completed_at if done else None,
                due_on=due_on,
                overdue=status != ActivityStatus.COMPLETED and due_on < today,
            )
        )
    return rows


def summarise(
    enrolment: m.Enrolment,
    activities: list[m.ProgrammeActivity],
    progress: list[m.ActivityProgress],
) -> tuple[int, int, int]:
    """(activities, started, completed) from rows already read, as
    ``ProgressSummaryByEnrolmentLoader`` counts them in SQL."""
    rows = activity_rows(enrolment, activities, progress, date.today())
    return (
        len(rows),
        sum(r.status != ActivityStatus.NOT_STARTED for r in rows),
        sum(r.status == ActivityStatus.COMPLETED for r in rows),
    )


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

    @strawberry.field(description="The programme version this leader follows.")
    async def programme(self, info: Info) -> ProgrammeVersion | None:
        row = await info.context.loaders.get(ld.VersionByIdLoader).load(self.row.version_id)
        return ProgrammeVersion.from_row(row) if row else None

    @strawberry.field
    async def leader(self, info: Info) -> LeaderSummary | None:
        found = await info.context.loaders.get(ld.LeaderByMembershipLoader).load(
            self.row.membership_id
        )
        if found is None:
            return None
        membership, person = found
        return LeaderSummary(
            membership_pk=membership.id, name=person.name, job_title=membership.job_title
        )

    @strawberry.field
    async def cohort(self, info: Info) -> Cohort | None:
        if self.row.cohort_id is None:
            return None
        row = await info.context.loaders.get(ld.CohortByIdLoader).load(self.row.cohort_id)
        return Cohort.from_row(row) if row else None

    @strawberry.field
    async def development_goals(self, info: Info) -> list[DevelopmentGoal]:
        loader = info.context.loaders.get(ld.DevelopmentGoalsByEnrolmentLoader)
        return await goals_for_viewer(info, self.row.membership_id, await loader.load(self.pk))

    async def _activity_rows(self, info: Info) -> list[EnrolmentActivity]:
        activities = await info.context.loaders.get(ld.ActivitiesByVersionLoader).load(
            self.row.version_id
        )
        progress = await info.context.loaders.get(ld.ProgressByEnrolmentLoader).load(self.pk)
        return activity_rows(self.row, activities, progress, date.today())

    @strawberry.field
    async def progress(self, info: Info) -> ProgressSummary:
        loader = info.context.loaders.get(ld.ProgressSummaryByEnrolmentLoader)
        total, started, completed = await loader.load(self.pk)
        return ProgressSummary(total=total, started=started, completed=completed)

    @strawberry.field(description="Every activity with its status, in programme order.")
    async def activities(self, info: Info) -> list[EnrolmentActivity]:
        return await self._activity_rows(info)

    @strawberry.field(description="The reflections the viewer may read.")
    async def reflections(self, info: Info) -> list[Reflection]:
        rows = await info.context.loaders.get(ld.ReflectionsByEnrolmentLoader).load(self.pk)
        return [Reflection.from_row(r) for r in rows]

    @strawberry.field
    async def checkpoints(self, info: Info) -> list[ManagerCheckpoint]:
        rows = await info.context.loaders.get(ld.CheckpointsByEnrolmentLoader).load(self.pk)
        return [ManagerCheckpoint.from_row(r) for r in rows]


# --- node lookups ----------------------------------------------------------------------


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


async def _fetch_reflections(info: Info, pks: list[int]) -> list[Reflection]:
    viewer = info.context.viewer
    if viewer is None:
        return []
    rows = await progress_repo.visible_reflections_by_id(info.context.session, viewer, pks)
    return [Reflection.from_row(r) for r in rows]


async def _fetch_evidence(info: Info, pks: list[int]) -> list[ActionEvidence]:
    viewer = info.context.viewer
    if viewer is None:
        return []
    rows = await progress_repo.visible_evidence_by_id(info.context.session, viewer, pks)
    return [ActionEvidence.from_row(r) for r in rows]


async def _fetch_checkpoints(info: Info, pks: list[int]) -> list[ManagerCheckpoint]:
    viewer = info.context.viewer
    if viewer is None:
        return []
    rows = await progress_repo.checkpoints_visible_by_id(info.context.session, viewer, pks)
    return [ManagerCheckpoint.from_row(r) for r in rows]


register_node("Enrolment", _fetch_enrolments)
register_node("DevelopmentGoal", _fetch_goals)
register_node("Reflection", _fetch_reflections)
register_node("ActionEvidence", _fetch_evidence)
register_node("ManagerCheckpoint", _fetch_checkpoints)

TYPES: list[type] = [Enrolment, DevelopmentGoal, Reflection, ActionEvidence, ManagerCheckpoint]
