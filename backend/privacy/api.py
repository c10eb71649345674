"""Queries and mutations of the privacy duties: thin, the service decides."""

from __future__ import annotations

import strawberry

from backend.api.context import Info
from backend.api.ids import decode_id, decode_optional_id
from backend.api.mutations import Payload, run_mutation
from backend.api.pagination import Connection, PageRequest
from backend.privacy import service
from backend.privacy import types as t

TYPES: list[type] = list(t.TYPES)


@strawberry.input(
    description="Export everything held about a person: yourself, or (HR) a person of "
    "your organisation."
)
class RequestPersonalDataExportInput:
    person_id: strawberry.ID | None = strawberry.field(
        default=None, description="Leave out for yourself."
    )
    client_mutation_id: str | None = None


@strawberry.type
class RequestPersonalDataExportPayload(Payload):
    export: t.PersonalDataExport | None = strawberry.field(
        default=None, description="PENDING until the file is made; then downloadUrl."
    )


@strawberry.input(description="Erase a person of your organisation (HR).")
class ErasePersonInput:
    person_id: strawberry.ID
    confirm_email: str = strawberry.field(
        description="The person's e-mail address, typed again to confirm."
    )
    client_mutation_id: str | None = None


@strawberry.type
class ErasePersonPayload(Payload):
    changed_rows: int = strawberry.field(default=0, description="Rows erased or anonymised.")
    tables: list[str] = strawberry.field(
        default_factory=list, description="The tables in which rows changed."
    )


def _person(info: Info, person_id: strawberry.ID | None) -> int | None:
    # An empty string is a bad ID, not "yourself".
    return decode_optional_id(person_id, "Person", "personId")


@strawberry.type
class Query:
    @strawberry.field(description="An export of personal data you asked for or that is about you.")
    async def personal_data_export(
        self, info: Info, id: strawberry.ID
    ) -> t.PersonalDataExport | None:
        c = info.context
        found = await service.exports_visible(
            c.session, c.viewer, [decode_id(id, "PersonalDataExport", "id")]
        )
        return t.PersonalDataExport.from_row(found[0]) if found else None

    @strawberry.field(
        description="Who read 360 reports and exported or erased data, newest first: the "
        "organisation's for HR, your own entries for everyone else."
    )
    async def privacy_audit_log(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> Connection[t.PrivacyAuditEntry]:
        c = info.context
        found = await service.audit_log(
            c.session, c.viewer, PageRequest(first, after, last, before), c.settings
        )
        for edge in found.edges:
            edge.node = t.PrivacyAuditEntry.from_row(edge.node)
        return found


@strawberry.type
class Mutation:
    @strawberry.mutation(description="Export personal data as JSON; download it when READY.")
    async def request_personal_data_export(
        self, info: Info, input: RequestPersonalDataExportInput
    ) -> RequestPersonalDataExportPayload:
        async def action() -> RequestPersonalDataExportPayload:
            c = info.context
            row = await service.request_export(c.session, c.viewer, _person(info, input.person_id))
            return RequestPersonalDataExportPayload(export=t.PersonalDataExport.from_row(row))

        return await run_mutation(info, input, RequestPersonalDataExportPayload, action)

    @strawberry.mutation(
        description="Erase a person: their own texts go, their name and address are replaced, "
        "their sign-ins end; frozen 360 results and others' data stay."
    )
    async def erase_person(self, info: Info, input: ErasePersonInput) -> ErasePersonPayload:
        async def action() -> ErasePersonPayload:
            c = info.context
            person_id = decode_id(input.person_id, "Person", "personId")
            changed = await service.erase_person(
                c.session, c.viewer, person_id, input.confirm_email
            )
            return ErasePersonPayload(
                changed_rows=sum(changed.values()),
                tables=sorted(name for name, rows in changed.items() if rows),
            )

        return await run_mutation(info, input, ErasePersonPayload, action)
