"""GraphQL types of the reporting lines: a person's reports and spans of control."""

from __future__ import annotations

import strawberry

from backend.api.context import Info
from backend.api.pagination import Connection
from backend.identity import loaders
from backend.identity.repository import AnyRow
from backend.identity.types import Membership, Person


@strawberry.type(description="How many people report directly to a leader.")
class SpanOfControl:
    membership_pk: strawberry.Private[int]
    direct_reports: int

    @classmethod
    def from_row(cls, row: AnyRow) -> SpanOfControl:
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
