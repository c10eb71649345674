"""Inputs and payload of HR's reminders of a 360 cycle."""

from __future__ import annotations

import strawberry

from backend.api.mutations import Payload
from feedback.evaluations.cycles.types import EvaluationCycle


@strawberry.input(description="Remind now every rater of an open cycle who has not answered.")
class RemindEvaluationRatersInput:
    cycle_id: strawberry.ID
    client_mutation_id: str | None = None


@strawberry.input(description="The days before the close on which raters are reminded.")
class ChangeEvaluationReminderDaysInput:
    cycle_id: strawberry.ID
    reminder_days_before_close: list[int]
    client_mutation_id: str | None = None


@strawberry.type(
    description="Reminders are on their way to every rater who has not answered, if any. "
    "Neither who they are nor how many is told: beside a group's size that would "
    "tell who answered."
)
class RemindEvaluationRatersPayload(Payload):
    cycle: EvaluationCycle | None = None
