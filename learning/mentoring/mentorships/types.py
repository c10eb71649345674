"""GraphQL types of mentorships: the mentorship, and a mentee as the mentor's
phone shows them (progress, what they shared since the last visit, the next
meeting), with the inputs and payloads of the mentorship mutations."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import strawberry

from backend.api.context import Info
from backend.api.mutations import Payload
from backend.api.relay import Node
from learning.mentoring import hooks, models
from learning.mentoring.mentorships import loaders
from learning.mentoring.mentorships import service as mentorships
from learning.mentoring.practice import loaders as practice_loaders
from learning.mentoring.practice.types import (
    MentoringMeeting,
    MentoringObservation,
    MentorshipAssessment,
)
from learning.mentoring.types import (
    MentoringPerson,
    MentorshipRole,
    MentorshipStatus,
    fetcher,
    mentoring_person,
)


@strawberry.type(description="A mentor and a new leader, from proposal to end.")
class Mentorship(Node):
    pk: strawberry.Private[int]
    m: strawberry.Private[models.Mentorship]
    status: MentorshipStatus
    starts_on: date | None
    ends_on: date | None
    goals: str
    meeting_frequency: str
    agreed_at: datetime | None
    mentor_accepted_at: datetime | None
    mentee_accepted_at: datetime | None

    @classmethod
    def from_model(cls, m: models.Mentorship) -> Mentorship:
        return cls(
            pk=m.id,
            m=m,
            status=models.MentorshipStatus(m.status),
            starts_on=m.starts_on,
            ends_on=m.ends_on,
            goals=m.goals,
            meeting_frequency=m.meeting_frequency,
            agreed_at=m.agreed_at,
            mentor_accepted_at=m.mentor_accepted_at,
            mentee_accepted_at=m.mentee_accepted_at,
        )

    def _participant(self, info: Info) -> bool:
        return mentorships.is_participant(info.context.viewer, self.m)

    @strawberry.field
    def viewer_role(self, info: Info) -> MentorshipRole:
        viewer = info.context.viewer
        if viewer is not None and viewer.membership_id == self.m.mentor_id:
            return MentorshipRole.MENTOR
        if viewer is not None and viewer.membership_id == self.m.mentee_id:
            return MentorshipRole.MENTEE
        return MentorshipRole.OVERSEER

    @strawberry.field
    async def mentor(self, info: Info) -> MentoringPerson | None:
        return await mentoring_person(info, self.m.mentor_id)

    @strawberry.field
    async def mentee(self, info: Info) -> MentoringPerson | None:
        return await mentoring_person(info, self.m.mentee_id)

    @strawberry.field(description="Newest first; participants only.")
    async def meetings(self, info: Info) -> list[MentoringMeeting]:
        if not self._participant(info):
            return []
        found = await info.context.loaders.get(practice_loaders.MeetingsByMentorshipLoader).load(
            self.pk
        )
        return [MentoringMeeting.from_model(m) for m in found]

    @strawberry.field(description="The mentee sees those shared with them; participants only.")
    async def observations(self, info: Info) -> list[MentoringObservation]:
        if not self._participant(info):
            return []
        viewer = info.context.viewer
        is_mentor = viewer is not None and viewer.membership_id == self.m.mentor_id
        loader = info.context.loaders.get(practice_loaders.ObservationsByMentorshipLoader)
        return [MentoringObservation.from_model(o) for o in await loader.load((self.pk, is_mentor))]

    @strawberry.field(description="Self-assessments and evaluations; participants only.")
    async def assessments(self, info: Info) -> list[MentorshipAssessment]:
        if not self._participant(info):
            return []
        loader = info.context.loaders.get(practice_loaders.AssessmentsByMentorshipLoader)
        return [MentorshipAssessment.from_model(a) for a in await loader.load(self.pk)]

    @classmethod
    async def fetch_visible(cls, info: Info, pks: list[int]) -> list[Any]:
        return await fetcher(mentorships.visible_mentorships, cls.from_model)(info, pks)


@strawberry.type(description="A mentee's progress in their programmes.")
class MenteeProgress:
    active_enrolments: int
    completed_activities: int
    total_activities: int
    percent: int


@strawberry.type(description="Something the mentee shared with their mentor.")
class SharedItem:
    kind: str = strawberry.field(description="REFLECTION, ACTION_EVIDENCE or CHECKPOINT.")
    reference: strawberry.ID = strawberry.field(description="Its global ID.")
    title: str
    shared_at: datetime


@strawberry.type(description="What a mentee shared since the mentor's last visit.")
class SharedSinceLastVisit:
    count: int
    items: list[SharedItem]


@strawberry.type(description="One of the viewer's mentees, as a mentor's phone shows it.")
class Mentee:
    mentorship: Mentorship
    person: MentoringPerson

    @strawberry.field(description="When the mentor last marked the mentee as visited.")
    def last_visit_at(self) -> datetime | None:
        return self.mentorship.m.mentor_seen_at

    @strawberry.field
    async def progress(self, info: Info) -> MenteeProgress:
        loader = info.context.loaders.get(loaders.ProgressByMenteeLoader)
        found = await loader.load(self.mentorship.m.mentee_id)
        return MenteeProgress(
            active_enrolments=found.active_enrolments,
            completed_activities=found.completed_activities,
            total_activities=found.total_activities,
            percent=found.percent,
        )

    @strawberry.field
    async def shared_since_last_visit(self, info: Info) -> SharedSinceLastVisit:
        loader = info.context.loaders.get(loaders.SharedSinceLoader)
        key = (self.mentorship.m.mentee_id, self.mentorship.m.mentor_seen_at)
        found: list[hooks.SharedItem] = await loader.load(key)
        return SharedSinceLastVisit(
            count=len(found),
            items=[
                SharedItem(
                    kind=i.kind,
                    reference=strawberry.ID(i.reference),
                    title=i.title,
                    shared_at=i.shared_at,
                )
                for i in found
            ],
        )

    @strawberry.field
    async def next_meeting(self, info: Info) -> MentoringMeeting | None:
        loader = info.context.loaders.get(practice_loaders.NextMeetingByMentorshipLoader)
        found = await loader.load(self.mentorship.pk)
        return MentoringMeeting.from_model(found) if found is not None else None


@strawberry.input
class MentorshipIdInput:
    mentorship_id: strawberry.ID
    client_mutation_id: str | None = None


@strawberry.input
class DeclineMentorshipInput:
    mentorship_id: strawberry.ID
    reason: str = ""
    client_mutation_id: str | None = None


@strawberry.input
class SetMentorshipAgreementInput:
    mentorship_id: strawberry.ID
    goals: str
    meeting_frequency: str
    ends_on: date | None = None
    client_mutation_id: str | None = None


@strawberry.input
class ChangeMentorshipStatusInput:
    mentorship_id: strawberry.ID
    status: MentorshipStatus
    reason: str = ""
    client_mutation_id: str | None = None


@strawberry.type
class MentorshipPayload(Payload):
    mentorship: Mentorship | None = None
