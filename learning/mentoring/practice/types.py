"""GraphQL types of a mentorship's practice: meetings and their notes, the
mentor's observations, self-assessments and evaluations, with the inputs and
payloads of the practice mutations."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import strawberry

from backend.api.context import Info
from backend.api.mutations import Payload
from backend.api.relay import Node
from learning.mentoring import models
from learning.mentoring.mentorships import service as mentorships
from learning.mentoring.practice import loaders
from learning.mentoring.practice import repository as practice_repo
from learning.mentoring.types import AssessmentKind, ObservationSetting


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

    @classmethod
    async def fetch_visible(cls, info: Info, pks: list[int]) -> list[Any]:
        return await _meetings(info, pks)


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
    kind: AssessmentKind
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
    setting: ObservationSetting
    situation: str = ""
    went_well: str = ""
    to_develop: str = ""
    suggestion: str = ""
    ratings: list[RatingInput] = strawberry.field(default_factory=list)
    shared_with_mentee: bool = True
    client_mutation_id: str | None = None


@strawberry.type
class MentoringMeetingPayload(Payload):
    meeting: MentoringMeeting | None = None


async def _meetings(info: Info, ids: list[int]) -> list[MentoringMeeting]:
    found = []
    for meeting_id in ids:
        meeting = await practice_repo.meeting(info.context.session, meeting_id)
        if meeting is None:
            continue
        owners = await mentorships.visible_mentorships(
            info.context.session, info.context.viewer, [meeting.mentorship_id]
        )
        if owners and mentorships.is_participant(info.context.viewer, owners[0]):
            found.append(MentoringMeeting.from_model(meeting))
    return found
