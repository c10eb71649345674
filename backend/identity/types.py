"""GraphQL types of organisations, people and reporting lines.

Objects are made from the rows the service returns; every relation goes
through a loader. Node fetchers ask the service, which shows only the
viewer's own organisation, so ``node(id)`` of another tenant's row is null.
Inputs and payloads are in ``inputs.py``, the structure import's types in
``import_types.py``.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum
from typing import Any

import strawberry
from sqlalchemy import Row

from backend.api.context import Info
from backend.api.pagination import Connection, PageRequest
from backend.api.relay import Node, register_node
from backend.identity import goals_service, loaders, models, service

Role = strawberry.enum(models.Role, description="What a person does in an organisation.")
GoalStatus = strawberry.enum(models.GoalStatus, description="Where a goal stands.")


@strawberry.enum(description="A principle of the leadership foundation, or one of its values.")
class PrincipleKind(Enum):
    PRINCIPLE = "PRINCIPLE"
    VALUE = "VALUE"


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
    def from_row(cls, row: Row[Any]) -> Organisation:
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


@strawberry.type(description="A unit of an organisation: forvaltning, område, institution.")
class Unit(Node):
    pk: strawberry.Private[int]
    parent_pk: strawberry.Private[int | None]
    name: str

    @classmethod
    def from_row(cls, row: Row[Any]) -> Unit:
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


@strawberry.type(description="A person, as a member of the viewer's organisation.")
class Person(Node):
    pk: strawberry.Private[int]
    row: strawberry.Private[Row[Any]]
    name: str
    email: str
    locale: Language

    @classmethod
    def from_row(cls, row: Row[Any]) -> Person:
        locale = Language(row.locale) if row.locale in ("da", "en") else Language.DA
        return cls(pk=row.person_id, row=row, name=row.name, email=row.email, locale=locale)

    @strawberry.field(description="Unit, job title, manager and roles in the organisation.")
    def membership(self) -> Membership:
        return Membership.from_row(self.row)


@strawberry.type(description="A person's place in an organisation: the reporting line and roles.")
class Membership(Node):
    pk: strawberry.Private[int]
    row: strawberry.Private[Row[Any]]
    job_title: str
    leader_since: date | None
    roles: list[Role]  # type: ignore[valid-type]
    is_active: bool

    @classmethod
    def from_row(cls, row: Row[Any]) -> Membership:
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


@strawberry.type(description="How many people report directly to a leader.")
class SpanOfControl:
    membership_pk: strawberry.Private[int]
    direct_reports: int

    @classmethod
    def from_row(cls, row: Row[Any]) -> SpanOfControl:
        return cls(membership_pk=row.id, direct_reports=row.span)

    @strawberry.field
    async def leader(self, info: Info) -> Membership | None:
        loader = info.context.loaders.get(loaders.MemberByMembershipIdLoader)
        row = await loader.load(self.membership_pk)
        return Membership.from_row(row) if row else None


@strawberry.type(description="The people below a person in the reporting line.")
class Reports:
    person: Person
    span_of_control: int = strawberry.field(description="Direct reports.")
    total_count: int = strawberry.field(description="Reports in this answer: direct or all.")
    people: Connection[Person]


@strawberry.type(description="An organisational goal (målsætning) development starts from.")
class OrganisationGoal(Node):
    pk: strawberry.Private[int]
    title: str
    description: str
    period_start: date | None
    period_end: date | None
    status: GoalStatus  # type: ignore[valid-type]

    @classmethod
    def from_row(cls, row: Row[Any]) -> OrganisationGoal:
        return cls(
            pk=row.id,
            title=row.title,
            description=row.description,
            period_start=row.period_start,
            period_end=row.period_end,
            status=models.GoalStatus(row.status),
        )

    @strawberry.field(description="The units it applies to; empty for the whole organisation.")
    async def units(self, info: Info) -> list[Unit]:
        rows = await info.context.loaders.get(loaders.UnitsByGoalLoader).load(self.pk)
        return [Unit.from_row(row) for row in rows]


@strawberry.type(description="A principle or value of the leadership foundation.")
class FoundationPrinciple(Node):
    pk: strawberry.Private[int]
    kind: PrincipleKind
    position: int
    title: str
    description: str

    @classmethod
    def from_row(cls, row: Row[Any]) -> FoundationPrinciple:
        return cls(
            pk=row.id,
            kind=PrincipleKind(row.kind),
            position=row.position,
            title=row.title,
            description=row.description,
        )


@strawberry.type(description="One published version of the organisation's ledelsesgrundlag.")
class LeadershipFoundation(Node):
    pk: strawberry.Private[int]
    version: int
    title: str
    introduction: str
    published_at: datetime | None

    @classmethod
    def from_row(cls, row: Row[Any]) -> LeadershipFoundation:
        return cls(
            pk=row.id,
            version=row.version,
            title=row.title,
            introduction=row.introduction,
            published_at=row.published_at,
        )

    async def _of_kind(self, info: Info, kind: PrincipleKind) -> list[FoundationPrinciple]:
        rows = await info.context.loaders.get(loaders.PrinciplesByFoundationLoader).load(self.pk)
        return [FoundationPrinciple.from_row(row) for row in rows if row.kind == kind.value]

    @strawberry.field(description="The principles, in order.")
    async def principles(self, info: Info) -> list[FoundationPrinciple]:
        return await self._of_kind(info, PrincipleKind.PRINCIPLE)

    @strawberry.field(description="The values, in order.")
    async def values(self, info: Info) -> list[FoundationPrinciple]:
        return await self._of_kind(info, PrincipleKind.VALUE)


@strawberry.type(description="An organisation the viewer belongs to (sign in with its slug).")
class ViewerMembership:
    organisation_name: str
    organisation_slug: str
    roles: list[Role]  # type: ignore[valid-type]
    is_current: bool


@strawberry.type(name="Viewer", description="The signed-in person.")
class SignedIn:
    row: strawberry.Private[Row[Any]]

    @strawberry.field
    def person(self) -> Person:
        return Person.from_row(self.row)

    @strawberry.field(description="Their membership of the organisation they are signed in to.")
    def membership(self) -> Membership:
        return Membership.from_row(self.row)

    @strawberry.field
    def roles(self) -> list[Role]:  # type: ignore[valid-type]
        return roles_of(self.row.roles)

    @strawberry.field
    async def organisation(self, info: Info) -> Organisation:
        row = await service.organisation(info.context.session, info.context.viewer)
        return Organisation.from_row(row)

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


def fetcher(visible: Any, make: Any) -> Any:
    async def fetch(info: Info, pks: list[int]) -> list[Any]:
        rows = await visible(info.context.session, info.context.viewer, pks)
        return [make(row) for row in rows]

    return fetch


register_node("Organisation", fetcher(service.visible_organisations, Organisation.from_row))
register_node("Unit", fetcher(service.visible_units, Unit.from_row))
register_node("Person", fetcher(service.visible_people, Person.from_row))
register_node("Membership", fetcher(service.visible_memberships, Membership.from_row))
register_node("OrganisationGoal", fetcher(goals_service.visible_goals, OrganisationGoal.from_row))
register_node(
    "LeadershipFoundation",
    fetcher(goals_service.visible_foundations, LeadershipFoundation.from_row),
)
register_node(
    "FoundationPrinciple",
    fetcher(goals_service.visible_principles, FoundationPrinciple.from_row),
)
