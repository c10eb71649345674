"""GraphQL types every part of mentoring shows: the enums, the viewer's role and
the people taking part (who may belong to another organisation of a shared pool).
Imported first by the other type modules, so the enums are registered before use."""

from __future__ import annotations

from enum import Enum
from typing import Any

import strawberry
from sqlalchemy import Row

from backend.api.context import Info
from backend.api.relay import to_global_id
from learning.mentoring import loaders, models

# strawberry.enum registers the models' enums in place; the names stay the models' classes.
strawberry.enum(models.AreaPreference, description="A mentee's wish about area.")
strawberry.enum(models.NeedStatus, description="Where a mentoring need stands.")
strawberry.enum(models.RunStatus, description="Where a matching run stands.")
strawberry.enum(models.ProposalStatus, description="Where a proposal stands.")
strawberry.enum(models.ProposalSource, description="A matching run, or a new leader's request.")
strawberry.enum(models.MentorshipStatus, description="Where a mentorship stands.")
strawberry.enum(models.AssessmentKind, description="Which assessment.")
strawberry.enum(models.ObservationSetting, description="Where the mentor watched the new leader.")
AreaPreference = models.AreaPreference
NeedStatus = models.NeedStatus
RunStatus = models.RunStatus
ProposalStatus = models.ProposalStatus
ProposalSource = models.ProposalSource
MentorshipStatus = models.MentorshipStatus
AssessmentKind = models.AssessmentKind
ObservationSetting = models.ObservationSetting


@strawberry.enum(description="The viewer's part in a mentorship.")
class MentorshipRole(Enum):
    MENTOR = "MENTOR"
    MENTEE = "MENTEE"
    # HR or the mentee's manager, who see the mentorship but not its content.
    OVERSEER = "OVERSEER"


def competency_gids(ids: list[int] | None) -> list[strawberry.ID]:
    return [to_global_id("Competency", i) for i in ids or []]


@strawberry.type(description="A participant of mentoring, possibly of a pool's other organisation.")
class MentoringPerson:
    pk: strawberry.Private[int]
    name: str
    job_title: str
    organisation_name: str
    unit_name: str | None

    @strawberry.field(description="The Membership ID.")
    def membership_id(self) -> strawberry.ID:
        return to_global_id("Membership", self.pk)

    @classmethod
    def from_row(cls, row: Row[Any]) -> MentoringPerson:
        return cls(
            pk=row.id,
            name=row.name,
            job_title=row.job_title,
            organisation_name=row.organisation_name,
            unit_name=row.unit_name,
        )


async def mentoring_person(info: Info, membership_id: int) -> MentoringPerson | None:
    row = await info.context.loaders.get(loaders.PersonByMembershipLoader).load(membership_id)
    return MentoringPerson.from_row(row) if row is not None else None
