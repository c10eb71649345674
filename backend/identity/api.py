"""Query and Mutation fields of organisations, people and sign-in. Thin:
each resolver decodes its input and calls the service, which decides."""

from __future__ import annotations

from typing import Any

import strawberry

from backend.api.context import Info
from backend.api.ids import decode_id, decode_optional_id
from backend.api.mutations import run_mutation
from backend.api.pagination import Connection, PageRequest
from backend.auth.authenticate import register_authenticator
from backend.auth.oidc import oidc_authenticator
from backend.i18n import Locale
from backend.identity import (
    csv_import,
    goals_service,
    oidc_service,
    people_service,
    service,
)
from backend.identity import inputs as i
from backend.identity.auth_api import SignInMutation
from backend.identity.goals_service import GoalChanges, PrincipleText
from backend.identity.import_types import StructureImport
from backend.identity.people_service import MembershipChanges, NewPerson
from backend.identity.types import (
    GoalStatus,
    LeadershipFoundation,
    Organisation,
    OrganisationGoal,
    Person,
    Reports,
    Role,
    SignedIn,
    SpanOfControl,
    Unit,
)

register_authenticator(oidc_authenticator(oidc_service.viewer_for_oidc_claims))


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

    @strawberry.field(description="The organisation's people, sorted by name.")
    async def people(
        self,
        info: Info,
        search: str | None = None,
        unit_id: strawberry.ID | None = None,
        role: Role | None = None,  # type: ignore[valid-type]
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

    @strawberry.field(description="The organisation's goals, sorted by title.")
    async def goals(
        self,
        info: Info,
        status: GoalStatus | None = None,  # type: ignore[valid-type]
        unit_id: strawberry.ID | None = None,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> Connection[OrganisationGoal]:
        context = info.context
        return await goals_service.goals(
            context.session,
            context.viewer,
            context.settings,
            PageRequest(first, after, last, before),
            OrganisationGoal.from_row,
            status=status,
            unit_id=decode_optional_id(unit_id, "Unit", "unitId"),
        )

    @strawberry.field(description="The current leadership foundation, or a given version.")
    async def leadership_foundation(
        self, info: Info, version: int | None = None
    ) -> LeadershipFoundation | None:
        row = await goals_service.leadership_foundation(
            info.context.session, info.context.viewer, version
        )
        return LeadershipFoundation.from_row(row) if row else None

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


@strawberry.type
class Mutation(SignInMutation):
    @strawberry.mutation
    async def create_unit(self, info: Info, input: i.CreateUnitInput) -> i.UnitPayload:
        c = info.context

        async def action() -> dict[str, Any]:
            parent = decode_optional_id(input.parent_id, "Unit", "parentId")
            return {
                "unit": Unit.from_row(
                    await service.create_unit(c.session, c.viewer, input.name, parent)
                )
            }

        return await run_mutation(info, input, i.UnitPayload, action)

    @strawberry.mutation(description="Rename a unit or move it in the tree.")
    async def update_unit(self, info: Info, input: i.UpdateUnitInput) -> i.UnitPayload:
        c = info.context

        async def action() -> dict[str, Any]:
            row = await service.update_unit(
                c.session,
                c.viewer,
                decode_id(input.id, "Unit", "id"),
                name=i.given(input.name),
                parent_id=i.given_pk(input.parent_id, "Unit", "parentId"),
            )
            return {"unit": Unit.from_row(row)}

        return await run_mutation(info, input, i.UnitPayload, action)

    @strawberry.mutation(description="A person and their membership of the organisation.")
    async def create_person(self, info: Info, input: i.CreatePersonInput) -> i.PersonPayload:
        c = info.context

        async def action() -> dict[str, Any]:
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
            return {
                "person": Person.from_row(
                    await people_service.create_person(c.session, c.viewer, new)
                )
            }

        return await run_mutation(info, input, i.PersonPayload, action)

    @strawberry.mutation(description="A person's name, e-mail or language.")
    async def update_person(self, info: Info, input: i.UpdatePersonInput) -> i.PersonPayload:
        c = info.context

        async def action() -> dict[str, Any]:
            locale = i.given(input.locale)
            row = await people_service.update_person(
                c.session,
                c.viewer,
                decode_id(input.id, "Person", "id"),
                name=i.given(input.name),
                email=i.given(input.email),
                locale=locale if isinstance(locale, service.Keep) else Locale(locale.value),
            )
            return {"person": Person.from_row(row)}

        return await run_mutation(info, input, i.PersonPayload, action)

    @strawberry.mutation(
        description="A person's unit, job title, leader-since date, roles, or leaving."
    )
    async def update_membership(
        self, info: Info, input: i.UpdateMembershipInput
    ) -> i.PersonPayload:
        c = info.context

        async def action() -> dict[str, Any]:
            roles = i.given(input.roles)
            changes = MembershipChanges(
                unit_id=i.given_pk(input.unit_id, "Unit", "unitId"),
                job_title=i.given(input.job_title),
                leader_since=i.given(input.leader_since),
                roles=roles if isinstance(roles, service.Keep) else frozenset(roles),
                is_active=i.given(input.is_active),
            )
            person = decode_id(input.person_id, "Person", "personId")
            row = await people_service.update_membership(c.session, c.viewer, person, changes)
            return {"person": Person.from_row(row)}

        return await run_mutation(info, input, i.PersonPayload, action)

    @strawberry.mutation(description="Set (or clear) a person's manager.")
    async def set_reporting_line(
        self, info: Info, input: i.SetReportingLineInput
    ) -> i.PersonPayload:
        c = info.context

        async def action() -> dict[str, Any]:
            row = await people_service.set_reporting_line(
                c.session,
                c.viewer,
                decode_id(input.person_id, "Person", "personId"),
                decode_optional_id(input.manager_id, "Person", "managerId"),
            )
            return {"person": Person.from_row(row)}

        return await run_mutation(info, input, i.PersonPayload, action)

    @strawberry.mutation
    async def create_goal(self, info: Info, input: i.CreateGoalInput) -> i.GoalPayload:
        c = info.context

        async def action() -> dict[str, Any]:
            changes = GoalChanges(
                title=input.title,
                description=input.description,
                period_start=input.period_start,
                period_end=input.period_end,
                status=input.status,
                unit_ids=i.unit_ids(input.unit_ids),
            )
            row = await goals_service.create_goal(c.session, c.viewer, changes)
            return {"goal": OrganisationGoal.from_row(row)}

        return await run_mutation(info, input, i.GoalPayload, action)

    @strawberry.mutation
    async def update_goal(self, info: Info, input: i.UpdateGoalInput) -> i.GoalPayload:
        c = info.context

        async def action() -> dict[str, Any]:
            units = i.given(input.unit_ids)
            changes = GoalChanges(
                title=i.given(input.title),
                description=i.given(input.description),
                period_start=i.given(input.period_start),
                period_end=i.given(input.period_end),
                status=i.given(input.status),
                unit_ids=units if isinstance(units, service.Keep) else i.unit_ids(units),
            )
            goal = decode_id(input.id, "OrganisationGoal", "id")
            row = await goals_service.update_goal(c.session, c.viewer, goal, changes)
            return {"goal": OrganisationGoal.from_row(row)}

        return await run_mutation(info, input, i.GoalPayload, action)

    @strawberry.mutation(description="Publish a new version of the leadership foundation.")
    async def publish_leadership_foundation(
        self, info: Info, input: i.PublishLeadershipFoundationInput
    ) -> i.LeadershipFoundationPayload:
        c = info.context

        async def action() -> dict[str, Any]:
            principles = [
                PrincipleText(p.kind.value, p.title, p.description) for p in input.principles
            ]
            row = await goals_service.publish_leadership_foundation(
                c.session, c.viewer, input.title, input.introduction, principles
            )
            return {"leadership_foundation": LeadershipFoundation.from_row(row)}

        return await run_mutation(info, input, i.LeadershipFoundationPayload, action)

    @strawberry.mutation(
        description="A structure import waiting for its CSV file; upload it to `upload`."
    )
    async def create_structure_import(
        self, info: Info, input: i.CreateStructureImportInput
    ) -> i.StructureImportPayload:
        c = info.context

        async def action() -> dict[str, Any]:
            record = await csv_import.create_import(
                c.session, c.viewer, c.settings, input.filename, input.content_type, input.size
            )
            return {"structure_import": StructureImport.from_row(record)}

        return await run_mutation(info, input, i.StructureImportPayload, action)

    @strawberry.mutation(description="Start an import whose file is uploaded; the worker runs it.")
    async def start_structure_import(
        self, info: Info, input: i.StartStructureImportInput
    ) -> i.StructureImportPayload:
        c = info.context

        async def action() -> dict[str, Any]:
            import_id = decode_id(input.id, "StructureImport", "id")
            record = await csv_import.start_import(c.session, c.viewer, c.settings, import_id)
            return {"structure_import": StructureImport.from_row(record)}

        return await run_mutation(info, input, i.StructureImportPayload, action)
