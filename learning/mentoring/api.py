"""Queries and mutations of mentor profiles and mentoring needs: thin, they
decode IDs and call the service. Matching, mentorships and practice have
their own ``api.py``, which the schema root finds by itself."""

from __future__ import annotations

import strawberry

from backend.api.context import Info
from backend.api.ids import decode_ids, decode_optional_id
from backend.api.mutations import run_mutation
from backend.api.pagination import Connection
from learning.mentoring import service
from learning.mentoring import types as t
from learning.mentoring.matching import types as matching_types
from learning.mentoring.service import NeedCommand, ProfileCommand

TYPES: list[type] = [t.MentoringPerson, matching_types.FitExplanation]


@strawberry.type
class Query:
    @strawberry.field(description="The viewer's own mentor profile, if they offer to mentor.")
    async def my_mentor_profile(self, info: Info) -> t.MentorProfile | None:
        found = await service.own_profile(info.context.session, info.context.viewer)
        return t.MentorProfile.from_model(found) if found else None

    @strawberry.field(description="What the viewer looks for in a mentor, if anything.")
    async def my_mentoring_need(self, info: Info) -> t.MentoringNeed | None:
        found = await service.own_need(info.context.session, info.context.viewer)
        return t.MentoringNeed.from_model(found) if found else None

    @strawberry.field(description="The organisation's mentor profiles, by name (HR).")
    async def mentor_profiles(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> Connection[t.MentorProfile]:
        listing = service.profiles_listing(info.context.viewer)
        return await t.connection(
            info,
            listing,
            lambda row: t.MentorProfile.from_model(row[2]),
            first,
            after,
            last,
            before,
        )

    @strawberry.field(description="The organisation's mentoring needs, by name (HR).")
    async def mentoring_needs(
        self,
        info: Info,
        status: t.NeedStatus | None = None,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> Connection[t.MentoringNeed]:
        listing = service.needs_listing(info.context.viewer, status)
        return await t.connection(
            info,
            listing,
            lambda row: t.MentoringNeed.from_model(row[2]),
            first,
            after,
            last,
            before,
        )


@strawberry.type
class Mutation:
    @strawberry.mutation(
        description="Offer to mentor, or change the offer; HR changes anyone's in the "
        "organisation by membershipId."
    )
    async def save_mentor_profile(
        self, info: Info, input: t.SaveMentorProfileInput
    ) -> t.MentorProfilePayload:
        async def action() -> t.MentorProfilePayload:
            command = ProfileCommand(
                capacity=input.capacity,
                competency_ids=decode_ids(input.competency_ids, "Competency", "competencyIds"),
                framework_id=decode_optional_id(
                    input.framework_id, "CompetencyFramework", "frameworkId"
                ),
                tags=input.tags,
                areas=input.areas,
                languages=input.languages,
                location=input.location,
                availability=input.availability,
                is_available=input.is_available,
                membership_id=decode_optional_id(input.membership_id, "Membership", "membershipId"),
            )
            found = await service.save_profile(info.context.session, info.context.viewer, command)
            return t.MentorProfilePayload(profile=t.MentorProfile.from_model(found))

        return await run_mutation(info, input, t.MentorProfilePayload, action)

    @strawberry.mutation(description="Say what you look for in a mentor.")
    async def save_mentoring_need(
        self, info: Info, input: t.SaveMentoringNeedInput
    ) -> t.MentoringNeedPayload:
        async def action() -> t.MentoringNeedPayload:
            command = NeedCommand(
                competency_ids=decode_ids(input.competency_ids, "Competency", "competencyIds"),
                framework_id=decode_optional_id(
                    input.framework_id, "CompetencyFramework", "frameworkId"
                ),
                tags=input.tags,
                area=input.area,
                area_preference=input.area_preference,
                language=input.language,
                location=input.location,
                notes=input.notes,
                membership_id=decode_optional_id(input.membership_id, "Membership", "membershipId"),
            )
            found = await service.save_need(info.context.session, info.context.viewer, command)
            return t.MentoringNeedPayload(need=t.MentoringNeed.from_model(found))

        return await run_mutation(info, input, t.MentoringNeedPayload, action)
