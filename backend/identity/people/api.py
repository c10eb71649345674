"""Query and Mutation fields of the organisation's people. Thin: each resolver
decodes its input and calls the service, which decides."""

from __future__ import annotations

import strawberry

from backend.api.context import Info
from backend.api.ids import decode_id, decode_optional_id
from backend.api.mutations import run_mutation
from backend.api.pagination import Connection, PageRequest
from backend.i18n import Locale
from backend.identity.people import service
from backend.identity.people.service import MembershipChanges, NewPerson
from backend.identity.people.types import (
    CreatePersonInput,
    PersonPayload,
    SetMyLocaleInput,
    SetReportingLineInput,
    UpdateMembershipInput,
    UpdatePersonInput,
)
from backend.identity.service import Keep
from backend.identity.types import Person, Role, given, given_pk


@strawberry.type
class Query:
    @strawberry.field(description="The organisation's people, sorted by name.")
    async def people(
        self,
        info: Info,
        search: str | None = None,
        unit_id: strawberry.ID | None = None,
        role: Role | None = None,
        include_inactive: bool = False,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> Connection[Person]:
        context = info.context
        return await service.people(
            context.session,
            context.viewer,
            context.settings,
            PageRequest(first, after, last, before),
            Person.from_row,
            search=search,
            unit_id=decode_optional_id(unit_id, "Unit", "unitId"),
            role=role,
            include_inactive=include_inactive,
        )


@strawberry.type
class Mutation:
    @strawberry.mutation(description="A person and their membership of the organisation.")
    async def create_person(self, info: Info, input: CreatePersonInput) -> PersonPayload:
        c = info.context

        async def action() -> PersonPayload:
            new = NewPerson(
                email=input.email,
                name=input.name,
                locale=Locale(input.locale.value),
                unit_id=decode_optional_id(input.unit_id, "Unit", "unitId"),
                job_title=input.job_title,
                manager_person_id=decode_optional_id(input.manager_id, "Person", "managerId"),
                leader_since=input.leader_since,
                roles=frozenset(input.roles),
            )
            return PersonPayload(
                person=Person.from_row(await service.create_person(c.session, c.viewer, new))
            )

        return await run_mutation(info, input, PersonPayload, action)

    @strawberry.mutation(description="A person's name, e-mail or language.")
    async def update_person(self, info: Info, input: UpdatePersonInput) -> PersonPayload:
        c = info.context

        async def action() -> PersonPayload:
            locale = given(input.locale)
            row = await service.update_person(
                c.session,
                c.viewer,
                decode_id(input.id, "Person", "id"),
                name=given(input.name),
                email=given(input.email),
                locale=locale if isinstance(locale, Keep) else Locale(locale.value),
            )
            return PersonPayload(person=Person.from_row(row))

        return await run_mutation(info, input, PersonPayload, action)

    @strawberry.mutation(
        description="The signed-in person's own language: the app's texts, numbers, "
        "dates and the mails they get."
    )
    async def set_my_locale(self, info: Info, input: SetMyLocaleInput) -> PersonPayload:
        c = info.context

        async def action() -> PersonPayload:
            row = await service.set_own_locale(c.session, c.viewer, Locale(input.locale.value))
            return PersonPayload(person=Person.from_row(row))

        return await run_mutation(info, input, PersonPayload, action)

    @strawberry.mutation(
        description="A person's unit, job title, leader-since date, roles, or leaving."
    )
    async def update_membership(self, info: Info, input: UpdateMembershipInput) -> PersonPayload:
        c = info.context

        async def action() -> PersonPayload:
            roles = given(input.roles)
            changes = MembershipChanges(
                unit_id=given_pk(input.unit_id, "Unit", "unitId"),
                job_title=given(input.job_title),
                leader_since=given(input.leader_since),
                roles=roles if isinstance(roles, Keep) else frozenset(roles),
                is_active=given(input.is_active),
            )
            person = decode_id(input.person_id, "Person", "personId")
            row = await service.update_membership(c.session, c.viewer, person, changes)
            return PersonPayload(person=Person.from_row(row))

        return await run_mutation(info, input, PersonPayload, action)

    @strawberry.mutation(description="Set (or clear) a person's manager.")
    async def set_reporting_line(self, info: Info, input: SetReportingLineInput) -> PersonPayload:
        c = info.context

        async def action() -> PersonPayload:
            row = await service.set_reporting_line(
                c.session,
                c.viewer,
                decode_id(input.person_id, "Person", "personId"),
                decode_optional_id(input.manager_id, "Person", "managerId"),
            )
            return PersonPayload(person=Person.from_row(row))

        return await run_mutation(info, input, PersonPayload, action)
