"""The manager completes a checkpoint (BEFORE, DURING, AFTER): thin, it
decodes IDs and calls ``checkpoints.service``."""

from __future__ import annotations

import strawberry

from backend.api.context import Info
from backend.api.ids import decode_id
from backend.api.mutations import run_mutation
from learning.programmes import models as m
from learning.programmes.checkpoints import service
from learning.programmes.checkpoints import types as t
from learning.programmes.enrolments.types import enrolment_node, goal_drafts

TYPES: list[type] = t.TYPES


@strawberry.type
class Mutation:
    @strawberry.mutation(description="The leader's direct manager holds BEFORE, DURING, AFTER.")
    async def complete_checkpoint(
        self, info: Info, input: t.CompleteCheckpointInput
    ) -> t.CompleteCheckpointPayload:
        async def action() -> t.CompleteCheckpointPayload:
            c = info.context
            command = service.CheckpointCommand(
                enrolment_id=decode_id(input.enrolment_id, "Enrolment", "enrolmentId"),
                kind=m.CheckpointKind(input.kind),
                practice_agreed=input.practice_agreed,
                notes=input.notes,
                feedback=input.feedback,
                goals=goal_drafts(input.development_goals, "developmentGoals")
                if input.development_goals is not None
                else None,
                ratings={
                    decode_id(
                        r.development_goal_id,
                        "DevelopmentGoal",
                        ["ratings", index, "developmentGoalId"],
                    ): r.rating
                    for index, r in enumerate(input.ratings)
                },
            )
            checkpoint = await service.complete_checkpoint(c.session, c.viewer, command)
            return t.CompleteCheckpointPayload(
                checkpoint=t.ManagerCheckpoint.from_row(checkpoint),
                enrolment=await enrolment_node(info, checkpoint.enrolment_id),
            )

        return await run_mutation(info, input, t.CompleteCheckpointPayload, action)
