"""GraphQL types of leaders' ratings of activities."""

from __future__ import annotations

from typing import Any

import strawberry

from backend.api.context import Info
from backend.api.mutations import Payload
from backend.api.relay import Node, to_global_id
from learning.effect import models
from learning.effect.ratings import service


@strawberry.type(description="A leader's own 1-5 rating of an activity.")
class ActivityRating(Node):
    pk: strawberry.Private[int]
    activity_pk: strawberry.Private[int]
    rating: int
    comment: str

    @strawberry.field
    def activity_id(self) -> strawberry.ID:
        return to_global_id("Activity", self.activity_pk)

    @classmethod
    def from_row(cls, row: models.ActivityRating) -> ActivityRating:
        return cls(pk=row.id, activity_pk=row.activity_id, rating=row.rating, comment=row.comment)

    @classmethod
    async def fetch_visible(cls, info: Info, pks: list[int]) -> list[Any]:
        return await _fetch_ratings(info, pks)


@strawberry.input(description="The viewer's 1-5 rating of an activity; again replaces it.")
class RateActivityInput:
    activity_id: strawberry.ID
    rating: int
    comment: str = ""
    client_mutation_id: str | None = None


@strawberry.type
class RateActivityPayload(Payload):
    rating: ActivityRating | None = None


async def _fetch_ratings(info: Info, ids: list[int]) -> list[Any]:
    rows = await service.own_ratings(info.context.session, info.context.viewer, ids)
    return [ActivityRating.from_row(r) for r in rows]
