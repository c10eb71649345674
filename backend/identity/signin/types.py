"""Inputs and payloads of the identity mutations (``types.py`` has the objects).

The sign-in inputs take no ``clientMutationId``: their results are secrets,
which the idempotency store must never hold, and a repeated sign-in is just
another sign-in.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, TypeVar

import strawberry

from backend.api.ids import decode_ids, decode_optional_id
from backend.api.mutations import Payload
from backend.identity.import_types import StructureImport
from backend.identity.service import KEEP, Keep
from backend.identity.types import (
    GoalStatus,
    Language,
    LeadershipFoundation,
    OrganisationGoal,
    Person,
    PrincipleKind,
    Role,
    Unit,
)

T = TypeVar("T")


def given(value: strawberry.Some[T] | None) -> T | Keep:
    """A ``Maybe`` input field: absent keeps what is there."""
    return KEEP if value is None else value.value


def given_pk(value: strawberry.Some[Any] | None, type_name: str, field: str) -> int | None | Keep:
    """A ``Maybe`` global ID: absent keeps, null clears, an ID is decoded."""
    if value is None:
        return KEEP
    return decode_optional_id(value.value, type_name, field)


# --- sign-in ----------------------------------------------------------------------------


@strawberry.input
class SignInInput:
    email: str
    password: str
    organisation: str | None = strawberry.field(
        default=None, description="Slug of the organisation, for people in several."
    )


@strawberry.input
class SignInWithMagicLinkInput:
    token: str
    organisation: str | None = None


@strawberry.input
class RefreshTokenInput:
    refresh_token: str


@strawberry.type(description="Tokens: send the access token as `Authorization: Bearer …`.")
class SignInPayload(Payload):
    access_token: str | None = None
    access_token_expires_at: datetime | None = None
    refresh_token: str | None = strawberry.field(
        default=None, description="Use once, with refreshToken, for new tokens."
    )
    refresh_token_expires_at: datetime | None = None


@strawberry.input
class RequestMagicLinkInput:
    email: str
    client_mutation_id: str | None = None


@strawberry.type
class RequestMagicLinkPayload(Payload):
    message: str | None = strawberry.field(
        default=None, description="The same whether or not the e-mail has an account."
    )


@strawberry.input
class SignOutInput:
    refresh_token: str | None = strawberry.field(
        default=None, description="Signs out the device holding this token."
    )
    everywhere: bool = strawberry.field(default=False, description="Every device of the viewer.")
    client_mutation_id: str | None = None


@strawberry.type
class SignOutPayload(Payload):
    pass


@strawberry.input
class ChangePasswordInput:
    current_password: str | None = None
    new_password: str
    client_mutation_id: str | None = None


@strawberry.type
class ChangePasswordPayload(Payload):
    pass


# --- units and people ---------------------------------------------------------------------


@strawberry.input
class CreateUnitInput:
    name: str
    parent_id: strawberry.ID | None = None
    client_mutation_id: str | None = None


@strawberry.input
class UpdateUnitInput:
    id: strawberry.ID
    name: strawberry.Maybe[str]
    parent_id: strawberry.Maybe[strawberry.ID | None] = strawberry.field(
        description="null moves the unit to the top."
    )
    client_mutation_id: str | None = None


@strawberry.type
class UnitPayload(Payload):
    unit: Unit | None = None


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
    roles: list[Role] = strawberry.field(default_factory=list)  # type: ignore[valid-type]
    client_mutation_id: str | None = None


@strawberry.input
class UpdatePersonInput:
    id: strawberry.ID
    name: strawberry.Maybe[str]
    email: strawberry.Maybe[str]
    locale: strawberry.Maybe[Language]
    client_mutation_id: str | None = None


@strawberry.input
class UpdateMembershipInput:
    person_id: strawberry.ID
    unit_id: strawberry.Maybe[strawberry.ID | None]
    job_title: strawberry.Maybe[str]
    leader_since: strawberry.Maybe[date | None]
    roles: strawberry.Maybe[list[Role]]  # type: ignore[valid-type]
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


# --- goals and the foundation -------------------------------------------------------------


@strawberry.input
class CreateGoalInput:
    title: str
    description: str = ""
    period_start: date | None = None
    period_end: date | None = None
    status: GoalStatus = GoalStatus.ACTIVE  # type: ignore[valid-type]
    unit_ids: list[strawberry.ID] = strawberry.field(
        default_factory=list, description="None: the whole organisation."
    )
    client_mutation_id: str | None = None


@strawberry.input
class UpdateGoalInput:
    id: strawberry.ID
    title: strawberry.Maybe[str]
    description: strawberry.Maybe[str]
    period_start: strawberry.Maybe[date | None]
    period_end: strawberry.Maybe[date | None]
    status: strawberry.Maybe[GoalStatus]  # type: ignore[valid-type]
    unit_ids: strawberry.Maybe[list[strawberry.ID]]
    client_mutation_id: str | None = None


@strawberry.type
class GoalPayload(Payload):
    goal: OrganisationGoal | None = None


@strawberry.input
class FoundationPrincipleInput:
    kind: PrincipleKind
    title: str
    description: str = ""


@strawberry.input
class PublishLeadershipFoundationInput:
    title: str
    introduction: str = ""
    principles: list[FoundationPrincipleInput] = strawberry.field(
        description="Principles and values, in the order shown."
    )
    client_mutation_id: str | None = None


@strawberry.type
class LeadershipFoundationPayload(Payload):
    leadership_foundation: LeadershipFoundation | None = None


# --- the structure import ---------------------------------------------------------------


@strawberry.input
class CreateStructureImportInput:
    filename: str
    content_type: str = strawberry.field(description="As the browser reports the file's type.")
    size: int = strawberry.field(description="In bytes.")
    client_mutation_id: str | None = None


@strawberry.input
class StartStructureImportInput:
    id: strawberry.ID = strawberry.field(description="The StructureImport whose file is uploaded.")
    client_mutation_id: str | None = None


@strawberry.type
class StructureImportPayload(Payload):
    structure_import: StructureImport | None = None


def unit_ids(values: list[Any]) -> list[int]:
    return decode_ids(values, "Unit", "unitIds")
