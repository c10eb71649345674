"""GraphQL types of matching runs and their proposals, each explaining itself,
the shortlist's candidates, and the inputs and payloads of matching."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import strawberry

from backend.api.context import Info
from backend.api.mutations import Payload
from backend.api.pagination import Connection, PageRequest, paginate
from backend.api.relay import Node
from learning.mentoring import models
from learning.mentoring.matching import explanations
from learning.mentoring.matching import service as runs
from learning.mentoring.mentorships import service as mentorships
from learning.mentoring.types import (
    MentoringPerson,
    MentorProfile,
    ProposalSource,
    ProposalStatus,
    RunStatus,
    fetcher,
    mentoring_person,
)


@strawberry.type(description="The facts behind a proposal's fit.")
class FitExplanation:
    text: str = strawberry.field(description="E.g. 'Matches on 3 of 4 focus areas, same language'.")
    focus_matched: int
    focus_total: int
    same_language: bool | None
    same_location: bool | None
    same_unit: bool | None
    area: str = strawberry.field(description="SAME, OTHER or ANY (unknown).")
    area_wish_met: bool
    experience_years: float

    @classmethod
    def from_dict(cls, data: dict[str, Any], info: Info) -> FitExplanation:
        return cls(
            text=explanations.explanation_text(data, info.context.locale),
            focus_matched=int(data.get("focusMatched", 0)),
            focus_total=int(data.get("focusTotal", 0)),
            same_language=data.get("sameLanguage"),
            same_location=data.get("sameLocation"),
            same_unit=data.get("sameUnit"),
            area=str(data.get("area", "ANY")),
            area_wish_met=bool(data.get("areaWishMet", True)),
            experience_years=float(data.get("experienceYears", 0.0)),
        )


@strawberry.type(description="A proposed pairing of a new leader and a mentor.")
class MatchProposal(Node):
    pk: strawberry.Private[int]
    proposal: strawberry.Private[models.MatchProposal]
    fit: float
    status: ProposalStatus
    source: ProposalSource
    created_at: datetime
    decided_at: datetime | None

    @classmethod
    def from_model(cls, p: models.MatchProposal) -> MatchProposal:
        return cls(
            pk=p.id,
            proposal=p,
            fit=round(p.fit, 4),
            status=models.ProposalStatus(p.status),
            source=models.ProposalSource(p.source),
            created_at=p.created_at,
            decided_at=p.decided_at,
        )

    @strawberry.field(description="Why this pair, in the viewer's language.")
    def explanation(self, info: Info) -> FitExplanation:
        return FitExplanation.from_dict(self.proposal.explanation or {}, info)

    @strawberry.field
    async def mentee(self, info: Info) -> MentoringPerson | None:
        return await mentoring_person(info, self.proposal.mentee_id)

    @strawberry.field
    async def mentor(self, info: Info) -> MentoringPerson | None:
        return await mentoring_person(info, self.proposal.mentor_id)

    @strawberry.field(
        description="Whether the viewer may approve or reject it now: HR or the new "
        "leader's direct manager, while it is still proposed."
    )
    async def viewer_may_decide(self, info: Info) -> bool:
        return await mentorships.may_decide(
            info.context.session, info.context.viewer, self.proposal
        )

    @classmethod
    async def fetch_visible(cls, info: Info, pks: list[int]) -> list[Any]:
        return await fetcher(mentorships.visible_proposals, cls.from_model)(info, pks)


@strawberry.type(description="Weights of the parts of the fit.")
class MatchingWeights:
    focus: float
    experience: float
    language: float
    location: float
    area: float


@strawberry.type(description="What a finished run found.")
class MatchingRunResult:
    mentees: int
    mentors: int
    matched: int
    unmatched: int
    total_fit: float
    greedy_total_fit: float = strawberry.field(description="The greedy baseline, for comparison.")
    seconds: float


@strawberry.type(description="HR's optimal matching of new leaders with mentors.")
class MatchingRun(Node):
    pk: strawberry.Private[int]
    run: strawberry.Private[models.MatchingRun]
    status: RunStatus
    use_shared_pool: bool
    created_at: datetime
    finished_at: datetime | None
    error: str | None

    @classmethod
    def from_model(cls, r: models.MatchingRun) -> MatchingRun:
        return cls(
            pk=r.id,
            run=r,
            status=models.RunStatus(r.status),
            use_shared_pool=r.use_shared_pool,
            created_at=r.created_at,
            finished_at=r.finished_at,
            error=r.error,
        )

    @strawberry.field
    def weights(self) -> MatchingWeights:
        return MatchingWeights(**{k: float(v) for k, v in self.run.weights.items()})

    @strawberry.field
    def result(self) -> MatchingRunResult | None:
        r = self.run.result
        if not r:
            return None
        return MatchingRunResult(
            mentees=r["mentees"],
            mentors=r["mentors"],
            matched=r["matched"],
            unmatched=r["unmatched"],
            total_fit=r["totalFit"],
            greedy_total_fit=r["greedyTotalFit"],
            seconds=r["seconds"],
        )

    @strawberry.field(description="The run's proposals, best fit first (HR).")
    async def proposals(
        self,
        info: Info,
        status: ProposalStatus | None = None,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> Connection[MatchProposal]:
        context = info.context
        wanted = status
        listing = runs.proposals_listing(context.viewer, self.run, wanted)
        page = PageRequest(first=first, after=after, last=last, before=before)
        return await paginate(
            context.session,
            listing.statement,
            listing.keys,
            page,
            context.settings,
            lambda row: MatchProposal.from_model(row[2]),
        )

    @classmethod
    async def fetch_visible(cls, info: Info, pks: list[int]) -> list[Any]:
        return await fetcher(runs.visible_runs, cls.from_model)(info, pks)


@strawberry.type(description="A mentor a new leader may ask for, best first.")
class MentorCandidate:
    profile: MentorProfile
    fit: float
    explanation: FitExplanation

    @strawberry.field
    async def person(self, info: Info) -> MentoringPerson | None:
        return await mentoring_person(info, self.profile.profile.membership_id)


@strawberry.input
class MatchingWeightsInput:
    focus: float = 4.0
    experience: float = 1.0
    language: float = 2.0
    location: float = 1.0
    area: float = 1.0


@strawberry.input
class StartMatchingRunInput:
    weights: MatchingWeightsInput | None = None
    mentee_ids: list[strawberry.ID] | None = strawberry.field(
        default=None, description="Memberships of the new leaders; every open need when null."
    )
    mentor_ids: list[strawberry.ID] | None = strawberry.field(
        default=None, description="Memberships of the mentor pool; every available one when null."
    )
    use_shared_pool: bool = False
    candidates_per_mentee: int = 16
    client_mutation_id: str | None = None


@strawberry.input
class RequestMentorInput:
    mentor_profile_id: strawberry.ID
    client_mutation_id: str | None = None


@strawberry.input
class DecideMatchProposalInput:
    proposal_id: strawberry.ID
    note: str = ""
    client_mutation_id: str | None = None


@strawberry.type
class MatchingRunPayload(Payload):
    run: MatchingRun | None = None


@strawberry.type
class MatchProposalPayload(Payload):
    proposal: MatchProposal | None = None
