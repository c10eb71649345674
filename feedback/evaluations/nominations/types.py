"""GraphQL types of nominations: who was asked to rate a leader (never
whether they answered), and the inputs and payloads of nominating."""

from __future__ import annotations

from typing import Any

import strawberry

from backend.api.context import Info
from backend.api.mutations import Payload
from backend.api.relay import Node
from feedback.evaluations import models, repository
from feedback.evaluations.types import (
    Evaluation,
    NominationStatus,
    RaterGroup,
    fetch_evaluations,
)


@strawberry.type(
    description="Someone asked to rate a leader. Whether they answered is never shown."
)
class Nomination(Node):
    pk: strawberry.Private[int]
    group: RaterGroup  # type: ignore[valid-type]
    rater_name: str
    rater_email: str
    status: NominationStatus  # type: ignore[valid-type]
    invited: bool
    outside_directory: bool = strawberry.field(
        description="The rater is not a person of the organisation (an address typed in): "
        "what the approving manager checks."
    )

    @classmethod
    def from_model(cls, row: models.Nomination) -> Nomination:
        return cls(
            pk=row.id,
            group=models.RaterGroup(row.rater_group),
            rater_name=row.rater_name,
            rater_email=row.rater_email,
            status=models.NominationStatus(row.status),
            invited=row.invited_at is not None,
            outside_directory=row.rater_id is None,
        )

    @classmethod
    async def fetch_visible(cls, info: Info, pks: list[int]) -> list[Any]:
        return await _nominations(info, pks)


async def _nominations(info: Info, pks: list[int]) -> list[Nomination]:
    viewer = info.context.viewer
    if viewer is None:
        return []
    rows = await repository.nominations.by_ids(info.context.session, viewer.organisation_id, pks)
    visible = await fetch_evaluations(info, list({row.evaluation_id for row in rows}))
    followed = {evaluation.pk for evaluation in visible if evaluation.can_follow}
    return [Nomination.from_model(row) for row in rows if row.evaluation_id in followed]


@strawberry.input
class NomineeInput:
    group: RaterGroup  # type: ignore[valid-type]
    membership_id: strawberry.ID | None = None
    name: str | None = None
    email: str | None = None
    locale: str = "da"


@strawberry.input
class NominateRatersInput:
    evaluation_id: strawberry.ID
    nominees: list[NomineeInput]
    client_mutation_id: str | None = None


@strawberry.input
class WithdrawNominationInput:
    nomination_id: strawberry.ID
    client_mutation_id: str | None = None


@strawberry.input
class ApproveNominationsInput:
    evaluation_id: strawberry.ID
    rejected_nomination_ids: list[strawberry.ID] = strawberry.field(default_factory=list)
    client_mutation_id: str | None = None


@strawberry.type
class NominateRatersPayload(Payload):
    evaluation: Evaluation | None = None
    nominations: list[Nomination] = strawberry.field(default_factory=list)
