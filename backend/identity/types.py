"""GraphQL types of organisations, units, people and memberships, and the
inputs and payloads of the unit mutations.

Objects are made from the rows the service returns; every relation goes
through a loader. Node fetchers ask the service, which shows only the
viewer's own organisation, so ``node(id)`` of another tenant's row is null.
Each sub-package has the types of its own part in its ``types.py``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from datetime import date
from enum import Enum
from typing import Any, Protocol, TypeVar

import strawberry

from backend.api.context import Info
from backend.api.ids import decode_optional_id
from backend.api.mutations import Payload
from backend.api.pagination import Connection, PageRequest
from backend.api.relay import Node
from backend.auth.viewer import Viewer
from backend.db import Session
from backend.identity import loaders, models, service
from backend.identity.repository import AnyRow
from backend.identity.service import KEEP, Keep

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
N = TypeVar("N")

# The models' enums, exposed as they are (``strawberry.enum`` marks the class).
Role = models.Role
strawberry.enum(Role, description="What a person does in an organisation.")


@strawberry.enum(description="The language a person reads Ledelyst in.")
class Language(Enum):
    DA = "da"
    EN = "en"


def roles_of(values: list[str] | None) -> list[models.Role]:
    return [models.Role(v) for v in values or [] if v in models.Role._value2member_map_]


@strawberry.type(description="An organisation: a tenant, e.g. a municipality.")
class Organisation(Node):
    pk: strawberry.Private[int]
    slug: str
    name: str

    @classmethod
    def from_row(cls, row: AnyRow) -> Organisation:
        return cls(pk=row.id, slug=row.slug, name=row.name)

    @strawberry.field(description="Every unit, flat and sorted by name; `parent` gives the tree.")
    async def units(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> Connection[Unit]:
        context = info.context
        page = PageRequest(first=first, after=after, last=last, before=before)
        return await service.units(
            context.session, context.viewer, context.settings, page, Unit.from_row
        )

    @strawberry.field(description="The units at the top of the tree; go down with `children`.")
    async def root_units(self, info: Info) -> list[Unit]:
        rows = await service.root_units(info.context.session, info.context.viewer)
        return [Unit.from_row(row) for row in rows]

    @classmethod
    async def fetch_visible(cls, info: Info, pks: list[int]) -> list[Any]:
        return await fetcher(service.visible_organisations, cls.from_row)(info, pks)


@strawberry.type(description="A unit of an organisation: forvaltning, område, institution.")
class Unit(Node):
    pk: strawberry.Private[int]
    parent_pk: strawberry.Private[int | None]
    name: str

    @classmethod
    def from_row(cls, row: AnyRow | models.Unit) -> Unit:
        return cls(pk=row.id, parent_pk=row.parent_id, name=row.name)

    @strawberry.field(description="The unit above, or null at the top.")
    async def parent(self, info: Info) -> Unit | None:
        if self.parent_pk is None:
            return None
        row = await info.context.loaders.get(loaders.UnitByIdLoader).load(self.parent_pk)
        return Unit.from_row(row) if row else None

    @strawberry.field(description="The units directly below, sorted by name.")
    async def children(self, info: Info) -> list[Unit]:
        rows = await info.context.loaders.get(loaders.UnitsByParentLoader).load(self.pk)
        return [Unit.from_row(row) for row in rows]

    @classmethod
    async def fetch_visible(cls, info: Info, pks: list[int]) -> list[Any]:
        return await fetcher(service.visible_units, cls.from_row)(info, pks)


@strawberry.type(description="A person, as a member of the viewer's organisation.")
class Person(Node):
    pk: strawberry.Private[int]
    row: strawberry.Private[AnyRow]
    name: str
    email: str
    locale: Language

    @classmethod
    def from_row(cls, row: AnyRow) -> Person:
        locale = Language(row.locale) if row.locale in ("da", "en") else Language.DA
        return cls(pk=row.person_id, row=row, name=row.name, email=row.email, locale=locale)

    @strawberry.field(description="Unit, job title, manager and roles in the organisation.")
    def membership(self) -> Membership:
        return Membership.from_row(self.row)

    @classmethod
    async def fetch_visible(cls, info: Info, pks: list[int]) -> list[Any]:
        return await fetcher(service.visible_people, cls.from_row)(info, pks)


@strawberry.type(description="A person's place in an organisation: the reporting line and roles.")
class Membership(Node):
    pk: strawberry.Private[int]
    row: strawberry.Private[AnyRow]
    job_title: str
    leader_since: date | None
    roles: list[Role]
    is_active: bool

    @classmethod
    def from_row(cls, row: AnyRow) -> Membership:
        return cls(
            pk=row.id,
            row=row,
            job_title=row.job_title,
            leader_since=row.leader_since,
            roles=roles_of(row.roles),
            is_active=row.is_active,
        )

    @strawberry.field
    def person(self) -> Person:
        return Person.from_row(self.row)

    @strawberry.field
    async def organisation(self, info: Info) -> Organisation | None:
        loader = info.context.loaders.get(loaders.OrganisationByIdLoader)
        row = await loader.load(self.row.organisation_id)
        return Organisation.from_row(row) if row else None

    @strawberry.field
    async def unit(self, info: Info) -> Unit | None:
        if self.row.unit_id is None:
            return None
        row = await info.context.loaders.get(loaders.UnitByIdLoader).load(self.row.unit_id)
        return Unit.from_row(row) if row else None

    @strawberry.field(description="The manager: the next step up the reporting line.")
    async def manager(self, info: Info) -> Membership | None:
        if self.row.manager_id is None:
            return None
        loader = info.context.loaders.get(loaders.MemberByMembershipIdLoader)
        row = await loader.load(self.row.manager_id)
        return Membership.from_row(row) if row else None

    @strawberry.field(description="A leader who has led for less than the configured months.")
    def is_new_leader(self, info: Info) -> bool:
        return service.is_new_leader(
            self.row.roles or [], self.row.leader_since, info.context.settings
        )

    @strawberry.field(description="Has leaders among their direct or indirect reports.")
    async def is_leader_of_leaders(self, info: Info) -> bool:
        return await info.context.loaders.get(loaders.LeaderOfLeadersLoader).load(self.pk)

    @classmethod
    async def fetch_visible(cls, info: Info, pks: list[int]) -> list[Any]:
        return await fetcher(service.visible_memberships, cls.from_row)(info, pks)


@strawberry.type(description="An organisation the viewer belongs to (sign in with its slug).")
class ViewerMembership:
    organisation_name: str
    organisation_slug: str
    roles: list[Role]
    is_current: bool


@strawberry.type(name="Viewer", description="The signed-in person.")
class SignedIn:
    row: strawberry.Private[AnyRow]

    @strawberry.field
    def person(self) -> Person:
        return Person.from_row(self.row)

    @strawberry.field(description="Their membership of the organisation they are signed in to.")
    def membership(self) -> Membership:
        return Membership.from_row(self.row)

    @strawberry.field
    def roles(self) -> list[Role]:
        return roles_of(self.row.roles)

    @strawberry.field
    async def organisation(self, info: Info) -> Organisation:
        row = await service.organisation(info.context.session, info.context.viewer)
        return Organisation.from_row(row)

    @strawberry.field(
        description="Whether they have a password of their own; without one they sign in "
        "by mail link or with their organisation, and changePassword sets their first."
    )
    async def has_password(self, info: Info) -> bool:
        return await service.viewer_has_password(info.context.session, info.context.viewer)

    @strawberry.field(description="Every organisation they belong to.")
    async def memberships(self, info: Info) -> list[ViewerMembership]:
        viewer = info.context.viewer
        assert viewer is not None
        rows = await service.viewer_memberships(info.context.session, viewer)
        return [
            ViewerMembership(
                organisation_name=row.name,
                organisation_slug=row.slug,
                roles=roles_of(row.roles),
                is_current=row.id == viewer.organisation_id,
            )
            for row in rows
        ]


def fetcher(
    visible: Callable[[Session, Viewer | None, Sequence[int]], Awaitable[Sequence[Any]]],
    make: Callable[[Any], N],
) -> Callable[[Info, list[int]], Awaitable[list[N]]]:
    """A node fetcher: the rows the service lets the viewer see, as objects."""

    async def fetch(info: Info, pks: list[int]) -> list[N]:
        rows = await visible(info.context.session, info.context.viewer, pks)
        return [make(row) for row in rows]

    return fetch


class _Given(Protocol[T_co]):
    @property
    def value(self) -> T_co: ...


def given(value: _Given[T] | None) -> T | Keep:
    """A ``Maybe`` input field: absent keeps what is there."""
    return KEEP if value is None else value.value


def given_pk(value: _Given[Any] | None, type_name: str, field: str) -> int | None | Keep:
    """A ``Maybe`` global ID: absent keeps, null clears, an ID is decoded."""
    if value is None:
        return KEEP
    return decode_optional_id(value.value, type_name, field)


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
