"""GraphQL types of the manager's checkpoints (BEFORE, DURING, AFTER), the
leadership philosophy a checkpoint cites, and completing a checkpoint."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

import strawberry

from backend.api.context import Info
from backend.api.loaders import Resolved
from backend.api.mutations import Payload
from backend.api.relay import Node
from learning.programmes import loaders as ld
from learning.programmes import models as m
from learning.programmes.checkpoints import repository as repo
from learning.programmes.enrolments.types import DevelopmentGoalInput, Enrolment

if TYPE_CHECKING:
    from learning.philosophy.service import PublishedPhilosophy

CheckpointKind = strawberry.enum(m.CheckpointKind, description="BEFORE, DURING or AFTER.")


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

    @strawberry.field(graphql_type=Enrolment | None)
    def enrolment(self, info: Info) -> Resolved[Enrolment | None]:
        """At once when read already (home reads its checkpoints' enrolments in one
        batch), else through the loader (``BatchLoader.resolve``)."""
        loader = info.context.loaders.get(ld.EnrolmentByIdLoader)
        return loader.resolve(self.enrolment_pk, _enrolment)

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

    @classmethod
    async def fetch_visible(cls, info: Info, pks: list[int]) -> list[Any]:
        return await _fetch_checkpoints(info, pks)


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


def _enrolment(row: m.Enrolment | None) -> Enrolment | None:
    return Enrolment.from_row(row) if row else None


# --- node lookups ----------------------------------------------------------------------


async def _fetch_checkpoints(info: Info, pks: list[int]) -> list[ManagerCheckpoint]:
    viewer = info.context.viewer
    if viewer is None:
        return []
    rows = await repo.checkpoints_visible_by_id(info.context.session, viewer, pks)
    return [ManagerCheckpoint.from_row(r) for r in rows]


TYPES: list[type] = [ManagerCheckpoint]


# --- inputs and payloads ------------------------------------------------------------------


@strawberry.input
class CheckpointRatingInput:
    development_goal_id: strawberry.ID
    rating: int


@strawberry.input
class CompleteCheckpointInput:
    enrolment_id: strawberry.ID
    kind: m.CheckpointKind
    practice_agreed: str = ""
    notes: str = ""
    feedback: str = ""
    development_goals: list[DevelopmentGoalInput] | None = strawberry.field(
        default=None, description="BEFORE and DURING may (re)agree the goals."
    )
    ratings: list[CheckpointRatingInput] = strawberry.field(default_factory=list)
    client_mutation_id: str | None = None


@strawberry.type
class CompleteCheckpointPayload(Payload):
    checkpoint: ManagerCheckpoint | None = None
    enrolment: Enrolment | None = None
