"""Queries and mutations of mentoring: thin, they decode IDs and call the services."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import strawberry

from backend.api.context import Info
from backend.api.ids import decode_id, decode_ids, decode_optional_id
from backend.api.mutations import run_mutation
from backend.api.pagination import Connection, PageRequest, paginate
from backend.identity import repository as identity
from learning.mentoring import inputs as i
from learning.mentoring import matching, service
from learning.mentoring import types as t
from learning.mentoring.mentorship_api import MentorshipMutation, mentorship_result
from learning.mentoring.profiles import NeedCommand, ProfileCommand
from learning.mentoring.runs import RunCommand

profiles, runs, shortlist = service.profiles, service.runs, service.shortlist
mentorships, practice = service.mentorships, service.practice

TYPES: list[type] = [t.MentoringPerson, t.FitExplanation]


def _page(
    first: int | None, after: str | None, last: int | None, before: str | None
) -> PageRequest:
    return PageRequest(first=first, after=after, last=last, before=before)


async def _listing(info: Info, listing: Any, page: PageRequest, make: Callable[[Any], Any]) -> Any:
    context = info.context
    return await paginate(
        context.session, listing.statement, listing.keys, page, context.settings, make
    )


@strawberry.type
class Query:
    @strawberry.field(description="The viewer's own mentor profile, if they offer to mentor.")
    async def my_mentor_profile(self, info: Info) -> t.MentorProfile | None:
        found = await profiles.own_profile(info.context.session, info.context.viewer)
        return t.MentorProfile.from_model(found) if found else None

    @strawberry.field(description="What the viewer looks for in a mentor, if anything.")
    async def my_mentoring_need(self, info: Info) -> t.MentoringNeed | None:
        found = await profiles.own_need(info.context.session, info.context.viewer)
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
        listing = profiles.profiles_listing(info.context.viewer)
        return await _listing(
            info,
            listing,
            _page(first, after, last, before),
            lambda row: t.MentorProfile.from_model(row[2]),
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
        wanted = status
        listing = profiles.needs_listing(info.context.viewer, wanted)
        return await _listing(
            info,
            listing,
            _page(first, after, last, before),
            lambda row: t.MentoringNeed.from_model(row[2]),
        )

    @strawberry.field(description="Matching runs, newest first (HR).")
    async def matching_runs(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> Connection[t.MatchingRun]:
        listing = runs.runs_listing(info.context.viewer)
        return await _listing(
            info,
            listing,
            _page(first, after, last, before),
            lambda row: t.MatchingRun.from_model(row[2]),
        )

    @strawberry.field(
        description="Proposals waiting for the viewer's decision: all for HR, "
        "their direct reports' for a manager."
    )
    async def match_proposals_to_decide(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> Connection[t.MatchProposal]:
        viewer = info.context.viewer
        reports = (
            await identity.reports_below(info.context.session, viewer.membership_id, True)
            if viewer is not None
            else []
        )
        listing = mentorships.proposals_to_decide(viewer, reports)
        return await _listing(
            info,
            listing,
            _page(first, after, last, before),
            lambda row: t.MatchProposal.from_model(row[2]),
        )

    @strawberry.field(
        description="Mentors the viewer (a new leader) may ask for, best fit first; "
        "who is shown spreads the load, so not everyone sees the same few."
    )
    async def mentor_shortlist(self, info: Info, first: int = 5) -> list[t.MentorCandidate]:
        session = info.context.session
        found = await shortlist.shortlist(session, info.context.viewer, first)
        profile_rows = {
            p.id: p for p in await runs.repo.profiles_by_ids(session, [c.profile_id for c in found])
        }
        return [
            t.MentorCandidate(
                profile=t.MentorProfile.from_model(profile_rows[c.profile_id]),
                fit=round(c.fit, 4),
                explanation=t.FitExplanation.from_dict(c.explanation, info),
            )
            for c in found
        ]

    @strawberry.field(description="The viewer's mentorships, as mentor or mentee, newest first.")
    async def my_mentorships(
        self,
        info: Info,
        statuses: list[t.MentorshipStatus] | None = None,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> Connection[t.Mentorship]:
        wanted = list(statuses or [])
        listing = mentorships.mentorships_listing(info.context.viewer, wanted)
        return await _listing(
            info,
            listing,
            _page(first, after, last, before),
            lambda row: t.Mentorship.from_model(row[2]),
        )

    @strawberry.field(
        description="The viewer's mentees (active and paused), by name: progress, what "
        "they shared since the last visit and the next meeting, at a fixed cost."
    )
    async def mentees(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> Connection[t.Mentee]:
        listing = mentorships.mentees_listing(info.context.viewer)
        return await _listing(
            info,
            listing,
            _page(first, after, last, before),
            lambda row: t.Mentee(
                mentorship=t.Mentorship.from_model(row[2]),
                person=t.MentoringPerson.from_row(row),
            ),
        )


@strawberry.type
class Mutation(MentorshipMutation):
    @strawberry.mutation(description="Offer to mentor, or change the offer.")
    async def save_mentor_profile(
        self, info: Info, input: i.SaveMentorProfileInput
    ) -> i.MentorProfilePayload:
        async def action() -> dict[str, Any]:
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
            found = await profiles.save_profile(info.context.session, info.context.viewer, command)
            return {"profile": t.MentorProfile.from_model(found)}

        return await run_mutation(info, input, i.MentorProfilePayload, action)

    @strawberry.mutation(description="Say what you look for in a mentor.")
    async def save_mentoring_need(
        self, info: Info, input: i.SaveMentoringNeedInput
    ) -> i.MentoringNeedPayload:
        async def action() -> dict[str, Any]:
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
            found = await profiles.save_need(info.context.session, info.context.viewer, command)
            return {"need": t.MentoringNeed.from_model(found)}

        return await run_mutation(info, input, i.MentoringNeedPayload, action)

    @strawberry.mutation(description="HR: compute an optimal matching in the background.")
    async def start_matching_run(
        self, info: Info, input: i.StartMatchingRunInput
    ) -> i.MatchingRunPayload:
        async def action() -> dict[str, Any]:
            w = input.weights or i.MatchingWeightsInput()
            command = RunCommand(
                weights=matching.Weights(w.focus, w.experience, w.language, w.location, w.area),
                mentee_ids=(
                    decode_ids(input.mentee_ids, "Membership", "menteeIds")
                    if input.mentee_ids is not None
                    else None
                ),
                mentor_ids=(
                    decode_ids(input.mentor_ids, "Membership", "mentorIds")
                    if input.mentor_ids is not None
                    else None
                ),
                use_shared_pool=input.use_shared_pool,
                candidates_per_mentee=input.candidates_per_mentee,
            )
            run = await runs.start_run(info.context.session, info.context.viewer, command)
            return {"run": t.MatchingRun.from_model(run)}

        return await run_mutation(info, input, i.MatchingRunPayload, action)

    @strawberry.mutation(description="A new leader asks for a mentor from the shortlist.")
    async def request_mentor(
        self, info: Info, input: i.RequestMentorInput
    ) -> i.MatchProposalPayload:
        async def action() -> dict[str, Any]:
            found = await shortlist.request_mentor(
                info.context.session,
                info.context.viewer,
                decode_id(input.mentor_profile_id, "MentorProfile", "mentorProfileId"),
            )
            return {"proposal": t.MatchProposal.from_model(found)}

        return await run_mutation(info, input, i.MatchProposalPayload, action)

    @strawberry.mutation(description="HR or the new leader's manager approves a proposal.")
    async def approve_match_proposal(
        self, info: Info, input: i.DecideMatchProposalInput
    ) -> i.MentorshipPayload:
        async def action() -> dict[str, Any]:
            found = await mentorships.approve_proposal(
                info.context.session,
                info.context.viewer,
                decode_id(input.proposal_id, "MatchProposal", "proposalId"),
                input.note,
            )
            return mentorship_result(found)

        return await run_mutation(info, input, i.MentorshipPayload, action)

    @strawberry.mutation(description="HR or the new leader's manager rejects a proposal.")
    async def reject_match_proposal(
        self, info: Info, input: i.DecideMatchProposalInput
    ) -> i.MatchProposalPayload:
        async def action() -> dict[str, Any]:
            found = await mentorships.reject_proposal(
                info.context.session,
                info.context.viewer,
                decode_id(input.proposal_id, "MatchProposal", "proposalId"),
                input.note,
            )
            return {"proposal": t.MatchProposal.from_model(found)}

        return await run_mutation(info, input, i.MatchProposalPayload, action)
