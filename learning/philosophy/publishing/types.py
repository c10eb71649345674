"""Input and payload of publishing a philosophy."""

from __future__ import annotations

import strawberry

from backend.api.mutations import Payload
from learning.philosophy.types import LeadershipPhilosophy, PhilosophyVersion, PhilosophyVisibility


@strawberry.input
class PublishPhilosophyInput:
    philosophy_id: strawberry.ID
    summary: str = strawberry.field(
        default="", description="What changed; required from the second version on."
    )
    visibility: PhilosophyVisibility | None = None
    client_mutation_id: str | None = None


@strawberry.type
class PublishPhilosophyPayload(Payload):
    philosophy: LeadershipPhilosophy | None = None
    version: PhilosophyVersion | None = strawberry.field(
        default=None, description="The version now PUBLISHING; PUBLISHED once the page is made."
    )
