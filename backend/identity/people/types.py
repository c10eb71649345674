"""Inputs and payloads of the people mutations (``backend.identity.types`` has
``Person`` and ``Membership``)."""

from __future__ import annotations

from datetime import date

import strawberry

from backend.api.mutations import Payload
from backend.identity.types import Language, Person, Role


@strawberry.input
class CreatePersonInput:
    email: str
    name: str
    locale: Language = Language.DA
    unit_id: strawberry.ID | None = None
    job_title: str = ""
    manager_id: strawberry.ID | None = strawberry.field(
        default=None, description="The manager, a Person of the same organisation."
    )
    leader_since: date | None = None
    roles: list[Role] = strawberry.field(default_factory=list)
    client_mutation_id: str | None = None


@strawberry.input
class UpdatePersonInput:
    id: strawberry.ID
    name: strawberry.Maybe[str]
    email: strawberry.Maybe[str]
    locale: strawberry.Maybe[Language]
    client_mutation_id: str | None = None


@strawberry.input(description="The signed-in person's own language.")
class SetMyLocaleInput:
    locale: Language
    client_mutation_id: str | None = None


@strawberry.input
class UpdateMembershipInput:
    person_id: strawberry.ID
    unit_id: strawberry.Maybe[strawberry.ID | None]
    job_title: strawberry.Maybe[str]
    leader_since: strawberry.Maybe[date | None]
    roles: strawberry.Maybe[list[Role]]
    is_active: strawberry.Maybe[bool] = strawberry.field(
        description="false: the person has left; their sessions end."
    )
    client_mutation_id: str | None = None


@strawberry.input
class SetReportingLineInput:
    person_id: strawberry.ID
    manager_id: strawberry.ID | None = strawberry.field(description="null: no manager.")
    client_mutation_id: str | None = None


@strawberry.type
class PersonPayload(Payload):
    person: Person | None = None
