"""DataLoaders of a mentorship's practice: meetings (the next one, for the
``mentees`` page, and all), the viewer's and the shared notes, observations
and assessments, one query per batch."""

from __future__ import annotations

from backend.api.loaders import BatchLoader
from backend.db import utcnow
from backend.repository import group_by
from learning.mentoring.models import (
    MeetingNote,
    MentoringMeeting,
    MentoringObservation,
    MentorshipAssessment,
)
from learning.mentoring.practice import repository as practice_repo


class NextMeetingByMentorshipLoader(BatchLoader[int, MentoringMeeting | None]):
    async def batch(self, keys: list[int]) -> list[MentoringMeeting | None]:
        found = await practice_repo.next_meetings(self.context.session, keys, utcnow())
        # The statement gives the next meeting first for each mentorship.
        return [
            meetings[0] if meetings else None
            for meetings in group_by(keys, found, lambda m: m.mentorship_id)
        ]


class MeetingsByMentorshipLoader(BatchLoader[int, list[MentoringMeeting]]):
    async def batch(self, keys: list[int]) -> list[list[MentoringMeeting]]:
        found = await practice_repo.meetings_of(self.context.session, keys)
        return group_by(keys, found, lambda m: m.mentorship_id)


class NotesByMeetingLoader(BatchLoader[int, list[MeetingNote]]):
    """The viewer's own notes and the shared ones."""

    async def batch(self, keys: list[int]) -> list[list[MeetingNote]]:
        viewer = self.context.viewer
        if viewer is None:
            return [[] for _ in keys]
        found = await practice_repo.notes_of_meetings(
            self.context.session, keys, viewer.membership_id
        )
        return group_by(keys, found, lambda n: n.meeting_id)


class ObservationsByMentorshipLoader(BatchLoader[tuple[int, bool], list[MentoringObservation]]):
    """Keyed by (mentorship, viewer is its mentor): a mentee sees only shared ones."""

    async def batch(self, keys: list[tuple[int, bool]]) -> list[list[MentoringObservation]]:
        ids = [key[0] for key in keys]
        mentor_of = {key[0] for key in keys if key[1]}
        found = await practice_repo.observations_of(self.context.session, ids, mentor_of)
        return group_by(ids, found, lambda o: o.mentorship_id)


class AssessmentsByMentorshipLoader(BatchLoader[int, list[MentorshipAssessment]]):
    async def batch(self, keys: list[int]) -> list[list[MentorshipAssessment]]:
        found = await practice_repo.assessments_of(self.context.session, keys)
        return group_by(keys, found, lambda a: a.mentorship_id)
