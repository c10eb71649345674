"""Query fields of the reporting lines. Thin: each resolver decodes its input
and calls the service, which decides."""

from __future__ import annotations

import strawberry

from backend.api.context import Info
from backend.api.ids import decode_id
from backend.api.pagination import Connection, PageRequest
from backend.identity.reporting import service
from backend.identity.reporting.types import Reports, SpanOfControl
from backend.identity.types import Person


@strawberry.type
class Query:
    @strawberry.field(description="A person's reports, direct or at every level below.")
    async def reports(
        self,
        info: Info,
        person_id: strawberry.ID,
        direct: bool = True,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> Reports:
        context = info.context
        found = await service.reports(
            context.session,
            context.viewer,
            context.settings,
            decode_id(person_id, "Person", "personId"),
            direct,
            PageRequest(first, after, last, before),
            Person.from_row,
        )
        return Reports(
            person=Person.from_row(found.manager),
            span_of_control=found.span_of_control,
            total_count=found.total,
            people=found.page,
        )

    @strawberry.field(
        description="Direct reports per leader, largest first (HR, leaders of leaders)."
    )
    async def spans_of_control(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> Connection[SpanOfControl]:
        context = info.context
        return await service.spans_of_control(
            context.session,
            context.viewer,
            context.settings,
            PageRequest(first, after, last, before),
            SpanOfControl.from_row,
        )
