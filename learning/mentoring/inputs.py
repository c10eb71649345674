"""Inputs and payloads of the mentoring mutations (``types.py`` has the objects)."""

from __future__ import annotations

from datetime import date, datetime

import strawberry

from backend.api.mutations import Payload
from learning.mentoring import types as t


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
    area_preference: t.AreaPreference = t.AreaPreference.ANY
    language: str = "da"
    location: str = ""
    notes: str = ""
    membership_id: strawberry.ID | None = None
    client_mutation_id: str | None = None


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
    status: t.MentorshipStatus
    reason: str = ""
    client_mutation_id: str | None = None


@strawberry.input
class RatingInput:
    key: str = strawberry.field(
        description="The focus area rated: `tag:` and a focus tag (e.g. `tag:feedback`, at "
        "most 80 characters), or `competency:` and a Competency's global ID. Each once."
    )
    value: int = strawberry.field(description="1 (not yet) to 5 (fully).")


@strawberry.input
class SubmitMentorshipAssessmentInput:
    mentorship_id: strawberry.ID
    kind: t.AssessmentKind
    ratings: list[RatingInput] = strawberry.field(default_factory=list)
    text: str = ""
    client_mutation_id: str | None = None


@strawberry.input
class ScheduleMentoringMeetingInput:
    mentorship_id: strawberry.ID
    starts_at: datetime
    place: str = ""
    agenda: str = ""
    client_mutation_id: str | None = None


@strawberry.input
class SaveMeetingNoteInput:
    meeting_id: strawberry.ID
    text: str
    shared: bool = False
    client_mutation_id: str | None = None


@strawberry.input
class RecordMentoringObservationInput:
    mentorship_id: strawberry.ID
    observed_on: date
    setting: t.ObservationSetting
    situation: str = ""
    went_well: str = ""
    to_develop: str = ""
    suggestion: str = ""
    ratings: list[RatingInput] = strawberry.field(default_factory=list)
    shared_with_mentee: bool = True
    client_mutation_id: str | None = None


@strawberry.type
class MentorProfilePayload(Payload):
    profile: t.MentorProfile | None = None


@strawberry.type
class MentoringNeedPayload(Payload):
    need: t.MentoringNeed | None = None


@strawberry.type
class MatchingRunPayload(Payload):
    run: t.MatchingRun | None = None


@strawberry.type
class MatchProposalPayload(Payload):
    proposal: t.MatchProposal | None = None


@strawberry.type
class MentorshipPayload(Payload):
    mentorship: t.Mentorship | None = None


@strawberry.type
class MentoringMeetingPayload(Payload):
    meeting: t.MentoringMeeting | None = None
