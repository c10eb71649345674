"""Input and payload of commenting on a published philosophy version; the
comment is the feedback domain's ``FeedbackNote``, referenced lazily."""

from __future__ import annotations

import strawberry

from backend.api.mutations import Payload
from learning.philosophy.types import FeedbackNoteType, PhilosophyVersion


@strawberry.input
class CommentOnPhilosophyInput:
    version_id: strawberry.ID = strawberry.field(description="A published PhilosophyVersion.")
    body: str
    client_mutation_id: str | None = None


@strawberry.type
class CommentOnPhilosophyPayload(Payload):
    comment: FeedbackNoteType | None = None
    version: PhilosophyVersion | None = None
