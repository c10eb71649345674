"""GraphQL types of organisational goals and the leadership foundation, with
the inputs and payloads of their mutations."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum
from typing import Any

import strawberry

from backend.api.context import Info
from backend.api.ids import decode_ids
from backend.api.mutations import Payload
from backend.api.relay import Node
from backend.identity import models
from backend.identity.goals import loaders, service
from backend.identity.repository import AnyRow
from backend.identity.types import Unit, fetcher

GoalStatus = models.GoalStatus
strawberry.enum(GoalStatus, description="Where a goal stands.")


@strawberry.enum(description="A principle of the leadership foundation, or one of its values.")
class PrincipleKind(Enum):
    PRINCIPLE = "PRINCIPLE"
    VALUE = "VALUE"


@strawberry.type(description="An organisational goal (målsætning) development starts from.")
class OrganisationGoal(Node):
    pk: strawberry.Private[int]
    title: str
    description: str
    period_start: date | None
    period_end: date | None
    status: GoalStatus

    @classmethod
    def from_row(cls, row: AnyRow | models.OrganisationGoal) -> OrganisationGoal:
        return cls(
            pk=row.id,
            title=row.title,
            description=row.description,
            period_start=row.period_start,
            period_end=row.period_end,
            status=models.GoalStatus(row.status),
        )

    @strawberry.field(description="The units it applies to; empty for the whole organisation.")
    async def units(self, info: Info) -> list[Unit]:
        rows = await info.context.loaders.get(loaders.UnitsByGoalLoader).load(self.pk)
        return [Unit.from_row(row) for row in rows]

    @classmethod
    async def fetch_visible(cls, info: Info, pks: list[int]) -> list[Any]:
        return await fetcher(service.visible_goals, cls.from_row)(info, pks)


@strawberry.type(description="A principle or value of the leadership foundation.")
class FoundationPrinciple(Node):
    pk: strawberry.Private[int]
    kind: PrincipleKind
    position: int
    title: str
    description: str

    @classmethod
    def from_row(cls, row: AnyRow) -> FoundationPrinciple:
        return cls(
            pk=row.id,
            kind=PrincipleKind(row.kind),
            position=row.position,
            title=row.title,
            description=row.description,
        )

    @classmethod
    async def fetch_visible(cls, info: Info, pks: list[int]) -> list[Any]:
        return await fetcher(service.visible_principles, cls.from_row)(info, pks)


@strawberry.type(description="One published version of the organisation's ledelsesgrundlag.")
class LeadershipFoundation(Node):
    pk: strawberry.Private[int]
    version: int
    title: str
    introduction: str
    published_at: datetime | None

    @classmethod
    def from_row(cls, row: AnyRow | models.LeadershipFoundation) -> LeadershipFoundation:
        return cls(
            pk=row.id,
            version=row.version,
            title=row.title,
            introduction=row.introduction,
            published_at=row.published_at,
        )

    async def _of_kind(self, info: Info, kind: PrincipleKind) -> list[FoundationPrinciple]:
        rows = await info.context.loaders.get(loaders.PrinciplesByFoundationLoader).load(self.pk)
        return [FoundationPrinciple.from_row(row) for row in rows if row.kind == kind.value]

    @strawberry.field(description="The principles, in order.")
    async def principles(self, info: Info) -> list[FoundationPrinciple]:
        return await self._of_kind(info, PrincipleKind.PRINCIPLE)

    @strawberry.field(description="The values, in order.")
    async def values(self, info: Info) -> list[FoundationPrinciple]:
        return await self._of_kind(info, PrincipleKind.VALUE)

    @classmethod
    async def fetch_visible(cls, info: Info, pks: list[int]) -> list[Any]:
        return await fetcher(service.visible_foundations, cls.from_row)(info, pks)


@strawberry.input
class CreateGoalInput:
    title: str
    description: str = ""
    period_start: date | None = None
    period_end: date | None = None
    status: GoalStatus = GoalStatus.ACTIVE
    unit_ids: list[strawberry.ID] = strawberry.field(
        default_factory=list, description="None: the whole organisation."
    )
    client_mutation_id: str | None = None


@strawberry.input
class UpdateGoalInput:
    id: strawberry.ID
    title: strawberry.Maybe[str]
    description: strawberry.Maybe[str]
    period_start: strawberry.Maybe[date | None]
    period_end: strawberry.Maybe[date | None]
    status: strawberry.Maybe[GoalStatus]
    unit_ids: strawberry.Maybe[list[strawberry.ID]]
    client_mutation_id: str | None = None


@strawberry.type
class GoalPayload(Payload):
    goal: OrganisationGoal | None = None


@strawberry.input
class FoundationPrincipleInput:
    kind: PrincipleKind
    title: str
    description: str = ""


@strawberry.input
class PublishLeadershipFoundationInput:
    title: str
    introduction: str = ""
    principles: list[FoundationPrincipleInput] = strawberry.field(
        description="Principles and values, in the order shown."
    )
    client_mutation_id: str | None = None


@strawberry.type
class LeadershipFoundationPayload(Payload):
    leadership_foundation: LeadershipFoundation | None = None


def unit_ids(values: list[Any]) -> list[int]:
    return decode_ids(values, "Unit", "unitIds")
