"""GraphQL types of mentoring. Objects are made from the models the service
returns; every relation goes through a loader."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import strawberry

from backend.api.context import Info
from backend.api.relay import Node, register_node
from learning.mentoring import hooks, loaders, mentorships, models, profiles, runs
from learning.mentoring.matching_types import (  # noqa: F401  (the schema's names, in one place)
    FitExplanation,
    MatchingRun,
    MatchingRunResult,
    MatchingWeights,
    MatchProposal,
)
from learning.mentoring.people_types import (  # noqa: F401
    AreaPreference,
    AssessmentKind,
    MentoringPerson,
    MentorshipRole,
    MentorshipStatus,
    NeedStatus,
    ObservationSetting,
    ProposalSource,
    ProposalStatus,
    RunStatus,
    competency_gids,
    mentoring_person,
)


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


@strawberry.type(description="A meeting participant's note.")
class MeetingNote:
    text: str
    shared: bool
    is_mine: bool


@strawberry.type(description="A meeting of mentor and mentee.")
class MentoringMeeting(Node):
    pk: strawberry.Private[int]
    starts_at: datetime
    place: str
    agenda: str

    @classmethod
    def from_model(cls, m: models.MentoringMeeting) -> MentoringMeeting:
        return cls(pk=m.id, starts_at=m.starts_at, place=m.place, agenda=m.agenda)

    @strawberry.field(description="The viewer's own note and the shared ones.")
    async def notes(self, info: Info) -> list[MeetingNote]:
        found = await info.context.loaders.get(loaders.NotesByMeetingLoader).load(self.pk)
        viewer = info.context.viewer
        return [
            MeetingNote(
                text=n.text,
                shared=n.shared,
                is_mine=viewer is not None and n.author_id == viewer.membership_id,
            )
            for n in found
        ]


@strawberry.type(description="A rating of 1-5 on a focus area.")
class Rating:
    key: str = strawberry.field(
        description="The focus area: `tag:` and a focus tag, or `competency:` and a "
        "Competency's global ID."
    )
    value: int


def _ratings(values: dict[str, int] | None) -> list[Rating]:
    return [Rating(key=k, value=v) for k, v in sorted((values or {}).items())]


@strawberry.type(description="What the mentor saw the new leader do in practice.")
class MentoringObservation:
    observed_on: date
    setting: ObservationSetting
    situation: str
    went_well: str
    to_develop: str
    suggestion: str
    ratings: list[Rating]
    shared_with_mentee: bool

    @classmethod
    def from_model(cls, o: models.MentoringObservation) -> MentoringObservation:
        return cls(
            observed_on=o.observed_on,
            setting=models.ObservationSetting(o.setting),
            situation=o.situation,
            went_well=o.went_well,
            to_develop=o.to_develop,
            suggestion=o.suggestion,
            ratings=_ratings(o.ratings),
            shared_with_mentee=o.shared_with_mentee,
        )


@strawberry.type(description="A self-assessment or an evaluation.")
class MentorshipAssessment:
    kind: AssessmentKind
    ratings: list[Rating]
    text: str
    updated_at: datetime

    @classmethod
    def from_model(cls, a: models.MentorshipAssessment) -> MentorshipAssessment:
        return cls(
            kind=models.AssessmentKind(a.kind),
            ratings=_ratings(a.ratings),
            text=a.text,
            updated_at=a.updated_at,
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
        found = await info.context.loaders.get(loaders.MeetingsByMentorshipLoader).load(self.pk)
        return [MentoringMeeting.from_model(m) for m in found]

    @strawberry.field(description="The mentee sees those shared with them; participants only.")
    async def observations(self, info: Info) -> list[MentoringObservation]:
        if not self._participant(info):
            return []
        viewer = info.context.viewer
        is_mentor = viewer is not None and viewer.membership_id == self.m.mentor_id
        loader = info.context.loaders.get(loaders.ObservationsByMentorshipLoader)
        return [MentoringObservation.from_model(o) for o in await loader.load((self.pk, is_mentor))]

    @strawberry.field(description="Self-assessments and evaluations; participants only.")
    async def assessments(self, info: Info) -> list[MentorshipAssessment]:
        if not self._participant(info):
            return []
        loader = info.context.loaders.get(loaders.AssessmentsByMentorshipLoader)
        return [MentorshipAssessment.from_model(a) for a in await loader.load(self.pk)]


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
        loader = info.context.loaders.get(loaders.NextMeetingByMentorshipLoader)
        found = await loader.load(self.mentorship.pk)
        return MentoringMeeting.from_model(found) if found is not None else None


@strawberry.type(description="A mentor a new leader may ask for, best first.")
class MentorCandidate:
    profile: MentorProfile
    fit: float
    explanation: FitExplanation

    @strawberry.field
    async def person(self, info: Info) -> MentoringPerson | None:
        return await mentoring_person(info, self.profile.profile.membership_id)


def _fetcher(visible: Any, make: Any) -> Any:
    async def fetch(info: Info, ids: list[int]) -> list[Any]:
        return [make(x) for x in await visible(info.context.session, info.context.viewer, ids)]

    return fetch


register_node("MentorProfile", _fetcher(profiles.visible_profiles, MentorProfile.from_model))
register_node("MentoringNeed", _fetcher(profiles.visible_needs, MentoringNeed.from_model))
register_node("MatchingRun", _fetcher(runs.visible_runs, MatchingRun.from_model))
register_node("MatchProposal", _fetcher(mentorships.visible_proposals, MatchProposal.from_model))
register_node("Mentorship", _fetcher(mentorships.visible_mentorships, Mentorship.from_model))


async def _meetings(info: Info, ids: list[int]) -> list[MentoringMeeting]:
    found = []
    for meeting_id in ids:
        meeting = await mentorships.mentorship_repo.meeting(info.context.session, meeting_id)
        if meeting is None:
            continue
        owners = await mentorships.visible_mentorships(
            info.context.session, info.context.viewer, [meeting.mentorship_id]
        )
        if owners and mentorships.is_participant(info.context.viewer, owners[0]):
            found.append(MentoringMeeting.from_model(meeting))
    return found


register_node("MentoringMeeting", _meetings)
