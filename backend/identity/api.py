"""Query and Mutation fields of the organisation: the viewer, the organisation
and its units. Thin: each resolver decodes its input and calls the service,
which decides. Each sub-package has the fields of its own part in its
``api.py``."""

from __future__ import annotations

import strawberry

from backend.api.context import Info
from backend.api.ids import decode_id, decode_optional_id
from backend.api.mutations import run_mutation
from backend.identity import service
from backend.identity.types import (
    CreateUnitInput,
    Organisation,
    SignedIn,
    Unit,
    UnitPayload,
    UpdateUnitInput,
    given,
    given_pk,
)


@strawberry.type
class Query:
    @strawberry.field(description="The signed-in person; null when signed out.")
    async def viewer(self, info: Info) -> SignedIn | None:
        row = await service.viewer_member(info.context.session, info.context.viewer)
        return SignedIn(row=row) if row is not None else None

    @strawberry.field(description="The viewer's organisation, with its units.")
    async def organisation(self, info: Info) -> Organisation:
        row = await service.organisation(info.context.session, info.context.viewer)
        return Organisation.from_row(row)


@strawberry.type
class Mutation:
    @strawberry.mutation
    async def create_unit(self, info: Info, input: CreateUnitInput) -> UnitPayload:
        c = info.context

        async def action() -> UnitPayload:
            parent = decode_optional_id(input.parent_id, "Unit", "parentId")
            return UnitPayload(
                unit=Unit.from_row(
                    await service.create_unit(c.session, c.viewer, input.name, parent)
                )
            )

        return await run_mutation(info, input, UnitPayload, action)

    @strawberry.mutation(description="Rename a unit or move it in the tree.")
    async def update_unit(self, info: Info, input: UpdateUnitInput) -> UnitPayload:
        c = info.context

        async def action() -> UnitPayload:
            row = await service.update_unit(
                c.session,
                c.viewer,
                decode_id(input.id, "Unit", "id"),
                name=given(input.name),
                parent_id=given_pk(input.parent_id, "Unit", "parentId"),
            )
            return UnitPayload(unit=Unit.from_row(row))

        return await run_mutation(info, input, UnitPayload, action)
