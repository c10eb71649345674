"""GraphQL types of matching runs and their proposals, each explaining itself."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import strawberry

from backend.api.context import Info
from backend.api.pagination import Connection, PageRequest, paginate
from backend.api.relay import Node
from learning.mentoring import explanations, models, runs
from learning.mentoring.people_types import (
    MentoringPerson,
    ProposalSource,
    ProposalStatus,
    RunStatus,
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
