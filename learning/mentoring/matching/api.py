"""Queries and mutations of matching: runs (HR), the proposals waiting for a
decision, and a new leader's shortlist and request. Thin: they decode IDs and
call the services; approving a proposal starts a mentorship
(``mentorships.service``)."""

from __future__ import annotations

import strawberry

from backend.api.context import Info
from backend.api.ids import decode_id, decode_ids
from backend.api.mutations import run_mutation
from backend.api.pagination import Connection
from learning.mentoring import types as shared
from learning.mentoring.matching import matching, service
from learning.mentoring.matching import types as t
from learning.mentoring.matching.service import RunCommand
from learning.mentoring.mentorships import service as mentorships
from learning.mentoring.mentorships import types as mentorship_types


@strawberry.type
class Query:
    @strawberry.field(description="Matching runs, newest first (HR).")
    async def matching_runs(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> Connection[t.MatchingRun]:
        listing = service.runs_listing(info.context.viewer)
        return await shared.connection(
            info, listing, lambda row: t.MatchingRun.from_model(row[2]), first, after, last, before
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
        listing = await mentorships.proposals_to_decide(info.context.session, info.context.viewer)
        return await shared.connection(
            info,
            listing,
            lambda row: t.MatchProposal.from_model(row[2]),
            first,
            after,
            last,
            before,
        )

    @strawberry.field(
        description="The mentors the viewer (a new leader) asked for herself, newest "
        "first, each with where it stands."
    )
    async def my_mentor_requests(self, info: Info) -> list[t.MatchProposal]:
        found = await mentorships.my_requests(info.context.session, info.context.viewer)
        return [t.MatchProposal.from_model(p) for p in found]

    @strawberry.field(
        description="Mentors the viewer (a new leader) may ask for, best fit first; "
        "who is shown spreads the load, so not everyone sees the same few."
    )
    async def mentor_shortlist(self, info: Info, first: int = 5) -> list[t.MentorCandidate]:
        session = info.context.session
        found = await service.shortlist(session, info.context.viewer, first)
        profiles = await service.shortlisted_profiles(session, found)
        return [
            t.MentorCandidate(
                profile=shared.MentorProfile.from_model(profiles[c.profile_id]),
                fit=round(c.fit, 4),
                explanation=t.FitExplanation.from_dict(c.explanation, info),
            )
            for c in found
        ]


@strawberry.type
class Mutation:
    @strawberry.mutation(description="HR: compute an optimal matching in the background.")
    async def start_matching_run(
        self, info: Info, input: t.StartMatchingRunInput
    ) -> t.MatchingRunPayload:
        async def action() -> t.MatchingRunPayload:
            w = input.weights or t.MatchingWeightsInput()
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
            run = await service.start_run(info.context.session, info.context.viewer, command)
            return t.MatchingRunPayload(run=t.MatchingRun.from_model(run))

        return await run_mutation(info, input, t.MatchingRunPayload, action)

    @strawberry.mutation(description="A new leader asks for a mentor from the shortlist.")
    async def request_mentor(
        self, info: Info, input: t.RequestMentorInput
    ) -> t.MatchProposalPayload:
        async def action() -> t.MatchProposalPayload:
            found = await service.request_mentor(
                info.context.session,
                info.context.viewer,
                decode_id(input.mentor_profile_id, "MentorProfile", "mentorProfileId"),
            )
            return t.MatchProposalPayload(proposal=t.MatchProposal.from_model(found))

        return await run_mutation(info, input, t.MatchProposalPayload, action)

    @strawberry.mutation(description="HR or the new leader's manager approves a proposal.")
    async def approve_match_proposal(
        self, info: Info, input: t.DecideMatchProposalInput
    ) -> mentorship_types.MentorshipPayload:
        async def action() -> mentorship_types.MentorshipPayload:
            found = await mentorships.approve_proposal(
                info.context.session,
                info.context.viewer,
                decode_id(input.proposal_id, "MatchProposal", "proposalId"),
                input.note,
            )
            return mentorship_types.MentorshipPayload(
                mentorship=mentorship_types.Mentorship.from_model(found)
            )

        return await run_mutation(info, input, mentorship_types.MentorshipPayload, action)

    @strawberry.mutation(description="HR or the new leader's manager rejects a proposal.")
    async def reject_match_proposal(
        self, info: Info, input: t.DecideMatchProposalInput
    ) -> t.MatchProposalPayload:
        async def action() -> t.MatchProposalPayload:
            found = await mentorships.reject_proposal(
                info.context.session,
                info.context.viewer,
                decode_id(input.proposal_id, "MatchProposal", "proposalId"),
                input.note,
            )
            return t.MatchProposalPayload(proposal=t.MatchProposal.from_model(found))

        return await run_mutation(info, input, t.MatchProposalPayload, action)
