"""Inputs and payloads of writing a philosophy: the draft, private notes,
visibility and the items for the next version."""

from __future__ import annotations

import strawberry

from backend.api.mutations import Payload
from learning.philosophy.types import (
    LeadershipPhilosophy,
    PhilosophyItem,
    PhilosophySectionKind,
    PhilosophyVersion,
    PhilosophyVisibility,
)


@strawberry.input(description="A section: Markdown (no HTML), with what it cites.")
class PhilosophySectionInput:
    kind: PhilosophySectionKind
    body: str
    title: str = strawberry.field(
        default="", description="Required for CUSTOM; optional for the required sections."
    )
    principle_ids: list[strawberry.ID] = strawberry.field(
        default_factory=list,
        description="FoundationPrinciple IDs of the current leadership foundation.",
    )
    goal_ids: list[strawberry.ID] = strawberry.field(
        default_factory=list, description="OrganisationGoal IDs."
    )


@strawberry.input
class SavePhilosophyDraftInput:
    sections: list[PhilosophySectionInput]
    philosophy_id: strawberry.ID | None = strawberry.field(
        default=None, description="The viewer's philosophy; made on the first save when absent."
    )
    expected_revision: int | None = strawberry.field(
        default=None,
        description="The draft's revision the client edited (0: no draft yet); CONFLICT if "
        "it changed meanwhile.",
    )
    client_mutation_id: str | None = None


@strawberry.input
class SetPhilosophyVisibilityInput:
    philosophy_id: strawberry.ID
    visibility: PhilosophyVisibility
    client_mutation_id: str | None = None


@strawberry.input
class SavePhilosophyNotesInput:
    notes: str
    philosophy_id: strawberry.ID | None = None
    client_mutation_id: str | None = None


@strawberry.input
class AddPhilosophyItemInput:
    philosophy_id: strawberry.ID
    text: str = strawberry.field(default="", description="Empty: the comment's text.")
    comment_id: strawberry.ID | None = strawberry.field(
        default=None, description="A FeedbackNote on the philosophy to turn into an item."
    )
    client_mutation_id: str | None = None


@strawberry.input
class CompletePhilosophyItemInput:
    item_id: strawberry.ID
    done: bool = True
    client_mutation_id: str | None = None


@strawberry.type
class SavePhilosophyDraftPayload(Payload):
    philosophy: LeadershipPhilosophy | None = None
    draft: PhilosophyVersion | None = None


@strawberry.type
class PhilosophyPayload(Payload):
    philosophy: LeadershipPhilosophy | None = None


@strawberry.type
class PhilosophyItemPayload(Payload):
    item: PhilosophyItem | None = None
