"""GraphQL mutations of HR's reminders of a 360 cycle: thin, they call ``service``."""

from __future__ import annotations

import strawberry

from backend.api.context import Info
from backend.api.ids import decode_id
from backend.api.mutations import run_mutation
from feedback.evaluations.cycles.types import EvaluationCycle, EvaluationCyclePayload
from feedback.evaluations.reminders import service
from feedback.evaluations.reminders.types import (
    ChangeEvaluationReminderDaysInput,
    RemindEvaluationRatersInput,
    RemindEvaluationRatersPayload,
)


@strawberry.type
class Mutation:
    @strawberry.mutation(
        description="Remind now every rater of an open cycle who has not answered (HR); "
        "a rater gets at most one reminder a day."
    )
    async def remind_evaluation_raters(
        self, info: Info, input: RemindEvaluationRatersInput
    ) -> RemindEvaluationRatersPayload:
        async def action() -> RemindEvaluationRatersPayload:
            pk = decode_id(input.cycle_id, "EvaluationCycle", "cycleId")
            row = await service.remind_now(info.context.session, info.context.viewer, pk)
            return RemindEvaluationRatersPayload(cycle=EvaluationCycle.from_model(row))

        return await run_mutation(info, input, RemindEvaluationRatersPayload, action)

    @strawberry.mutation(description="Change the reminder days of a cycle that is not closed (HR).")
    async def change_evaluation_reminder_days(
        self, info: Info, input: ChangeEvaluationReminderDaysInput
    ) -> EvaluationCyclePayload:
        async def action() -> EvaluationCyclePayload:
            pk = decode_id(input.cycle_id, "EvaluationCycle", "cycleId")
            row = await service.change_reminder_days(
                info.context.session, info.context.viewer, pk, input.reminder_days_before_close
            )
            return EvaluationCyclePayload(cycle=EvaluationCycle.from_model(row))

        return await run_mutation(info, input, EvaluationCyclePayload, action)
