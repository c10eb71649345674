"""Queries and mutations of cohorts, enrolments and development goals: thin,
they decode IDs and call ``enrolments.service``."""

from __future__ import annotations

import strawberry

from backend.api.context import Info
from backend.api.ids import decode_id, decode_optional_id
from backend.api.mutations import run_mutation
from backend.api.pagination import Connection, PageRequest, paginate
from backend.identity.policy import require_viewer
from learning.programmes.enrolments import repository as repo
from learning.programmes.enrolments import service
from learning.programmes.enrolments import types as t
from learning.programmes.models import Enrolment as EnrolmentRow

TYPES: list[type] = t.TYPES


@strawberry.type
class Query:
    @strawberry.field(
        description="Enrolments the viewer may follow: their own, their reports' "
        "(reportsOnly/directOnly), or, for HR, everyone's."
    )
    async def enrolments(
        self,
        info: Info,
        programme_id: strawberry.ID | None = None,
        reports_only: bool = False,
        direct_only: bool = False,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> Connection[t.Enrolment]:
        viewer = require_viewer(info.context.viewer)
        statement = repo.enrolments_statement(
            viewer,
            programme_id=decode_optional_id(programme_id, "Programme", "programmeId"),
            reports_only=reports_only,
            direct_only=direct_only,
        )
        page = await paginate(
            info.context.session,
            statement,
            [EnrolmentRow.__table__.c.id],
            PageRequest(first=first, after=after, last=last, before=before),
            info.context.settings,
            lambda row: t.Enrolment.from_row(row[1]),
        )
        await t.prefetch(info, [edge.node for edge in page.edges])
        return page


@strawberry.type
class Mutation:
    @strawberry.mutation
    async def create_cohort(self, info: Info, input: t.CreateCohortInput) -> t.CreateCohortPayload:
        async def action() -> t.CreateCohortPayload:
            c = info.context
            pk = decode_id(input.programme_id, "Programme", "programmeId")
            cohort = await service.create_cohort(
                c.session, c.viewer, pk, input.name, input.starts_on
            )
            return t.CreateCohortPayload(cohort=t.Cohort.from_row(cohort))

        return await run_mutation(info, input, t.CreateCohortPayload, action)

    @strawberry.mutation(description="HR: enrol a leader, with the three manager checkpoints.")
    async def enrol_leader(self, info: Info, input: t.EnrolLeaderInput) -> t.EnrolLeaderPayload:
        async def action() -> t.EnrolLeaderPayload:
            c = info.context
            command = service.EnrolCommand(
                programme_id=decode_id(input.programme_id, "Programme", "programmeId"),
                membership_id=decode_id(input.leader_id, "Membership", "leaderId"),
                cohort_id=decode_optional_id(input.cohort_id, "Cohort", "cohortId"),
                starts_on=input.starts_on,
                goals=t.goal_drafts(input.development_goals, "developmentGoals"),
            )
            enrolment = await service.enrol_leader(c.session, c.viewer, command)
            return t.EnrolLeaderPayload(enrolment=t.Enrolment.from_row(enrolment))

        return await run_mutation(info, input, t.EnrolLeaderPayload, action)

    @strawberry.mutation(description="The leader, the manager or HR, until BEFORE is held.")
    async def set_development_goals(
        self, info: Info, input: t.SetDevelopmentGoalsInput
    ) -> t.SetDevelopmentGoalsPayload:
        async def action() -> t.SetDevelopmentGoalsPayload:
            c = info.context
            enrolment, goals = await service.set_development_goals(
                c.session,
                c.viewer,
                decode_id(input.enrolment_id, "Enrolment", "enrolmentId"),
                t.goal_drafts(input.goals, "goals"),
            )
            return t.SetDevelopmentGoalsPayload(
                enrolment=t.Enrolment.from_row(enrolment),
                development_goals=await t.goals_for_viewer(
                    info, enrolment.membership_id, list(goals)
                ),
            )

        return await run_mutation(info, input, t.SetDevelopmentGoalsPayload, action)
