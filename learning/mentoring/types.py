"""GraphQL types every part of mentoring shows: the enums, the people taking
part (who may belong to another organisation of a shared pool), mentor
profiles and mentoring needs with their inputs and payloads. The types of
matching, mentorships and practice are in those sub-packages' ``types.py``,
which import this module first, so the enums are registered before use.
Objects are made from the models the service returns; every relation goes
through a loader."""

from __future__ import annotations

from enum import Enum
from typing import Any

import strawberry

from backend.api.context import Info
from backend.api.mutations import Payload
from backend.api.pagination import Connection, PageRequest, paginate
from backend.api.relay import Node, to_global_id
from learning.mentoring import loaders, models, service

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
    def from_row(cls, row: Any) -> MentoringPerson:
        """From a row of ``repository.PERSON_COLUMNS``."""
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


@strawberry.type(description="An experienced leader's offer to mentor.")
class MentorProfile(Node):
    pk: strawberry.Private[int]
    profile: strawberry.Private[models.MentorProfile]
    capacity: int
    tags: list[str]
    areas: list[str]
    languages: list[str]
    location: str
    availability: str
    is_available: bool

    @classmethod
    def from_model(cls, p: models.MentorProfile) -> MentorProfile:
        return cls(
            pk=p.id,
            profile=p,
            capacity=p.capacity,
            tags=list(p.tags or []),
            areas=list(p.areas or []),
            languages=list(p.languages or []),
            location=p.location,
            availability=p.availability,
            is_available=p.is_available,
        )

    @strawberry.field(description="Strengths: competencies of the organisation's framework.")
    def competency_ids(self) -> list[strawberry.ID]:
        return competency_gids(self.profile.competency_ids)

    @strawberry.field
    async def person(self, info: Info) -> MentoringPerson | None:
        return await mentoring_person(info, self.profile.membership_id)

    @strawberry.field(description="Places taken: proposed, active and paused mentorships.")
    async def taken_places(self, info: Info) -> int:
        loader = info.context.loaders.get(loaders.LoadByMentorLoader)
        return await loader.load(self.profile.membership_id)

    @classmethod
    async def fetch_visible(cls, info: Info, pks: list[int]) -> list[Any]:
        return await fetcher(service.visible_profiles, cls.from_model)(info, pks)


@strawberry.type(description="What a new leader looks for in a mentor.")
class MentoringNeed(Node):
    pk: strawberry.Private[int]
    need: strawberry.Private[models.MentoringNeed]
    tags: list[str]
    area: str
    area_preference: AreaPreference
    language: str
    location: str
    notes: str
    status: NeedStatus

    @classmethod
    def from_model(cls, n: models.MentoringNeed) -> MentoringNeed:
        return cls(
            pk=n.id,
            need=n,
            tags=list(n.tags or []),
            area=n.area,
            area_preference=models.AreaPreference(n.area_preference),
            language=n.language,
            location=n.location,
            notes=n.notes,
            status=models.NeedStatus(n.status),
        )

    @strawberry.field(description="Focus areas: competencies of the organisation's framework.")
    def competency_ids(self) -> list[strawberry.ID]:
        return competency_gids(self.need.competency_ids)

    @strawberry.field
    async def person(self, info: Info) -> MentoringPerson | None:
        return await mentoring_person(info, self.need.membership_id)

    @classmethod
    async def fetch_visible(cls, info: Info, pks: list[int]) -> list[Any]:
        return await fetcher(service.visible_needs, cls.from_model)(info, pks)


@strawberry.input
class SaveMentorProfileInput:
    capacity: int
    competency_ids: list[strawberry.ID] = strawberry.field(default_factory=list)
    framework_id: strawberry.ID | None = None
    tags: list[str] = strawberry.field(default_factory=list)
    areas: list[str] = strawberry.field(default_factory=list)
    languages: list[str] = strawberry.field(default_factory=lambda: ["da"])
    location: str = ""
    availability: str = ""
    is_available: bool = True
    membership_id: strawberry.ID | None = strawberry.field(
        default=None, description="HR: the member the profile is for; the viewer when null."
    )
    client_mutation_id: str | None = None


@strawberry.input
class SaveMentoringNeedInput:
    competency_ids: list[strawberry.ID] = strawberry.field(default_factory=list)
    framework_id: strawberry.ID | None = None
    tags: list[str] = strawberry.field(default_factory=list)
    area: str = ""
    area_preference: AreaPreference = AreaPreference.ANY
    language: str = "da"
    location: str = ""
    notes: str = ""
    membership_id: strawberry.ID | None = None
    client_mutation_id: str | None = None


@strawberry.type
class MentorProfilePayload(Payload):
    profile: MentorProfile | None = None


@strawberry.type
class MentoringNeedPayload(Payload):
    need: MentoringNeed | None = None


def fetcher(visible: Any, make: Any) -> Any:
    """A node fetcher: the objects of ``ids`` the service lets the viewer see."""

    async def fetch(info: Info, ids: list[int]) -> list[Any]:
        return [make(x) for x in await visible(info.context.session, info.context.viewer, ids)]

    return fetch


async def connection(
    info: Info,
    listing: Any,
    make: Any,
    first: int | None,
    after: str | None,
    last: int | None,
    before: str | None,
) -> Connection[Any]:
    """A page of a service's ``Listing``, each row made into its object by ``make``."""
    context = info.context
    page = PageRequest(first=first, after=after, last=last, before=before)
    return await paginate(
        context.session, listing.statement, listing.keys, page, context.settings, make
    )
