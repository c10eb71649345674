"""A small schema on top of the real root, for testing the shell itself:
a list with keyset pagination, a Node, and mutations that succeed or fail
half-way, over the real ``organisation`` table."""

from __future__ import annotations

from typing import Any

import strawberry
from sqlalchemy import select

from backend.api.context import Info
from backend.api.errors import DomainError, ErrorCode
from backend.api.mutations import Payload, run_mutation
from backend.api.pagination import Connection, PageRequest, paginate
from backend.api.relay import Node
from backend.identity.models import Organisation


@strawberry.type(name="ShellOrganisation")
class ShellOrganisation(Node):
    pk: strawberry.Private[int]
    slug: str
    name: str

    @strawberry.field(description="Itself again: lets tests build deep queries.")
    def again(self) -> ShellOrganisation:
        return self

    @classmethod
    async def fetch_visible(cls, info: Info, pks: list[int]) -> list[Any]:
        return await _fetch(info, pks)


async def _fetch(info: Info, pks: list[int]) -> list[ShellOrganisation]:
    rows = await info.context.session.execute(
        select(Organisation.id, Organisation.slug, Organisation.name).where(
            Organisation.id.in_(pks)
        )
    )
    return [ShellOrganisation(pk=r.id, slug=r.slug, name=r.name) for r in rows]


@strawberry.type
class ShellQuery:
    @strawberry.field
    async def shell_organisations(
        self,
        info: Info,
        prefix: str,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> Connection[ShellOrganisation]:
        statement = select(Organisation.slug, Organisation.id, Organisation.name).where(
            Organisation.slug.startswith(prefix)
        )
        return await paginate(
            info.context.session,
            statement,
            [Organisation.slug, Organisation.id],
            PageRequest(first=first, after=after, last=last, before=before),
            info.context.settings,
            lambda r: ShellOrganisation(pk=r.id, slug=r.slug, name=r.name),
        )


@strawberry.input
class CreateShellOrganisationInput:
    slug: str
    name: str
    fail_after_write: bool = False
    crash_after_write: bool = False
    client_mutation_id: str | None = None


@strawberry.type
class CreateShellOrganisationPayload(Payload):
    organisation: ShellOrganisation | None = None


@strawberry.type
class ShellMutation:
    @strawberry.mutation
    async def create_shell_organisation(
        self, info: Info, input: CreateShellOrganisationInput
    ) -> CreateShellOrganisationPayload:
        async def action() -> CreateShellOrganisationPayload:
            row = Organisation(slug=input.slug, name=input.name)
            info.context.session.add(row)
            await info.context.session.flush()
            if input.fail_after_write:
                raise DomainError(ErrorCode.RULE_VIOLATED, "error.required", field=["name"])
            if input.crash_after_write:
                raise RuntimeError("boom")
            return CreateShellOrganisationPayload(
                organisation=ShellOrganisation(pk=row.id, slug=row.slug, name=row.name)
            )

        return await run_mutation(info, input, CreateShellOrganisationPayload, action)
