"""Query and Mutation fields of goals and the leadership foundation. Thin:
each resolver decodes its input and calls the service, which decides."""

from __future__ import annotations

import strawberry

from backend.api.context import Info
from backend.api.ids import decode_id, decode_optional_id
from backend.api.mutations import run_mutation
from backend.api.pagination import Connection, PageRequest
from backend.identity.goals import service
from backend.identity.goals.service import GoalChanges, PrincipleText
from backend.identity.goals.types import (
    CreateGoalInput,
    GoalPayload,
    GoalStatus,
    LeadershipFoundation,
    LeadershipFoundationPayload,
    OrganisationGoal,
    PublishLeadershipFoundationInput,
    UpdateGoalInput,
    unit_ids,
)
from backend.identity.service import Keep
from backend.identity.types import given


@strawberry.type
class Query:
    @strawberry.field(description="The organisation's goals, sorted by title.")
    async def goals(
        self,
        info: Info,
        status: GoalStatus | None = None,
        unit_id: strawberry.ID | None = None,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> Connection[OrganisationGoal]:
        context = info.context
        return await service.goals(
            context.session,
            context.viewer,
            context.settings,
            PageRequest(first, after, last, before),
            OrganisationGoal.from_row,
            status=status,
            unit_id=decode_optional_id(unit_id, "Unit", "unitId"),
        )

    @strawberry.field(description="The current leadership foundation, or a given version.")
    async def leadership_foundation(
        self, info: Info, version: int | None = None
    ) -> LeadershipFoundation | None:
        row = await service.leadership_foundation(
            info.context.session, info.context.viewer, version
        )
        return LeadershipFoundation.from_row(row) if row else None


@strawberry.type
class Mutation:
    @strawberry.mutation
    async def create_goal(self, info: Info, input: CreateGoalInput) -> GoalPayload:
        c = info.context

        async def action() -> GoalPayload:
            changes = GoalChanges(
                title=input.title,
                description=input.description,
                period_start=input.period_start,
                period_end=input.period_end,
                status=input.status,
                unit_ids=unit_ids(input.unit_ids),
            )
            row = await service.create_goal(c.session, c.viewer, changes)
            return GoalPayload(goal=OrganisationGoal.from_row(row))

        return await run_mutation(info, input, GoalPayload, action)

    @strawberry.mutation
    async def update_goal(self, info: Info, input: UpdateGoalInput) -> GoalPayload:
        c = info.context

        async def action() -> GoalPayload:
            units = given(input.unit_ids)
            changes = GoalChanges(
                title=given(input.title),
                description=given(input.description),
                period_start=given(input.period_start),
                period_end=given(input.period_end),
                status=given(input.status),
                unit_ids=units if isinstance(units, Keep) else unit_ids(units),
            )
            goal = decode_id(input.id, "OrganisationGoal", "id")
            row = await service.update_goal(c.session, c.viewer, goal, changes)
            return GoalPayload(goal=OrganisationGoal.from_row(row))

        return await run_mutation(info, input, GoalPayload, action)

    @strawberry.mutation(description="Publish a new version of the leadership foundation.")
    async def publish_leadership_foundation(
        self, info: Info, input: PublishLeadershipFoundationInput
    ) -> LeadershipFoundationPayload:
        c = info.context

        async def action() -> LeadershipFoundationPayload:
            principles = [
                PrincipleText(p.kind.value, p.title, p.description) for p in input.principles
            ]
            row = await service.publish_leadership_foundation(
                c.session, c.viewer, input.title, input.introduction, principles
            )
            return LeadershipFoundationPayload(
                leadership_foundation=LeadershipFoundation.from_row(row)
            )

        return await run_mutation(info, input, LeadershipFoundationPayload, action)
