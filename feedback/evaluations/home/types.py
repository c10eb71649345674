"""GraphQL types of the home page's 360 tasks."""

from __future__ import annotations

from datetime import datetime

import strawberry

from backend.api.relay import to_global_id
from feedback.evaluations.home import service

EvaluationTaskKind = strawberry.enum(service.TaskKind, name="EvaluationTaskKind")


@strawberry.type(description="An open 360 task for the home page.")
class EvaluationTask:
    kind: EvaluationTaskKind  # type: ignore[valid-type]
    evaluation_id: strawberry.ID
    cycle_name: str
    leader_name: str
    due_at: datetime | None

    @classmethod
    def of(cls, task: service.EvaluationTask) -> EvaluationTask:
        return cls(
            kind=task.kind,
            evaluation_id=to_global_id("Evaluation", task.evaluation_id),
            cycle_name=task.cycle_name,
            leader_name=task.leader_name,
            due_at=task.due_at,
        )
